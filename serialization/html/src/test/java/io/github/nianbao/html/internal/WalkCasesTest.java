package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridRow;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walk reads each table in one pass and takes back what it read (rows and keys) when it meets a
 * table inside it ({@link HtmlReader}), wherever that table stands: in a cell, a caption, among a
 * table's, a body's or a row's children, in skipped markup, in a break's children.
 *
 * <p>When the one-pass walk replaced the walk that first searched every table's subtree for a table
 * (commit {@code fbbfecf}), a copy of the old walk served as the oracle of generated pages (1,500
 * of them, parsed as HTML and as XML), of 30 written reports and of the 11 LibreOffice pages: the
 * same grid, keys, key texts and kinds. The copy was then removed, so that the walk stays free to
 * change; these cases stay.
 */
class WalkCasesTest {

  /**
   * A table with a table anywhere below it is a layout table: its cells are read as paragraphs, the
   * inner table as a table; what the pass read of the outer table before it met the inner one is
   * taken back. Each page is parsed as XML, which keeps the inner table where it stands.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // in a cell, after cells and rows already read
        "<tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td><table><tr><td>1</td><td>2</td></tr>"
            + "</table></td></tr>",
        // in the caption
        "<caption>表<table><tr><td>1</td><td>2</td></tr></table></caption><tr><td>甲</td>"
            + "<td>乙</td></tr>",
        // among the table's children, the body's, a row's
        "<colgroup><table><tr><td>1</td><td>2</td></tr></table></colgroup><tr><td>甲</td>"
            + "<td>乙</td></tr>",
        "<tbody><tr><td>甲</td><td>乙</td></tr><table><tr><td>1</td><td>2</td></tr></table>"
            + "</tbody>",
        "<tr><td>甲</td><td>乙</td><table><tr><td>1</td><td>2</td></tr></table></tr>",
        // in skipped markup in a cell, and in a break's children
        "<tr><td>甲</td><td>乙<form><table><tr><td>1</td><td>2</td></tr></table></form></td></tr>",
        "<tr><td>甲</td><td>乙<br><table><tr><td>1</td><td>2</td></tr></table></br></td></tr>"
      })
  void aTableInsideMakesALayoutTable(String inside) {
    String page = "<html><head></head><body><table>" + inside + "</table></body></html>";
    KeyedGridTest.sameButForLines(page);
    HtmlReader.Keyed keyed = HtmlReader.keyedPage(Jsoup.parse(page, "", Parser.xmlParser()));
    List<GridRow> rows = keyed.grid().rows();
    assertTrue(keyed.layoutTables().get(1), "a layout table");
    assertEquals(1, keyed.layoutTables().cardinality(), "one layout table");
    // the outer table's cells are paragraphs: no row of 甲 and 乙
    assertTrue(rows.stream().noneMatch(r -> r.cells().size() == 2 && "甲".equals(text(r, 0))));
    assertTrue(rows.stream().anyMatch(r -> r.cells().size() == 1 && "甲".equals(text(r, 0))));
    // every key is taken once, in order, by a cell of the grid or a paragraph's first text
    assertEquals(
        rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.line() > 0).count(),
        keyed.keys());
  }

  private static String text(GridRow row, int cell) {
    return row.cells().get(cell).text();
  }

  /** A nested table that is read as a table once the walk is past its outer table's cells. */
  @Test
  void theInnerTableIsReadAsATable() {
    String page =
        "<table><tr><td>甲</td><td><table><tr><td>1</td><td>2</td></tr></table></td></tr>"
            + "</table>";
    Grid grid = HtmlReader.keyed(Jsoup.parse(page));
    assertEquals(
        List.of(List.of("甲"), List.of("1", "2")),
        grid.rows().stream().map(r -> r.cells().stream().map(c -> c.text()).toList()).toList());
  }

  /** {@link HtmlReader#isStripped} is {@link Character#isWhitespace}, for every character. */
  @Test
  void isStrippedIsIsWhitespace() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.isWhitespace((char) c), HtmlReader.isStripped((char) c), "U+" + c);
    }
  }
}

package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridRow;
import io.github.nianbao.testing.AnyReports;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walk reads each table in one pass and takes back what it read when it meets a table inside it
 * ({@link HtmlReader}); the walk as it was ({@link WalkOracle}) first searched every table for one
 * and then read it. Both give the same grid, and, parsed without positions, the same keys, the same
 * text and kind of each key and the same say on whether the scan may place them — for pages of
 * tables inside cells, captions, rows, bodies and skipped markup, parsed as HTML (which moves a
 * table out of where a table may not stand) and as XML (which leaves it there).
 */
class WalkProperties {

  /** The one-pass walk's grid and keys are the oracle's, tracked or keyed, HTML or XML. */
  private static void walksAsTheOracle(String page) {
    for (Parser parser : List.of(Parser.htmlParser(), Parser.xmlParser())) {
      Document keyed = Jsoup.parse(page, "", parser);
      HtmlReader.Keyed actual = HtmlReader.keyedPage(keyed);
      WalkOracle.Keyed expected = WalkOracle.keyedPage(keyed);
      assertEquals(expected.grid(), actual.grid(), page);
      assertEquals(expected.keys(), actual.keys(), page);
      assertEquals(expected.plain(), actual.plain(), page);
      int n = expected.keys() + 1;
      assertEquals(
          Arrays.asList(expected.anchors()).subList(0, n),
          Arrays.asList(actual.anchors()).subList(0, n),
          page);
      assertEquals(
          Arrays.toString(Arrays.copyOf(expected.kinds(), n)),
          Arrays.toString(Arrays.copyOf(actual.kinds(), n)),
          page);
      Document tracked = Jsoup.parse(page, "", parser.newInstance().setTrackPosition(true));
      assertEquals(WalkOracle.grid(tracked), HtmlReader.grid(tracked), page);
    }
  }

  @Property(tries = 1500)
  void generatedPagesWalkAsTheOracle(@ForAll("pages") String page) {
    Statistics.label("table inside a table")
        .collect(page.indexOf("<table", page.indexOf("<table") + 1) > 0);
    walksAsTheOracle(page);
  }

  @Property(tries = 30)
  void writtenReportsWalkAsTheOracle(@ForAll("reports") AnnualReport report) {
    walksAsTheOracle(new HtmlFormat().write(report));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "blank-cells.html",
        "blank-cells.xhtml",
        "cell-without-paragraph.html",
        "format-2019.html",
        "nested-table.html",
        "nested-table.xhtml",
        "seed-0.html",
        "seed-3.xhtml",
        "text-box.html",
        "wps-styled.html",
        "wps-styled.xhtml"
      })
  void wordExportedPagesWalkAsTheOracle(String name) throws Exception {
    try (InputStream in = WalkProperties.class.getResourceAsStream("/libreoffice/" + name)) {
      walksAsTheOracle(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

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
    walksAsTheOracle(page);
    HtmlReader.Keyed keyed = HtmlReader.keyedPage(Jsoup.parse(page, "", Parser.xmlParser()));
    List<GridRow> rows = keyed.grid().rows();
    assertFalse(keyed.plain(), "a layout table");
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

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  @Provide
  Arbitrary<String> pages() {
    return fragment(3)
        .list()
        .ofMaxSize(4)
        .map(
            l ->
                "<html><head><title>题 目</title></head><body>"
                    + String.join("\n", l)
                    + "</body></html>");
  }

  /** Text: letters, digits, Chinese, white space of every kind the walk tells apart. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("a1一“ \u3000\u00a0\n\t").ofMaxLength(6);
  }

  private static Arbitrary<String> wrap(String name, Arbitrary<String> content) {
    return content.map(c -> "<" + name + ">" + c + "</" + name + ">");
  }

  private static Arbitrary<String> joined(Arbitrary<String> part, int max) {
    return part.list().ofMaxSize(max).map(l -> String.join("", l));
  }

  /** Markup of the body or a cell: text, blocks, tables, skipped markup, breaks, preformatted. */
  private static Arbitrary<String> fragment(int depth) {
    if (depth == 0) {
      return text();
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> fragment(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(3, text()),
        Tuple.of(2, wrap("p", joined(inner, 3))),
        Tuple.of(1, wrap("h1", text())),
        Tuple.of(3, Arbitraries.lazy(() -> table(depth - 1))),
        Tuple.of(1, wrap("form", inner)),
        Tuple.of(1, wrap("script", text())),
        Tuple.of(1, Arbitraries.of("<br>", "<br/>")),
        Tuple.of(1, wrap("br", inner)),
        Tuple.of(1, wrap("pre", text())),
        Tuple.of(1, inner.map(c -> "<div style=\"white-space: pre\">" + c + "</div>")),
        Tuple.of(1, wrap("span", joined(inner, 2))));
  }

  /** Markup where no table should stand: nothing, a block, or a table. */
  private static Arbitrary<String> stray(int depth) {
    if (depth == 0) {
      return Arbitraries.of("", "<div>x</div>");
    }
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(1, wrap("div", fragment(depth - 1))),
        Tuple.of(1, Arbitraries.lazy(() -> table(depth - 1))));
  }

  private static Arbitrary<String> table(int depth) {
    Arbitrary<String> caption =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just("")), Tuple.of(1, wrap("caption", fragment(depth))));
    Arbitrary<String> rows = joined(row(depth), 3);
    Arbitrary<String> body =
        Arbitraries.oneOf(
            rows,
            wrap("tbody", rows),
            Combinators.combine(rows, rows, stray(depth))
                .as((h, b, s) -> "<thead>" + h + "</thead><tbody>" + b + s + "</tbody>"));
    Arbitrary<String> colgroup =
        stray(depth).map(s -> s.isEmpty() ? "" : "<colgroup>" + s + "</colgroup>");
    return Combinators.combine(caption, colgroup, body)
        .as((c, g, b) -> "<table>" + c + g + b + "</table>");
  }

  private static Arbitrary<String> row(int depth) {
    return Combinators.combine(joined(cell(depth), 4), stray(depth))
        .as((cells, s) -> "<tr>" + cells + s + "</tr>");
  }

  private static Arbitrary<String> cell(int depth) {
    Arbitrary<String> attributes =
        Arbitraries.of(
            "",
            "",
            " class=\"label\"",
            " colspan=\"2\"",
            " rowspan=\"3\" colspan=\"2\"",
            " colspan=\" 4 \"",
            " colspan=\"x\"",
            " rowspan=\"0\"");
    Arbitrary<String> content = depth == 0 ? text() : joined(fragment(depth), 2);
    return Combinators.combine(Arbitraries.of("td", "th"), attributes, content)
        .as((n, a, c) -> "<" + n + a + ">" + c + "</" + n + ">");
  }
}

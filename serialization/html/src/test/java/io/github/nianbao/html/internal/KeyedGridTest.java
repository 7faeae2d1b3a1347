package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridCell;
import io.github.nianbao.serialization.grid.GridReader;
import io.github.nianbao.testing.AnyReports;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader parses a page without source positions and walks it into a keyed grid; only a read
 * with something to say at a line parses the page again with positions ({@link HtmlReader#lines}).
 * The keyed grid must be the tracked grid but for its lines, and the read must say what reading the
 * tracked grid says, at the same lines.
 */
class KeyedGridTest {
  private final HtmlFormat html = new HtmlFormat();

  private static String resource(String name) throws Exception {
    try (InputStream in = KeyedGridTest.class.getResourceAsStream("/libreoffice/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The grid of the page parsed with positions, as the reader read it before keys. */
  private static Grid tracked(String page) {
    return HtmlReader.grid(Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(true)));
  }

  private static Grid keyed(String page) {
    return HtmlReader.keyed(Jsoup.parse(page, "", Parser.htmlParser()));
  }

  /**
   * The keyed grid is the tracked one, cell for cell, and its keys map to the tracked lines; the
   * scan of the page's text ({@link PageLines}), when it places the keys, places each at that line.
   *
   * @return whether the scan placed the keys
   */
  static boolean sameButForLines(String page) {
    return sameButForLines(
        page,
        keys -> {
          java.util.SortedSet<Integer> lasts = new java.util.TreeSet<>();
          for (int last = 1; last < keys && last <= 200; last++) {
            lasts.add(last);
          }
          return lasts;
        });
  }

  /**
   * {@link #sameButForLines(String)}, the scans asked for some keys only for the keys {@code lasts}
   * gives, from the length of the page's line table (its keys and the unused {@code [0]}).
   *
   * @return whether the scan placed the keys
   */
  static boolean sameButForLines(
      String page, java.util.function.IntFunction<java.util.Collection<Integer>> lasts) {
    HtmlReader.Keyed keyedPage = HtmlReader.keyedPage(Jsoup.parse(page, "", Parser.htmlParser()));
    Grid keyed = keyedPage.grid();
    assertEquals(keyed(page), keyed);
    Grid tracked = tracked(page);
    int[] lines = HtmlReader.lines(keyed, tracked);
    assertNotNull(lines, "the grids differ in shape");
    int[] scanned = keyedPage.lines(page);
    if (scanned != null) {
      // every key a cell of the grid holds (a blank paragraph takes a key and gives no row)
      for (int k = 1; k < lines.length; k++) {
        if (lines[k] > 0) {
          assertTrue(k < scanned.length, "the scan has no key " + k);
          assertEquals(lines[k], scanned[k], "the scan's line of key " + k);
        }
      }
    }
    // and for some keys only, as a read asks for its diagnostics' keys: each key of lasts alone
    // (the scan passes over every paragraph before it), and with some keys before it drawn at
    // random; a scan that runs out (and gives up) after the last key may have placed one wrong
    java.util.Random random = new java.util.Random(page.hashCode());
    for (int last : lasts.apply(lines.length)) {
      BitSet alone = new BitSet();
      alone.set(last);
      BitSet some = (BitSet) alone.clone();
      for (int k = 1; k < last; k++) {
        if (lines[k] > 0 && random.nextInt(4) == 0) {
          some.set(k);
        }
      }
      for (BitSet asked : List.of(alone, some)) {
        int[] part = keyedPage.lines(page, asked);
        if (part == null) {
          continue;
        }
        for (int k = asked.nextSetBit(0); k >= 0; k = asked.nextSetBit(k + 1)) {
          if (lines[k] > 0) {
            assertEquals(lines[k], part[k], "the scan's line of key " + k + " asked with " + asked);
          }
        }
      }
    }
    assertEquals(keyed.rows().size(), tracked.rows().size());
    for (int i = 0; i < keyed.rows().size(); i++) {
      List<GridCell> k = keyed.rows().get(i).cells();
      List<GridCell> t = tracked.rows().get(i).cells();
      assertEquals(t.size(), k.size(), "row " + i);
      for (int j = 0; j < k.size(); j++) {
        GridCell a = k.get(j);
        GridCell b = t.get(j);
        assertEquals(b.text(), a.text());
        assertEquals(b.column(), a.column());
        assertEquals(b.rowSpan(), a.rowSpan());
        assertEquals(b.colSpan(), a.colSpan());
        if (a.line() == 0) {
          // a paragraph of line breaks only has no text to take a line from, tracked or not
          assertEquals(0, b.line(), "row " + i + ", cell " + j);
        } else {
          // a key shared by two cells (a label's empty columns) maps to one line, each cell's
          assertEquals(b.line(), lines[a.line()], "row " + i + ", cell " + j);
        }
      }
    }
    return scanned != null;
  }

  /**
   * What the reader says of a page is what reading its tracked grid says, at the same lines (found
   * by the scan of the page, or by a second parse where the scan gives up); and the same again on a
   * second read, as the format keeps nothing from one read to the next.
   */
  private void readsAsTheTrackedGrid(String page) throws Exception {
    ReadResult expected = GridReader.read(tracked(page), ReadOptions.none());
    HtmlFormat fresh = new HtmlFormat();
    for (int i = 0; i < 2; i++) {
      ReadResult read = fresh.read(page, ReadOptions.none());
      assertEquals(expected.report(), read.report());
      assertEquals(expected.diagnostics(), read.diagnostics());
    }
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
  void wordExportedPagesKeyAsTheyTrack(String name) throws Exception {
    String page = resource(name);
    // the scan places the keys of every page, those with a layout table too
    assertTrue(sameButForLines(page), "placed by the scan");
    readsAsTheTrackedGrid(page);
    // and the keys a read asks for, its diagnostics', with the paragraphs between passed over
    HtmlReader.Keyed keyedPage = HtmlReader.keyedPage(Jsoup.parse(page, "", Parser.htmlParser()));
    BitSet asked = new BitSet();
    for (var d : GridReader.read(keyedPage.grid(), ReadOptions.none()).diagnostics()) {
      if (d.line() > 0) {
        asked.set(d.line());
      }
    }
    if (asked.isEmpty()) {
      // (a read with nothing to say at a line scans nothing)
      return;
    }
    int[] lines = HtmlReader.lines(keyedPage.grid(), tracked(page));
    int[] part = keyedPage.lines(page, asked);
    assertNotNull(part, "the scan places the keys the read asks for: " + asked);
    for (int k = asked.nextSetBit(0); k >= 0; k = asked.nextSetBit(k + 1)) {
      assertEquals(lines[k], part[k], "key " + k);
    }
  }

  /** A page with furniture around the report: its diagnostics point at the page's lines. */
  @Property(tries = 40)
  void noisyPagesSayWhatTheTrackedGridSays(
      @ForAll("reports") AnnualReport report, @ForAll("noise") String noise) throws Exception {
    String page = html.write(report);
    // the noise after the title, and again before the first table: text the recogniser reports
    int h2 = page.indexOf("<h2>");
    int table = page.indexOf("<table");
    String noisy =
        page.substring(0, h2)
            + noise
            + "\n"
            + page.substring(h2, table)
            + noise
            + "\n"
            + page.substring(table);
    assertTrue(sameButForLines(noisy), "the scan places the keys of a page without layout tables");
    readsAsTheTrackedGrid(noisy);
    ReadResult read = html.read(noisy, ReadOptions.none());
    assertTrue(
        read.diagnostics().stream().anyMatch(d -> d.line() > 0),
        "the noise is noted at a line: " + read.diagnostics());
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.of(
        "<div class=\"crumb\">首页 &gt; 政务公开 &gt; 年度报告</div>",
        "<p>发布时间：2024-01-20\n来源：办公室</p>",
        "<table><tr><td>附件：</td><td>无</td></tr></table>",
        "<p>【打印本页】<br>【关闭窗口】</p>");
  }

  @org.junit.jupiter.api.Test
  void anErrorNamesThePagesLine() throws Exception {
    // a control character in a paragraph on line 4 of the page
    String page =
        "<html><body>\n<h1>某局2023年政府信息公开工作年度报告</h1>\n<h2>一、总体情况</h2>\n"
            + "<p>正文\u0001</p>\n</body></html>";
    ReportParseException expected =
        assertThrows(
            ReportParseException.class, () -> GridReader.read(tracked(page), ReadOptions.none()));
    assertEquals(4, expected.line());
    HtmlFormat fresh = new HtmlFormat();
    // the error's line found by the scan of the page; the same on a second read
    for (int i = 0; i < 2; i++) {
      ReportParseException e =
          assertThrows(ReportParseException.class, () -> fresh.read(page, ReadOptions.none()));
      assertEquals(expected.errorType(), e.errorType());
      assertEquals(expected.line(), e.line());
      assertEquals(expected.getMessage(), e.getMessage());
    }
  }
}

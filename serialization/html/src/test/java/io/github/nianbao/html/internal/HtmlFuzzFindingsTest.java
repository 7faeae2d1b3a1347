package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.grid.GridReader;
import io.github.nianbao.testing.Seeds;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages the HTML fuzzer ({@code html.fuzz.HtmlFuzzTest}) found, shrunk, each a regression test of
 * the property it broke ({@link HtmlFuzzOracle}).
 */
class HtmlFuzzFindingsTest {

  /**
   * The scan of the page ({@link PageLines}) must place each key at the line jsoup's tracked parse
   * gives, or give up. Found: white space that jsoup's tree builder drops or puts in the head
   * (before {@code <html>}, after a comment, after a head element or {@code </head>}, with no
   * {@code <body>} tag) is counted by the scan as the start of the body's first text; the tracked
   * parse starts that text node at the text itself, a line or more further down.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // the fuzzer's shrunk input: a lone "<" at the end is text on line 2; the scan said 1
        "<meta>\n<",
        "<meta>\nx",
        "<title>t</title>\n某某",
        "<html><head><meta></head>\n<",
        "<meta>\n&lt;",
        // white space before the page's first text, dropped by jsoup (run 58069044875430865)
        "\nx<div>务&民",
        // white space after a bogus comment, dropped
        "<!>\n>",
      })
  void theScanNeverPlacesAKeyAtAWrongLine(String page) {
    KeyedGridTest.sameButForLines(page);
    assertEquals(Optional.empty(), new HtmlFuzzOracle().check(page));
  }

  /**
   * The same as a user sees it: a report page served without {@code <body>}, its first text (a date
   * line, as CMS pages print one) on the line after a {@code <meta>}. The read notes that text at
   * the line reading the tracked grid gives (line 2), not line 1.
   */
  @Test
  void aNoteOnTextAfterTheHeadIsAtItsLine() throws Exception {
    String written =
        new HtmlFormat()
            .write(
                ReportFormats.byName("text")
                    .orElseThrow()
                    .read(Seeds.text(Seeds.names().get(0)))
                    .report());
    String body = written.substring(written.indexOf('>', written.indexOf("<body")) + 1);
    String page = "<meta charset=\"utf-8\">\n发布时间：2024-01-20" + body;
    ReadResult expected =
        GridReader.read(
            HtmlReader.grid(Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(true))),
            ReadOptions.none());
    List<Diagnostic> noted =
        expected.diagnostics().stream().filter(d -> d.text().contains("发布时间")).toList();
    assertTrue(!noted.isEmpty(), "the date line is noted: " + expected.diagnostics());
    assertEquals(2, noted.get(0).line(), "the tracked grid's line of the date");
    ReadResult read = new HtmlFormat().read(page, ReadOptions.none());
    assertEquals(expected.diagnostics(), read.diagnostics());
  }
}

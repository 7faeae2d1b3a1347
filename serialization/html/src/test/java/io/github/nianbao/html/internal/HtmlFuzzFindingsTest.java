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
   * gives, or give up. Found: text right after white space that follows a head element (or the
   * head's end tag), with no {@code <body>} tag. The white space goes to the head, so the body's
   * text node starts at the text, on the next line. The scan counts it from the white space.
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

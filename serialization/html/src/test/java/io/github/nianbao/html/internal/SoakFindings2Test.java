package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.nianbao.serialization.grid.Grid;
import java.util.BitSet;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wrong lines found by the second soak of the HTML fuzzer (2026-12-02): each page is one where the
 * scan ({@link PageLines}) places a key at a line other than the parse with positions gives it,
 * where it must place it there or give up. All failed before the fix in {@code PageLines.passText}
 * (a character reference before the body makes the scan give up).
 */
class SoakFindings2Test {

  /** Each key of a page, asked alone and (where the scan places them) with all the keys. */
  private static void placesTheKeysAsTheParserDoesOrGivesUp(String page) {
    HtmlReader.Keyed keyed = HtmlReader.keyedPage(Jsoup.parse(page, "", Parser.htmlParser()));
    Grid tracked =
        HtmlReader.grid(Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(true)));
    int[] lines = HtmlReader.lines(keyed.grid(), tracked);
    assertNotNull(lines, "the grids differ in shape");
    int[] all = keyed.lines(page);
    for (int k = 1; k < lines.length; k++) {
      if (lines[k] == 0) {
        continue;
      }
      if (all != null) {
        assertEquals(lines[k], all[k], "the scan of all keys, key " + k);
      }
      BitSet asked = new BitSet();
      asked.set(k);
      int[] part = keyed.lines(page, asked);
      if (part != null) {
        assertEquals(lines[k], part[k], "the scan asked for key " + k + " alone");
      }
    }
  }

  /**
   * Found by the HTML fuzzer (seed 4699005068028254517, input 2676406912128632861; mutations: seed
   * 26; delete element at 122; delete tag at 0; insert {@code &#13;} at 0; insert U+200B at 7),
   * shrunk to {@code "&#13;\n\u200B"}. A character reference that stands for white space before the
   * body: the parser decodes it and drops it, as it drops the literal white space after it, and the
   * body's first text (U+200B, which is no white space) starts on line 2. The scan takes the {@code
   * &} for text that starts the body ({@code PageLines.passText}, {@code inBody =
   * !isBlankChar(..)}), and {@code PageLines.run} skips only literal blank characters before the
   * body, stopping at the {@code &}: it places the paragraph on line 1.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // as the fuzzer shrank it: the paragraph is on line 2, the scan says 1
        "&#13;\n\u200B",
        // the same with other references to white space, and a plain letter
        "&#13;\n甲",
        "&#32;\n甲",
        "&#10;\n甲",
        "&#x9;\n甲",
        "<title>t</title>&#13;\n甲"
      })
  void aReferenceToWhiteSpaceBeforeTheBodyDoesNotStartIt(String page) {
    placesTheKeysAsTheParserDoesOrGivesUp(page);
  }
}

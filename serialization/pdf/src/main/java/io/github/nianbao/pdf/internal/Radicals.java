package io.github.nianbao.pdf.internal;

import io.github.nianbao.pdf.internal.PdfText.Glyph;
import io.github.nianbao.pdf.internal.PdfText.Page;
import io.github.nianbao.serialization.Diagnostic;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Some PDF producers (Chrome's and Skia's print to PDF among them) map a Chinese character to the
 * Kangxi radical or compatibility ideograph of the same shape in their ToUnicode tables: the page
 * shows 一、总体情况, the text says ⼀、总体情况 (U+2F00, KANGXI RADICAL ONE). Such a character is read as the
 * unified ideograph it shows (its compatibility decomposition), and one diagnostic says how many
 * were.
 */
public final class Radicals {
  private Radicals() {}

  /** The pages with their glyphs' radicals and compatibility ideographs read as ideographs. */
  public record Unified(List<Page> pages, int count) {
    /**
     * The diagnostic that says so, if any character was read so.
     *
     * @return the diagnostic, or none
     */
    public List<Diagnostic> diagnostics() {
      return count == 0
          ? List.of()
          : List.of(
              Diagnostic.of(
                  Diagnostic.Reason.ENCODING,
                  0,
                  null,
                  count + " characters",
                  count
                      + " characters that the PDF's text maps to Kangxi radicals or compatibility"
                      + " ideographs (as Chrome's PDFs do) are read as the ideographs they show"));
    }
  }

  /**
   * Reads radicals and compatibility ideographs as the ideographs they show.
   *
   * @param pages the pages as extracted
   * @return the pages, and how many characters were read so
   */
  public static Unified unify(List<Page> pages) {
    int count = 0;
    List<Page> out = new ArrayList<>(pages.size());
    for (Page p : pages) {
      List<Glyph> glyphs = null;
      for (int i = 0; i < p.glyphs().size(); i++) {
        Glyph g = p.glyphs().get(i);
        String text = unify(g.text());
        if (text != null) {
          if (glyphs == null) {
            glyphs = new ArrayList<>(p.glyphs());
          }
          glyphs.set(i, new Glyph(text, g.x(), g.y(), g.width(), g.size()));
          count++;
        }
      }
      out.add(glyphs == null ? p : new Page(p.number(), p.width(), p.height(), glyphs, p.rules()));
    }
    return new Unified(out, count);
  }

  /** The text with its radicals unified, or null if it has none. */
  static String unify(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String u = null;
      if (isRadicalOrCompatibility(c)) {
        char simplified = simplified(c);
        String n =
            simplified != 0
                ? String.valueOf(simplified)
                : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (n.length() == 1 && Character.isIdeographic(n.charAt(0)) && n.charAt(0) != c) {
          u = n;
        }
      }
      if (u != null && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(u != null ? u : String.valueOf(c));
      }
    }
    return b == null ? null : b.toString();
  }

  /**
   * The simplified radicals of the CJK Radicals Supplement that stand for a whole character (民, 门,
   * 见, 长, 马 …), which have no compatibility decomposition: each with its character.
   */
  private static final String SIMPLIFIED =
      "\u2EA0\u6C11\u2EC5\u89C1\u2EC6\u89D2\u2EC9\u8D1D\u2ECB\u8F66\u2ED3\u957F\u2ED4\u95E8"
          + "\u2ED9\u97E6\u2EDA\u9875\u2EDB\u98CE\u2EDC\u98DE\u2EE2\u9A6C\u2EE5\u9C7C"
          + "\u2EE6\u9E1F\u2EE7\u5364\u2EE8\u9EA6\u2EE9\u9EC4\u2EEA\u9EFE\u2EEC\u9F50"
          + "\u2EEE\u9F7F\u2EF0\u9F99";

  private static char simplified(char c) {
    for (int i = 0; i < SIMPLIFIED.length(); i += 2) {
      if (SIMPLIFIED.charAt(i) == c) {
        return SIMPLIFIED.charAt(i + 1);
      }
    }
    return 0;
  }

  private static boolean isRadicalOrCompatibility(char c) {
    return (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF');
  }
}

package io.github.nianbao.serialization.grid;

import java.text.Normalizer;

/**
 * Chinese characters named by the radical or compatibility ideograph of their shape, as some PDF
 * producers (Chrome's and Skia's print to PDF among them) name them in their text, and as text
 * copied out of such a PDF keeps them: the page shows 一、总体情况 and 人民, the text says ⼀、总体情况 (U+2F00,
 * KANGXI RADICAL ONE) and 人⺠ (U+2EA0, CJK RADICAL CIVILIAN). Every reader reads such a character as
 * the unified ideograph it shows, with an {@code ENCODING} note: a Kangxi radical or compatibility
 * ideograph by its compatibility decomposition, a simplified radical of the CJK Radicals Supplement
 * that stands for a whole character (民, 门, 见, 长, 马 …) by that character. Two unified ideographs
 * that share a glyph (戶 printed for 户) cannot be told apart from the text.
 */
public final class Radicals {
  private Radicals() {}

  private static final char FIRST = '\u2E80';
  private static final char LAST = '\u2FDF';
  private static final char FIRST_COMPATIBILITY = '\uF900';
  private static final char LAST_COMPATIBILITY = '\uFAFF';

  /** The simplified radicals of the supplement that stand for a whole character, each with it. */
  private static final String SIMPLIFIED =
      "\u2EA0\u6C11\u2EC5\u89C1\u2EC6\u89D2\u2EC9\u8D1D\u2ECB\u8F66\u2ED3\u957F\u2ED4\u95E8"
          + "\u2ED9\u97E6\u2EDA\u9875\u2EDB\u98CE\u2EDC\u98DE\u2EE2\u9A6C\u2EE5\u9C7C"
          + "\u2EE6\u9E1F\u2EE7\u5364\u2EE8\u9EA6\u2EE9\u9EC4\u2EEA\u9EFE\u2EEC\u9F50"
          + "\u2EEE\u9F7F\u2EF0\u9F99";

  /** The ideograph of each radical and compatibility ideograph, 0 where there is none. */
  private static final char[] RADICALS = table(FIRST, LAST);

  private static final char[] COMPATIBILITY = table(FIRST_COMPATIBILITY, LAST_COMPATIBILITY);

  private static char[] table(char first, char last) {
    char[] t = new char[last - first + 1];
    for (char c = first; c <= last; c++) {
      String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      if (n.length() == 1 && n.charAt(0) != c && Character.isIdeographic(n.charAt(0))) {
        t[c - first] = n.charAt(0);
      }
    }
    for (int i = 0; i < SIMPLIFIED.length(); i += 2) {
      char c = SIMPLIFIED.charAt(i);
      if (c >= first && c <= last) {
        t[c - first] = SIMPLIFIED.charAt(i + 1);
      }
    }
    return t;
  }

  /**
   * Returns whether a character is in the blocks whose characters {@link #ideograph} may read as
   * ideographs (the Kangxi and CJK radicals, the compatibility ideographs): a quick test, before
   * the table is asked.
   *
   * @param c a character
   * @return whether {@code c} is in those blocks
   */
  public static boolean inBlocks(char c) {
    return (c >= FIRST && c <= LAST) || (c >= FIRST_COMPATIBILITY && c <= LAST_COMPATIBILITY);
  }

  /**
   * Returns the ideograph a radical or compatibility ideograph shows.
   *
   * @param c a character
   * @return the ideograph, or {@code 0} if {@code c} is none of them
   */
  public static char ideograph(char c) {
    if (c < FIRST) {
      return 0;
    }
    if (c <= LAST) {
      return RADICALS[c - FIRST];
    }
    return c >= FIRST_COMPATIBILITY && c <= LAST_COMPATIBILITY
        ? COMPATIBILITY[c - FIRST_COMPATIBILITY]
        : 0;
  }

  /**
   * Returns a text with its radicals and compatibility ideographs read as the ideographs they show.
   *
   * @param text a text
   * @return the text so read, or {@code null} if it has none of them
   */
  public static String unify(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char u = ideograph(text.charAt(i));
      if (u != 0) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = u;
      }
    }
    return out == null ? null : new String(out);
  }
}

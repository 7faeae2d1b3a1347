package io.github.nianbao.serialization.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional ideographs read as their simplified forms wherever the reader matches text against
 * the official wording (labels, headers, section headings, the format's marks): a report printed in
 * traditional script, as some mirrors and portals' 繁體 pages convert it (總體情況, 行政處罰, 第二十條第(一)項),
 * reads as the official template's simplified one. The narrative and every other text the report
 * keeps stay as printed.
 *
 * <p>The forms are the single-character mappings of ICU's {@code Traditional-Simplified}
 * transliterator for CJK Unified Ideographs and Extension A ({@code traditional.txt} beside this
 * class, made by {@code serialization/src/test/scripts/TraditionalForms.java}). A conversion to
 * Taiwan's usage also changes words: of the official wording's, 文件 printed as 檔案 (規範性檔案) is read
 * back ({@link #words}), in traditional script only.
 */
final class TraditionalForms {
  private TraditionalForms() {}

  private static final char FIRST = '\u3400';
  private static final char LAST = '\u9FFF';

  /** The simplified form of each ideograph from {@link #FIRST}, 0 where it is its own. */
  private static final char[] SIMPLIFIED = load();

  private static char[] load() {
    char[] table = new char[LAST - FIRST + 1];
    try (InputStream in = TraditionalForms.class.getResourceAsStream("traditional.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource traditional.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        if (line.length() != 2 || line.charAt(0) < FIRST || line.charAt(0) > LAST) {
          throw new IllegalStateException("not a traditional form and its simplified one: " + line);
        }
        table[line.charAt(0) - FIRST] = line.charAt(1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /**
   * Returns the simplified form of a character, or the character itself.
   *
   * @param c a character
   * @return its simplified form, {@code c} if it has none other
   */
  static char simplified(char c) {
    if (c < FIRST || c > LAST) {
      return c;
    }
    char s = SIMPLIFIED[c - FIRST];
    return s == 0 ? c : s;
  }

  /**
   * A word of the official wording as a conversion to Taiwan's usage prints it: 檔案, in traditional
   * script only (档案, simplified, is a word of its own).
   */
  private static final String TAIWAN_FILE = "檔案";

  private static final String FILE = "文件";

  /**
   * Returns a text with the words a conversion to Taiwan's usage changed read back: 檔案 as 文件. Asked
   * before the characters are simplified, so that simplified text (人事档案) is left alone.
   *
   * @param text a text
   * @return the text with those words read back; {@code text} itself if it has none
   */
  static String words(String text) {
    return text.contains(TAIWAN_FILE) ? text.replace(TAIWAN_FILE, FILE) : text;
  }

  /**
   * Returns a text with each traditional ideograph in its simplified form.
   *
   * @param text a text
   * @return the text simplified; {@code text} itself if it has no traditional ideograph
   */
  static String simplified(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char s = simplified(text.charAt(i));
      if (s != text.charAt(i)) {
        if (c == null) {
          c = text.toCharArray();
        }
        c[i] = s;
      }
    }
    return c == null ? text : new String(c);
  }

  /**
   * Returns the simplified form of a code point, or the code point itself.
   *
   * @param cp a code point
   * @return its simplified form, {@code cp} if it has none other
   */
  static int simplified(int cp) {
    return cp < FIRST || cp > LAST ? cp : simplified((char) cp);
  }
}

package io.github.nianbao.html.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The charset of a page's bytes, found as a browser's prescan finds it, in one pass over the start
 * of the page: a byte order mark; else a {@code <meta charset>} or {@code <meta http-equiv
 * content="…; charset=…">} (or an XML declaration's {@code encoding}) in the first {@value
 * #PRESCAN} bytes, comments skipped; else UTF-8 if the bytes are valid UTF-8; else GB18030 (which
 * also decodes GBK and GB2312), as the other formats decode such bytes. A page that names {@code
 * gb2312} is decoded as GBK, as browsers do (pages so labelled hold GBK characters).
 *
 * @param text the page's text, decoded (malformed bytes as U+FFFD, as in a browser)
 * @param charset the charset it was decoded with
 * @param how how the charset was found
 */
public record PageCharset(String text, Charset charset, How how) {

  /** How far into the page a charset declaration is looked for. */
  public static final int PRESCAN = 16 * 1024;

  /** How the charset was found. */
  public enum How {
    /** A byte order mark. */
    BOM,
    /** The page's meta charset (or XML declaration). */
    DECLARED,
    /** No mark and no declaration; the bytes are valid UTF-8. */
    VALID_UTF8,
    /** No mark and no declaration; the bytes are not UTF-8. */
    FALLBACK
  }

  /**
   * Decodes a page by the charset it is found to have.
   *
   * @param b the page's bytes
   * @return the text, the charset and how it was found
   */
  public static PageCharset decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return new PageCharset(
          new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, How.BOM);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new PageCharset(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          How.BOM);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new PageCharset(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          How.BOM);
    }
    Charset declared = declared(b);
    if (declared != null) {
      return new PageCharset(new String(b, declared), declared, How.DECLARED);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
      return new PageCharset(text, StandardCharsets.UTF_8, How.VALID_UTF8);
    } catch (CharacterCodingException e) {
      Charset gb = Charset.forName("GB18030");
      return new PageCharset(new String(b, gb), gb, How.FALLBACK);
    }
  }

  /** The charset a meta tag or XML declaration names in the prescan window, if Java knows it. */
  private static Charset declared(byte[] b) {
    int end = Math.min(b.length, PRESCAN);
    int i = 0;
    while (i < end) {
      int lt = indexOf(b, (byte) '<', i, end);
      if (lt < 0) {
        return null;
      }
      if (startsWith(b, lt, end, "<!--")) {
        int close = indexOf(b, "-->", lt + 4, end);
        if (close < 0) {
          return null;
        }
        i = close + 3;
        continue;
      }
      boolean meta = startsWithIgnoreCase(b, lt + 1, end, "meta") && isTagEnd(b, lt + 5, end);
      boolean xml = startsWith(b, lt, end, "<?xml");
      if (!meta && !xml) {
        i = lt + 1;
        continue;
      }
      int gt = indexOf(b, (byte) '>', lt, end);
      if (gt < 0) {
        return null;
      }
      Charset c = named(b, lt, gt, xml ? "encoding" : "charset");
      if (c != null) {
        return c;
      }
      i = gt + 1;
    }
    return null;
  }

  /** The value after {@code key=} in the tag {@code b[from, to)}, as a charset Java knows. */
  private static Charset named(byte[] b, int from, int to, String key) {
    for (int k = from; k + key.length() < to; k++) {
      if (!startsWithIgnoreCase(b, k, to, key)) {
        continue;
      }
      int v = k + key.length();
      while (v < to && (b[v] == ' ' || b[v] == '\t' || b[v] == '\n' || b[v] == '\r')) {
        v++;
      }
      if (v >= to || b[v] != '=') {
        continue;
      }
      v++;
      while (v < to && (b[v] == ' ' || b[v] == '"' || b[v] == '\'' || b[v] == '\t')) {
        v++;
      }
      int e = v;
      while (e < to && isLabelByte(b[e])) {
        e++;
      }
      if (e > v) {
        return charset(new String(b, v, e - v, StandardCharsets.US_ASCII));
      }
    }
    return null;
  }

  private static Charset charset(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.equals("gb2312") || l.equals("gbk") || l.equals("x-gbk") || l.equals("gb_2312-80")) {
      return Charset.forName("GBK");
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isLabelByte(byte c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == ':';
  }

  private static boolean isTagEnd(byte[] b, int i, int end) {
    return i < end
        && (b[i] == ' '
            || b[i] == '\t'
            || b[i] == '\n'
            || b[i] == '\r'
            || b[i] == '/'
            || b[i] == '>');
  }

  private static int indexOf(byte[] b, byte c, int from, int end) {
    for (int i = from; i < end; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, String s, int from, int end) {
    for (int i = from; i + s.length() <= end; i++) {
      if (startsWith(b, i, end, s)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int i, int end, String s) {
    if (i + s.length() > end) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[i + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoreCase(byte[] b, int i, int end, String lower) {
    if (i + lower.length() > end) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      int c = b[i + k];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}

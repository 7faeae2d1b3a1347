package io.github.nianbao.serialization.internal;

import static io.github.nianbao.serialization.ReportParseException.ErrorType.BINARY;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.MALFORMED;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.TOO_LARGE;

import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes the bytes of a published report to text and says which encoding it used.
 *
 * <p>The rule, in order:
 *
 * <ol>
 *   <li>A byte order mark decides: {@code EF BB BF} UTF-8, {@code FE FF} UTF-16BE, {@code FF FE}
 *       UTF-16LE. The mark is not part of the text. ({@link Evidence#BOM})
 *   <li>Otherwise a charset declared by the caller (a header or an HTML {@code meta} tag) decides;
 *       GB2312 and GBK are read as their superset GB18030. ({@link Evidence#DECLARED})
 *   <li>Otherwise a NUL byte is {@code BINARY}: UTF-8 and GB18030 text has none. When two or more
 *       NULs, at least 80% of them, are at odd (or at even) offsets, the message says the input
 *       looks like UTF-16LE (or BE) without a byte order mark.
 *   <li>Otherwise bytes that are valid UTF-8 are UTF-8; pure ASCII is UTF-8. ({@link
 *       Evidence#VALID_UTF8})
 *   <li>Otherwise bytes that are valid GB18030 (a superset of GBK and GB2312) and look like Chinese
 *       text are GB18030: at least 90% of the two- and four-byte characters are GB2312 characters
 *       (lead byte {@code A1}–{@code A9} or {@code B0}–{@code F7}, trail {@code A1}–{@code FE}),
 *       and no line is valid UTF-8 holding at least four UTF-8 encoded CJK ideographs (which would
 *       mean mixed encodings). ({@link Evidence#GB18030_FALLBACK})
 *   <li>Otherwise the input is {@code MALFORMED}: the exception's line is the 1-based line of the
 *       first byte that is not UTF-8, and its message gives that byte's 0-based offset (counted
 *       from the start of the input, byte order mark included), the bytes around it in hex, and
 *       what the bytes look like: invalid in UTF-8 and in GB18030, mixed encodings, or GB18030 that
 *       does not look like Chinese text.
 * </ol>
 *
 * <p>Decoding is strict ({@link CodingErrorAction#REPORT}): nothing is replaced. A line ends at LF,
 * CR LF or CR. Text longer than {@code maxChars} characters is {@code TOO_LARGE}. Time and memory
 * are linear in the input.
 *
 * <p>Limits of the rule: a short GBK text can be valid UTF-8 by accident ({@code 碌} is {@code C2
 * B5}, which is UTF-8 for {@code µ}) and is then read as UTF-8; realistic Chinese text of more than
 * a few characters almost never is. Text of rare characters outside GB2312 (such as {@code 堃}) is
 * refused when it is not UTF-8 unless its charset is declared. A GBK file with a short UTF-8 line
 * (fewer than four ideographs) reads as GB18030 with that line garbled. UTF-32 is not recognised.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /** How the charset was chosen. */
  public enum Evidence {
    /** A byte order mark. */
    BOM,
    /** The bytes are valid UTF-8 (pure ASCII included). */
    VALID_UTF8,
    /** The bytes are not UTF-8 but valid GB18030 and look like Chinese text. */
    GB18030_FALLBACK,
    /** The charset declared by the caller. */
    DECLARED
  }

  /**
   * Decoded text.
   *
   * @param text the text, without a byte order mark
   * @param charset the charset used
   * @param evidence why that charset
   */
  public record Decoded(String text, Charset charset, Evidence evidence) {
    /** Checks that no component is null. */
    public Decoded {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(charset, "charset");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  /** GB18030, the superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** The largest {@code maxBytes} of {@link #decode(InputStream, int, int)}. */
  public static final int MAX_BYTES_LIMIT = Integer.MAX_VALUE - 9;

  /** UTF-8 encoded CJK ideographs that make a valid UTF-8 line a UTF-8 line of Chinese text. */
  private static final int MIXED_MIN_IDEOGRAPHS = 4;

  /** Bytes quoted on each side of a bad byte. */
  private static final int CONTEXT = 8;

  /**
   * Decodes bytes, detecting their charset by the rule of the class documentation.
   *
   * @param bytes the bytes
   * @param maxChars the most characters the text may have
   * @return the text, its charset and the evidence
   * @throws ReportParseException {@code TOO_LARGE} over {@code maxChars}, {@code BINARY} for a NUL
   *     byte, {@code MALFORMED} if neither UTF-8 nor GB18030 fits
   */
  public static Decoded decode(byte[] bytes, int maxChars) throws ReportParseException {
    return decode(bytes, null, maxChars);
  }

  /**
   * Decodes bytes in a declared charset unless a byte order mark says otherwise; GB2312 and GBK are
   * read as GB18030. Without a declared charset, the same as {@link #decode(byte[], int)}.
   *
   * @param bytes the bytes
   * @param declared the declared charset, or {@code null} to detect it
   * @param maxChars the most characters the text may have
   * @return the text, its charset and the evidence
   * @throws ReportParseException {@code TOO_LARGE} over {@code maxChars}, {@code MALFORMED} if the
   *     bytes are not valid in the charset chosen; when detecting, as {@link #decode(byte[], int)}
   */
  public static Decoded decode(byte[] bytes, Charset declared, int maxChars)
      throws ReportParseException {
    Objects.requireNonNull(bytes, "bytes");
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars < 0: " + maxChars);
    }
    Charset bom = bom(bytes);
    if (bom != null) {
      int from = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return decided(bytes, from, bom, Evidence.BOM, maxChars, "the byte order mark says ");
    }
    if (declared != null) {
      Charset cs = widen(declared);
      return decided(bytes, 0, cs, Evidence.DECLARED, maxChars, "the declared charset is ");
    }
    return detect(bytes, maxChars);
  }

  /**
   * Reads a stream once, at most {@code maxBytes + 1} bytes, and decodes the bytes as {@link
   * #decode(byte[], int)}. The stream is not closed.
   *
   * @param in the stream
   * @param maxBytes the most bytes the input may have, at most {@link #MAX_BYTES_LIMIT}
   * @param maxChars the most characters the text may have
   * @return the text, its charset and the evidence
   * @throws ReportParseException {@code TOO_LARGE} over {@code maxBytes} (without reading further)
   *     or {@code maxChars}; otherwise as {@link #decode(byte[], int)}
   * @throws IOException if reading fails
   */
  public static Decoded decode(InputStream in, int maxBytes, int maxChars) throws IOException {
    Objects.requireNonNull(in, "in");
    if (maxBytes < 0 || maxBytes > MAX_BYTES_LIMIT) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new ReportParseException(
          TOO_LARGE, 0, 0, "", "The input is longer than " + maxBytes + " bytes");
    }
    return decode(bytes, maxChars);
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static Charset widen(Charset declared) {
    String name = declared.name();
    return name.equals("GB2312") || name.equals("GBK") ? GB18030 : declared;
  }

  /** Decodes in a charset that is not to be questioned, or says where it fails. */
  private static Decoded decided(
      byte[] bytes, int from, Charset cs, Evidence evidence, int maxChars, String why)
      throws ReportParseException {
    Attempt a = Attempt.of(bytes, from, cs, maxChars);
    if (a.bad >= 0) {
      throw new ReportParseException(
          MALFORMED,
          line(bytes, from, a.bad, cs),
          0,
          "",
          why
              + cs.name()
              + " but byte offset "
              + a.bad
              + " is not "
              + cs.name()
              + ": "
              + hex(bytes, a.bad, a.badLength));
    }
    return decoded(a, cs, evidence, maxChars);
  }

  private static Decoded decoded(Attempt a, Charset cs, Evidence evidence, int maxChars)
      throws ReportParseException {
    if (a.text == null) {
      throw new ReportParseException(
          TOO_LARGE,
          0,
          0,
          "",
          "The text is longer than " + maxChars + " characters (decoded as " + cs.name() + ")");
    }
    return new Decoded(a.text, cs, evidence);
  }

  private static Decoded detect(byte[] bytes, int maxChars) throws ReportParseException {
    checkNoNul(bytes);
    Attempt utf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8, maxChars);
    if (utf8.bad < 0) {
      return decoded(utf8, StandardCharsets.UTF_8, Evidence.VALID_UTF8, maxChars);
    }
    Attempt gb = Attempt.of(bytes, 0, GB18030, maxChars);
    int mixedLine = utf8ChineseLine(bytes);
    int[] gbChars = gb.bad < 0 ? gb2312Share(bytes, 0, bytes.length) : null;
    if (gb.bad < 0 && mixedLine == 0 && looksChinese(gbChars)) {
      return decoded(gb, GB18030, Evidence.GB18030_FALLBACK, maxChars);
    }
    throw notDecodable(bytes, utf8, gb, gbChars, mixedLine);
  }

  private static ReportParseException notDecodable(
      byte[] bytes, Attempt utf8, Attempt gb, int[] gbChars, int mixedLine) {
    int line = line(bytes, 0, utf8.bad, StandardCharsets.UTF_8);
    StringBuilder m =
        new StringBuilder("byte offset ")
            .append(utf8.bad)
            .append(" is not UTF-8: ")
            .append(hex(bytes, utf8.bad, utf8.badLength))
            .append("; ");
    if (mixedLine > 0) {
      m.append("the input mixes encodings: line ").append(mixedLine).append(" is UTF-8");
      if (lineLooksGb(bytes, utf8.bad)) {
        m.append(", line ").append(line).append(" looks like GBK/GB18030");
      }
    } else if (gb.bad >= 0) {
      m.append("invalid in UTF-8 and in GB18030 (GB18030 fails at byte offset ")
          .append(gb.bad)
          .append(", line ")
          .append(line(bytes, 0, gb.bad, GB18030))
          .append(')');
    } else {
      m.append("valid GB18030 but does not look like Chinese text (")
          .append(gbChars[1])
          .append(" of ")
          .append(gbChars[0])
          .append(" multi-byte characters are GB2312 characters); another encoding?");
    }
    return new ReportParseException(MALFORMED, line, 0, "", m.toString());
  }

  /** A NUL byte is BINARY, with a hint when the NULs are at every other byte. */
  private static void checkNoNul(byte[] b) throws ReportParseException {
    int first = -1;
    int even = 0;
    int odd = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        if (first < 0) {
          first = i;
        }
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    if (first < 0) {
      return;
    }
    String what;
    if (odd >= 2 && odd >= 4 * even) {
      what = "looks like UTF-16LE without a byte order mark (NUL at every other byte)";
    } else if (even >= 2 && even >= 4 * odd) {
      what = "looks like UTF-16BE without a byte order mark (NUL at every other byte)";
    } else {
      what = "binary, not text";
    }
    throw new ReportParseException(
        BINARY,
        line(b, 0, first, StandardCharsets.UTF_8),
        0,
        "",
        "byte offset " + first + " is a NUL byte: " + hex(b, first, 1) + "; the input " + what);
  }

  /**
   * Counts the multi-byte characters of valid GB18030 bytes and those that are GB2312 characters.
   *
   * @return {multi-byte characters, GB2312 characters}
   */
  private static int[] gb2312Share(byte[] b, int from, int to) {
    int multi = 0;
    int common = 0;
    int i = from;
    while (i < to) {
      int lead = b[i] & 0xFF;
      if (lead < 0x80 || i + 1 >= to) {
        i++;
        continue;
      }
      multi++;
      int trail = b[i + 1] & 0xFF;
      if (trail >= 0x30 && trail <= 0x39) {
        i += 4;
        continue;
      }
      if (trail >= 0xA1
          && trail <= 0xFE
          && ((lead >= 0xA1 && lead <= 0xA9) || (lead >= 0xB0 && lead <= 0xF7))) {
        common++;
      }
      i += 2;
    }
    return new int[] {multi, common};
  }

  private static boolean looksChinese(int[] share) {
    return share != null && share[0] > 0 && 10L * share[1] >= 9L * share[0];
  }

  /** Whether the line holding {@code offset} is valid GB18030 that looks like Chinese text. */
  private static boolean lineLooksGb(byte[] b, int offset) {
    int from = offset;
    while (from > 0 && b[from - 1] != '\n' && b[from - 1] != '\r') {
      from--;
    }
    int to = offset;
    while (to < b.length && b[to] != '\n' && b[to] != '\r') {
      to++;
    }
    CharsetDecoder d = strict(GB18030);
    CharBuffer out = CharBuffer.allocate(Math.max(2, to - from));
    CoderResult r = d.decode(ByteBuffer.wrap(b, from, to - from), out, true);
    return !r.isError() && looksChinese(gb2312Share(b, from, to));
  }

  /**
   * Returns the first line (1-based) that is valid UTF-8 holding at least {@value
   * #MIXED_MIN_IDEOGRAPHS} UTF-8 encoded CJK ideographs (lead byte {@code E4}–{@code E9}), or 0.
   */
  private static int utf8ChineseLine(byte[] b) {
    int line = 1;
    int ideographs = 0;
    boolean valid = true;
    int i = 0;
    while (i <= b.length) {
      int c = i < b.length ? b[i] & 0xFF : '\n';
      if (c == '\n' || c == '\r') {
        if (valid && ideographs >= MIXED_MIN_IDEOGRAPHS) {
          return line;
        }
        if (c == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
          i++;
        }
        line++;
        ideographs = 0;
        valid = true;
        i++;
        continue;
      }
      int n = utf8Length(b, i);
      if (n < 0) {
        valid = false;
        i++;
        continue;
      }
      if (n == 3 && c >= 0xE4 && c <= 0xE9) {
        ideographs++;
      }
      i += n;
    }
    return 0;
  }

  /** The length of the strict UTF-8 sequence at {@code i}, or -1. */
  private static int utf8Length(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    if (i + n > b.length) {
      return -1;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return -1;
    }
    for (int k = 2; k < n; k++) {
      int t = b[i + k] & 0xFF;
      if (t < 0x80 || t > 0xBF) {
        return -1;
      }
    }
    return n;
  }

  /** The 1-based line of {@code offset}; lines end at LF, CR LF or CR. */
  private static int line(byte[] b, int from, int offset, Charset cs) {
    boolean utf16 = cs == StandardCharsets.UTF_16BE || cs == StandardCharsets.UTF_16LE;
    int step = utf16 ? 2 : 1;
    int line = 1;
    int prev = -1;
    for (int i = from; i + step <= offset; i += step) {
      int c;
      if (!utf16) {
        c = b[i] & 0xFF;
      } else if (cs == StandardCharsets.UTF_16BE) {
        c = (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
      } else {
        c = (b[i + 1] & 0xFF) << 8 | (b[i] & 0xFF);
      }
      if (c == '\n' ? prev != '\r' : c == '\r') {
        line++;
      }
      prev = c;
    }
    return line;
  }

  /** The bytes {@code [at, at + length)} bracketed, in hex, with {@value #CONTEXT} either side. */
  private static String hex(byte[] b, int at, int length) {
    int end = Math.min(b.length, at + Math.max(1, length));
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(b.length, end + CONTEXT);
    StringBuilder s = new StringBuilder();
    if (from > 0) {
      s.append("… ");
    }
    for (int i = from; i < to; i++) {
      if (i == at) {
        s.append('[');
      }
      s.append(Character.forDigit((b[i] >> 4) & 0xF, 16))
          .append(Character.forDigit(b[i] & 0xF, 16));
      if (i == end - 1) {
        s.append(']');
      }
      if (i + 1 < to) {
        s.append(' ');
      }
    }
    if (to < b.length) {
      s.append(" …");
    }
    return s.toString();
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * One strict decoding: the text, or {@code null} when longer than {@code maxChars}; the offset
   * and length of the first bad bytes, or -1. A text too long is still checked to its end.
   */
  private static final class Attempt {
    final String text;
    final int bad;
    final int badLength;

    private Attempt(String text, int bad, int badLength) {
      this.text = text;
      this.bad = bad;
      this.badLength = badLength;
    }

    static Attempt of(byte[] bytes, int from, Charset cs, int maxChars) {
      CharsetDecoder d = strict(cs);
      ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
      // room for all characters, at most maxChars + 1, and for a surrogate pair
      long all = (long) Math.ceil((bytes.length - from) * (double) d.maxCharsPerByte());
      int capacity = (int) Math.max(2, Math.min((long) maxChars + 1, all));
      CharBuffer out = CharBuffer.allocate(capacity);
      boolean over = false;
      CoderResult r;
      while ((r = d.decode(in, out, true)).isOverflow()) {
        over = true;
        out.clear();
      }
      if (r.isError()) {
        return new Attempt(null, in.position(), r.length());
      }
      while (d.flush(out).isOverflow()) {
        over = true;
        out.clear();
      }
      if (over || out.position() > maxChars) {
        return new Attempt(null, -1, 0);
      }
      return new Attempt(out.flip().toString(), -1, 0);
    }
  }
}

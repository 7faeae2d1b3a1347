package io.github.nianbao.serialization.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisation and the bounded similarity by which the text reader matches printed labels to
 * the official ones.
 *
 * <p><b>Numbering.</b> A label may start with a numbering: {@code 一、} (Chinese numeral and a comma
 * or dot), {@code （一）} or {@code (一)}, or {@code 1．}/{@code 1.}/{@code 1、}. The numbering is parsed
 * apart from the body, full- and half-width alike, and compared by its kind and value.
 *
 * <p><b>Normal form of a body.</b> Unicode NFKC (full-width letters, digits and punctuation become
 * half-width), then every white space, punctuation and symbol character is removed: {@code 规 章} and
 * {@code 规章}, {@code 危及“三安全一稳定”} and {@code 危及三安全一稳定}, {@code 本年收费金额（单位：万元）} and {@code
 * 本年收费金额(单位:万元)} have the same normal form.
 *
 * <p><b>Similarity.</b> Two normal forms match when their Levenshtein distance is at most {@link
 * #threshold(int) one per five characters} of the official form (rounded down): a label of up to
 * four characters must match exactly, one of 12 (其他法律行政法规禁止公开) may lack two characters.
 */
final class LabelText {
  private LabelText() {}

  /** The kinds of numbering. */
  enum NumberingKind {
    /** 一、 */
    COMMA,
    /** （一） */
    PAREN,
    /** 1． */
    ARABIC
  }

  /** A parsed numbering: its kind and its value (1 for 一 and 1). */
  record Numbering(NumberingKind kind, int value) {
    // by hand: the record's own equals goes through a method handle, and the row matcher asks it
    // of every candidate row
    @Override
    public boolean equals(Object o) {
      return o instanceof Numbering n && n.kind == kind && n.value == value;
    }

    @Override
    public int hashCode() {
      return 31 * kind.hashCode() + value;
    }
  }

  /** A label split into numbering (or null) and body. */
  record Parsed(Numbering numbering, String body, String normal) {}

  private static final String NUMERALS = "一二三四五六七八九十";
  private static final String SPACE = "[\\s\\u00A0\\u3000]*";

  private static final Pattern LEADING_NUMBERING =
      Pattern.compile(
          "^"
              + SPACE
              + "(?:([一二三四五六七八九十]{1,3})"
              + SPACE
              + "[、.．,，]"
              + "|[（(]"
              + SPACE
              + "([一二三四五六七八九十]{1,3})"
              + SPACE
              + "[)）]"
              + "|([0-9０-９]{1,2})"
              + SPACE
              + "(?:[.．、,，](?![0-9０-９])|(?=[^0-9０-９.．\\s\\u00A0\\u3000])))");

  /** A numbering that begins a new label inside a longer text: after white space. */
  private static final Pattern INNER_NUMBERING =
      Pattern.compile(
          "(?<=[\\s\\u00A0\\u3000])(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]"
              + "|[0-9０-９]{1,2}[.．、](?![0-9０-９])))");

  /**
   * Splits a label at its numbering.
   *
   * @param text the printed label
   * @return numbering (or null) and body with its normal form
   */
  static Parsed parse(String text) {
    return LabelIndex.of(text).parsed();
  }

  /** {@link #parse}, computed (kept by {@link LabelIndex}). */
  static Parsed parseNow(String text) {
    Matcher m = LEADING_NUMBERING.matcher(text);
    Numbering numbering = null;
    String body = text;
    if (m.find()) {
      if (m.group(1) != null) {
        numbering = new Numbering(NumberingKind.COMMA, chineseValue(m.group(1)));
      } else if (m.group(2) != null) {
        numbering = new Numbering(NumberingKind.PAREN, chineseValue(m.group(2)));
      } else {
        numbering = new Numbering(NumberingKind.ARABIC, Integer.parseInt(nfkc(m.group(3)).strip()));
      }
      body = text.substring(m.end());
    }
    return new Parsed(numbering, body, normal(body));
  }

  /**
   * Splits a text into labels where a numbering follows white space or another numbering, e.g.
   * {@code 三、（一）予以公开} into {@code 三、} and {@code （一）予以公开}, or {@code (三) 不予公开 1. 属于国家秘密} into two
   * labels.
   *
   * @param text a text cell
   * @return the parts, at least one
   */
  static List<String> splitLabels(String text) {
    return LabelIndex.of(text).labels();
  }

  /**
   * The most labels a text is split into but its rest: more than a line gives ({@link
   * Tokens#MAX_LINE_CELLS}), so that a text of a million numberings is a few parts, not a million.
   */
  static final int MAX_LABELS = Tokens.MAX_LINE_CELLS + 1;

  /**
   * {@link #splitLabels}, computed (kept by {@link LabelIndex}): at most {@link #MAX_LABELS} parts
   * and the rest. The rest of the text still to split is a range of it, never a copy, so that a
   * long text costs steps in proportion to its length, not its square.
   */
  static List<String> splitNow(String text) {
    List<String> parts = new ArrayList<>();
    int to = stripEnd(text, 0, text.length());
    int from = stripStart(text, 0, to);
    Matcher leading = LEADING_NUMBERING.matcher(text);
    Matcher next = LEADING_NUMBERING.matcher(text);
    // the look-behind of a numbering inside the rest sees the character before it, as it would in
    // a copy of the rest: the search starts one character or more into the rest
    Matcher inner = INNER_NUMBERING.matcher(text).useTransparentBounds(true);
    while (from < to) {
      if (parts.size() == MAX_LABELS) {
        // more than a line is cut into (Tokens.MAX_LINE_CELLS): the rest is one part
        parts.add(text.substring(from, to));
        break;
      }
      int searchFrom = 1;
      if (leading.region(from, to).find()) {
        int end = leading.end();
        if (stripStart(text, end, to) < to && next.region(end, to).find()) {
          parts.add(text.substring(from, stripEnd(text, from, end)));
          from = stripStart(text, end, to);
          continue;
        }
        searchFrom = Math.max(1, end - from);
      }
      if (searchFrom < to - from && inner.region(from + searchFrom, to).find()) {
        int start = inner.start();
        parts.add(text.substring(from, stripEnd(text, from, start)));
        from = stripStart(text, start, to);
      } else {
        parts.add(text.substring(from, to));
        from = to;
      }
    }
    if (parts.isEmpty()) {
      parts.add(text.strip());
    }
    return List.copyOf(parts);
  }

  /** The first index of {@code text[from, to)} that is not white space ({@link String#strip()}). */
  private static int stripStart(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** The end of {@code text[from, to)} without trailing white space ({@link String#strip()}). */
  private static int stripEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * Returns whether a character is a Chinese numeral of a numbering (一 to 十), the characters with
   * which a numbering 一、 or （一） is written.
   *
   * @param c the character
   * @return whether it is one
   */
  static boolean isNumeral(char c) {
    return NUMERALS.indexOf(c) >= 0;
  }

  private static int chineseValue(String numeral) {
    if (numeral.length() == 1) {
      return NUMERALS.indexOf(numeral.charAt(0)) + 1;
    }
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return -1;
    }
    int tens = ten == 0 ? 1 : NUMERALS.indexOf(numeral.charAt(0)) + 1;
    int units = ten == numeral.length() - 1 ? 0 : NUMERALS.indexOf(numeral.charAt(ten + 1)) + 1;
    return tens * 10 + units;
  }

  /**
   * Parses an official numbering such as {@code 三、}, {@code （一）} or {@code 1．}.
   *
   * @param numbering the official numbering, possibly empty
   * @return the numbering, or null
   */
  static Numbering numbering(String numbering) {
    return numbering.isEmpty() ? null : parse(numbering + "x").numbering();
  }

  /** Returns text in Unicode NFKC (ASCII text is its own NFKC: returned as it is). */
  static String nfkc(String text) {
    return isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** Returns whether every character of a text is ASCII. */
  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the normal form of a label body: NFKC without white space, punctuation or symbols, each
   * traditional ideograph in its simplified form, 檔案 read as 文件 ({@link TraditionalForms}).
   *
   * @param text the text
   * @return the normal form
   */
  public static String normal(String text) {
    return LabelIndex.of(text).normal();
  }

  /** {@link #normal}, computed (kept by {@link LabelIndex}). */
  static String normalNow(String text) {
    String s = TraditionalForms.words(nfkc(text));
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(TraditionalForms.simplified(cp));
      }
    }
    return b.toString();
  }

  /**
   * Returns the largest distance at which a normal form matches an official one.
   *
   * @param officialLength the length of the official normal form
   * @return one per five characters, rounded down
   */
  public static int threshold(int officialLength) {
    return officialLength / 5;
  }

  /**
   * Returns the Levenshtein distance of two strings, or {@code limit + 1} if it exceeds {@code
   * limit} (computed in a band, so that long input costs little).
   *
   * @param a one string
   * @param b the other
   * @param limit the largest distance of interest
   * @return the distance, at most {@code limit + 1}
   */
  public static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    if (a.equals(b)) {
      return 0;
    }
    if (limit == 0) {
      return 1;
    }
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], limit + 1);
  }

  /**
   * Returns the distance of a normal form to an official one if it is within the official's
   * {@linkplain #threshold(int) threshold}.
   *
   * @param normal the printed label's normal form
   * @param official the official normal form
   * @return the distance, or -1 if they do not match
   */
  public static int match(String normal, String official) {
    if (normal.isEmpty() || official.isEmpty()) {
      return -1;
    }
    int limit = threshold(official.length());
    int d = distance(normal, official, limit);
    return d <= limit ? d : -1;
  }
}

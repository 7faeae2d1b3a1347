package io.github.nianbao.validation.internal;

import java.math.BigDecimal;

/**
 * Reads the numbers a narrative states, by scanning (no regular expression): ASCII digits,
 * full-width digits (６４) and Chinese numerals (六十四, 一百二十三, 两, 〇, 一〇五). Every method looks at a
 * bounded stretch of the text from a given index, so a scan of a whole text stays linear.
 */
final class StatedNumbers {

  /** The largest number a Chinese numeral is read as: 999,999,999,999,999. */
  private static final long LIMIT = 999_999_999_999_999L;

  private StatedNumbers() {}

  /** The most digits of a count: more cannot be a count of a report (and would overflow). */
  static final int MAX_DIGITS = 15;

  /** The most characters of a number in Chinese numerals. */
  private static final int MAX_NUMERALS = 16;

  /** The Chinese digits, in value order: 〇 and 零 are 0, 两 is 2. */
  private static final String DIGITS = "〇一二三四五六七八九";

  /** A number read: its value, where it starts and where it ends (exclusive). */
  record Read(BigDecimal value, int start, int end) {
    long longValue() {
      return value.longValueExact();
    }
  }

  /** Whether a character is an ASCII or a full-width digit. */
  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }

  private static int digit(char c) {
    return c <= '9' ? c - '0' : c - '\uFF10';
  }

  /** Whether a character can be part of a number in Chinese numerals. */
  static boolean isNumeral(char c) {
    return chineseDigit(c) >= 0 || unit(c) > 0;
  }

  private static int chineseDigit(char c) {
    if (c == '零') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c);
  }

  private static long unit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      case '万' -> 10_000;
      case '亿' -> 100_000_000;
      default -> 0;
    };
  }

  /** The index of the first character at or after {@code i} that is not white space. */
  static int skipSpaces(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
  }

  /**
   * Reads digits at {@code i}: a whole number, or with {@code decimals} also a fraction after a
   * point (. or ．).
   *
   * @return the number, or null if there is none at {@code i} or it has more than {@value
   *     #MAX_DIGITS} digits
   */
  static Read readDigits(String text, int i, boolean decimals) {
    // the common case without a copy: at most 18 digits in all fit a long, and the value (digits
    // and scale) is the one new BigDecimal(the digits as ASCII) gives
    long unscaled = 0;
    int scale = 0;
    int n = 0;
    int j = i;
    while (j < text.length() && isDigit(text.charAt(j))) {
      unscaled = unscaled * 10 + digit(text.charAt(j));
      j++;
      n++;
    }
    if (n == 0 || n > MAX_DIGITS) {
      return null;
    }
    if (decimals
        && j + 1 < text.length()
        && (text.charAt(j) == '.' || text.charAt(j) == '．')
        && isDigit(text.charAt(j + 1))) {
      int k = j + 1;
      while (k < text.length() && isDigit(text.charAt(k))) {
        k++;
      }
      if (k - (j + 1) > MAX_DIGITS || k - (j + 1) + n > 18) {
        return readDigitsSlowly(text, i, decimals);
      }
      for (j = j + 1; j < k; j++) {
        unscaled = unscaled * 10 + digit(text.charAt(j));
        scale++;
      }
    }
    return new Read(BigDecimal.valueOf(unscaled, scale), i, j);
  }

  private static Read readDigitsSlowly(String text, int i, boolean decimals) {
    StringBuilder ascii = new StringBuilder();
    int j = i;
    while (j < text.length() && isDigit(text.charAt(j))) {
      ascii.append((char) ('0' + digit(text.charAt(j))));
      j++;
    }
    if (ascii.length() == 0 || ascii.length() > MAX_DIGITS) {
      return null;
    }
    if (decimals
        && j + 1 < text.length()
        && (text.charAt(j) == '.' || text.charAt(j) == '．')
        && isDigit(text.charAt(j + 1))) {
      ascii.append('.');
      j++;
      int fraction = 0;
      while (j < text.length() && isDigit(text.charAt(j))) {
        ascii.append((char) ('0' + digit(text.charAt(j))));
        j++;
        if (++fraction > MAX_DIGITS) {
          return null;
        }
      }
    }
    return new Read(new BigDecimal(ascii.toString()), i, j);
  }

  /**
   * Reads a whole number in Chinese numerals at {@code i}: with units (六十四, 一百零五, 十二, 三万五千) or
   * positional (一〇五), at most {@value #MAX_NUMERALS} characters.
   *
   * @return the number, or null if the numerals there are no well-formed number
   */
  static Read readChinese(String text, int i) {
    int j = i;
    while (j < text.length() && j - i < MAX_NUMERALS && isNumeral(text.charAt(j))) {
      j++;
    }
    if (j == i || (j < text.length() && isNumeral(text.charAt(j)))) {
      return null;
    }
    Long value = parseChinese(text, i, j);
    return value == null ? null : new Read(BigDecimal.valueOf(value), i, j);
  }

  /** The value of the numerals in [from, to), or null if they are no well-formed number. */
  static Long parseChinese(String text, int from, int to) {
    boolean units = false;
    for (int k = from; k < to; k++) {
      units |= unit(text.charAt(k)) > 0;
    }
    if (!units) {
      // positional: 一〇五 = 105; a lone digit is itself
      long v = 0;
      for (int k = from; k < to; k++) {
        v = v * 10 + chineseDigit(text.charAt(k));
      }
      return v;
    }
    long total = 0; // the parts of 亿 and 万 closed so far
    long section = 0; // below 万
    int digit = -1; // the digit waiting for its unit, -1 when none
    long lastUnit = Long.MAX_VALUE; // units within a section descend
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      int d = chineseDigit(c);
      if (d >= 0) {
        if (digit > 0) {
          return null; // two digits without a unit between them: 三四
        }
        digit = d;
        continue;
      }
      long u = unit(c);
      if (u >= 10_000) {
        long part = section + Math.max(digit, 0);
        if (u == 10_000) {
          if (part == 0) {
            return null; // 万 without a number before it
          }
          if (part > (LIMIT - total) / u) {
            return null; // beyond the largest count a statement can hold
          }
          total += part * u; // 三万五千: the part below 万 follows
        } else {
          if (part == 0 && total == 0) {
            return null;
          }
          if (total + part > LIMIT / u) {
            return null; // beyond the largest count, checked before the product can wrap
          }
          total = (total + part) * u; // 亿 is the highest unit: all before it counts 亿
        }
        section = 0;
        digit = -1;
        lastUnit = Long.MAX_VALUE;
        continue;
      }
      if (u >= lastUnit) {
        return null; // 十百
      }
      if (digit < 0) {
        if (u != 10 || section != 0) {
          return null; // 百 without a digit; 十 alone only at the start: 十二
        }
        digit = 1;
      }
      if (digit == 0) {
        return null; // 零十: a unit after 零
      }
      section += digit * u;
      digit = -1;
      lastUnit = u;
    }
    return total + section + Math.max(digit, 0);
  }

  /**
   * Reads a number at {@code i} in any style: digits (with {@code decimals}, a fraction too) or
   * Chinese numerals (whole only).
   *
   * @return the number, or null
   */
  static Read read(String text, int i, boolean decimals) {
    if (i >= text.length()) {
      return null;
    }
    char c = text.charAt(i);
    if (isDigit(c)) {
      return readDigits(text, i, decimals);
    }
    if (isNumeral(c)) {
      return readChinese(text, i);
    }
    return null;
  }

  /**
   * Finds the number a statement gives after its keyword: from {@code from}, at most {@code maxGap}
   * characters that are no sentence punctuation ({@code stops}) before the number, then the number
   * and one of the {@code units} (after white space). Digits end the search where they stand (the
   * number is the first digits after the keyword); Chinese numerals not followed by a unit are
   * words (一是, 三审) and the search goes on after them.
   *
   * @param units the units, each one character or more: the first that the text continues with
   * @return the number, whose {@code end} is after its unit, or null
   */
  static Stated statedAfter(
      String text, int from, int maxGap, String stops, boolean decimals, String... units) {
    int j = from;
    while (j < text.length() && j - from <= maxGap) {
      char c = text.charAt(j);
      if (stops.indexOf(c) >= 0) {
        return null;
      }
      if (isDigit(c) || isNumeral(c)) {
        Read r = read(text, j, decimals);
        if (r != null) {
          int k = skipSpaces(text, r.end());
          for (String unit : units) {
            if (text.startsWith(unit, k)) {
              return new Stated(r, unit, k + unit.length());
            }
          }
        }
        if (isDigit(c)) {
          return null;
        }
        // numerals that are no number of a unit: words; go on after them
        int k = j;
        while (k < text.length() && isNumeral(text.charAt(k))) {
          k++;
        }
        j = k;
        continue;
      }
      j++;
    }
    return null;
  }

  /** A number stated with its unit; {@code end} is after the unit. */
  record Stated(Read number, String unit, int end) {}
}

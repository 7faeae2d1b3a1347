package io.github.nianbao.serialization.internal.text;

import java.util.List;

/**
 * A number as people write it in a cell, other than the plain form: thousands separators ({@code
 * 1,234}, {@code 1，234}), full-width digits, a plus sign, a unit after it ({@code 12件}, {@code
 * 3.5万元}). Scanning code, linear in the text.
 *
 * @param digits the plain number: ASCII digits, an optional leading {@code -}, an optional decimal
 *     point ({@code 1234}, {@code 3.5})
 * @param unit the unit printed after it, one of {@link #UNITS}, or empty
 */
record WrittenNumber(String digits, String unit) {

  /** The units read after a number: of counts, then of money. */
  static final List<String> UNITS = List.of("件", "条", "个", "项", "次", "人", "家", "万元", "元");

  /** The unit of the fee's column: 万元 (10,000 yuan). */
  static final String TEN_THOUSAND_YUAN = "万元";

  /** The unit of money that the fee's column does not ask for: 元. */
  static final String YUAN = "元";

  /** The longest text read as a written number. */
  private static final int MAX_LENGTH = 40;

  /**
   * Whether the unit is one of counts (件, 条 …), not of money.
   *
   * @return whether it is a count's unit or none
   */
  boolean isCount() {
    return !unit.equals(TEN_THOUSAND_YUAN) && !unit.equals(YUAN);
  }

  /** Whether the number is whole. */
  boolean isWhole() {
    return digits.indexOf('.') < 0;
  }

  /**
   * Parses a cell's text as a written number.
   *
   * @param text the cell's text
   * @return the number, or null if the text is none or is a plain number (which needs no
   *     normalising: {@code 12}, {@code -3}, {@code 1953.86})
   */
  static WrittenNumber parse(String text) {
    String s = Tokens.strip(text);
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return null;
    }
    StringBuilder d = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    boolean changed = false;
    char first = s.charAt(0);
    if (first == '+' || first == '＋') {
      changed = true;
      i++;
    } else if (first == '-' || first == '－') {
      d.append('-');
      changed |= first != '-';
      i++;
    }
    // the integer part: digits, with separators between groups of three
    int groupLength = 0;
    boolean separators = false;
    int digitsBefore = 0;
    while (i < n) {
      char c = s.charAt(i);
      int v = digit(c);
      if (v >= 0) {
        changed |= c > '9';
        d.append((char) ('0' + v));
        groupLength++;
        digitsBefore++;
        i++;
      } else if ((c == ',' || c == '，') && digitsBefore > 0) {
        // a separator follows one to three digits (first group) or exactly three
        if ((separators && groupLength != 3) || (!separators && groupLength > 3)) {
          return null;
        }
        separators = true;
        changed = true;
        groupLength = 0;
        i++;
      } else {
        break;
      }
    }
    if (digitsBefore == 0 || (separators && groupLength != 3)) {
      return null;
    }
    if (i < n && (s.charAt(i) == '.' || s.charAt(i) == '．')) {
      changed |= s.charAt(i) != '.';
      int point = i++;
      d.append('.');
      int fraction = 0;
      while (i < n && digit(s.charAt(i)) >= 0) {
        changed |= s.charAt(i) > '9';
        d.append((char) ('0' + digit(s.charAt(i))));
        fraction++;
        i++;
      }
      if (fraction == 0) {
        return null;
      }
      assert point >= 0;
    }
    int unitStart = i;
    while (i < n && Tokens.isSpace(s.charAt(i))) {
      i++;
    }
    // a unit printed in traditional script (條, 個, 項, 萬元) is the official one
    String unit = TraditionalForms.simplified(s.substring(i));
    if (!unit.isEmpty() && !UNITS.contains(unit)) {
      return null;
    }
    changed |= !unit.isEmpty() || unitStart != i;
    return changed ? new WrittenNumber(d.toString(), unit) : null;
  }

  /** The value of an ASCII or full-width digit, or -1. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }
}

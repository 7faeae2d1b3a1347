package io.github.nianbao.core;

import java.math.BigDecimal;
import java.util.Objects;

/** The shared check of a mark's text, for {@link Cell} and {@link AmountCell}. */
final class Marks {
  private Marks() {}

  /**
   * Checks a mark's text.
   *
   * @param printed the text
   * @param decimalIsNumber whether a decimal number such as {@code 1.5} is a number (amounts) or
   *     may be a mark (counts hold whole numbers only)
   */
  static String check(String printed, boolean decimalIsNumber) {
    Objects.requireNonNull(printed, "printed");
    if (printed.isBlank()) {
      throw new IllegalArgumentException(
          "A mark needs printed text; nothing printed is a blank cell");
    }
    String s = Texts.singleLine(printed);
    if (decimalIsNumber ? isDecimal(s) : isWholeNumber(s)) {
      throw new IllegalArgumentException("A number is not a mark: " + printed);
    }
    return s;
  }

  private static boolean isWholeNumber(String s) {
    try {
      Long.parseLong(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDecimal(String s) {
    if (s.length() > 100) {
      return false;
    }
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

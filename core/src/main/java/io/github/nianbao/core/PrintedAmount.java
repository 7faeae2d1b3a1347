package io.github.nianbao.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The cell of 政府集中采购 采购总金额 in the 2019 format's Table 2 ({@code
 * activeDisclosure.centralizedProcurement.totalAmount}, docs/format.md): an amount printed with
 * whatever unit the agency chose, kept exactly as printed — the template gives no unit, so {@code
 * 251000元}, {@code 25.1万元} and {@code 25.1} are different cells and none is converted.
 *
 * <p>The cell is a {@linkplain CellKind#NUMBER number} when its text starts with a decimal number
 * (digits, optionally a sign, {@code ,} between digit groups and a decimal point) followed by a
 * unit without digits, such as {@code 元} or {@code 万元}, or by nothing; a blank when nothing was
 * printed; otherwise a mark ({@code 无}, {@code /}). Immutable and thread-safe; equality compares
 * the printed text.
 */
public final class PrintedAmount implements TableCell {

  /** The longest text a cell keeps. */
  public static final int MAX_LENGTH = 100;

  private static final PrintedAmount BLANK = new PrintedAmount("", CellKind.BLANK, null, "");
  private static final PrintedAmount ZERO =
      new PrintedAmount("0", CellKind.NUMBER, BigDecimal.ZERO, "");

  private final String printed;
  private final CellKind kind;
  private final BigDecimal amount;
  private final String unit;

  private PrintedAmount(String printed, CellKind kind, BigDecimal amount, String unit) {
    this.printed = printed;
    this.kind = kind;
    this.amount = amount;
    this.unit = unit;
  }

  /**
   * Returns the cell of a printed text, on one line.
   *
   * @param printed the text as printed, e.g. {@code 251000元}; blank text gives the blank cell
   * @return the cell
   * @throws IllegalArgumentException if the text is longer than {@value #MAX_LENGTH} characters or
   *     holds a control character
   */
  public static PrintedAmount of(String printed) {
    Objects.requireNonNull(printed, "printed");
    String s = Texts.singleLine(printed);
    Texts.checkNoControl(s, "an amount");
    if (s.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "An amount has at most " + MAX_LENGTH + " characters: " + s.length());
    }
    if (s.isEmpty()) {
      return BLANK;
    }
    int end = numberEnd(s);
    if (end > 0) {
      String unit = s.substring(end).strip();
      if (!hasDigit(unit)) {
        BigDecimal amount = new BigDecimal(s.substring(0, end).replace(",", ""));
        return new PrintedAmount(s, CellKind.NUMBER, amount, unit);
      }
    }
    return new PrintedAmount(s, CellKind.MARK, null, "");
  }

  /**
   * Returns the blank cell: nothing was printed.
   *
   * @return the blank cell
   */
  public static PrintedAmount blank() {
    return BLANK;
  }

  /**
   * Returns {@code 0} without a unit, the identity of {@link #plus(PrintedAmount)}.
   *
   * @return the zero cell
   */
  public static PrintedAmount zero() {
    return ZERO;
  }

  /** The end of the number at the start of the text, or 0 if it does not start with one. */
  private static int numberEnd(String s) {
    int i = 0;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    int start = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        i++;
      } else if (c == ',' && i > start && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return 0;
    }
    if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
      i++;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
    }
    return i - start > AmountCell.MAX_PRECISION + 12 ? 0 : i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public CellKind kind() {
    return kind;
  }

  /**
   * Returns the number printed before the unit.
   *
   * @return the amount, or empty for a blank or a mark
   */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the unit printed after the number, e.g. {@code 万元}.
   *
   * @return the unit, empty when none was printed or the cell holds no number
   */
  public String unit() {
    return unit;
  }

  @Override
  public Optional<String> mark() {
    return kind == CellKind.MARK ? Optional.of(printed) : Optional.empty();
  }

  @Override
  public String printed() {
    return printed;
  }

  /**
   * Adds two cells, as aggregation does (docs/format.md, aggregation): amounts with the same unit
   * give their exact sum with that unit; two equal marks give the mark; {@link #zero()} gives the
   * other cell; anything else — amounts in different units, an amount and a mark — is blank, as no
   * unit is ever converted. Associative and commutative.
   *
   * @param other the cell to add
   * @return the sum
   */
  public PrintedAmount plus(PrintedAmount other) {
    if (this.equals(ZERO)) {
      return other;
    }
    if (other.equals(ZERO)) {
      return this;
    }
    if (kind == CellKind.NUMBER && other.kind == CellKind.NUMBER && unit.equals(other.unit)) {
      BigDecimal sum = amount.add(other.amount);
      return new PrintedAmount(sum.toPlainString() + unit, CellKind.NUMBER, sum, unit);
    }
    if (kind == CellKind.MARK && this.equals(other)) {
      return this;
    }
    return BLANK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintedAmount p && p.printed.equals(printed);
  }

  @Override
  public int hashCode() {
    return printed.hashCode();
  }

  /**
   * Returns the printed text in quotes, or {@code <blank>}, for debugging.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return kind == CellKind.BLANK ? "<blank>" : "\"" + printed + "\"";
  }
}

package io.github.nianbao.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The cell of 行政事业性收费 本年收费金额（单位：万元） (Table 2, {@code activeDisclosure.administrativeFees}): a
 * decimal amount in units of 10,000 yuan, a blank, or a mark (docs/format.md, Table 2 and Cells).
 *
 * <p><b>Equality keeps the printed digits.</b> An amount is stored with exactly the decimals that
 * were printed, so that a report reads and writes back unchanged: {@code 1953.86} and {@code
 * 1953.860} are different cells, as they are different texts, and {@link #equals(Object)} says so
 * (like {@link BigDecimal#equals(Object)}). To compare values, use {@link
 * #hasSameAmountAs(AmountCell)}. A negative scale never occurs: {@code 1E+3} is stored as {@code
 * 1000}.
 *
 * <p>An amount has at most {@value #MAX_SCALE} decimals and {@value #MAX_PRECISION} significant
 * digits (real reports print 0 to 6 decimals). It may be negative as printed; the rule {@code
 * COUNT.NON_NEGATIVE} reports that. Immutable and thread-safe.
 */
public final class AmountCell implements TableCell {

  /** The largest number of decimals an amount may have. */
  public static final int MAX_SCALE = 12;

  /** The largest number of significant digits an amount may have. */
  public static final int MAX_PRECISION = 38;

  private static final AmountCell BLANK = new AmountCell(CellKind.BLANK, null, null);
  private static final AmountCell ZERO = new AmountCell(CellKind.NUMBER, BigDecimal.ZERO, null);

  private final CellKind kind;
  private final BigDecimal amount;
  private final String mark;

  private AmountCell(CellKind kind, BigDecimal amount, String mark) {
    this.kind = kind;
    this.amount = amount;
    this.mark = mark;
  }

  /**
   * Returns the cell that holds an amount, with the decimals it has.
   *
   * @param amount the amount in 万元
   * @return the cell
   * @throws IllegalArgumentException if the amount has more than {@value #MAX_SCALE} decimals or
   *     more than {@value #MAX_PRECISION} significant digits
   * @throws NullPointerException if {@code amount} is {@code null}
   */
  public static AmountCell of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal a = amount.scale() < 0 ? amount.setScale(0) : amount;
    if (a.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          "An amount has at most " + MAX_SCALE + " decimals: " + a.toPlainString());
    }
    if (a.precision() > MAX_PRECISION) {
      throw new IllegalArgumentException(
          "An amount has at most " + MAX_PRECISION + " significant digits");
    }
    return new AmountCell(CellKind.NUMBER, a, null);
  }

  /**
   * Returns the cell that holds the amount written in plain decimal digits, e.g. {@code "1953.86"}.
   *
   * @param printed the digits, with an optional sign and decimal point
   * @return the cell, keeping the printed decimals
   * @throws NumberFormatException if the text is not a decimal number
   * @throws IllegalArgumentException if the amount is out of the bounds of {@link #of(BigDecimal)}
   */
  public static AmountCell of(String printed) {
    Objects.requireNonNull(printed, "printed");
    if (printed.length() > MAX_PRECISION + 3) {
      throw new NumberFormatException("Too many digits for an amount: " + printed.length());
    }
    return of(new BigDecimal(printed));
  }

  /**
   * Returns the cell that holds a whole amount.
   *
   * @param amount the amount in 万元
   * @return the cell
   */
  public static AmountCell of(long amount) {
    return amount == 0 ? ZERO : of(BigDecimal.valueOf(amount));
  }

  /**
   * Returns the amount 0 without decimals, the identity of {@link #plus(AmountCell)}.
   *
   * @return the zero cell
   */
  public static AmountCell zero() {
    return ZERO;
  }

  /**
   * Returns the blank cell: nothing was printed.
   *
   * @return the blank cell
   */
  public static AmountCell blank() {
    return BLANK;
  }

  /**
   * Returns a cell that holds a text printed instead of an amount, such as {@code /} or {@code 无}.
   *
   * @param printed the text as printed; kept on one line, as by {@link Cell#mark(String)}
   * @return the cell
   * @throws IllegalArgumentException if the text is blank or is a decimal number
   * @throws NullPointerException if {@code printed} is {@code null}
   */
  public static AmountCell mark(String printed) {
    return new AmountCell(CellKind.MARK, null, Marks.check(printed, true));
  }

  @Override
  public CellKind kind() {
    return kind;
  }

  /**
   * Returns the amount with its printed decimals.
   *
   * @return the amount
   * @throws IllegalStateException if the cell is a blank or a mark
   */
  public BigDecimal value() {
    if (kind != CellKind.NUMBER) {
      throw new IllegalStateException("The cell holds no amount: " + this);
    }
    return amount;
  }

  /**
   * Returns the amount, if one was printed.
   *
   * @return the amount, or empty for a blank or a mark
   */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  @Override
  public Optional<String> mark() {
    return Optional.ofNullable(mark);
  }

  @Override
  public String printed() {
    return switch (kind) {
      case NUMBER -> amount.toPlainString();
      case BLANK -> "";
      case MARK -> mark;
    };
  }

  /**
   * Returns whether both cells hold the same amount, whatever their decimals: {@code 0} and {@code
   * 0.00} have the same amount.
   *
   * @param other the other cell
   * @return {@code true} if both hold numbers that compare equal
   */
  public boolean hasSameAmountAs(AmountCell other) {
    return kind == CellKind.NUMBER
        && other.kind == CellKind.NUMBER
        && amount.compareTo(other.amount) == 0;
  }

  /**
   * Adds two cells, as aggregation does (docs/format.md, Aggregation): two amounts give their exact
   * sum, with the larger number of decimals; otherwise, as for {@link Cell#plus(Cell)}, the common
   * mark or a blank. Associative and commutative, with {@linkplain #zero() zero} as identity.
   *
   * @param other the cell to add
   * @return the sum
   * @throws ArithmeticException if the sum has more than {@value #MAX_PRECISION} digits
   */
  public AmountCell plus(AmountCell other) {
    if (kind == CellKind.NUMBER) {
      if (other.kind != CellKind.NUMBER) {
        return other;
      }
      BigDecimal sum = amount.add(other.amount);
      if (sum.precision() > MAX_PRECISION) {
        throw new ArithmeticException("amount overflow");
      }
      return new AmountCell(CellKind.NUMBER, sum, null);
    }
    if (other.kind == CellKind.NUMBER || this.equals(other)) {
      return this;
    }
    return BLANK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountCell c
        && c.kind == kind
        && Objects.equals(c.amount, amount)
        && Objects.equals(c.mark, mark);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, amount, mark);
  }

  /**
   * Returns the amount's plain digits, {@code <blank>}, or the mark in quotes, for debugging.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return switch (kind) {
      case NUMBER -> amount.toPlainString();
      case BLANK -> "<blank>";
      case MARK -> "\"" + mark + "\"";
    };
  }
}

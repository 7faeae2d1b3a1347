package io.github.nianbao.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A count cell of a report's tables: a whole number, a blank, or a mark (docs/format.md, Cells).
 *
 * <p>A cell holds what was printed. A count may be negative as printed; the rule {@code
 * COUNT.NON_NEGATIVE} of the validation module reports it, the model keeps it. A blank is never
 * turned into 0 and a mark keeps its text, so that a rule with such an operand can say it is not
 * assessable.
 *
 * <p>Immutable and thread-safe. Two cells are equal when they have the same kind and the same
 * number or mark text.
 */
public final class Cell implements TableCell {

  private static final Cell BLANK = new Cell(CellKind.BLANK, 0, null);
  private static final Cell[] SMALL = new Cell[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Cell(CellKind.NUMBER, i, null);
    }
  }

  private final CellKind kind;
  private final long value;
  private final String mark;

  private Cell(CellKind kind, long value, String mark) {
    this.kind = kind;
    this.value = value;
    this.mark = mark;
  }

  /**
   * Returns the cell that holds a number.
   *
   * @param value the printed number, any {@code long}
   * @return the cell
   */
  public static Cell of(long value) {
    if (value >= 0 && value < SMALL.length) {
      return SMALL[(int) value];
    }
    return new Cell(CellKind.NUMBER, value, null);
  }

  /**
   * Returns the zero cell, the identity of {@link #plus(Cell)}.
   *
   * @return the cell holding 0
   */
  public static Cell zero() {
    return SMALL[0];
  }

  /**
   * Returns the blank cell: nothing was printed.
   *
   * @return the blank cell
   */
  public static Cell blank() {
    return BLANK;
  }

  /**
   * Returns a cell that holds a text printed instead of a number, such as {@code /} or {@code 无}.
   * The text is kept on one line: each run of white space becomes one space, and white space around
   * it is removed.
   *
   * @param printed the text as printed
   * @return the cell
   * @throws IllegalArgumentException if the text is empty or only white space (that is a
   *     {@linkplain #blank() blank}), or is a whole number (that is {@linkplain #of(long) a
   *     number})
   * @throws NullPointerException if {@code printed} is {@code null}
   */
  public static Cell mark(String printed) {
    return new Cell(CellKind.MARK, 0, Marks.check(printed, false));
  }

  @Override
  public CellKind kind() {
    return kind;
  }

  /**
   * Returns whether nothing was printed.
   *
   * @return {@code true} for a blank
   */
  public boolean isBlank() {
    return kind == CellKind.BLANK;
  }

  /**
   * Returns the number.
   *
   * @return the number printed in the cell
   * @throws IllegalStateException if the cell is a blank or a mark; test {@link #isNumber()} first
   *     or use {@link #number()}
   */
  public long value() {
    if (kind != CellKind.NUMBER) {
      throw new IllegalStateException("The cell holds no number: " + this);
    }
    return value;
  }

  /**
   * Returns the number, if one was printed.
   *
   * @return the number, or empty for a blank or a mark
   */
  public OptionalLong number() {
    return kind == CellKind.NUMBER ? OptionalLong.of(value) : OptionalLong.empty();
  }

  @Override
  public Optional<String> mark() {
    return Optional.ofNullable(mark);
  }

  @Override
  public String printed() {
    return switch (kind) {
      case NUMBER -> Long.toString(value);
      case BLANK -> "";
      case MARK -> mark;
    };
  }

  /**
   * Adds two cells, as aggregation does cell by cell (docs/format.md, Aggregation).
   *
   * <p>Two numbers give their exact sum. A column that any contributor left blank or marked cannot
   * be summed, so the sum is not a number either: it keeps the contributors' common mark, or is
   * blank when they differ (a blank and a mark, or two different marks). This addition is
   * associative and commutative, and {@linkplain #zero() zero} is its identity.
   *
   * @param other the cell to add
   * @return the sum
   * @throws ArithmeticException if the sum of two numbers overflows a {@code long}
   */
  public Cell plus(Cell other) {
    if (kind == CellKind.NUMBER) {
      return other.kind == CellKind.NUMBER ? of(Math.addExact(value, other.value)) : other;
    }
    if (other.kind == CellKind.NUMBER || this.equals(other)) {
      return this;
    }
    return BLANK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell c
        && c.kind == kind
        && c.value == value
        && Objects.equals(c.mark, mark);
  }

  @Override
  public int hashCode() {
    return kind == CellKind.MARK ? mark.hashCode() : Long.hashCode(value) * 31 + kind.ordinal();
  }

  /**
   * Returns the number, {@code <blank>}, or the mark in quotes, for debugging.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return switch (kind) {
      case NUMBER -> Long.toString(value);
      case BLANK -> "<blank>";
      case MARK -> "\"" + mark + "\"";
    };
  }
}

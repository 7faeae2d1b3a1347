package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * A document row of Table 2 (规章 or 行政规范性文件, 第二十条第（一）项): issued, repealed and in force.
 *
 * <p>{@code T2.IN_FORCE} expects {@code inForce ≥ issued − repealed}; the model keeps whatever was
 * printed. Use the generated {@link DocumentCounts}.
 */
@Value.Immutable
abstract class AbstractDocumentCounts {

  AbstractDocumentCounts() {}

  /**
   * 本年制发件数: documents issued this year.
   *
   * @return the cell
   */
  public abstract Cell issued();

  /**
   * 本年废止件数: documents repealed this year.
   *
   * @return the cell
   */
  public abstract Cell repealed();

  /**
   * 现行有效件数: documents in force on 12月31日 of the reported year.
   *
   * @return the cell
   */
  public abstract Cell inForce();

  /**
   * Returns one of the three cells.
   *
   * @param column {@link DisclosureColumn#ISSUED}, {@link DisclosureColumn#REPEALED} or {@link
   *     DisclosureColumn#IN_FORCE}
   * @return the cell
   * @throws IllegalArgumentException for a column a document row does not have
   */
  public Cell get(DisclosureColumn column) {
    return switch (column) {
      case ISSUED -> issued();
      case REPEALED -> repealed();
      case IN_FORCE -> inForce();
      default -> throw new IllegalArgumentException("A document row has no column " + column);
    };
  }

  /**
   * Returns the row with three numbers.
   *
   * @param issued 本年制发件数
   * @param repealed 本年废止件数
   * @param inForce 现行有效件数
   * @return the row
   */
  public static DocumentCounts of(long issued, long repealed, long inForce) {
    return of(Cell.of(issued), Cell.of(repealed), Cell.of(inForce));
  }

  /**
   * Returns the row with three cells.
   *
   * @param issued 本年制发件数
   * @param repealed 本年废止件数
   * @param inForce 现行有效件数
   * @return the row
   */
  public static DocumentCounts of(Cell issued, Cell repealed, Cell inForce) {
    return DocumentCounts.builder().issued(issued).repealed(repealed).inForce(inForce).build();
  }

  /**
   * Returns the row of zeros, the identity of {@link #plus(AbstractDocumentCounts)}.
   *
   * @return the zero row
   */
  public static DocumentCounts zero() {
    return of(0, 0, 0);
  }

  /**
   * Adds two rows cell by cell ({@link Cell#plus(Cell)}).
   *
   * @param other the row to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public DocumentCounts plus(AbstractDocumentCounts other) {
    return of(
        issued().plus(other.issued()),
        repealed().plus(other.repealed()),
        inForce().plus(other.inForce()));
  }
}

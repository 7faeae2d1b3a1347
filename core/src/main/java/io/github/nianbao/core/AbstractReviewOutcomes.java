package io.github.nianbao.core;

import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One column group of Table 4 (docs/format.md, Table 4): 结果维持, 结果纠正, 其他结果, 尚未审结 and the printed 总计.
 *
 * <p>The total is stored as printed; {@code T4.GROUP_TOTAL} checks that it is the sum of the other
 * four. Use the generated {@link ReviewOutcomes}.
 */
@Value.Immutable
abstract class AbstractReviewOutcomes {

  AbstractReviewOutcomes() {}

  /**
   * 结果维持: {@code …upheld}.
   *
   * @return the cell
   */
  public abstract Cell upheld();

  /**
   * 结果纠正: {@code …corrected}.
   *
   * @return the cell
   */
  public abstract Cell corrected();

  /**
   * 其他结果: {@code …other}.
   *
   * @return the cell
   */
  public abstract Cell other();

  /**
   * 尚未审结: {@code …pending}.
   *
   * @return the cell
   */
  public abstract Cell pending();

  /**
   * 总计 as printed: {@code …total}.
   *
   * @return the cell
   */
  public abstract Cell total();

  /**
   * Returns the cell of a column.
   *
   * @param column the column
   * @return the cell
   */
  public Cell get(ReviewColumn column) {
    return switch (column) {
      case UPHELD -> upheld();
      case CORRECTED -> corrected();
      case OTHER -> other();
      case PENDING -> pending();
      case TOTAL -> total();
    };
  }

  /**
   * Returns the group whose cells a function gives, column by column.
   *
   * @param cells the cell of each of the five columns
   * @return the group
   */
  public static ReviewOutcomes from(Function<ReviewColumn, Cell> cells) {
    return ReviewOutcomes.builder()
        .upheld(cells.apply(ReviewColumn.UPHELD))
        .corrected(cells.apply(ReviewColumn.CORRECTED))
        .other(cells.apply(ReviewColumn.OTHER))
        .pending(cells.apply(ReviewColumn.PENDING))
        .total(cells.apply(ReviewColumn.TOTAL))
        .build();
  }

  /**
   * Returns the group with five numbers as printed.
   *
   * @param upheld 结果维持
   * @param corrected 结果纠正
   * @param other 其他结果
   * @param pending 尚未审结
   * @param total 总计, as printed (not checked)
   * @return the group
   */
  public static ReviewOutcomes of(
      long upheld, long corrected, long other, long pending, long total) {
    long[] v = {upheld, corrected, other, pending, total};
    return from(c -> Cell.of(v[c.ordinal()]));
  }

  /**
   * Returns the group with four numbers and their sum as the total.
   *
   * @param upheld 结果维持
   * @param corrected 结果纠正
   * @param other 其他结果
   * @param pending 尚未审结
   * @return the group, its total the sum of the four
   * @throws ArithmeticException if the sum overflows
   */
  public static ReviewOutcomes ofParts(long upheld, long corrected, long other, long pending) {
    long total = Math.addExact(Math.addExact(upheld, corrected), Math.addExact(other, pending));
    return of(upheld, corrected, other, pending, total);
  }

  /**
   * Returns the sum of the four result columns ({@link Cell#plus(Cell)}).
   *
   * @return the sum, which {@code T4.GROUP_TOTAL} compares with {@link #total()}
   * @throws ArithmeticException if the sum overflows
   */
  public Cell sumOfParts() {
    Cell sum = Cell.zero();
    for (ReviewColumn c : ReviewColumn.parts()) {
      sum = sum.plus(get(c));
    }
    return sum;
  }

  /**
   * Returns the group of zeros, the identity of {@link #plus(AbstractReviewOutcomes)}.
   *
   * @return the zero group
   */
  public static ReviewOutcomes zero() {
    return from(c -> Cell.zero());
  }

  /**
   * Adds two groups cell by cell ({@link Cell#plus(Cell)}).
   *
   * @param other the group to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public ReviewOutcomes plus(AbstractReviewOutcomes other) {
    return from(c -> get(c).plus(other.get(c)));
  }
}

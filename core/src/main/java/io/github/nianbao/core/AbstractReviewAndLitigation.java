package io.github.nianbao.core;

import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Table 4, 四、政府信息公开行政复议、行政诉讼情况 ({@code reviewAndLitigation}, docs/format.md, Table 4): three groups
 * of five. Use the generated {@link ReviewAndLitigation}.
 */
@Value.Immutable
abstract class AbstractReviewAndLitigation {

  AbstractReviewAndLitigation() {}

  /**
   * 行政复议: {@code reviewAndLitigation.administrativeReview}.
   *
   * @return the group
   */
  public abstract ReviewOutcomes administrativeReview();

  /**
   * 行政诉讼 — 未经复议直接起诉: {@code reviewAndLitigation.litigationDirect}.
   *
   * @return the group
   */
  public abstract ReviewOutcomes litigationDirect();

  /**
   * 行政诉讼 — 复议后起诉: {@code reviewAndLitigation.litigationAfterReview}.
   *
   * @return the group
   */
  public abstract ReviewOutcomes litigationAfterReview();

  /**
   * Returns a group.
   *
   * @param reviewCase the group
   * @return its five cells
   */
  public ReviewOutcomes get(ReviewCase reviewCase) {
    return switch (reviewCase) {
      case ADMINISTRATIVE_REVIEW -> administrativeReview();
      case LITIGATION_DIRECT -> litigationDirect();
      case LITIGATION_AFTER_REVIEW -> litigationAfterReview();
    };
  }

  /**
   * Returns the table whose groups a function gives.
   *
   * @param groups the five cells of each of the three groups
   * @return the table
   */
  public static ReviewAndLitigation from(Function<ReviewCase, ReviewOutcomes> groups) {
    return ReviewAndLitigation.builder()
        .administrativeReview(groups.apply(ReviewCase.ADMINISTRATIVE_REVIEW))
        .litigationDirect(groups.apply(ReviewCase.LITIGATION_DIRECT))
        .litigationAfterReview(groups.apply(ReviewCase.LITIGATION_AFTER_REVIEW))
        .build();
  }

  /**
   * Returns the table of zeros, the identity of {@link #plus(AbstractReviewAndLitigation)}.
   *
   * @return the zero table
   */
  public static ReviewAndLitigation zero() {
    return from(g -> ReviewOutcomes.zero());
  }

  /**
   * Adds two tables cell by cell (docs/format.md, Aggregation).
   *
   * @param other the table to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public ReviewAndLitigation plus(AbstractReviewAndLitigation other) {
    return from(g -> get(g).plus(other.get(g)));
  }
}

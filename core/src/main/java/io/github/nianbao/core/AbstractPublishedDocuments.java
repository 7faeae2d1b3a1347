package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * A document row of the 2019 format's Table 2 (规章 or 规范性文件, 第二十条第（一）项): made, published this year,
 * and published in all. Use the generated {@link PublishedDocuments}.
 */
@Value.Immutable
abstract class AbstractPublishedDocuments {

  AbstractPublishedDocuments() {}

  /**
   * 本年新制作数量.
   *
   * @return the cell
   */
  public abstract Cell newlyMade();

  /**
   * 本年新公开数量.
   *
   * @return the cell
   */
  public abstract Cell newlyPublished();

  /**
   * 对外公开总数量.
   *
   * @return the cell
   */
  public abstract Cell totalPublished();

  /**
   * Returns one of the three cells.
   *
   * @param column {@link DisclosureColumn2019#NEWLY_MADE}, {@link
   *     DisclosureColumn2019#NEWLY_PUBLISHED} or {@link DisclosureColumn2019#TOTAL_PUBLISHED}
   * @return the cell
   * @throws IllegalArgumentException for another column
   */
  public Cell get(DisclosureColumn2019 column) {
    return switch (column) {
      case NEWLY_MADE -> newlyMade();
      case NEWLY_PUBLISHED -> newlyPublished();
      case TOTAL_PUBLISHED -> totalPublished();
      default -> throw new IllegalArgumentException("A document row has no column " + column);
    };
  }

  /**
   * Returns the row with three numbers.
   *
   * @param newlyMade 本年新制作数量
   * @param newlyPublished 本年新公开数量
   * @param totalPublished 对外公开总数量
   * @return the row
   */
  public static PublishedDocuments of(long newlyMade, long newlyPublished, long totalPublished) {
    return of(Cell.of(newlyMade), Cell.of(newlyPublished), Cell.of(totalPublished));
  }

  /**
   * Returns the row with three cells.
   *
   * @param newlyMade 本年新制作数量
   * @param newlyPublished 本年新公开数量
   * @param totalPublished 对外公开总数量
   * @return the row
   */
  public static PublishedDocuments of(Cell newlyMade, Cell newlyPublished, Cell totalPublished) {
    return PublishedDocuments.builder()
        .newlyMade(newlyMade)
        .newlyPublished(newlyPublished)
        .totalPublished(totalPublished)
        .build();
  }

  /**
   * Adds two rows cell by cell ({@link Cell#plus(Cell)}).
   *
   * @param other the row to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public PublishedDocuments plus(AbstractPublishedDocuments other) {
    return of(
        newlyMade().plus(other.newlyMade()),
        newlyPublished().plus(other.newlyPublished()),
        totalPublished().plus(other.totalPublished()));
  }
}

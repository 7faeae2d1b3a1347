package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * The row 行政事业性收费 (第二十条第（八）项) of the 2019 format's Table 2: counts of fee items, not money — the
 * items of the year before and this year's signed change. {@code SERIES.ITEMS_CONTINUE} applies as
 * to {@link ItemCounts}. Use the generated {@link FeeItems}.
 */
@Value.Immutable
abstract class AbstractFeeItems {

  AbstractFeeItems() {}

  /**
   * 上一年项目数量.
   *
   * @return the cell
   */
  public abstract Cell previousYearItems();

  /**
   * 本年增/减: signed; a decrease is negative.
   *
   * @return the cell
   */
  public abstract Cell change();

  /**
   * Returns one of the two cells.
   *
   * @param column {@link DisclosureColumn2019#PREVIOUS_YEAR_ITEMS} or {@link
   *     DisclosureColumn2019#CHANGE}
   * @return the cell
   * @throws IllegalArgumentException for another column
   */
  public Cell get(DisclosureColumn2019 column) {
    return switch (column) {
      case PREVIOUS_YEAR_ITEMS -> previousYearItems();
      case CHANGE -> change();
      default -> throw new IllegalArgumentException("The fee row has no column " + column);
    };
  }

  /**
   * Returns the row.
   *
   * @param previousYearItems 上一年项目数量
   * @param change 本年增/减
   * @return the row
   */
  public static FeeItems of(Cell previousYearItems, Cell change) {
    return FeeItems.builder().previousYearItems(previousYearItems).change(change).build();
  }

  /**
   * Adds two rows cell by cell ({@link Cell#plus(Cell)}).
   *
   * @param other the row to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public FeeItems plus(AbstractFeeItems other) {
    return of(previousYearItems().plus(other.previousYearItems()), change().plus(other.change()));
  }
}

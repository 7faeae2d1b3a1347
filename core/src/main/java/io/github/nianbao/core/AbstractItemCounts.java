package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * An item row of the 2019 format's Table 2 (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制): the items of the year
 * before, this year's signed change, and the decisions taken. {@code SERIES.ITEMS_CONTINUE} expects
 * this year's {@code previousYearItems} to be last year's {@code previousYearItems + change}. Use
 * the generated {@link ItemCounts}.
 */
@Value.Immutable
abstract class AbstractItemCounts {

  AbstractItemCounts() {}

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
   * 处理决定数量.
   *
   * @return the cell
   */
  public abstract Cell decisions();

  /**
   * Returns one of the cells.
   *
   * @param column {@link DisclosureColumn2019#PREVIOUS_YEAR_ITEMS}, {@link
   *     DisclosureColumn2019#CHANGE} or {@link DisclosureColumn2019#DECISIONS}
   * @return the cell
   * @throws IllegalArgumentException for a column the row does not have
   */
  public Cell get(DisclosureColumn2019 column) {
    return switch (column) {
      case PREVIOUS_YEAR_ITEMS -> previousYearItems();
      case CHANGE -> change();
      case DECISIONS -> decisions();
      default -> throw new IllegalArgumentException("An item row has no column " + column);
    };
  }

  /**
   * Returns an item row with decisions.
   *
   * @param previousYearItems 上一年项目数量
   * @param change 本年增/减
   * @param decisions 处理决定数量
   * @return the row
   */
  public static ItemCounts of(Cell previousYearItems, Cell change, Cell decisions) {
    return ItemCounts.builder()
        .previousYearItems(previousYearItems)
        .change(change)
        .decisions(decisions)
        .build();
  }

  /**
   * Returns an item row with decisions.
   *
   * @param previousYearItems 上一年项目数量
   * @param change 本年增/减
   * @param decisions 处理决定数量
   * @return the row
   */
  public static ItemCounts of(long previousYearItems, long change, long decisions) {
    return of(Cell.of(previousYearItems), Cell.of(change), Cell.of(decisions));
  }

  /**
   * Adds two rows cell by cell ({@link Cell#plus(Cell)}).
   *
   * @param other the row to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public ItemCounts plus(AbstractItemCounts other) {
    return of(
        previousYearItems().plus(other.previousYearItems()),
        change().plus(other.change()),
        decisions().plus(other.decisions()));
  }
}

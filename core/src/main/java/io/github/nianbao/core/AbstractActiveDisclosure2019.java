package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * Table 2 of the 2019 trial format ({@link FormatVersion#V2019}, {@code activeDisclosure},
 * docs/format.md): documents made and published, items and decisions, fee items and centralised
 * procurement. Use the generated {@link ActiveDisclosure2019}.
 */
@Value.Immutable
public abstract non-sealed class AbstractActiveDisclosure2019 implements ActiveDisclosureTable {

  AbstractActiveDisclosure2019() {}

  /**
   * Returns {@link FormatVersion#V2019}.
   *
   * @return the version
   */
  @Override
  public final FormatVersion formatVersion() {
    return FormatVersion.V2019;
  }

  /**
   * 规章 (第二十条第（一）项): {@code activeDisclosure.rules}.
   *
   * @return the row
   */
  public abstract PublishedDocuments rules();

  /**
   * 规范性文件 (第二十条第（一）项): {@code activeDisclosure.normativeDocuments}.
   *
   * @return the row
   */
  public abstract PublishedDocuments normativeDocuments();

  /**
   * 行政许可 (第二十条第（五）项): {@code activeDisclosure.licensing}.
   *
   * @return the row
   */
  public abstract ItemCounts licensing();

  /**
   * 其他对外管理服务事项 (第二十条第（五）项): {@code activeDisclosure.otherManagementServices}.
   *
   * @return the row
   */
  public abstract ItemCounts otherManagementServices();

  /**
   * 行政处罚 (第二十条第（六）项): {@code activeDisclosure.penalties}.
   *
   * @return the row
   */
  public abstract ItemCounts penalties();

  /**
   * 行政强制 (第二十条第（六）项): {@code activeDisclosure.enforcement}.
   *
   * @return the row
   */
  public abstract ItemCounts enforcement();

  /**
   * 行政事业性收费 (第二十条第（八）项): {@code activeDisclosure.administrativeFees}, counts of fee items.
   *
   * @return the row
   */
  public abstract FeeItems administrativeFees();

  /**
   * 政府集中采购 (第二十条第（九）项): {@code activeDisclosure.centralizedProcurement}.
   *
   * @return the row
   */
  public abstract Procurement centralizedProcurement();

  /**
   * Returns an item row: 行政许可, 其他对外管理服务事项, 行政处罚 or 行政强制.
   *
   * @param row an item row
   * @return the row
   * @throws IllegalArgumentException for another row
   */
  public ItemCounts items(DisclosureRow2019 row) {
    return switch (row) {
      case LICENSING -> licensing();
      case OTHER_MANAGEMENT_SERVICES -> otherManagementServices();
      case PENALTIES -> penalties();
      case ENFORCEMENT -> enforcement();
      default -> throw new IllegalArgumentException(row + " is not an item row");
    };
  }

  /**
   * Returns a cell.
   *
   * @param row the row
   * @param column one of the row's {@linkplain DisclosureRow2019#columns() columns}
   * @return a {@link Cell}, or the {@link PrintedAmount} of 采购总金额
   * @throws IllegalArgumentException if the row has no such column
   */
  public TableCell get(DisclosureRow2019 row, DisclosureColumn2019 column) {
    return switch (row) {
      case RULES -> rules().get(column);
      case NORMATIVE_DOCUMENTS -> normativeDocuments().get(column);
      case ADMINISTRATIVE_FEES -> administrativeFees().get(column);
      case CENTRALIZED_PROCUREMENT ->
          switch (column) {
            case PROJECTS -> centralizedProcurement().projects();
            case TOTAL_AMOUNT -> centralizedProcurement().totalAmount();
            default -> throw new IllegalArgumentException(row + " has no column " + column);
          };
      default -> items(row).get(column);
    };
  }

  /**
   * Returns the table of zeros, the identity of {@link #plus(AbstractActiveDisclosure2019)}.
   *
   * @return the table with every count 0 and the amount {@link PrintedAmount#zero()}
   */
  public static ActiveDisclosure2019 zero() {
    ItemCounts items = ItemCounts.of(0, 0, 0);
    return ActiveDisclosure2019.builder()
        .rules(PublishedDocuments.of(0, 0, 0))
        .normativeDocuments(PublishedDocuments.of(0, 0, 0))
        .licensing(items)
        .otherManagementServices(items)
        .penalties(items)
        .enforcement(items)
        .administrativeFees(FeeItems.of(Cell.zero(), Cell.zero()))
        .centralizedProcurement(Procurement.of(Cell.zero(), PrintedAmount.zero()))
        .build();
  }

  /**
   * Adds two tables cell by cell (aggregation).
   *
   * @param other the table to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public ActiveDisclosure2019 plus(AbstractActiveDisclosure2019 other) {
    return ActiveDisclosure2019.builder()
        .rules(rules().plus(other.rules()))
        .normativeDocuments(normativeDocuments().plus(other.normativeDocuments()))
        .licensing(licensing().plus(other.licensing()))
        .otherManagementServices(otherManagementServices().plus(other.otherManagementServices()))
        .penalties(penalties().plus(other.penalties()))
        .enforcement(enforcement().plus(other.enforcement()))
        .administrativeFees(administrativeFees().plus(other.administrativeFees()))
        .centralizedProcurement(centralizedProcurement().plus(other.centralizedProcurement()))
        .build();
  }
}

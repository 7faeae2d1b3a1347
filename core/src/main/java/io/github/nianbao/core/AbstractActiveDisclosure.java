package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * Table 2 of the 2021 format, 二、主动公开政府信息情况 ({@code activeDisclosure}, docs/format.md, Table 2):
 * documents in force, decisions taken and fees collected, all as of 12月31日 of the reported year.
 * Use the generated {@link ActiveDisclosure}.
 */
@Value.Immutable
public abstract non-sealed class AbstractActiveDisclosure implements ActiveDisclosureTable {

  AbstractActiveDisclosure() {}

  /**
   * Returns {@link FormatVersion#V2021}.
   *
   * @return the version
   */
  @Override
  public final FormatVersion formatVersion() {
    return FormatVersion.V2021;
  }

  /**
   * 规章 (第二十条第（一）项): {@code activeDisclosure.rules}.
   *
   * @return the row
   */
  public abstract DocumentCounts rules();

  /**
   * 行政规范性文件 (第二十条第（一）项): {@code activeDisclosure.normativeDocuments}.
   *
   * @return the row
   */
  public abstract DocumentCounts normativeDocuments();

  /**
   * 行政许可 本年处理决定数量 (第二十条第（五）项): {@code activeDisclosure.licensing}; every decision, published or
   * not.
   *
   * @return the cell
   */
  public abstract Cell licensing();

  /**
   * 行政处罚 本年处理决定数量 (第二十条第（六）项): {@code activeDisclosure.penalties}.
   *
   * @return the cell
   */
  public abstract Cell penalties();

  /**
   * 行政强制 本年处理决定数量 (第二十条第（六）项): {@code activeDisclosure.enforcement}.
   *
   * @return the cell
   */
  public abstract Cell enforcement();

  /**
   * 行政事业性收费 本年收费金额（单位：万元） (第二十条第（八）项): {@code activeDisclosure.administrativeFees}, with its
   * printed decimals.
   *
   * @return the amount cell
   */
  public abstract AmountCell administrativeFees();

  /**
   * Returns the document row of 规章 or 行政规范性文件.
   *
   * @param row {@link DisclosureRow#RULES} or {@link DisclosureRow#NORMATIVE_DOCUMENTS}
   * @return the row
   * @throws IllegalArgumentException for another row
   */
  public DocumentCounts documents(DisclosureRow row) {
    return switch (row) {
      case RULES -> rules();
      case NORMATIVE_DOCUMENTS -> normativeDocuments();
      default -> throw new IllegalArgumentException(row + " is not a document row");
    };
  }

  /**
   * Returns the count of decisions of 行政许可, 行政处罚 or 行政强制.
   *
   * @param row {@link DisclosureRow#LICENSING}, {@link DisclosureRow#PENALTIES} or {@link
   *     DisclosureRow#ENFORCEMENT}
   * @return the cell
   * @throws IllegalArgumentException for another row
   */
  public Cell decisions(DisclosureRow row) {
    return switch (row) {
      case LICENSING -> licensing();
      case PENALTIES -> penalties();
      case ENFORCEMENT -> enforcement();
      default -> throw new IllegalArgumentException(row + " is not a row of decisions");
    };
  }

  /**
   * Returns the table of zeros, the identity of {@link #plus(AbstractActiveDisclosure)}.
   *
   * @return Table 2 with every count and the fee 0
   */
  public static ActiveDisclosure zero() {
    return ActiveDisclosure.builder()
        .rules(DocumentCounts.zero())
        .normativeDocuments(DocumentCounts.zero())
        .licensing(Cell.zero())
        .penalties(Cell.zero())
        .enforcement(Cell.zero())
        .administrativeFees(AmountCell.zero())
        .build();
  }

  /**
   * Adds two tables cell by cell (docs/format.md, Aggregation, {@link Cell#plus(Cell)}, {@link
   * AmountCell#plus(AmountCell)}).
   *
   * @param other the table to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public ActiveDisclosure plus(AbstractActiveDisclosure other) {
    return ActiveDisclosure.builder()
        .rules(rules().plus(other.rules()))
        .normativeDocuments(normativeDocuments().plus(other.normativeDocuments()))
        .licensing(licensing().plus(other.licensing()))
        .penalties(penalties().plus(other.penalties()))
        .enforcement(enforcement().plus(other.enforcement()))
        .administrativeFees(administrativeFees().plus(other.administrativeFees()))
        .build();
  }
}

package io.github.nianbao.core;

import java.util.List;

/**
 * The eight rows of the 2019 format's Table 2, 主动公开政府信息情况 ({@link FormatVersion#V2019},
 * docs/format.md), in printed order, each with its 第二十条 clause and value columns.
 */
public enum DisclosureRow2019 {
  /** 规章: {@code activeDisclosure.rules}. */
  RULES("rules", "规章", DisclosureClause.ITEM_1, Columns.DOCUMENTS),
  /** 规范性文件: {@code activeDisclosure.normativeDocuments}. */
  NORMATIVE_DOCUMENTS("normativeDocuments", "规范性文件", DisclosureClause.ITEM_1, Columns.DOCUMENTS),
  /** 行政许可: {@code activeDisclosure.licensing}. */
  LICENSING("licensing", "行政许可", DisclosureClause.ITEM_5, Columns.ITEMS),
  /** 其他对外管理服务事项: {@code activeDisclosure.otherManagementServices}. */
  OTHER_MANAGEMENT_SERVICES(
      "otherManagementServices", "其他对外管理服务事项", DisclosureClause.ITEM_5, Columns.ITEMS),
  /** 行政处罚: {@code activeDisclosure.penalties}. */
  PENALTIES("penalties", "行政处罚", DisclosureClause.ITEM_6, Columns.ITEMS),
  /** 行政强制: {@code activeDisclosure.enforcement}. */
  ENFORCEMENT("enforcement", "行政强制", DisclosureClause.ITEM_6, Columns.ITEMS),
  /** 行政事业性收费: {@code activeDisclosure.administrativeFees}, counts of fee items, not money. */
  ADMINISTRATIVE_FEES("administrativeFees", "行政事业性收费", DisclosureClause.ITEM_8, Columns.FEES),
  /** 政府集中采购: {@code activeDisclosure.centralizedProcurement}. */
  CENTRALIZED_PROCUREMENT(
      "centralizedProcurement", "政府集中采购", DisclosureClause.ITEM_9, Columns.PROCUREMENT);

  private final String key;
  private final String label;
  private final DisclosureClause clause;
  private final List<DisclosureColumn2019> columns;

  DisclosureRow2019(
      String key, String label, DisclosureClause clause, List<DisclosureColumn2019> columns) {
    this.key = key;
    this.label = label;
    this.clause = clause;
    this.columns = columns;
  }

  /**
   * Returns the English key, e.g. {@code otherManagementServices}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the official row label, e.g. {@code 规范性文件}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the 第二十条 clause whose block holds this row.
   *
   * @return the clause
   */
  public DisclosureClause clause() {
    return clause;
  }

  /**
   * Returns the row's value columns in printed order.
   *
   * @return three columns for documents and items, two for fees and procurement
   */
  public List<DisclosureColumn2019> columns() {
    return columns;
  }

  /** The column lists; a holder, as an enum cannot refer to its own static fields. */
  private static final class Columns {
    static final List<DisclosureColumn2019> DOCUMENTS =
        List.of(
            DisclosureColumn2019.NEWLY_MADE,
            DisclosureColumn2019.NEWLY_PUBLISHED,
            DisclosureColumn2019.TOTAL_PUBLISHED);
    static final List<DisclosureColumn2019> ITEMS =
        List.of(
            DisclosureColumn2019.PREVIOUS_YEAR_ITEMS,
            DisclosureColumn2019.CHANGE,
            DisclosureColumn2019.DECISIONS);
    static final List<DisclosureColumn2019> FEES =
        List.of(DisclosureColumn2019.PREVIOUS_YEAR_ITEMS, DisclosureColumn2019.CHANGE);
    static final List<DisclosureColumn2019> PROCUREMENT =
        List.of(DisclosureColumn2019.PROJECTS, DisclosureColumn2019.TOTAL_AMOUNT);
  }
}

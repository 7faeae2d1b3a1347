package io.github.nianbao.core;

import java.util.List;

/**
 * The six rows of Table 2, 主动公开政府信息情况 (docs/format.md, Table 2), in printed order, each with its
 * 第二十条 clause and value columns.
 */
public enum DisclosureRow {
  /** 规章: {@code activeDisclosure.rules}. */
  RULES("rules", "规章", DisclosureClause.ITEM_1, DocumentColumns.LIST),
  /** 行政规范性文件: {@code activeDisclosure.normativeDocuments}. */
  NORMATIVE_DOCUMENTS(
      "normativeDocuments", "行政规范性文件", DisclosureClause.ITEM_1, DocumentColumns.LIST),
  /** 行政许可: {@code activeDisclosure.licensing}. */
  LICENSING("licensing", "行政许可", DisclosureClause.ITEM_5, List.of(DisclosureColumn.DECISIONS)),
  /** 行政处罚: {@code activeDisclosure.penalties}. */
  PENALTIES("penalties", "行政处罚", DisclosureClause.ITEM_6, List.of(DisclosureColumn.DECISIONS)),
  /** 行政强制: {@code activeDisclosure.enforcement}. */
  ENFORCEMENT("enforcement", "行政强制", DisclosureClause.ITEM_6, List.of(DisclosureColumn.DECISIONS)),
  /** 行政事业性收费: {@code activeDisclosure.administrativeFees}, an amount in 万元. */
  ADMINISTRATIVE_FEES(
      "administrativeFees",
      "行政事业性收费",
      DisclosureClause.ITEM_8,
      List.of(DisclosureColumn.FEE_AMOUNT));

  private final String key;
  private final String label;
  private final DisclosureClause clause;
  private final List<DisclosureColumn> columns;

  DisclosureRow(String key, String label, DisclosureClause clause, List<DisclosureColumn> columns) {
    this.key = key;
    this.label = label;
    this.clause = clause;
    this.columns = columns;
  }

  /**
   * Returns the English key, e.g. {@code normativeDocuments}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the official row label, e.g. {@code 行政规范性文件}.
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
   * @return three columns for 规章 and 行政规范性文件, one otherwise
   */
  public List<DisclosureColumn> columns() {
    return columns;
  }

  /** The three columns of a document row; a holder, as an enum cannot refer to a static field. */
  private static final class DocumentColumns {
    static final List<DisclosureColumn> LIST =
        List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE);
  }
}

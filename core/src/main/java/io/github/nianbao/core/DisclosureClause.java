package io.github.nianbao.core;

/**
 * The article items of 《政府信息公开条例》 第二十条 that group Table 2's rows (docs/format.md, Table 2), with
 * the heading of the group's value columns.
 */
public enum DisclosureClause {
  /** 第二十条第（一）项: 规章 and 行政规范性文件. */
  ITEM_1("第二十条第（一）项"),
  /** 第二十条第（五）项: 行政许可. */
  ITEM_5("第二十条第（五）项"),
  /** 第二十条第（六）项: 行政处罚 and 行政强制. */
  ITEM_6("第二十条第（六）项"),
  /** 第二十条第（八）项: 行政事业性收费. */
  ITEM_8("第二十条第（八）项"),
  /** 第二十条第（九）项: 政府集中采购, a block of the 2019 format only. */
  ITEM_9("第二十条第（九）项");

  private final String label;

  DisclosureClause(String label) {
    this.label = label;
  }

  /**
   * Returns the official label, e.g. {@code 第二十条第（一）项}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}

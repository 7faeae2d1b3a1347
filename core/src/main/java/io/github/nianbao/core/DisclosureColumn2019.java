package io.github.nianbao.core;

/**
 * The value columns of the 2019 format's Table 2 ({@link FormatVersion#V2019}, docs/format.md).
 * Each row of {@link DisclosureRow2019} has two or three of them; every key is part of the cell's
 * path, e.g. {@code activeDisclosure.licensing.change}.
 */
public enum DisclosureColumn2019 {
  /** 本年新制作数量: documents made this year (规章, 规范性文件). */
  NEWLY_MADE("newlyMade", "本年新制作数量"),
  /** 本年新公开数量: documents published this year (规章, 规范性文件). */
  NEWLY_PUBLISHED("newlyPublished", "本年新公开数量"),
  /** 对外公开总数量: documents published in all (规章, 规范性文件). */
  TOTAL_PUBLISHED("totalPublished", "对外公开总数量"),
  /** 上一年项目数量: items (of licensing, services, penalties, enforcement, fees) the year before. */
  PREVIOUS_YEAR_ITEMS("previousYearItems", "上一年项目数量"),
  /** 本年增/减: the change of items this year, signed; the one column that may be negative. */
  CHANGE("change", "本年增/减"),
  /** 处理决定数量: decisions taken this year. */
  DECISIONS("decisions", "处理决定数量"),
  /** 采购项目数量: projects of 政府集中采购. */
  PROJECTS("projects", "采购项目数量"),
  /** 采购总金额: the total amount of 政府集中采购, printed with its unit ({@link PrintedAmount}). */
  TOTAL_AMOUNT("totalAmount", "采购总金额");

  private final String key;
  private final String label;

  DisclosureColumn2019(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Returns the English key, e.g. {@code previousYearItems}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the official column header, e.g. {@code 本年增/减}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether the column holds a signed count: only {@link #CHANGE}.
   *
   * @return {@code true} for 本年增/减
   */
  public boolean isSigned() {
    return this == CHANGE;
  }
}

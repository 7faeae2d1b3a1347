package io.github.nianbao.core;

/**
 * The value columns of Table 2 (docs/format.md, Table 2). 规章 and 行政规范性文件 have three; the other rows
 * have one, whose key is empty because the row's key names the cell alone (e.g. {@code
 * activeDisclosure.licensing}).
 */
public enum DisclosureColumn {
  /** 本年制发件数: documents issued this year. */
  ISSUED("issued", "本年制发件数"),
  /** 本年废止件数: documents repealed this year. */
  REPEALED("repealed", "本年废止件数"),
  /** 现行有效件数: documents in force on 12月31日. */
  IN_FORCE("inForce", "现行有效件数"),
  /** 本年处理决定数量: decisions this year (行政许可, 行政处罚, 行政强制). */
  DECISIONS("", "本年处理决定数量"),
  /** 本年收费金额（单位：万元）: fees collected this year, in 10,000 yuan (行政事业性收费). */
  FEE_AMOUNT("", "本年收费金额（单位：万元）");

  private final String key;
  private final String label;

  DisclosureColumn(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Returns the English key, empty for the single column of a one-value row.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the official column header.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}

package io.github.nianbao.core;

/**
 * The groups （一）–（七） of Table 3's block 三、本年度办理结果 (docs/format.md, Table 3). （一）, （二） and （七） are
 * rows of their own; （三）–（六） hold numbered sub-rows.
 */
public enum OutcomeGroup {
  /** （一）予以公开. */
  DISCLOSED("disclosed", "（一）", "予以公开"),
  /** （二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
  PARTIALLY_DISCLOSED("partiallyDisclosed", "（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
  /** （三）不予公开, eight sub-rows. */
  WITHHELD("withheld", "（三）", "不予公开"),
  /** （四）无法提供, three sub-rows. */
  UNAVAILABLE("unavailable", "（四）", "无法提供"),
  /** （五）不予处理, five sub-rows. */
  NOT_PROCESSED("notProcessed", "（五）", "不予处理"),
  /** （六）其他处理, three sub-rows in the 2021 format, a single row in the 2019 format. */
  OTHER_HANDLING("otherHandling", "（六）", "其他处理"),
  /** （七）总计: the printed total of all outcomes. */
  TOTAL("total", "（七）", "总计");

  private final String key;
  private final String numbering;
  private final String label;

  OutcomeGroup(String key, String numbering, String label) {
    this.key = key;
    this.numbering = numbering;
    this.label = label;
  }

  /**
   * Returns the English key, e.g. {@code withheld}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the numbering, e.g. {@code （三）}, with full-width parentheses.
   *
   * @return the numbering
   */
  public String numbering() {
    return numbering;
  }

  /**
   * Returns the official label without numbering, e.g. {@code 不予公开}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns numbering and label as printed, e.g. {@code （三）不予公开}.
   *
   * @return the official label with its numbering
   */
  public String officialLabel() {
    return numbering + label;
  }

  /**
   * Returns whether the group is a single row rather than a block of numbered sub-rows.
   *
   * @return {@code true} for （一）, （二） and （七）; （六） is a single row in the 2019 format only
   */
  public boolean isSingleRow() {
    return this == DISCLOSED || this == PARTIALLY_DISCLOSED || this == TOTAL;
  }
}

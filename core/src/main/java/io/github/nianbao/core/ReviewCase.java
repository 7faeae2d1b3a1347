package io.github.nianbao.core;

/**
 * The three column groups of Table 4, 政府信息公开行政复议、行政诉讼情况 (docs/format.md, Table 4), in printed
 * order.
 */
public enum ReviewCase {
  /** 行政复议: {@code reviewAndLitigation.administrativeReview}. */
  ADMINISTRATIVE_REVIEW("administrativeReview", ReviewProceeding.ADMINISTRATIVE_REVIEW, null),
  /** 行政诉讼 — 未经复议直接起诉: {@code reviewAndLitigation.litigationDirect}. */
  LITIGATION_DIRECT("litigationDirect", ReviewProceeding.ADMINISTRATIVE_LITIGATION, "未经复议直接起诉"),
  /** 行政诉讼 — 复议后起诉: {@code reviewAndLitigation.litigationAfterReview}. */
  LITIGATION_AFTER_REVIEW(
      "litigationAfterReview", ReviewProceeding.ADMINISTRATIVE_LITIGATION, "复议后起诉");

  private final String key;
  private final ReviewProceeding proceeding;
  private final String subLabel;

  ReviewCase(String key, ReviewProceeding proceeding, String subLabel) {
    this.key = key;
    this.proceeding = proceeding;
    this.subLabel = subLabel;
  }

  /**
   * Returns the English key, e.g. {@code litigationDirect}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the proceeding whose heading spans this group.
   *
   * @return 行政复议 or 行政诉讼
   */
  public ReviewProceeding proceeding() {
    return proceeding;
  }

  /**
   * Returns the group's own heading: 行政复议, 未经复议直接起诉 or 复议后起诉.
   *
   * @return the official label of the innermost heading
   */
  public String label() {
    return subLabel == null ? proceeding.label() : subLabel;
  }

  /**
   * Returns the full heading, e.g. {@code 行政诉讼—未经复议直接起诉}.
   *
   * @return the proceeding and, for litigation, the group label after an em dash
   */
  public String fullLabel() {
    return subLabel == null ? proceeding.label() : proceeding.label() + "—" + subLabel;
  }
}

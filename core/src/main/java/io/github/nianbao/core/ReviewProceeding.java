package io.github.nianbao.core;

/** The two proceedings whose headings span Table 4's column groups (docs/format.md, Table 4). */
public enum ReviewProceeding {
  /** 行政复议: administrative review. */
  ADMINISTRATIVE_REVIEW("行政复议"),
  /** 行政诉讼: administrative litigation, in two groups. */
  ADMINISTRATIVE_LITIGATION("行政诉讼");

  private final String label;

  ReviewProceeding(String label) {
    this.label = label;
  }

  /**
   * Returns the official label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}

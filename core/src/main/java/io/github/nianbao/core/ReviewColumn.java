package io.github.nianbao.core;

import java.util.List;

/** The five columns of each group of Table 4 (docs/format.md, Table 4), in printed order. */
public enum ReviewColumn {
  /** 结果维持: decision upheld. */
  UPHELD("upheld", "结果维持"),
  /** 结果纠正: decision corrected. */
  CORRECTED("corrected", "结果纠正"),
  /** 其他结果: other result. */
  OTHER("other", "其他结果"),
  /** 尚未审结: not yet concluded. */
  PENDING("pending", "尚未审结"),
  /** 总计: the printed total, which {@code T4.GROUP_TOTAL} checks. */
  TOTAL("total", "总计");

  private static final List<ReviewColumn> PARTS = List.of(UPHELD, CORRECTED, OTHER, PENDING);

  private final String key;
  private final String label;

  ReviewColumn(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Returns the four columns that add up to {@link #TOTAL}.
   *
   * @return upheld, corrected, other, pending
   */
  public static List<ReviewColumn> parts() {
    return PARTS;
  }

  /**
   * Returns the English key, e.g. {@code pending}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the official column label, e.g. {@code 尚未审结}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}

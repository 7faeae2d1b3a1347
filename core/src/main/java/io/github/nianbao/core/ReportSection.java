package io.github.nianbao.core;

/**
 * The six sections of an annual report, in printed order, with their official headings (DESIGN 1).
 * The key is the name of the section's property in the model and in JSON.
 */
public enum ReportSection {
  /** 一、总体情况: narrative, {@link AnnualReport#overview()}. */
  OVERVIEW("overview", "一、", "总体情况"),
  /** 二、主动公开政府信息情况: Table 2, {@link AnnualReport#activeDisclosure()}. */
  ACTIVE_DISCLOSURE("activeDisclosure", "二、", "主动公开政府信息情况"),
  /** 三、收到和处理政府信息公开申请情况: Table 3, {@link AnnualReport#applications()}. */
  APPLICATIONS("applications", "三、", "收到和处理政府信息公开申请情况"),
  /** 四、政府信息公开行政复议、行政诉讼情况: Table 4, {@link AnnualReport#reviewAndLitigation()}. */
  REVIEW_AND_LITIGATION("reviewAndLitigation", "四、", "政府信息公开行政复议、行政诉讼情况"),
  /** 五、存在的主要问题及改进情况: narrative, {@link AnnualReport#problemsAndImprovements()}. */
  PROBLEMS_AND_IMPROVEMENTS("problemsAndImprovements", "五、", "存在的主要问题及改进情况"),
  /** 六、其他需要报告的事项: narrative, {@link AnnualReport#otherMatters()}. */
  OTHER_MATTERS("otherMatters", "六、", "其他需要报告的事项");

  private final String key;
  private final String numbering;
  private final String title;
  private final String heading;

  ReportSection(String key, String numbering, String title) {
    this.key = key;
    this.numbering = numbering;
    this.title = title;
    this.heading = numbering + title;
  }

  /**
   * Returns the English key, e.g. {@code applications}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the section's numbering, e.g. {@code 三、}.
   *
   * @return the numbering with its full-width comma
   */
  public String numbering() {
    return numbering;
  }

  /**
   * Returns the section's title without numbering, e.g. {@code 收到和处理政府信息公开申请情况}.
   *
   * @return the official title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the official heading, numbering and title, e.g. {@code 三、收到和处理政府信息公开申请情况}.
   *
   * @return the heading
   */
  public String heading() {
    return heading;
  }

  /**
   * Returns whether the section is a table (二, 三, 四) rather than narrative.
   *
   * @return {@code true} for the three tables
   */
  public boolean isTable() {
    return this == ACTIVE_DISCLOSURE || this == APPLICATIONS || this == REVIEW_AND_LITIGATION;
  }
}

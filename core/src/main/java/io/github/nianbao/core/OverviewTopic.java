package io.github.nianbao.core;

/**
 * The five parts （一）–（五） of section 一、总体情况 that the format asks for (docs/format.md, The report).
 */
public enum OverviewTopic {
  /** （一）主动公开. */
  ACTIVE_DISCLOSURE("（一）", "主动公开"),
  /** （二）依申请公开. */
  DISCLOSURE_ON_REQUEST("（二）", "依申请公开"),
  /** （三）政府信息管理. */
  INFORMATION_MANAGEMENT("（三）", "政府信息管理"),
  /** （四）政府信息公开平台建设. */
  PLATFORM_CONSTRUCTION("（四）", "政府信息公开平台建设"),
  /** （五）监督保障. */
  SUPERVISION("（五）", "监督保障");

  private final String numbering;
  private final String label;

  OverviewTopic(String numbering, String label) {
    this.numbering = numbering;
    this.label = label;
  }

  /**
   * Returns the numbering, e.g. {@code （一）}.
   *
   * @return the numbering, with full-width parentheses
   */
  public String numbering() {
    return numbering;
  }

  /**
   * Returns the official title, e.g. {@code 主动公开}.
   *
   * @return the title
   */
  public String label() {
    return label;
  }
}

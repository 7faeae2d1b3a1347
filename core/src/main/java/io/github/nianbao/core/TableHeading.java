package io.github.nianbao.core;

/**
 * Official texts of the tables that are neither a row nor a column label: the header cells and the
 * note printed above Table 3.
 */
public enum TableHeading {
  /** The header of Table 2's first column. */
  INFORMATION_CONTENT("信息内容"),
  /** The header above Table 3's applicant columns. */
  APPLICANT_SITUATION("申请人情况"),
  /** The note printed in Table 3's header cell: the identity {@code T3.BALANCE}. */
  BALANCE_NOTE("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
  /** The block of Table 3's outcome rows （一）–（七）. */
  OUTCOMES("三、本年度办理结果"),
  /** The report's title after agency and year: 〔agency〕〔year〕年政府信息公开工作年度报告. */
  REPORT_TITLE("政府信息公开工作年度报告");

  private final String label;

  TableHeading(String label) {
    this.label = label;
  }

  /**
   * Returns the official text.
   *
   * @return the text, exactly as the format prints it
   */
  public String label() {
    return label;
  }
}

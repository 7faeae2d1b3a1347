package io.github.nianbao.core;

import java.util.List;
import java.util.Optional;

/**
 * The rows of Table 3, 收到和处理政府信息公开申请情况 (docs/format.md, Table 3), in printed order, each with its
 * official numbering and label: 25 in the 2021 format and 23 in the 2019 format, which prints
 * （六）其他处理 as one row ({@link #rows(FormatVersion)}). The rows of 三、本年度办理结果 belong to an {@link
 * OutcomeGroup} （一）–（七）; the key is the row's path below {@code applications}, as in JSON and in
 * findings.
 */
public enum ApplicationRow {
  /** 一、本年新收政府信息公开申请数量: {@code applications.newlyReceived}. */
  NEWLY_RECEIVED("newlyReceived", "一、", "本年新收政府信息公开申请数量", null),
  /** 二、上年结转政府信息公开申请数量: {@code applications.carriedOver}. */
  CARRIED_OVER("carriedOver", "二、", "上年结转政府信息公开申请数量", null),
  /** {@code applications.outcomes.disclosed}: the single row of {@link OutcomeGroup#DISCLOSED}. */
  DISCLOSED("outcomes.disclosed", OutcomeGroup.DISCLOSED),
  /**
   * {@code applications.outcomes.partiallyDisclosed}: the single row of {@link
   * OutcomeGroup#PARTIALLY_DISCLOSED}.
   */
  PARTIALLY_DISCLOSED("outcomes.partiallyDisclosed", OutcomeGroup.PARTIALLY_DISCLOSED),
  /** 1．属于国家秘密: {@code applications.outcomes.withheld.stateSecret}. */
  WITHHELD_STATE_SECRET("outcomes.withheld.stateSecret", "1．", "属于国家秘密", OutcomeGroup.WITHHELD),
  /** 2．其他法律行政法规禁止公开: {@code applications.outcomes.withheld.prohibitedByLaw}. */
  WITHHELD_PROHIBITED_BY_LAW(
      "outcomes.withheld.prohibitedByLaw", "2．", "其他法律行政法规禁止公开", OutcomeGroup.WITHHELD),
  /** 3．危及“三安全一稳定”: {@code applications.outcomes.withheld.safetyAndStability}. */
  WITHHELD_SAFETY_AND_STABILITY(
      "outcomes.withheld.safetyAndStability", "3．", "危及“三安全一稳定”", OutcomeGroup.WITHHELD),
  /** 4．保护第三方合法权益: {@code applications.outcomes.withheld.thirdPartyRights}. */
  WITHHELD_THIRD_PARTY_RIGHTS(
      "outcomes.withheld.thirdPartyRights", "4．", "保护第三方合法权益", OutcomeGroup.WITHHELD),
  /** 5．属于三类内部事务信息: {@code applications.outcomes.withheld.internalAffairs}. */
  WITHHELD_INTERNAL_AFFAIRS(
      "outcomes.withheld.internalAffairs", "5．", "属于三类内部事务信息", OutcomeGroup.WITHHELD),
  /** 6．属于四类过程性信息: {@code applications.outcomes.withheld.processInformation}. */
  WITHHELD_PROCESS_INFORMATION(
      "outcomes.withheld.processInformation", "6．", "属于四类过程性信息", OutcomeGroup.WITHHELD),
  /** 7．属于行政执法案卷: {@code applications.outcomes.withheld.enforcementCaseFile}. */
  WITHHELD_ENFORCEMENT_CASE_FILE(
      "outcomes.withheld.enforcementCaseFile", "7．", "属于行政执法案卷", OutcomeGroup.WITHHELD),
  /** 8．属于行政查询事项: {@code applications.outcomes.withheld.administrativeInquiry}. */
  WITHHELD_ADMINISTRATIVE_INQUIRY(
      "outcomes.withheld.administrativeInquiry", "8．", "属于行政查询事项", OutcomeGroup.WITHHELD),
  /** 1．本机关不掌握相关政府信息: {@code applications.outcomes.unavailable.notHeld}. */
  UNAVAILABLE_NOT_HELD(
      "outcomes.unavailable.notHeld", "1．", "本机关不掌握相关政府信息", OutcomeGroup.UNAVAILABLE),
  /** 2．没有现成信息需要另行制作: {@code applications.outcomes.unavailable.requiresCreation}. */
  UNAVAILABLE_REQUIRES_CREATION(
      "outcomes.unavailable.requiresCreation", "2．", "没有现成信息需要另行制作", OutcomeGroup.UNAVAILABLE),
  /** 3．补正后申请内容仍不明确: {@code applications.outcomes.unavailable.unclearAfterCorrection}. */
  UNAVAILABLE_UNCLEAR_AFTER_CORRECTION(
      "outcomes.unavailable.unclearAfterCorrection", "3．", "补正后申请内容仍不明确", OutcomeGroup.UNAVAILABLE),
  /** 1．信访举报投诉类申请: {@code applications.outcomes.notProcessed.petitionOrComplaint}. */
  NOT_PROCESSED_PETITION_OR_COMPLAINT(
      "outcomes.notProcessed.petitionOrComplaint", "1．", "信访举报投诉类申请", OutcomeGroup.NOT_PROCESSED),
  /** 2．重复申请: {@code applications.outcomes.notProcessed.duplicate}. */
  NOT_PROCESSED_DUPLICATE(
      "outcomes.notProcessed.duplicate", "2．", "重复申请", OutcomeGroup.NOT_PROCESSED),
  /** 3．要求提供公开出版物: {@code applications.outcomes.notProcessed.publicationRequest}. */
  NOT_PROCESSED_PUBLICATION_REQUEST(
      "outcomes.notProcessed.publicationRequest", "3．", "要求提供公开出版物", OutcomeGroup.NOT_PROCESSED),
  /** 4．无正当理由大量反复申请: {@code applications.outcomes.notProcessed.excessiveRepeated}. */
  NOT_PROCESSED_EXCESSIVE_REPEATED(
      "outcomes.notProcessed.excessiveRepeated", "4．", "无正当理由大量反复申请", OutcomeGroup.NOT_PROCESSED),
  /** 5．要求行政机关确认或重新出具已获取信息: {@code applications.outcomes.notProcessed.confirmationRequest}. */
  NOT_PROCESSED_CONFIRMATION_REQUEST(
      "outcomes.notProcessed.confirmationRequest",
      "5．",
      "要求行政机关确认或重新出具已获取信息",
      OutcomeGroup.NOT_PROCESSED),
  /**
   * {@code applications.outcomes.otherHandling}: the single row of {@link
   * OutcomeGroup#OTHER_HANDLING} in the 2019 format, which has no numbered sub-rows there.
   */
  OTHER_HANDLING("outcomes.otherHandling", OutcomeGroup.OTHER_HANDLING),
  /**
   * 1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: {@code
   * applications.outcomes.otherHandling.overdueCorrection}.
   */
  OTHER_HANDLING_OVERDUE_CORRECTION(
      "outcomes.otherHandling.overdueCorrection",
      "1．",
      "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      OutcomeGroup.OTHER_HANDLING),
  /**
   * 2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: {@code applications.outcomes.otherHandling.unpaidFee}.
   */
  OTHER_HANDLING_UNPAID_FEE(
      "outcomes.otherHandling.unpaidFee",
      "2．",
      "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      OutcomeGroup.OTHER_HANDLING),
  /** 3．其他: {@code applications.outcomes.otherHandling.other}. */
  OTHER_HANDLING_OTHER("outcomes.otherHandling.other", "3．", "其他", OutcomeGroup.OTHER_HANDLING),
  /** {@code applications.outcomes.total}: the single row of {@link OutcomeGroup#TOTAL}. */
  OUTCOMES_TOTAL("outcomes.total", OutcomeGroup.TOTAL),
  /** 四、结转下年度继续办理: {@code applications.carriedForward}. */
  CARRIED_FORWARD("carriedForward", "四、", "结转下年度继续办理", null);

  private static final List<ApplicationRow> ROWS_2021 = rowsOf(FormatVersion.V2021);
  private static final List<ApplicationRow> ROWS_2019 = rowsOf(FormatVersion.V2019);
  private static final List<ApplicationRow> OUTCOME_ROWS_2021 = outcomeRowsOf(ROWS_2021);
  private static final List<ApplicationRow> OUTCOME_ROWS_2019 = outcomeRowsOf(ROWS_2019);

  private final String key;
  private final String numbering;
  private final String label;
  private final OutcomeGroup group;

  ApplicationRow(String key, OutcomeGroup group) {
    this(key, group.numbering(), group.label(), group);
  }

  ApplicationRow(String key, String numbering, String label, OutcomeGroup group) {
    this.key = key;
    this.numbering = numbering;
    this.label = label;
    this.group = group;
  }

  private static List<ApplicationRow> rowsOf(FormatVersion version) {
    return java.util.Arrays.stream(values()).filter(r -> r.appliesTo(version)).toList();
  }

  private static List<ApplicationRow> outcomeRowsOf(List<ApplicationRow> rows) {
    return rows.subList(rows.indexOf(DISCLOSED), rows.indexOf(OUTCOMES_TOTAL));
  }

  /**
   * Returns the rows of a format version's Table 3 in printed order: 25 in 2021, 23 in 2019, where
   * （六）其他处理 is the single row {@link #OTHER_HANDLING}.
   *
   * @param version the format version
   * @return the rows
   */
  public static List<ApplicationRow> rows(FormatVersion version) {
    return version == FormatVersion.V2019 ? ROWS_2019 : ROWS_2021;
  }

  /**
   * Returns the outcome rows that {@code T3.OUTCOME_TOTAL} adds up: （一）, （二） and every row of
   * （三）–（六）, in printed order; not （七）总计.
   *
   * @param version the format version
   * @return the 21 outcome rows of 2021, or the 19 of 2019
   */
  public static List<ApplicationRow> outcomeRows(FormatVersion version) {
    return version == FormatVersion.V2019 ? OUTCOME_ROWS_2019 : OUTCOME_ROWS_2021;
  }

  /**
   * Returns whether a format version's Table 3 has this row: {@link #OTHER_HANDLING} is a row of
   * 2019 only, its three sub-rows of 2021 only, every other row of both.
   *
   * @param version the format version
   * @return {@code true} if the version's table has the row
   */
  public boolean appliesTo(FormatVersion version) {
    if (this == OTHER_HANDLING) {
      return version == FormatVersion.V2019;
    }
    if (group == OutcomeGroup.OTHER_HANDLING) {
      return version == FormatVersion.V2021;
    }
    return true;
  }

  /**
   * Returns the row's path below {@code applications}, e.g. {@code outcomes.withheld.stateSecret}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the row's numbering as officially printed, e.g. {@code 四、}, {@code （一）} or {@code 1．}.
   *
   * @return the numbering, with full-width punctuation
   */
  public String numbering() {
    return numbering;
  }

  /**
   * Returns the official label without numbering, e.g. {@code 属于国家秘密}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns numbering and label as printed, e.g. {@code 1．属于国家秘密}.
   *
   * @return the official label with its numbering
   */
  public String officialLabel() {
    return numbering + label;
  }

  /**
   * Returns the outcome group （一）–（七） of a row of 三、本年度办理结果.
   *
   * @return the group, empty for 一、, 二、 and 四、
   */
  public Optional<OutcomeGroup> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns whether the row is a sub-row numbered 1．, 2．… of a group （三）–（六）.
   *
   * @return {@code true} for the 19 numbered sub-rows
   */
  public boolean isSubRow() {
    return group != null && !group.isSingleRow() && this != OTHER_HANDLING;
  }

  /**
   * Returns this row of a Table 3.
   *
   * @param applications the table
   * @return the row's counts
   */
  public ApplicantCounts of(Applications applications) {
    return applications.row(this);
  }
}

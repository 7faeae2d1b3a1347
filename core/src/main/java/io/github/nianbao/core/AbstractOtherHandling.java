package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * The 3 numbered rows of Table 3's group （六）其他处理 ({@code applications.outcomes.otherHandling},
 * docs/format.md, Table 3). Use the generated {@link OtherHandling}; {@link Applications#fromRows}
 * builds a whole table by row.
 */
@Value.Immutable
public abstract non-sealed class AbstractOtherHandling implements OtherHandlingOutcomes {

  AbstractOtherHandling() {}

  /**
   * 1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: {@code
   * applications.outcomes.otherHandling.overdueCorrection}; the row {@link
   * ApplicationRow#OTHER_HANDLING_OVERDUE_CORRECTION}.
   *
   * @return the row
   */
  public abstract ApplicantCounts overdueCorrection();

  /**
   * 2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: {@code applications.outcomes.otherHandling.unpaidFee};
   * the row {@link ApplicationRow#OTHER_HANDLING_UNPAID_FEE}.
   *
   * @return the row
   */
  public abstract ApplicantCounts unpaidFee();

  /**
   * 3．其他: {@code applications.outcomes.otherHandling.other}; the row {@link
   * ApplicationRow#OTHER_HANDLING_OTHER}.
   *
   * @return the row
   */
  public abstract ApplicantCounts other();
}

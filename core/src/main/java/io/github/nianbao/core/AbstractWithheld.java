package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * The 8 numbered rows of Table 3's group （三）不予公开 ({@code applications.outcomes.withheld},
 * docs/format.md, Table 3). Use the generated {@link Withheld}; {@link Applications#fromRows}
 * builds a whole table by row.
 */
@Value.Immutable
abstract class AbstractWithheld {

  AbstractWithheld() {}

  /**
   * 1．属于国家秘密: {@code applications.outcomes.withheld.stateSecret}; the row {@link
   * ApplicationRow#WITHHELD_STATE_SECRET}.
   *
   * @return the row
   */
  public abstract ApplicantCounts stateSecret();

  /**
   * 2．其他法律行政法规禁止公开: {@code applications.outcomes.withheld.prohibitedByLaw}; the row {@link
   * ApplicationRow#WITHHELD_PROHIBITED_BY_LAW}.
   *
   * @return the row
   */
  public abstract ApplicantCounts prohibitedByLaw();

  /**
   * 3．危及“三安全一稳定”: {@code applications.outcomes.withheld.safetyAndStability}; the row {@link
   * ApplicationRow#WITHHELD_SAFETY_AND_STABILITY}.
   *
   * @return the row
   */
  public abstract ApplicantCounts safetyAndStability();

  /**
   * 4．保护第三方合法权益: {@code applications.outcomes.withheld.thirdPartyRights}; the row {@link
   * ApplicationRow#WITHHELD_THIRD_PARTY_RIGHTS}.
   *
   * @return the row
   */
  public abstract ApplicantCounts thirdPartyRights();

  /**
   * 5．属于三类内部事务信息: {@code applications.outcomes.withheld.internalAffairs}; the row {@link
   * ApplicationRow#WITHHELD_INTERNAL_AFFAIRS}.
   *
   * @return the row
   */
  public abstract ApplicantCounts internalAffairs();

  /**
   * 6．属于四类过程性信息: {@code applications.outcomes.withheld.processInformation}; the row {@link
   * ApplicationRow#WITHHELD_PROCESS_INFORMATION}.
   *
   * @return the row
   */
  public abstract ApplicantCounts processInformation();

  /**
   * 7．属于行政执法案卷: {@code applications.outcomes.withheld.enforcementCaseFile}; the row {@link
   * ApplicationRow#WITHHELD_ENFORCEMENT_CASE_FILE}.
   *
   * @return the row
   */
  public abstract ApplicantCounts enforcementCaseFile();

  /**
   * 8．属于行政查询事项: {@code applications.outcomes.withheld.administrativeInquiry}; the row {@link
   * ApplicationRow#WITHHELD_ADMINISTRATIVE_INQUIRY}.
   *
   * @return the row
   */
  public abstract ApplicantCounts administrativeInquiry();
}

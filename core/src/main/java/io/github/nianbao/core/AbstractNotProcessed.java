package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * The 5 numbered rows of Table 3's group （五）不予处理 ({@code applications.outcomes.notProcessed},
 * docs/format.md, Table 3). Use the generated {@link NotProcessed}; {@link Applications#fromRows}
 * builds a whole table by row.
 */
@Value.Immutable
abstract class AbstractNotProcessed {

  AbstractNotProcessed() {}

  /**
   * 1．信访举报投诉类申请: {@code applications.outcomes.notProcessed.petitionOrComplaint}; the row {@link
   * ApplicationRow#NOT_PROCESSED_PETITION_OR_COMPLAINT}.
   *
   * @return the row
   */
  public abstract ApplicantCounts petitionOrComplaint();

  /**
   * 2．重复申请: {@code applications.outcomes.notProcessed.duplicate}; the row {@link
   * ApplicationRow#NOT_PROCESSED_DUPLICATE}.
   *
   * @return the row
   */
  public abstract ApplicantCounts duplicate();

  /**
   * 3．要求提供公开出版物: {@code applications.outcomes.notProcessed.publicationRequest}; the row {@link
   * ApplicationRow#NOT_PROCESSED_PUBLICATION_REQUEST}.
   *
   * @return the row
   */
  public abstract ApplicantCounts publicationRequest();

  /**
   * 4．无正当理由大量反复申请: {@code applications.outcomes.notProcessed.excessiveRepeated}; the row {@link
   * ApplicationRow#NOT_PROCESSED_EXCESSIVE_REPEATED}.
   *
   * @return the row
   */
  public abstract ApplicantCounts excessiveRepeated();

  /**
   * 5．要求行政机关确认或重新出具已获取信息: {@code applications.outcomes.notProcessed.confirmationRequest}; the row
   * {@link ApplicationRow#NOT_PROCESSED_CONFIRMATION_REQUEST}.
   *
   * @return the row
   */
  public abstract ApplicantCounts confirmationRequest();
}

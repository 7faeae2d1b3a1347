package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * Table 3's block 三、本年度办理结果 ({@code applications.outcomes}, docs/format.md, Table 3): the groups
 * （一）–（六） and the printed （七）总计, which {@code T3.OUTCOME_TOTAL} checks. The group （六） differs by
 * format version ({@link OtherHandlingOutcomes}). Use the generated {@link Outcomes}; {@link
 * Applications#fromRows} builds a whole table by row.
 */
@Value.Immutable
abstract class AbstractOutcomes {

  AbstractOutcomes() {}

  /**
   * （一）予以公开: {@code applications.outcomes.disclosed}.
   *
   * @return the row
   */
  public abstract ApplicantCounts disclosed();

  /**
   * （二）部分公开（区分处理的，只计这一情形，不计其他情形）: {@code applications.outcomes.partiallyDisclosed}.
   *
   * @return the row
   */
  public abstract ApplicantCounts partiallyDisclosed();

  /**
   * （三）不予公开: {@code applications.outcomes.withheld}, eight rows.
   *
   * @return the group
   */
  public abstract Withheld withheld();

  /**
   * （四）无法提供: {@code applications.outcomes.unavailable}, three rows.
   *
   * @return the group
   */
  public abstract Unavailable unavailable();

  /**
   * （五）不予处理: {@code applications.outcomes.notProcessed}, five rows.
   *
   * @return the group
   */
  public abstract NotProcessed notProcessed();

  /**
   * （六）其他处理: {@code applications.outcomes.otherHandling}: three rows ({@link OtherHandling}) in the
   * 2021 format, one row ({@link ApplicantCounts}) in the 2019 format.
   *
   * @return the group
   */
  public abstract OtherHandlingOutcomes otherHandling();

  /**
   * Returns the format version whose Table 3 this is: 2019 when （六） is one row.
   *
   * @return the version
   */
  public FormatVersion formatVersion() {
    return otherHandling() instanceof AbstractApplicantCounts
        ? FormatVersion.V2019
        : FormatVersion.V2021;
  }

  /**
   * （七）总计 as printed: {@code applications.outcomes.total}.
   *
   * @return the row
   */
  public abstract ApplicantCounts total();

  /**
   * Returns the 2021 format's block of zeros, as {@link Applications#zero()} holds it.
   *
   * @return the zero block
   */
  public static Outcomes zero() {
    return zero(FormatVersion.V2021);
  }

  /**
   * Returns a format version's block of zeros, as {@link Applications#zero(FormatVersion)} holds
   * it.
   *
   * @param version the format version
   * @return the zero block
   */
  public static Outcomes zero(FormatVersion version) {
    return Applications.zero(version).outcomes();
  }
}

package io.github.nianbao.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Table 3, 三、收到和处理政府信息公开申请情况 ({@code applications}, docs/format.md, Table 3): 25 rows (23 in the
 * 2019 format, {@link ApplicationRow#rows(FormatVersion)}) of six applicant categories and a
 * printed total.
 *
 * <p>The note printed above the table states the identity {@code T3.BALANCE}: 第一项加第二项之和，
 * 等于第三项加第四项之和 — per column, 一 + 二 = 三（七）总计 + 四. The model keeps the table as printed; the
 * validation module checks the identities.
 *
 * <p>Build it with the nested builders of the generated {@link Applications}, or row by row with
 * {@link #fromRows(Function)} or {@link #fromRows(Map)}.
 */
@Value.Immutable
abstract class AbstractApplications {

  AbstractApplications() {}

  /**
   * 一、本年新收政府信息公开申请数量: {@code applications.newlyReceived}.
   *
   * @return the row
   */
  public abstract ApplicantCounts newlyReceived();

  /**
   * 二、上年结转政府信息公开申请数量: {@code applications.carriedOver}.
   *
   * @return the row
   */
  public abstract ApplicantCounts carriedOver();

  /**
   * 三、本年度办理结果: {@code applications.outcomes}, the rows （一）–（七）.
   *
   * @return the block of outcome rows
   */
  public abstract Outcomes outcomes();

  /**
   * 四、结转下年度继续办理: {@code applications.carriedForward}.
   *
   * @return the row
   */
  public abstract ApplicantCounts carriedForward();

  /**
   * Returns the format version whose Table 3 this is ({@link Outcomes#formatVersion()}).
   *
   * @return {@link FormatVersion#V2019} when （六）其他处理 is one row
   */
  public FormatVersion formatVersion() {
    return outcomes().formatVersion();
  }

  private ApplicantCounts otherHandling2019(ApplicationRow row) {
    if (outcomes().otherHandling() instanceof ApplicantCounts one) {
      return one;
    }
    throw new IllegalArgumentException("A Table 3 of the 2021 format has no row " + row.key());
  }

  private OtherHandling otherHandling2021(ApplicationRow row) {
    if (outcomes().otherHandling() instanceof OtherHandling three) {
      return three;
    }
    throw new IllegalArgumentException("A Table 3 of the 2019 format has no row " + row.key());
  }

  /**
   * Returns a row.
   *
   * @param row one of the table's {@linkplain ApplicationRow#rows(FormatVersion) rows}
   * @return the row's counts
   * @throws IllegalArgumentException for a row of the other format version
   */
  public ApplicantCounts row(ApplicationRow row) {
    return switch (row) {
      case NEWLY_RECEIVED -> newlyReceived();
      case CARRIED_OVER -> carriedOver();
      case DISCLOSED -> outcomes().disclosed();
      case PARTIALLY_DISCLOSED -> outcomes().partiallyDisclosed();
      case WITHHELD_STATE_SECRET -> outcomes().withheld().stateSecret();
      case WITHHELD_PROHIBITED_BY_LAW -> outcomes().withheld().prohibitedByLaw();
      case WITHHELD_SAFETY_AND_STABILITY -> outcomes().withheld().safetyAndStability();
      case WITHHELD_THIRD_PARTY_RIGHTS -> outcomes().withheld().thirdPartyRights();
      case WITHHELD_INTERNAL_AFFAIRS -> outcomes().withheld().internalAffairs();
      case WITHHELD_PROCESS_INFORMATION -> outcomes().withheld().processInformation();
      case WITHHELD_ENFORCEMENT_CASE_FILE -> outcomes().withheld().enforcementCaseFile();
      case WITHHELD_ADMINISTRATIVE_INQUIRY -> outcomes().withheld().administrativeInquiry();
      case UNAVAILABLE_NOT_HELD -> outcomes().unavailable().notHeld();
      case UNAVAILABLE_REQUIRES_CREATION -> outcomes().unavailable().requiresCreation();
      case UNAVAILABLE_UNCLEAR_AFTER_CORRECTION ->
          outcomes().unavailable().unclearAfterCorrection();
      case NOT_PROCESSED_PETITION_OR_COMPLAINT -> outcomes().notProcessed().petitionOrComplaint();
      case NOT_PROCESSED_DUPLICATE -> outcomes().notProcessed().duplicate();
      case NOT_PROCESSED_PUBLICATION_REQUEST -> outcomes().notProcessed().publicationRequest();
      case NOT_PROCESSED_EXCESSIVE_REPEATED -> outcomes().notProcessed().excessiveRepeated();
      case NOT_PROCESSED_CONFIRMATION_REQUEST -> outcomes().notProcessed().confirmationRequest();
      case OTHER_HANDLING -> otherHandling2019(row);
      case OTHER_HANDLING_OVERDUE_CORRECTION -> otherHandling2021(row).overdueCorrection();
      case OTHER_HANDLING_UNPAID_FEE -> otherHandling2021(row).unpaidFee();
      case OTHER_HANDLING_OTHER -> otherHandling2021(row).other();
      case OUTCOMES_TOTAL -> outcomes().total();
      case CARRIED_FORWARD -> carriedForward();
    };
  }

  /**
   * Returns a cell.
   *
   * @param row the row
   * @param column the column
   * @return the cell
   */
  public Cell get(ApplicationRow row, ApplicantCategory column) {
    return row(row).get(column);
  }

  /**
   * Returns the 2021 format's table whose rows a function gives.
   *
   * @param rows the counts of each of the 25 rows
   * @return the table
   */
  public static Applications fromRows(Function<ApplicationRow, ApplicantCounts> rows) {
    return fromRows(FormatVersion.V2021, rows);
  }

  /**
   * Returns the table of a format version whose rows a function gives.
   *
   * @param version the format version, which decides the rows of （六）其他处理
   * @param rows the counts of each of the version's {@linkplain ApplicationRow#rows(FormatVersion)
   *     rows}; called for those only
   * @return the table
   */
  public static Applications fromRows(
      FormatVersion version, Function<ApplicationRow, ApplicantCounts> rows) {
    OtherHandlingOutcomes otherHandling =
        version == FormatVersion.V2019
            ? rows.apply(ApplicationRow.OTHER_HANDLING)
            : OtherHandling.builder()
                .overdueCorrection(rows.apply(ApplicationRow.OTHER_HANDLING_OVERDUE_CORRECTION))
                .unpaidFee(rows.apply(ApplicationRow.OTHER_HANDLING_UNPAID_FEE))
                .other(rows.apply(ApplicationRow.OTHER_HANDLING_OTHER))
                .build();
    Outcomes outcomes =
        Outcomes.builder()
            .disclosed(rows.apply(ApplicationRow.DISCLOSED))
            .partiallyDisclosed(rows.apply(ApplicationRow.PARTIALLY_DISCLOSED))
            .withheld(
                Withheld.builder()
                    .stateSecret(rows.apply(ApplicationRow.WITHHELD_STATE_SECRET))
                    .prohibitedByLaw(rows.apply(ApplicationRow.WITHHELD_PROHIBITED_BY_LAW))
                    .safetyAndStability(rows.apply(ApplicationRow.WITHHELD_SAFETY_AND_STABILITY))
                    .thirdPartyRights(rows.apply(ApplicationRow.WITHHELD_THIRD_PARTY_RIGHTS))
                    .internalAffairs(rows.apply(ApplicationRow.WITHHELD_INTERNAL_AFFAIRS))
                    .processInformation(rows.apply(ApplicationRow.WITHHELD_PROCESS_INFORMATION))
                    .enforcementCaseFile(rows.apply(ApplicationRow.WITHHELD_ENFORCEMENT_CASE_FILE))
                    .administrativeInquiry(
                        rows.apply(ApplicationRow.WITHHELD_ADMINISTRATIVE_INQUIRY))
                    .build())
            .unavailable(
                Unavailable.builder()
                    .notHeld(rows.apply(ApplicationRow.UNAVAILABLE_NOT_HELD))
                    .requiresCreation(rows.apply(ApplicationRow.UNAVAILABLE_REQUIRES_CREATION))
                    .unclearAfterCorrection(
                        rows.apply(ApplicationRow.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION))
                    .build())
            .notProcessed(
                NotProcessed.builder()
                    .petitionOrComplaint(
                        rows.apply(ApplicationRow.NOT_PROCESSED_PETITION_OR_COMPLAINT))
                    .duplicate(rows.apply(ApplicationRow.NOT_PROCESSED_DUPLICATE))
                    .publicationRequest(
                        rows.apply(ApplicationRow.NOT_PROCESSED_PUBLICATION_REQUEST))
                    .excessiveRepeated(rows.apply(ApplicationRow.NOT_PROCESSED_EXCESSIVE_REPEATED))
                    .confirmationRequest(
                        rows.apply(ApplicationRow.NOT_PROCESSED_CONFIRMATION_REQUEST))
                    .build())
            .otherHandling(otherHandling)
            .total(rows.apply(ApplicationRow.OUTCOMES_TOTAL))
            .build();
    return Applications.builder()
        .newlyReceived(rows.apply(ApplicationRow.NEWLY_RECEIVED))
        .carriedOver(rows.apply(ApplicationRow.CARRIED_OVER))
        .outcomes(outcomes)
        .carriedForward(rows.apply(ApplicationRow.CARRIED_FORWARD))
        .build();
  }

  /**
   * Returns the 2021 format's table with the given rows.
   *
   * @param rows the counts of every one of the 25 rows
   * @return the table
   * @throws IncompleteValueException if a row is missing, naming the rows' keys
   */
  public static Applications fromRows(Map<ApplicationRow, ApplicantCounts> rows) {
    return fromRows(FormatVersion.V2021, rows);
  }

  /**
   * Returns the table of a format version with the given rows.
   *
   * @param version the format version
   * @param rows the counts of every one of the version's {@linkplain
   *     ApplicationRow#rows(FormatVersion) rows}; rows of the other version are ignored
   * @return the table
   * @throws IncompleteValueException if a row is missing, naming the rows' keys
   */
  public static Applications fromRows(
      FormatVersion version, Map<ApplicationRow, ApplicantCounts> rows) {
    Objects.requireNonNull(rows, "rows");
    String[] missing =
        ApplicationRow.rows(version).stream()
            .filter(r -> !rows.containsKey(r))
            .map(ApplicationRow::key)
            .toArray(String[]::new);
    if (missing.length > 0) {
      throw new IncompleteValueException(missing);
    }
    return fromRows(version, rows::get);
  }

  /**
   * Returns the rows in printed order.
   *
   * @return a new map of the table's rows (25 in 2021, 23 in 2019), ordered as {@link
   *     ApplicationRow}
   */
  public Map<ApplicationRow, ApplicantCounts> rows() {
    Map<ApplicationRow, ApplicantCounts> rows = new EnumMap<>(ApplicationRow.class);
    for (ApplicationRow r : ApplicationRow.rows(formatVersion())) {
      rows.put(r, row(r));
    }
    return rows;
  }

  /**
   * Returns the 2021 format's table of zeros, the identity of {@link #plus(AbstractApplications)}.
   *
   * @return the zero table
   */
  public static Applications zero() {
    return zero(FormatVersion.V2021);
  }

  /**
   * Returns a format version's table of zeros.
   *
   * @param version the format version
   * @return the zero table
   */
  public static Applications zero(FormatVersion version) {
    ApplicantCounts zero = ApplicantCounts.zero();
    return fromRows(version, r -> zero);
  }

  /**
   * Adds two tables of one format version cell by cell (docs/format.md, Aggregation, {@link
   * Cell#plus(Cell)}).
   *
   * @param other the table to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   * @throws IllegalArgumentException if the tables are of different format versions
   */
  public Applications plus(AbstractApplications other) {
    if (formatVersion() != other.formatVersion()) {
      throw new IllegalArgumentException(
          "Cannot add a Table 3 of the "
              + other.formatVersion().key()
              + " format to one of the "
              + formatVersion().key()
              + " format");
    }
    return fromRows(formatVersion(), r -> row(r).plus(other.row(r)));
  }
}

package io.github.nianbao.core;

import io.github.nianbao.core.constraints.CellsFilled;
import io.github.nianbao.core.constraints.DocumentsInForce;
import io.github.nianbao.core.constraints.FeePlausibleInTenThousands;
import io.github.nianbao.core.constraints.FeeReported;
import io.github.nianbao.core.constraints.FeeStatementConsistent;
import io.github.nianbao.core.constraints.Inferred;
import io.github.nianbao.core.constraints.NarrativeMatchesTable2;
import io.github.nianbao.core.constraints.NarrativeMatchesTables;
import io.github.nianbao.core.constraints.NonNegativeCounts;
import io.github.nianbao.core.constraints.Official;
import io.github.nianbao.core.constraints.OverviewLength;
import io.github.nianbao.core.constraints.PercentagesMatchTable3;
import io.github.nianbao.core.constraints.SectionsPresent;
import io.github.nianbao.core.constraints.Severities;
import io.github.nianbao.core.constraints.SumsInRange;
import io.github.nianbao.core.constraints.Table3Balance;
import io.github.nianbao.core.constraints.Table3OutcomeTotals;
import io.github.nianbao.core.constraints.Table3RowTotals;
import io.github.nianbao.core.constraints.Table4GroupTotals;
import io.github.nianbao.core.constraints.VersionFitsYear;
import jakarta.validation.groups.Default;
import org.immutables.value.Value;

/**
 * A 政府信息公开工作年度报告 as printed (docs/format.md, The report): metadata, the narrative of sections 一, 五
 * and 六 verbatim, and Tables 2, 3 and 4.
 *
 * <p>The report holds its numbers as published, including totals that do not add up: totals are
 * stored, never recomputed, and the rules (docs/format.md, The rules) are checked by the validation
 * module, not by construction. Use the generated {@link AnnualReport}:
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.builder()
 *     .agency("达州市通川区").year(2023)
 *     .activeDisclosure(...).applications(...).reviewAndLitigation(...)
 *     .build();
 * long carried = report.applications().carriedForward().total().value();
 * }</pre>
 *
 * <p>The rules are declared here as Bean Validation constraints ({@link
 * io.github.nianbao.core.constraints}); the validation module implements them.
 *
 * <p>Text is held in normal forms that every format preserves: the agency on one line (each run of
 * white space one space, none around it), narrative with {@code \n} line breaks (a form feed or
 * vertical tab, a page break in PDF text, is one) and no white space around the section. Immutable
 * and thread-safe; equality compares every attribute.
 */
@Value.Immutable
@Table3RowTotals(
    groups = {Default.class, Official.class},
    payload = Severities.Error.class)
@Table3OutcomeTotals(
    groups = {Default.class, Official.class},
    payload = Severities.Error.class)
@Table3Balance(
    groups = {Default.class, Official.class},
    payload = Severities.Error.class)
@Table4GroupTotals(
    groups = {Default.class, Official.class},
    payload = Severities.Error.class)
@NonNegativeCounts(
    groups = {Default.class, Inferred.class},
    payload = Severities.Error.class)
@DocumentsInForce(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@CellsFilled(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@NarrativeMatchesTables(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@FeeReported(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@SumsInRange(
    groups = {Default.class, Inferred.class},
    payload = Severities.Error.class)
@VersionFitsYear(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@NarrativeMatchesTable2(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@PercentagesMatchTable3(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@FeeStatementConsistent(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@FeePlausibleInTenThousands(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@SectionsPresent(
    groups = {Default.class, Inferred.class},
    payload = Severities.Error.class)
@OverviewLength(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
public abstract class AbstractAnnualReport {

  /** The first reporting year: 《政府信息公开条例》 took effect on 2008-05-01. */
  public static final int MIN_YEAR = 2008;

  /** The last reporting year the model accepts. */
  public static final int MAX_YEAR = 9999;

  /**
   * The most characters of a narrative section (一、总体情况, 五 and 六), in its normal form: 1 MiB
   * (1,048,576), some hundred times a real report's. Bounded so that every report the model holds
   * can be written in every format and read back within the formats' limits.
   */
  public static final int MAX_NARRATIVE_CHARS = 1 << 20;

  AbstractAnnualReport() {}

  /**
   * The format of the report: the version of its tables. Table 2 decides it, and Table 3 must be of
   * the same version (the build fails otherwise); the year does not decide it, and a version that
   * does not fit the year is a finding of the validation module ({@code VERSION.YEAR}).
   *
   * @return the format version
   */
  public FormatVersion formatVersion() {
    return activeDisclosure().formatVersion();
  }

  /**
   * 报告机关: the body that reports, e.g. {@code 达州市通川区经济和信息化局}, as printed in the title.
   *
   * @return the agency, empty when it is not known
   */
  public abstract String agency();

  /**
   * 报告年度: the calendar year reported on (a report published in January 2024 reports on 2023).
   *
   * @return the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public abstract int year();

  /**
   * Whether the report is one body's or the sum of several; {@link Scope#AGENCY} unless set.
   *
   * @return the scope
   */
  @Value.Default
  public Scope scope() {
    return Scope.AGENCY;
  }

  /**
   * Section 一、总体情况, verbatim; empty unless set.
   *
   * @return the overview
   */
  @Value.Default
  public Overview overview() {
    return Overview.empty();
  }

  /**
   * Section 二: Table 2, 主动公开政府信息情况: an {@link ActiveDisclosure} in the 2021 format, an {@link
   * ActiveDisclosure2019} in the 2019 format.
   *
   * @return the table
   */
  public abstract ActiveDisclosureTable activeDisclosure();

  /**
   * Returns Table 2 of a report of the 2021 format.
   *
   * @return the table
   * @throws IllegalStateException if the report is of the 2019 format, naming it
   */
  public ActiveDisclosure activeDisclosure2021() {
    if (activeDisclosure() instanceof ActiveDisclosure t2) {
      return t2;
    }
    throw new IllegalStateException(
        "The report of "
            + agency()
            + " "
            + year()
            + " is of the 2019 format: use activeDisclosure2019()");
  }

  /**
   * Returns Table 2 of a report of the 2019 format.
   *
   * @return the table
   * @throws IllegalStateException if the report is of the 2021 format, naming it
   */
  public ActiveDisclosure2019 activeDisclosure2019() {
    if (activeDisclosure() instanceof ActiveDisclosure2019 t2) {
      return t2;
    }
    throw new IllegalStateException(
        "The report of "
            + agency()
            + " "
            + year()
            + " is of the 2021 format: use activeDisclosure2021()");
  }

  /**
   * Section 三: Table 3, 收到和处理政府信息公开申请情况.
   *
   * @return the table
   */
  public abstract Applications applications();

  /**
   * Section 四: Table 4, 政府信息公开行政复议、行政诉讼情况.
   *
   * @return the table
   */
  public abstract ReviewAndLitigation reviewAndLitigation();

  /**
   * Section 五、存在的主要问题及改进情况, verbatim; empty unless set.
   *
   * @return the text
   */
  @Value.Default
  public String problemsAndImprovements() {
    return "";
  }

  /**
   * Section 六、其他需要报告的事项, verbatim; empty unless set. Since the 2021 format it states the 信息处理费
   * charged (checked by {@code TEXT.FEE_REPORTED}).
   *
   * @return the text
   */
  @Value.Default
  public String otherMatters() {
    return "";
  }

  /**
   * Returns the cell at an address.
   *
   * @param address one of the report's {@linkplain CellAddress#all(FormatVersion) addresses}
   * @return a {@link Cell}, the {@link AmountCell} of the 2021 format's {@code
   *     activeDisclosure.administrativeFees}, or the {@link PrintedAmount} of the 2019 format's
   *     {@code activeDisclosure.centralizedProcurement.totalAmount}
   * @throws IllegalArgumentException if the address is a cell of the other format version
   */
  public TableCell cell(CellAddress address) {
    return address.cellOf(this);
  }

  /**
   * Returns a copy of this report with one cell replaced, e.g. to correct a misprint.
   *
   * @param address the cell's address
   * @param cell a cell of the type {@link #cell(CellAddress)} returns for the address
   * @return the new report; this report is unchanged
   * @throws IllegalArgumentException if the cell's type does not fit the address, or the address is
   *     a cell of the other format version
   */
  public AnnualReport withCell(CellAddress address, TableCell cell) {
    return address.replaceIn(this, cell);
  }

  /**
   * Returns the count cell at an address.
   *
   * @param address the address of a count
   * @return the cell
   * @throws IllegalArgumentException for the address of an amount, which is not a count, or of a
   *     cell of the other format version
   */
  public Cell count(CellAddress address) {
    if (address.isAmount()) {
      throw new IllegalArgumentException(address + " is an amount, not a count");
    }
    return (Cell) address.cellOf(this);
  }

  /**
   * Checks the year and brings the text to its normal forms.
   *
   * @return this, or the report with normalised text
   * @throws IllegalArgumentException if the year is out of range, Tables 2 and 3 are of different
   *     format versions, a text holds a control character other than tab and line breaks, or a
   *     narrative section is longer than {@value #MAX_NARRATIVE_CHARS} characters (the message
   *     names the section)
   */
  @Value.Check
  protected AbstractAnnualReport normalize() {
    if (year() < MIN_YEAR || year() > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year must be from " + MIN_YEAR + " to " + MAX_YEAR + ": " + year());
    }
    if (applications().formatVersion() != activeDisclosure().formatVersion()) {
      throw new IllegalArgumentException(
          "Table 2 is of the "
              + activeDisclosure().formatVersion().key()
              + " format but Table 3 of the "
              + applications().formatVersion().key()
              + " format");
    }
    String agency = Texts.singleLine(agency());
    String problems = Texts.narrative(problemsAndImprovements());
    String other = Texts.narrative(otherMatters());
    Texts.checkNoControl(agency, "the agency");
    Texts.checkNoControl(problems, "section 五");
    Texts.checkNoControl(other, "section 六");
    Texts.checkNarrativeLength(problems, "section 五");
    Texts.checkNarrativeLength(other, "section 六");
    if (agency.equals(agency())
        && problems.equals(problemsAndImprovements())
        && other.equals(otherMatters())) {
      return this;
    }
    return AnnualReport.copyOf(this)
        .withAgency(agency)
        .withProblemsAndImprovements(problems)
        .withOtherMatters(other);
  }
}

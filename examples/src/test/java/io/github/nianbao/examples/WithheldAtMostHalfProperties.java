package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.testing.BrokenReport;
import io.github.nianbao.testing.ReportArbitraries;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.NotAssessable;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The property test of the example rule, over the SDK's generators: the README's (the first
 * properties, word for word in the consumer projects) and more.
 */
class WithheldAtMostHalfProperties {
  ReportValidator validator =
      ReportValidator.builder().addConstraint(WithheldAtMostHalf.class).build();

  // my single-violation mutation: every concluded application withheld, every total kept
  static Optional<BrokenReport> withholdAll(AnnualReport valid) {
    Applications t3 = valid.applications();
    if (t3.outcomes().total().total().value() == 0) {
      return Optional.empty(); // nothing to withhold: jqwik draws another report
    }
    List<ApplicationRow> outcomes = ApplicationRow.outcomeRows(valid.formatVersion());
    Applications all =
        Applications.fromRows(
            valid.formatVersion(),
            row ->
                row == ApplicationRow.WITHHELD_STATE_SECRET
                    ? t3.row(ApplicationRow.OUTCOMES_TOTAL)
                    : outcomes.contains(row) ? ApplicantCounts.zero() : t3.row(row));
    CellAddress at = CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.TOTAL);
    return Optional.of(
        new BrokenReport(valid.withApplications(all), WithheldAtMostHalf.CODE, at.path()));
  }

  @Provide
  Arbitrary<BrokenReport> broken() {
    // the SDK's single-violation mutations, and mine
    return ReportArbitraries.brokenReports(WithheldAtMostHalfProperties::withholdAll);
  }

  @Property
  void eachBrokenRuleIsFoundWhereItIsBroken(@ForAll("broken") BrokenReport broken) {
    List<Finding> found = validator.validate(broken.report()).findings(broken.code());
    assertEquals(List.of(broken.location()), found.stream().map(Finding::location).toList());
  }

  @Property
  void myRuleAddsNoErrorToAValidReport(@ForAll AnnualReport report) {
    assertFalse(validator.validate(report).hasErrors()); // it is a warning
  }

  private static final CellAddress CONCLUDED =
      CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.TOTAL);

  /**
   * The report with its outcomes made of {@code withheld} applications withheld (spread over the
   * eight 不予公开 rows as given) and the rest of {@code concluded} disclosed; the totals kept
   * consistent, so that only the example rule can object.
   */
  private static AnnualReport withOutcomes(
      AnnualReport report, long concluded, List<Long> withheldRows) {
    long withheld = withheldRows.stream().mapToLong(Long::longValue).sum();
    List<ApplicationRow> rows =
        ApplicationRow.outcomeRows(FormatVersion.V2021).stream()
            .filter(r -> r.group().orElseThrow() == OutcomeGroup.WITHHELD)
            .toList();
    Applications t3 =
        Applications.fromRows(
            row -> {
              if (rows.contains(row)) {
                return ApplicantCounts.ofParts(withheldRows.get(rows.indexOf(row)), 0, 0, 0, 0, 0);
              }
              if (row == ApplicationRow.DISCLOSED) {
                return ApplicantCounts.ofParts(concluded - withheld, 0, 0, 0, 0, 0);
              }
              if (row == ApplicationRow.OUTCOMES_TOTAL || row == ApplicationRow.NEWLY_RECEIVED) {
                return ApplicantCounts.ofParts(concluded, 0, 0, 0, 0, 0);
              }
              return ApplicantCounts.zero();
            });
    return report.withApplications(t3);
  }

  @Property
  void theRuleFindsExactlyTheReportsThatWithholdMoreThanHalf(
      @ForAll AnnualReport report,
      @ForAll @Size(8) List<@LongRange(min = 0, max = 40) Long> withheldRows,
      @ForAll @LongRange(min = 0, max = 400) long disclosed) {
    long withheld = withheldRows.stream().mapToLong(Long::longValue).sum();
    long concluded = withheld + disclosed;
    AnnualReport r = withOutcomes(report, concluded, withheldRows);
    List<Finding> mine = validator.validate(r).findings(WithheldAtMostHalf.CODE);
    assertEquals(withheld > disclosed, !mine.isEmpty(), withheld + " of " + concluded);
    for (Finding f : mine) {
      assertEquals(Severity.WARNING, f.severity());
      assertEquals(CONCLUDED, f.cell().orElseThrow());
      assertEquals(Long.toString(concluded), f.reported().orElseThrow());
      assertEquals(
          concluded % 2 == 0 ? Long.toString(concluded / 2) : concluded / 2 + ".5",
          f.computed().orElseThrow());
      // the eight 不予公开 cells and （七）总计
      assertEquals(9, f.contributingCells().size());
      assertTrue(f.contributingCells().contains(CONCLUDED));
      assertEquals(
          "办结 "
              + concluded
              + " 件，其中（三）不予公开 "
              + withheld
              + " 件，超过一半（"
              + f.computed().orElseThrow()
              + " 件）（"
              + CONCLUDED.path()
              + "）。",
          f.messageZh());
      assertTrue(f.messageEn().startsWith(withheld + " of the " + concluded), f.messageEn());
    }
  }

  private static List<ApplicationRow> rows(AnnualReport report) {
    return ApplicationRow.outcomeRows(report.formatVersion()).stream()
        .filter(r -> r.group().orElseThrow() == OutcomeGroup.WITHHELD)
        .toList();
  }

  @Property
  void aBlankAmongTheWithheldMakesTheRuleNotAssessable(
      @ForAll AnnualReport report, @ForAll @IntRange(min = 0, max = 7) int which) {
    ApplicationRow row =
        ApplicationRow.outcomeRows(report.formatVersion()).stream()
            .filter(r -> r.group().orElseThrow() == OutcomeGroup.WITHHELD)
            .toList()
            .get(which % rows(report).size());
    AnnualReport r = report.withCell(CellAddress.of(row, ApplicantCategory.TOTAL), Cell.blank());
    ValidationResult result = validator.validate(r);
    assertEquals(List.of(), result.findings(WithheldAtMostHalf.CODE));
    List<NotAssessable> notes =
        result.notAssessable().stream()
            .filter(n -> n.code().equals(WithheldAtMostHalf.CODE))
            .toList();
    assertEquals(1, notes.size(), result.notAssessable().toString());
    assertEquals(CONCLUDED.path(), notes.get(0).location());
  }

  @Example
  void theFindingNamesTheTotalAndTheHalf() {
    AnnualReport report =
        withOutcomes(
            ReportArbitraries.validReports().sample(), 10, List.of(6L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
    Finding f = validator.validate(report).findings(WithheldAtMostHalf.CODE).get(0);
    assertEquals(
        "办结 10 件，其中（三）不予公开 6 件，超过一半（5 件）（applications.outcomes.total.total）。"
            .replace("applications.outcomes.total.total", CONCLUDED.path()),
        f.messageZh());
    assertEquals(WithheldAtMostHalf.CODE, f.code());
    assertEquals(report.agency(), f.agency());
  }
}

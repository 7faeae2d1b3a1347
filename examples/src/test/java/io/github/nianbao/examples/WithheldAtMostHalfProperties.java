package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The property test of the example rule, over the SDK's generators of valid reports. */
class WithheldAtMostHalfProperties {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder()
          .addConstraint(WithheldAtMostHalf.class)
          .severity("WithheldAtMostHalf", Severity.WARNING)
          .build();

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
    AnnualReport r = withOutcomes(report, withheld + disclosed, withheldRows);
    List<Finding> mine = VALIDATOR.validate(r).findings("WithheldAtMostHalf");
    // by construction: withheld of withheld + disclosed concluded
    assertEquals(withheld > disclosed, !mine.isEmpty(), withheld + " of " + (withheld + disclosed));
    mine.forEach(f -> assertEquals(Severity.WARNING, f.severity()));
  }

  @Property
  void theRuleAddsNoErrorToAValidReport(@ForAll AnnualReport report) {
    assertFalse(VALIDATOR.validate(report).hasErrors());
  }

  @Property
  void withholdingEverythingIsReported(
      @ForAll AnnualReport report, @ForAll @LongRange(min = 1, max = 50) long n) {
    // every outcome withheld as 属于国家秘密, the totals kept consistent
    var t3 = report.applications();
    var all =
        io.github.nianbao.core.Applications.fromRows(
            row ->
                row == ApplicationRow.WITHHELD_STATE_SECRET || row == ApplicationRow.OUTCOMES_TOTAL
                    ? io.github.nianbao.core.ApplicantCounts.ofParts(n, 0, 0, 0, 0, 0)
                    : row.isSubRow() || row.group().isPresent()
                        ? io.github.nianbao.core.ApplicantCounts.zero()
                        : t3.row(row));
    AnnualReport r = report.withApplications(all);
    assertEquals(1, VALIDATOR.validate(r).findings("WithheldAtMostHalf").size());
  }
}

package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The property test of the example rule, over the SDK's generators of valid reports. */
class WithheldAtMostHalfProperties {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder()
          .addConstraint(WithheldAtMostHalf.class)
          .severity("WithheldAtMostHalf", Severity.WARNING)
          .build();

  private static long withheld(AnnualReport r) {
    return ApplicationRow.outcomeRows(io.github.nianbao.core.FormatVersion.V2021).stream()
        .filter(row -> row.group().orElseThrow() == OutcomeGroup.WITHHELD)
        .mapToLong(row -> r.applications().get(row, ApplicantCategory.TOTAL).value())
        .sum();
  }

  @Property
  void theRuleFindsExactlyTheReportsThatWithholdMoreThanHalf(@ForAll AnnualReport report) {
    List<Finding> mine = VALIDATOR.validate(report).findings("WithheldAtMostHalf");
    boolean expected =
        2 * withheld(report) > report.applications().outcomes().total().total().value();
    assertEquals(expected, !mine.isEmpty());
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

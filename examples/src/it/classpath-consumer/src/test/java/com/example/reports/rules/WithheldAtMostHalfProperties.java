package com.example.reports.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.testing.BrokenReport;
import io.github.nianbao.testing.ReportArbitraries;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
}

package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.nianbao.core.Aggregation;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.jqwik.BrokenReport;
import io.github.nianbao.validation.jqwik.ReportArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The laws of the rules, over the generators that ship for users. */
class RuleProperties {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  @Provide
  Arbitrary<AnnualReport> valid() {
    return ReportArbitraries.validReports();
  }

  @Provide
  Arbitrary<BrokenReport> broken() {
    return ReportArbitraries.brokenReports();
  }

  @Property
  void aValidReportHasNoFindingAtAll(@ForAll("valid") AnnualReport report) {
    ValidationResult result = VALIDATOR.validate(report);
    assertEquals(List.of(), result.findings());
    assertEquals(List.of(), result.notAssessable());
  }

  @Property
  void aReportBrokenInOneRuleAtOnePlaceGivesExactlyThatFinding(
      @ForAll("broken") BrokenReport broken) {
    List<Finding> findings = VALIDATOR.validate(broken.report()).findings();
    assertEquals(
        List.of(broken.rule().code() + " " + broken.location()),
        findings.stream().map(f -> f.code() + " " + f.location()).toList());
    Finding f = findings.get(0);
    assertEquals(broken.rule().defaultSeverity(), f.severity());
    assertFalse(f.messageZh().isBlank());
    assertFalse(f.messageEn().isBlank());
    assertFalse(f.messageZh().contains("{"), f.messageZh());
    assertFalse(f.messageEn().contains("{"), f.messageEn());
  }

  @Property(tries = 200)
  void theSumOfValidReportsIsValid(
      @ForAll @Size(min = 1, max = 6) List<@From("valid") AnnualReport> reports) {
    AnnualReport sum = Aggregation.sum("达州市", reports.get(0).year(), reports.stream().map(r -> r.withYear(reports.get(0).year())).toList());
    ValidationResult result = VALIDATOR.validate(sum);
    assertFalse(result.hasErrors(), result.findings().toString());
  }

  @Property(tries = 100)
  void forAllAnnualReportDrawsValidReports(@ForAll AnnualReport report) {
    assertFalse(VALIDATOR.validate(report).hasErrors());
  }
}

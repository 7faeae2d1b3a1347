package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.nianbao.core.Aggregation;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.RuleCode;
import io.github.nianbao.validation.ValidationResult;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The laws of the rules, over the generators that ship for users. */
class RuleProperties {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  @Provide
  Arbitrary<AnnualReport> valid() {
    return Arbitraries.oneOf(
        List.of(
            ReportArbitraries.validReports(FormatVersion.V2021),
            ReportArbitraries.validReports(FormatVersion.V2019)));
  }

  /** Valid reports of one format version (and so of years that fit it). */
  @Provide
  Arbitrary<List<AnnualReport>> validOfOneVersion() {
    return Arbitraries.of(FormatVersion.values())
        .flatMap(v -> ReportArbitraries.validReports(v).list().ofMinSize(1).ofMaxSize(6));
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
        List.of(broken.code() + " " + broken.location()),
        findings.stream().map(f -> f.code() + " " + f.location()).toList());
    Finding f = findings.get(0);
    assertEquals(broken.rule().orElseThrow().defaultSeverity(), f.severity());
    assertFalse(f.messageZh().isBlank());
    assertFalse(f.messageEn().isBlank());
    assertFalse(f.messageZh().contains("{"), f.messageZh());
    assertFalse(f.messageEn().contains("{"), f.messageEn());
    // every kind of broken report is drawn, not only the easy ones
    Statistics.collect(broken.rule().orElseThrow());
    Statistics.coverage(
        c -> {
          for (RuleCode rule :
              List.of(
                  RuleCode.T3_ROW_TOTAL,
                  RuleCode.T3_OUTCOME_TOTAL,
                  RuleCode.T3_BALANCE,
                  RuleCode.T4_GROUP_TOTAL,
                  RuleCode.COUNT_NON_NEGATIVE,
                  RuleCode.COUNT_OVERFLOW,
                  RuleCode.CELL_BLANK,
                  RuleCode.TEXT_NARRATIVE,
                  RuleCode.VERSION_YEAR,
                  RuleCode.T2_IN_FORCE,
                  RuleCode.TEXT_FEE_REPORTED,
                  RuleCode.TEXT_TABLE2,
                  RuleCode.TEXT_PERCENT,
                  RuleCode.TEXT_FEE_CONSISTENT,
                  RuleCode.T2_FEE_UNIT,
                  RuleCode.SECTIONS_PRESENT,
                  RuleCode.TEXT_OVERVIEW_LENGTH)) {
            c.check(rule).count(n -> n > 0);
          }
        });
  }

  @Property(tries = 200)
  void theSumOfValidReportsIsValid(@ForAll("validOfOneVersion") List<AnnualReport> reports) {
    AnnualReport sum =
        Aggregation.sum(
            "达州市",
            reports.get(0).year(),
            reports.stream().map(r -> r.withYear(reports.get(0).year())).toList());
    ValidationResult result = VALIDATOR.validate(sum);
    assertFalse(result.hasErrors(), result.findings().toString());
    assertEquals(reports.get(0).formatVersion(), sum.formatVersion());
  }

  @Property(tries = 100)
  void forAllAnnualReportDrawsValidReports(@ForAll AnnualReport report) {
    assertFalse(VALIDATOR.validate(report).hasErrors());
  }
}

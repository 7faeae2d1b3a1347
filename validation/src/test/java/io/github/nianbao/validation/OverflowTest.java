package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code COUNT.OVERFLOW} (issue 11): a sum of an identity that passes {@link Long#MAX_VALUE} is an
 * error finding of its own, one per identity and place, naming the cells in Chinese and English;
 * the identity's not-assessable note stays.
 */
class OverflowTest {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();
  private static final long MAX = Long.MAX_VALUE;

  private static CellAddress t3(ApplicationRow row, ApplicantCategory column) {
    return CellAddress.of(row, column);
  }

  private static List<Finding> overflows(ValidationResult result) {
    return result.findings("COUNT.OVERFLOW");
  }

  private static List<String> overflowNotes(ValidationResult result) {
    return result.notAssessable().stream()
        .filter(n -> n.reason().contains("overflow"))
        .map(n -> n.code() + " " + n.location())
        .toList();
  }

  @Test
  void theIssuesReportWithOneHugeTable3CellHasAnErrorNamingTheCell() {
    CellAddress huge = t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON);
    ValidationResult result =
        VALIDATOR.validate(Tongchuan2023.report().withCell(huge, Cell.of(MAX)));
    assertTrue(result.hasErrors());
    List<Finding> overflows = overflows(result);
    assertEquals(1, overflows.size(), result.findings().toString());
    Finding f = overflows.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(RuleCode.COUNT_OVERFLOW, f.rule().orElseThrow());
    assertEquals("applications.newlyReceived.total", f.location());
    assertEquals(
        t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL), f.cell().orElseThrow());
    assertEquals(
        ApplicantCategory.parts().stream().map(c -> t3(ApplicationRow.NEWLY_RECEIVED, c)).toList(),
        f.contributingCells());
    assertEquals("9223372036854775816", f.computed().orElseThrow());
    assertEquals(
        "数值溢出：T3.ROW_TOTAL 在“一、本年新收政府信息公开申请数量·总计”（applications.newlyReceived.total）"
            + "处校验的加数之和 9223372036854775807 + 4 + 5 + 0 + 0 + 0 = 9223372036854775816 超出数值上限"
            + " 9223372036854775807，无法校验；其中最大的加数是“一、本年新收政府信息公开申请数量·自然人”"
            + " 9223372036854775807（applications.newlyReceived.naturalPerson）。",
        f.messageZh());
    assertEquals(
        "Overflow: the sum that T3.ROW_TOTAL checks at applications.newlyReceived.total,"
            + " 9223372036854775807 + 4 + 5 + 0 + 0 + 0 = 9223372036854775816, passes the largest"
            + " count 9223372036854775807, so it cannot be checked; its largest addend is"
            + " 9223372036854775807 at applications.newlyReceived.naturalPerson.",
        f.messageEn());
    // the identity still says it could not check the row
    assertEquals(List.of("T3.ROW_TOTAL applications.newlyReceived.total"), overflowNotes(result));
  }

  @Test
  void anOverflowingOutcomeColumnIsOneFindingAtItsTotal() {
    CellAddress huge = t3(ApplicationRow.DISCLOSED, ApplicantCategory.NATURAL_PERSON);
    ValidationResult result =
        VALIDATOR.validate(Tongchuan2023.report().withCell(huge, Cell.of(MAX - 20)));
    // 一、(一) row: MAX − 20 + 1 + 5 fits; the column adds 11 + 21 + 1 + 1 more and does not
    assertEquals(
        List.of("applications.outcomes.total.naturalPerson"),
        overflows(result).stream().map(Finding::location).toList());
    Finding f = overflows(result).get(0);
    assertEquals(21, f.contributingCells().size());
    assertTrue(f.contributingCells().contains(huge));
    assertEquals("9223372036854775821", f.computed().orElseThrow());
    assertTrue(f.messageZh().contains("T3.OUTCOME_TOTAL"), f.messageZh());
    assertTrue(f.messageZh().contains("（" + huge.path() + "）"), f.messageZh());
    assertTrue(f.messageEn().contains(" at " + huge.path() + "."), f.messageEn());
    assertEquals(
        List.of("T3.OUTCOME_TOTAL applications.outcomes.total.naturalPerson"),
        overflowNotes(result));
  }

  @Test
  void anOverflowingBalanceNamesTheSideThatOverflows() {
    CellAddress over = t3(ApplicationRow.CARRIED_OVER, ApplicantCategory.COMMERCIAL_ENTERPRISE);
    CellAddress newly = t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.COMMERCIAL_ENTERPRISE);
    ValidationResult result =
        VALIDATOR.validate(Tongchuan2023.report().withCell(over, Cell.of(MAX)));
    Finding f = overflows(result).get(0);
    assertEquals(1, overflows(result).size(), result.findings().toString());
    assertEquals("applications.carriedForward.commercialEnterprise", f.location());
    assertEquals(List.of(newly, over), f.contributingCells());
    assertEquals("9223372036854775811", f.computed().orElseThrow());
    assertTrue(f.messageEn().contains("T3.BALANCE"), f.messageEn());
    assertTrue(
        f.messageEn().contains("4 + 9223372036854775807 = 9223372036854775811"), f.messageEn());
    assertTrue(f.messageZh().contains("（" + over.path() + "）"), f.messageZh());
    // the carried-over row's total is simply wrong: MAX is no overflow there
    assertEquals(1, result.findings("T3.ROW_TOTAL").size());
  }

  @Test
  void anOverflowingTable4GroupIsOneFindingAtItsTotal() {
    CellAddress upheld = CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD);
    ValidationResult result =
        VALIDATOR.validate(Tongchuan2023.report().withCell(upheld, Cell.of(MAX)));
    assertEquals(
        List.of(
            "COUNT.OVERFLOW "
                + CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL).path()),
        result.findings().stream().map(f -> f.code() + " " + f.location()).toList());
    Finding f = result.findings().get(0);
    assertEquals(4, f.contributingCells().size());
    assertTrue(f.messageZh().contains("T4.GROUP_TOTAL"), f.messageZh());
    assertTrue(f.messageZh().contains(upheld.label()), f.messageZh());
    assertTrue(f.messageEn().contains(upheld.path()), f.messageEn());
  }

  @Test
  void numbersThatOverflowBesideABlankAreStillAFinding() {
    AnnualReport r =
        Tongchuan2023.report()
            .withCell(
                CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.UPHELD), Cell.of(MAX))
            .withCell(
                CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.CORRECTED), Cell.of(MAX))
            .withCell(
                CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.OTHER), Cell.blank());
    ValidationResult result = VALIDATOR.validate(r);
    assertEquals(1, overflows(result).size(), result.findings().toString());
    assertEquals("18446744073709551617", overflows(result).get(0).computed().orElseThrow());
    assertEquals(1, result.findings("CELL.BLANK").size());
  }

  @Test
  void aPartialSumThatOverflowsButComesBackIsNoOverflow() {
    // MAX + 4 − 9: the partial sum passes MAX, the sum does not
    AnnualReport r =
        Tongchuan2023.report()
            .withCell(
                t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON), Cell.of(MAX))
            .withCell(
                t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.RESEARCH_INSTITUTION),
                Cell.of(-9))
            .withCell(t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL), Cell.of(MAX - 5));
    ValidationResult result = VALIDATOR.validate(r);
    assertEquals(List.of(), overflows(result));
    assertEquals(List.of(), result.findings("T3.ROW_TOTAL"));
    assertEquals(1, result.findings("COUNT.NON_NEGATIVE").size());
  }

  @Test
  void eachRuleCanBeSwitchedOffOrDowngradedAsAnyOther() {
    AnnualReport r =
        Tongchuan2023.report()
            .withCell(
                CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD),
                Cell.of(MAX));
    ValidationResult off =
        ReportValidator.builder().disable(RuleCode.COUNT_OVERFLOW).build().validate(r);
    assertEquals(List.of(), off.findings());
    assertFalse(off.rulesRun().contains("COUNT.OVERFLOW"));
    assertEquals(
        List.of("T4.GROUP_TOTAL reviewAndLitigation.administrativeReview.total"),
        overflowNotes(off));
    ValidationResult warning =
        ReportValidator.builder()
            .severity(RuleCode.COUNT_OVERFLOW, Severity.WARNING)
            .build()
            .validate(r);
    assertEquals(Severity.WARNING, warning.findings().get(0).severity());
    assertFalse(warning.hasErrors());
  }

  @Test
  void table2ComparesExactlyAndHasNothingToOverflow() {
    CellAddress issued = CellAddress.of(DisclosureRow.RULES, DisclosureColumn.ISSUED);
    CellAddress repealed = CellAddress.of(DisclosureRow.RULES, DisclosureColumn.REPEALED);
    ValidationResult result =
        VALIDATOR.validate(
            Tongchuan2023.report().withCell(issued, Cell.of(MAX)).withCell(repealed, Cell.of(-1)));
    Finding f = result.findings("T2.IN_FORCE").get(0);
    assertEquals("9223372036854775808", f.computed().orElseThrow());
    assertEquals(List.of(), result.notAssessable());
  }

  @Test
  void seriesInForceComparesExactly() {
    CellAddress inForce =
        CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE);
    AnnualReport before = Tongchuan2023.report().withYear(2022).withCell(inForce, Cell.of(MAX));
    AnnualReport now = Tongchuan2023.report().withCell(inForce, Cell.of(MAX));
    ValidationResult result = VALIDATOR.validateSeries(List.of(before, now));
    Finding f = result.findings("SERIES.IN_FORCE").get(0);
    assertEquals("9223372036854775808", f.computed().orElseThrow());
    assertTrue(result.notAssessable().stream().noneMatch(n -> n.reason().contains("overflow")));
  }
}

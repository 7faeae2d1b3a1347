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
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  private static CellAddress t3(ApplicationRow row, ApplicantCategory column) {
    return CellAddress.of(row, column);
  }

  @Test
  void theStandardValidatorIsShared() {
    assertTrue(ReportValidator.standard() == ReportValidator.standard());
  }

  @Test
  void thePublishedNumbersHaveNoFinding() {
    ValidationResult result = VALIDATOR.validate(Tongchuan2023.report());
    assertEquals(List.of(), result.findings());
    assertFalse(result.hasErrors());
    assertEquals(
        List.of(
            "T3.ROW_TOTAL",
            "T3.OUTCOME_TOTAL",
            "T3.BALANCE",
            "T4.GROUP_TOTAL",
            "COUNT.NON_NEGATIVE",
            "COUNT.OVERFLOW",
            "T2.IN_FORCE",
            "TEXT.NARRATIVE",
            "CELL.BLANK",
            "TEXT.FEE_REPORTED",
            "VERSION.YEAR",
            "TEXT.TABLE2",
            "TEXT.PERCENT",
            "TEXT.FEE_CONSISTENT",
            "T2.FEE_UNIT",
            "SECTIONS.PRESENT",
            "TEXT.OVERVIEW_LENGTH"),
        result.rulesRun());
    assertEquals(List.of(), result.notAssessable());
  }

  @Test
  void oneChangedCellGivesExactlyTheFindingsItBreaks() {
    CellAddress changed = t3(ApplicationRow.DISCLOSED, ApplicantCategory.NATURAL_PERSON);
    ValidationResult result =
        VALIDATOR.validate(Tongchuan2023.report().withCell(changed, Cell.of(18)));

    assertEquals(2, result.findings().size(), result.findings().toString());
    Finding row = result.findings().get(0);
    assertEquals("T3.ROW_TOTAL", row.code());
    assertEquals(Severity.ERROR, row.severity());
    assertEquals("applications.outcomes.disclosed.total", row.location());
    assertEquals(t3(ApplicationRow.DISCLOSED, ApplicantCategory.TOTAL), row.cell().orElseThrow());
    assertEquals(6, row.contributingCells().size());
    assertTrue(row.contributingCells().contains(changed));
    assertEquals("23", row.reported().orElseThrow());
    assertEquals("24", row.computed().orElseThrow());
    assertEquals(
        "表三“（一）予以公开”行：总计 23 不等于各类申请人之和 18 + 1 + 5 + 0 + 0 + 0 = 24"
            + "（applications.outcomes.disclosed.total）。",
        row.messageZh());
    assertEquals(
        "Table 3, row outcomes.disclosed: the printed total 23 is not the sum of the six applicant"
            + " columns 18 + 1 + 5 + 0 + 0 + 0 = 24 (applications.outcomes.disclosed.total).",
        row.messageEn());
    assertEquals(row.messageZh(), row.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(row.messageEn(), row.message(Locale.ENGLISH));

    Finding outcome = result.findings().get(1);
    assertEquals("T3.OUTCOME_TOTAL", outcome.code());
    assertEquals("applications.outcomes.total.naturalPerson", outcome.location());
    assertEquals("51", outcome.reported().orElseThrow());
    assertEquals("52", outcome.computed().orElseThrow());
    assertEquals(21, outcome.contributingCells().size());
    assertEquals(
        "表三“自然人”列：（七）总计 51 不等于（一）至（六）各项办理结果之和 52（applications.outcomes.total.naturalPerson）。",
        outcome.messageZh());
    assertTrue(result.hasErrors());
  }

  @Test
  void theBalanceNamesTheCarriedForwardCellAndTheValueThatWouldBalance() {
    CellAddress cf = t3(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.COMMERCIAL_ENTERPRISE);
    AnnualReport r =
        Tongchuan2023.report()
            .withCell(cf, Cell.of(2))
            .withCell(t3(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL), Cell.of(6));
    List<Finding> findings =
        VALIDATOR.validate(r.withOverview(Overview.of("（一）主动公开。按要求公开政府信息。"))).findings();
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals("T3.BALANCE", f.code());
    assertEquals(cf, f.cell().orElseThrow());
    assertEquals("2", f.reported().orElseThrow());
    assertEquals("0", f.computed().orElseThrow());
    assertEquals(
        "表三“商业企业”列：第一项 4 加第二项 1 之和为 5，第三项 5 加第四项 2 之和为 7，二者不等；第四项应为 0"
            + "（applications.carriedForward.commercialEnterprise）。",
        f.messageZh());
  }

  @Test
  void blanksAndMarksAreWarningsAndMakeTheirRulesNotAssessable() {
    CellAddress blank = t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.OTHER);
    CellAddress mark = CellAddress.of(ReviewCase.LITIGATION_AFTER_REVIEW, ReviewColumn.PENDING);
    ValidationResult result =
        VALIDATOR.validate(
            Tongchuan2023.report().withCell(blank, Cell.blank()).withCell(mark, Cell.mark("/")));
    assertFalse(result.hasErrors());
    assertEquals(
        List.of(blank.path(), mark.path()),
        result.findings().stream().map(Finding::location).toList());
    assertTrue(result.findings().stream().allMatch(f -> f.code().equals("CELL.BLANK")));
    assertTrue(result.findings().stream().allMatch(f -> f.severity() == Severity.WARNING));
    assertEquals(
        "“复议后起诉·尚未审结”填写的是“/”而不是数字（reviewAndLitigation.litigationAfterReview.pending）。",
        result.findings().get(1).messageZh().replace("行政诉讼—", ""));

    List<String> notAssessable =
        result.notAssessable().stream().map(n -> n.code() + " " + n.location()).toList();
    assertTrue(
        notAssessable.contains("T3.ROW_TOTAL applications.newlyReceived.total"),
        notAssessable.toString());
    assertTrue(
        notAssessable.contains("T3.BALANCE applications.carriedForward.other"),
        notAssessable.toString());
    // with a blank applicant cell, the 总计 column carries information of its own and is checked
    assertFalse(notAssessable.contains("T3.BALANCE applications.carriedForward.total"));
    assertTrue(
        notAssessable.contains("T4.GROUP_TOTAL reviewAndLitigation.litigationAfterReview.total"));
    // the narrative's 行政诉讼 8 件 is compared with the two printed totals, which are numbers
    assertFalse(
        notAssessable.stream().anyMatch(n -> n.startsWith("TEXT.NARRATIVE")),
        notAssessable.toString());
    assertTrue(
        result.notAssessable().stream()
            .anyMatch(n -> n.reason().equals("applications.newlyReceived.other is blank")));
  }

  @Test
  void theTotalColumnIsCheckedWhereTheApplicantColumnsCannotBe() {
    // 其他 left blank in every row: only the 总计 column can show the table's balance
    AnnualReport r = Tongchuan2023.report();
    for (ApplicationRow row : ApplicationRow.rows(io.github.nianbao.core.FormatVersion.V2021)) {
      r = r.withCell(t3(row, ApplicantCategory.OTHER), Cell.blank());
    }
    r = r.withCell(t3(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL), Cell.of(9));
    List<Finding> errors =
        VALIDATOR
            .validate(r.withOverview(Overview.of("（一）主动公开。按要求公开政府信息。")))
            .findings(Severity.ERROR);
    assertEquals(
        List.of("T3.BALANCE applications.carriedForward.total"),
        errors.stream().map(f -> f.code() + " " + f.location()).toList());
  }

  @Test
  void negativeCountsAndDocumentsInForce() {
    CellAddress penalties = CellAddress.of(DisclosureRow.PENALTIES);
    CellAddress issued = CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED);
    AnnualReport r =
        Tongchuan2023.report().withCell(penalties, Cell.of(-1)).withCell(issued, Cell.of(12));
    List<Finding> findings = VALIDATOR.validate(r).findings();
    assertEquals(
        List.of(
            "COUNT.NON_NEGATIVE activeDisclosure.penalties",
            "T2.IN_FORCE activeDisclosure.normativeDocuments.inForce"),
        findings.stream().map(f -> f.code() + " " + f.location()).sorted().toList());
    Finding inForce = VALIDATOR.validate(r).findings("T2.IN_FORCE").get(0);
    assertEquals("10", inForce.reported().orElseThrow());
    assertEquals("12", inForce.computed().orElseThrow());
    assertEquals(
        "表二“行政规范性文件”：现行有效件数 10 小于本年制发件数 12 减本年废止件数 0 之差 12"
            + "（activeDisclosure.normativeDocuments.inForce）。",
        inForce.messageZh());
  }

  @Test
  void theNarrativeIsComparedWithTheTables() {
    AnnualReport r =
        Tongchuan2023.report()
            .withOverview(
                Overview.of(
                    "本年度，新收政府信息公开申请 65 件，结转上年度 1 件，办结 61 件，结转下年度继续办理 4 件，"
                        + "引发行政复议 4 件，引发行政诉讼 7 件。按时办结率均为 100%。"));
    List<Finding> findings = VALIDATOR.validate(r).findings();
    assertEquals(
        List.of("applications.newlyReceived.total", "reviewAndLitigation.litigationDirect.total"),
        findings.stream().map(Finding::location).toList());
    Finding f = findings.get(0);
    assertEquals("TEXT.NARRATIVE", f.code());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("64", f.reported().orElseThrow());
    assertEquals("65", f.computed().orElseThrow());
    assertEquals(
        "总体情况中写明“新收政府信息公开申请 65 件”（65），但表格数据为 64（applications.newlyReceived.total）。", f.messageZh());
    assertEquals(2, findings.get(1).contributingCells().size());
  }

  @Test
  void aReviewReceivedIsNoNewApplication() {
    AnnualReport r =
        Tongchuan2023.report().withOverview(Overview.of("本年度收到行政复议申请 4 件，新收政府信息公开申请 64 件。"));
    assertEquals(List.of(), VALIDATOR.validate(r).findings());
    AnnualReport wrong = Tongchuan2023.report().withOverview(Overview.of("本年度收到行政复议申请 3 件。"));
    assertEquals(
        List.of("reviewAndLitigation.administrativeReview.total"),
        VALIDATOR.validate(wrong).findings().stream().map(Finding::location).toList());
  }

  @Test
  void aNewReviewApplicationIsNoNewApplication() {
    // "新收行政复议申请" is a review: not 一、本年新收政府信息公开申请数量 (64), but 行政复议 (4)
    AnnualReport r =
        Tongchuan2023.report().withOverview(Overview.of("本年度新收行政复议申请 4 件，新收政府信息公开申请 64 件。"));
    assertEquals(List.of(), VALIDATOR.validate(r).findings());
    AnnualReport wrong = Tongchuan2023.report().withOverview(Overview.of("本年度新收行政复议申请 5 件。"));
    assertEquals(
        List.of("reviewAndLitigation.administrativeReview.total"),
        VALIDATOR.validate(wrong).findings().stream().map(Finding::location).toList());
  }

  @Test
  void fullWidthDigitsAreNumbersToo() {
    AnnualReport r = Tongchuan2023.report().withOverview(Overview.of("本年度新收政府信息公开申请６４件，办结６１件。"));
    assertEquals(List.of(), VALIDATOR.validate(r).findings());
    AnnualReport wrong = Tongchuan2023.report().withOverview(Overview.of("本年度新收政府信息公开申请６５件。"));
    List<Finding> findings = VALIDATOR.validate(wrong).findings();
    assertEquals(
        List.of("applications.newlyReceived.total"),
        findings.stream().map(Finding::location).toList());
    assertEquals("65", findings.get(0).computed().orElseThrow());
    // the statement quoted as printed
    assertTrue(findings.get(0).messageZh().contains("６５"), findings.get(0).messageZh());
  }

  @Test
  void aNarrativeWithoutNumbersIsNoFinding() {
    AnnualReport r =
        Tongchuan2023.report()
            .withOverview(Overview.of("（二）依申请公开。2023 年度，未收到依申请公开政府信息，未因依申请公开引发行政复议、提起行政诉讼。"));
    assertEquals(List.of(), VALIDATOR.validate(r).findings());
  }

  @Test
  void section6MustStateTheFees() {
    for (String ok : List.of("未收取信息处理费。", "2023年度我单位不存在信息公开收费情况。", "本年度收取信息处理费 0.2 万元。")) {
      assertEquals(
          List.of(),
          VALIDATOR.validate(Tongchuan2023.report().withOtherMatters(ok)).findings(),
          ok);
    }
    Finding missing =
        VALIDATOR
            .validate(Tongchuan2023.report().withOtherMatters("无其他需要报告的事项。"))
            .findings()
            .get(0);
    assertEquals("TEXT.FEE_REPORTED", missing.code());
    assertEquals("otherMatters", missing.location());
    assertTrue(missing.cell().isEmpty());
    assertEquals("“六、其他需要报告的事项”未说明信息处理费收取情况。", missing.messageZh());
    Finding empty =
        VALIDATOR.validate(Tongchuan2023.report().withOtherMatters("")).findings().get(0);
    assertEquals("缺少“六、其他需要报告的事项”或该部分为空，应说明信息处理费收取情况。", empty.messageZh());
  }

  @Test
  void rulesCanBeSwitchedOffOrGivenAnotherSeverity() {
    AnnualReport r =
        Tongchuan2023.report()
            .withCell(t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.OTHER), Cell.blank())
            .withOtherMatters("无其他需要报告的事项。");
    ReportValidator lenient =
        ReportValidator.builder()
            .disable(RuleCode.CELL_BLANK)
            .severity(RuleCode.TEXT_FEE_REPORTED, Severity.ERROR)
            .build();
    ValidationResult result = lenient.validate(r);
    assertEquals(
        List.of("TEXT.FEE_REPORTED"), result.findings().stream().map(Finding::code).toList());
    assertEquals(Severity.ERROR, result.findings().get(0).severity());
    assertFalse(result.rulesRun().contains("CELL.BLANK"));
    assertTrue(result.hasErrors());
  }

  @Test
  void everyRuleHasAMessageInBothLanguages() {
    for (RuleCode rule : RuleCode.values()) {
      String template = "{" + rule.messageKey() + "}";
      String zh =
          io.github.nianbao.validation.internal.Messages.format(
              template, java.util.Map.of(), Locale.SIMPLIFIED_CHINESE);
      String en =
          io.github.nianbao.validation.internal.Messages.format(
              template, java.util.Map.of(), Locale.ROOT);
      assertFalse(zh.equals(template), rule.code());
      assertFalse(en.equals(template), rule.code());
      assertFalse(zh.equals(en), rule.code());
    }
    assertEquals(
        Arrays.stream(RuleCode.values()).map(RuleCode::code).distinct().count(),
        RuleCode.values().length);
  }

  @Test
  void aTypoOfAnSdkCodeIsRefusedAUsersOwnCodeIsNot() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> ReportValidator.builder().severity("T3.ROWTOTAL", Severity.WARNING));
    assertTrue(e.getMessage().contains("T3.ROW_TOTAL"), e.getMessage());
    // the SDK's own code, and a user's code in a namespace of its own
    ReportValidator.builder().severity("T3.ROW_TOTAL", Severity.WARNING).build();
    ReportValidator.builder().severity("MY.WITHHELD_AT_MOST_HALF", Severity.ERROR).build();
  }
}

package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.Scope;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** TEXT.FEE_CONSISTENT, T2.FEE_UNIT, SECTIONS.PRESENT and TEXT.OVERVIEW_LENGTH. */
class SectionAndFeeRulesTest {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  private static final CellAddress UNPAID =
      CellAddress.of(ApplicationRow.OTHER_HANDLING_UNPAID_FEE, ApplicantCategory.TOTAL);

  private static final CellAddress FEES = CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES);

  private static List<String> found(AnnualReport r, String code) {
    return VALIDATOR.validate(r).findings(code).stream()
        .map(f -> f.location() + " " + f.reported().orElse("") + "/" + f.computed().orElse(""))
        .toList();
  }

  /** The fixture with 2 applications dropped for an unpaid fee notice, from a natural person. */
  private static AnnualReport withUnpaidFees() {
    // the narrative of the fixture states its applications: here one without numbers
    AnnualReport r = Tongchuan2023.report().withOverview(Overview.of("（一）主动公开。按要求公开政府信息。"));
    ApplicantCategory person = ApplicantCategory.NATURAL_PERSON;
    ApplicantCategory total = ApplicantCategory.TOTAL;
    return r.withCell(CellAddress.of(ApplicationRow.OTHER_HANDLING_UNPAID_FEE, person), Cell.of(2))
        .withCell(UNPAID, Cell.of(2))
        .withCell(CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, person), Cell.of(53))
        .withCell(CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, total), Cell.of(63))
        .withCell(CellAddress.of(ApplicationRow.NEWLY_RECEIVED, person), Cell.of(57))
        .withCell(CellAddress.of(ApplicationRow.NEWLY_RECEIVED, total), Cell.of(66));
  }

  // TEXT.FEE_CONSISTENT

  @Test
  void theSeedsStatementWithNoUnpaidFeesIsConsistent() {
    assertEquals(List.of(), VALIDATOR.validate(Tongchuan2023.report()).findings());
    // the report with unpaid fee notices balances: only the fee statement disagrees
    assertEquals(
        List.of("TEXT.FEE_CONSISTENT"),
        VALIDATOR.validate(withUnpaidFees()).findings().stream().map(Finding::code).toList());
  }

  @Test
  void noFeeNoticeWhileTable3CountsUnpaidNoticesIsFound() {
    // 六 of seed 002, verbatim: 未发出政府信息处理费收费通知
    Finding f = VALIDATOR.validate(withUnpaidFees()).findings("TEXT.FEE_CONSISTENT").get(0);
    assertEquals(UNPAID, f.cell().orElseThrow());
    assertEquals("2", f.reported().orElseThrow());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(
        "“六、其他需要报告的事项”称“达州市通川区 2023 年未发出政府信息处理费收费通知”，但表三中因逾期未缴纳费用而不再处理的申请为 2 件"
            + "（applications.outcomes.otherHandling.unpaidFee.total）。",
        f.messageZh());
    // so does “no fee at all” (seed 003's words)
    assertEquals(
        List.of("applications.outcomes.otherHandling.unpaidFee.total 2/0"),
        found(withUnpaidFees().withOtherMatters("2023年度我单位不存在信息公开收费情况。"), "TEXT.FEE_CONSISTENT"));
  }

  @Test
  void noFeeSituationAtAllIsADenialToo() {
    assertEquals(
        List.of("applications.outcomes.otherHandling.unpaidFee.total 2/0"),
        found(withUnpaidFees().withOtherMatters("本年度未发生信息处理费收费情况。"), "TEXT.FEE_CONSISTENT"));
  }

  @Test
  void feesNotCollectedWhileNoticesWentUnpaidIsConsistent() {
    // a notice that went unpaid collected nothing
    assertEquals(
        List.of(), found(withUnpaidFees().withOtherMatters("本年度未收取信息处理费。"), "TEXT.FEE_CONSISTENT"));
    // and a clause on the applicants' unpaid fees is no denial
    assertEquals(
        List.of(),
        found(
            withUnpaidFees().withOtherMatters("申请人逾期未按收费通知要求缴纳费用的 2 件，不再处理。本年度收取信息处理费 300 元。"),
            "TEXT.FEE_CONSISTENT"));
  }

  @Test
  void anAmountCollectedBesideADenialIsFound() {
    AnnualReport r = Tongchuan2023.report().withOtherMatters("本年度收取信息处理费 300 元。全年未收取信息处理费。");
    assertEquals(List.of("otherMatters 300/0"), found(r, "TEXT.FEE_CONSISTENT"));
    Finding f = VALIDATOR.validate(r).findings("TEXT.FEE_CONSISTENT").get(0);
    assertEquals("“六、其他需要报告的事项”写明收取金额“本年度收取信息处理费 300 元”（300 元），又称“全年未收取信息处理费”。", f.messageZh());
    assertEquals(
        List.of("otherMatters 3000/0"),
        found(
            Tongchuan2023.report().withOtherMatters("未发出收费通知；收取信息处理费共计0.3万元。"),
            "TEXT.FEE_CONSISTENT"));
    assertEquals(
        List.of(),
        found(Tongchuan2023.report().withOtherMatters("本年度收取信息处理费三百元。"), "TEXT.FEE_CONSISTENT"));
  }

  // T2.FEE_UNIT

  @Test
  void aTownshipsFeeOfOneHundredMillionYuanOrMoreIsFound() {
    AnnualReport town =
        Tongchuan2023.report().withAgency("达州市通川区北山镇人民政府").withCell(FEES, AmountCell.of("30000"));
    assertEquals(
        List.of("activeDisclosure.administrativeFees 30000/3"), found(town, "T2.FEE_UNIT"));
    Finding f = VALIDATOR.validate(town).findings("T2.FEE_UNIT").get(0);
    assertEquals(
        "表二行政事业性收费 30000 万元超过乡镇（街道）一级的 10000 万元；若按元计，应为 3 万元（activeDisclosure.administrativeFees）。",
        f.messageZh());
    assertEquals(List.of(), found(town.withCell(FEES, AmountCell.of("10000.00")), "T2.FEE_UNIT"));
    assertEquals(
        List.of(), found(town.withAgency("达州市通川区"), "T2.FEE_UNIT"), "a district may collect 3 亿元");
    assertEquals(
        List.of(), found(town.withScope(Scope.AGGREGATE), "T2.FEE_UNIT"), "the sum of a region");
    assertEquals(
        List.of("activeDisclosure.administrativeFees 30000/3"),
        found(town.withAgency("某某街道办事处"), "T2.FEE_UNIT"));
  }

  @Test
  void aCountyLevelBodysFeeOfTenBillionYuanOrMoreIsFound() {
    // seed 002's 1953.86 万元 printed in 元: 19538600 万元 is 1,953 亿元, no district's
    AnnualReport yuan = Tongchuan2023.report().withCell(FEES, AmountCell.of("19538600"));
    assertEquals(
        List.of("activeDisclosure.administrativeFees 19538600/1953.86"),
        found(yuan, "T2.FEE_UNIT"));
    assertEquals(
        "表二行政事业性收费 19538600 万元超过县（区）一级的 1000000 万元；若按元计，应为 1953.86 万元（activeDisclosure.administrativeFees）。",
        VALIDATOR.validate(yuan).findings("T2.FEE_UNIT").get(0).messageZh());
    assertEquals(
        List.of(),
        found(yuan.withCell(FEES, AmountCell.of("1000000")), "T2.FEE_UNIT"),
        "at the bound");
    for (String county : List.of("渠县经济和信息化局", "渠县市场监督管理局", "四子王旗人民政府", "上海市黄浦区人民政府")) {
      assertEquals(
          List.of("activeDisclosure.administrativeFees 19538600/1953.86"),
          found(yuan.withAgency(county), "T2.FEE_UNIT"),
          county);
    }
    for (String above :
        List.of("达州市数字经济局", "四川省财政厅", "内蒙古自治区人民政府", "阿克苏地区行政公署", "凉山彝族自治州人民政府", "政府信息公开办公室")) {
      assertEquals(List.of(), found(yuan.withAgency(above), "T2.FEE_UNIT"), above);
    }
  }

  @Test
  void anyFeeAboveOneTrillionYuanIsFound() {
    // seed 002's 1953.86 万元 printed in 元 with its decimals: 19538600 is plausible for a district,
    // but 1953860000000 (1.95 万亿元) is no report's
    AnnualReport r = Tongchuan2023.report().withCell(FEES, AmountCell.of("1953860000000"));
    assertEquals(
        List.of("activeDisclosure.administrativeFees 1953860000000/195386000"),
        found(r, "T2.FEE_UNIT"));
    AnnualReport city = Tongchuan2023.report().withAgency("达州市人民政府");
    assertEquals(List.of(), found(city.withCell(FEES, AmountCell.of("100000000")), "T2.FEE_UNIT"));
    assertEquals(
        List.of("activeDisclosure.administrativeFees 100000000.01/10000.000001"),
        found(city.withCell(FEES, AmountCell.of("100000000.01")), "T2.FEE_UNIT"));
    ValidationResult blank =
        VALIDATOR.validate(Tongchuan2023.report().withCell(FEES, AmountCell.blank()));
    assertEquals(List.of(), blank.findings("T2.FEE_UNIT"));
    assertTrue(
        blank.notAssessable().stream().anyMatch(n -> n.toString().contains("T2.FEE_UNIT")),
        blank.notAssessable().toString());
  }

  // SECTIONS.PRESENT

  @Test
  void anEmptyNarrativeSectionIsAnError() {
    AnnualReport r = Tongchuan2023.report().withProblemsAndImprovements("");
    List<Finding> findings = VALIDATOR.validate(r).findings();
    assertEquals(List.of("SECTIONS.PRESENT problemsAndImprovements"), codes(findings));
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals("缺少“五、存在的主要问题及改进情况”或该部分为空。", findings.get(0).messageZh());
    assertEquals(
        List.of("SECTIONS.PRESENT overview"),
        codes(
            VALIDATOR.validate(Tongchuan2023.report().withOverview(Overview.empty())).findings()));
  }

  @Test
  void anEmptySection6IsReportedOnceByTheFeeRule() {
    assertEquals(
        List.of("TEXT.FEE_REPORTED otherMatters"),
        codes(VALIDATOR.validate(Tongchuan2023.report().withOtherMatters("")).findings()));
  }

  @Test
  void aWhollyBlankTableIsAMissingSection() {
    AnnualReport r = Tongchuan2023.report();
    for (CellAddress a : CellAddress.all(r.formatVersion())) {
      if (a.table() == io.github.nianbao.core.ReportSection.REVIEW_AND_LITIGATION) {
        r = r.withCell(a, Cell.blank());
      }
    }
    List<Finding> findings = VALIDATOR.validate(r).findings("SECTIONS.PRESENT");
    assertEquals(List.of("SECTIONS.PRESENT reviewAndLitigation"), codes(findings));
    assertEquals("缺少“四、政府信息公开行政复议、行政诉讼情况”：该表所有单元格均为空。", findings.get(0).messageZh());
    // one number left in it: the table is there
    AnnualReport one =
        r.withCell(
            CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), Cell.of(0));
    assertEquals(List.of(), VALIDATOR.validate(one).findings("SECTIONS.PRESENT"));
  }

  @Test
  void aHeadingInsideAnotherSectionIsOutOfOrder() {
    AnnualReport r =
        Tongchuan2023.report().withOtherMatters("未收取信息处理费。\n 五、 存在的主要问题及改进情况 \n主要问题：……");
    List<Finding> findings = VALIDATOR.validate(r).findings("SECTIONS.PRESENT");
    assertEquals(List.of("SECTIONS.PRESENT otherMatters"), codes(findings));
    assertEquals("标题“五、存在的主要问题及改进情况”出现在“六、其他需要报告的事项”之中：各部分顺序有误或重复。", findings.get(0).messageZh());
    // the heading's words inside a sentence are no heading
    assertEquals(
        List.of(),
        VALIDATOR
            .validate(Tongchuan2023.report().withOtherMatters("未收取信息处理费。详见五、存在的主要问题及改进情况。"))
            .findings("SECTIONS.PRESENT"));
  }

  @Test
  void anAggregateHasNoNarrativeOfItsOwn() {
    AnnualReport r =
        Tongchuan2023.report()
            .withScope(Scope.AGGREGATE)
            .withOverview(Overview.empty())
            .withProblemsAndImprovements("");
    assertEquals(List.of(), VALIDATOR.validate(r).findings("SECTIONS.PRESENT"));
  }

  // TEXT.OVERVIEW_LENGTH

  @Test
  void anOverviewOfMoreThan1200CharactersIsAWarning() {
    String sentence = "我局严格落实信息发布审核制度，确保信息公开全面、及时、准确。"; // 30 characters
    String within = (sentence + " \n\u3000").repeat(40); // 1200 without white space
    assertEquals(
        1200, within.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000).count());
    AnnualReport r = Tongchuan2023.report().withOverview(Overview.of(within));
    assertEquals(List.of(), VALIDATOR.validate(r).findings("TEXT.OVERVIEW_LENGTH"));
    AnnualReport longer = r.withOverview(Overview.of(within + "。"));
    List<Finding> findings = VALIDATOR.validate(longer).findings("TEXT.OVERVIEW_LENGTH");
    assertEquals(List.of("TEXT.OVERVIEW_LENGTH overview"), codes(findings));
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals("1201", findings.get(0).reported().orElseThrow());
    assertEquals("“一、总体情况”共 1201 字（不计空白），超过约 1000 字（上限 1200 字）。", findings.get(0).messageZh());
  }

  // the plain Bean Validation call runs the new rules too

  @Test
  void thePlainBeanValidationCallRunsTheNewRules() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    AnnualReport r =
        Tongchuan2023.report()
            .withProblemsAndImprovements("")
            .withOverview(Overview.of("予以公开 23 件，占 40%；办理行政许可 5 件。"));
    Set<ConstraintViolation<AnnualReport>> violations = validator.validate(r);
    List<String> paths =
        violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    assertEquals(
        List.of(
            "activeDisclosure.licensing",
            "applications.outcomes.disclosed.total",
            "problemsAndImprovements"),
        paths);
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + " " + f.location()).toList();
  }
}

package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TEXT.TABLE2, TEXT.PERCENT, TEXT.NARRATIVE's wider reading: on the fixture of seed 002 (达州市通川区
 * 2023) with sentences of its published narrative, and on hand-written narratives as reports print
 * them.
 */
class TextRulesTest {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  /** Sentences of seed 002's published section 一 that state Table 2's figures, verbatim. */
  static final String SEED_002_TABLE2 =
      "2023 年，开展各类民意征集 12 次，回应公众关注热点和重大舆情 32 条，办理行政许可 136302 件，实施行政处罚 5584 件，"
          + "行政强制 998 件，办理市长信箱交办件 87 件，办理区长信箱 39 件，办理群众来信 12 件，按时办结率均为 100%。"
          + "三是**强化规范公开**。建立完善通川区行政规范性文件库，对照要求统一设置有效性和发文字号，集中规范公开现行有效行政规范性文件，"
          + "今年制发行政规范性文件1件，现行有效文件10件。";

  private static AnnualReport withOverview(String text) {
    return Tongchuan2023.report().withOverview(Overview.of(text));
  }

  private static List<String> found(AnnualReport r, String code) {
    return VALIDATOR.validate(r).findings(code).stream()
        .map(f -> f.location() + " " + f.reported().orElse("") + "/" + f.computed().orElse(""))
        .toList();
  }

  private static CellAddress t3(ApplicationRow row) {
    return CellAddress.of(row, ApplicantCategory.TOTAL);
  }

  // TEXT.TABLE2

  @Test
  void theSeedsOwnSentencesAgreeWithItsTable2() {
    ValidationResult result = VALIDATOR.validate(withOverview(SEED_002_TABLE2));
    assertEquals(List.of(), result.findings());
  }

  @Test
  void aTable2CellThatDisagreesWithTheSeedsSentenceIsFound() {
    CellAddress licensing = CellAddress.of(DisclosureRow.LICENSING);
    AnnualReport r = withOverview(SEED_002_TABLE2).withCell(licensing, Cell.of(136303));
    assertEquals(List.of("activeDisclosure.licensing 136303/136302"), found(r, "TEXT.TABLE2"));
    Finding f = VALIDATOR.validate(r).findings("TEXT.TABLE2").get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(licensing, f.cell().orElseThrow());
    assertEquals(
        "总体情况中写明“行政许可 136302 件”（136302），但表二数据为 136303（activeDisclosure.licensing）。", f.messageZh());
    assertTrue(f.messageEn().contains("Table 2 gives 136303"), f.messageEn());
  }

  @Test
  void documentsInForceTakeTheRowNamedEarlierInTheSentence() {
    CellAddress inForce =
        CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE);
    AnnualReport r = withOverview(SEED_002_TABLE2).withCell(inForce, Cell.of(9));
    assertEquals(
        List.of("activeDisclosure.normativeDocuments.inForce 9/10"), found(r, "TEXT.TABLE2"));
  }

  @Test
  void rulesFeesAndChineseNumeralsAreRead() {
    String text = "（三）政府信息管理。全年制发规章两件，废止规章〇件，现行有效规章二件；制发行政规范性文件一件。" + "全年行政事业性收费 1953.860 万元。";
    // the fixture has no 规章: 制发 2 and 现行有效 2 disagree, 废止 0 agrees; 一件 and the fee agree
    assertEquals(
        List.of("activeDisclosure.rules.issued 0/2", "activeDisclosure.rules.inForce 0/2"),
        found(withOverview(text), "TEXT.TABLE2"));
    assertEquals(
        List.of(),
        found(withOverview("全年行政事业性收费共计 19538600 元。"), "TEXT.TABLE2"),
        "a fee stated in 元 is compared in 万元");
    assertEquals(
        List.of("activeDisclosure.administrativeFees 1953.86/1953.9"),
        found(withOverview("全年行政事业性收费 1953.9 万元。"), "TEXT.TABLE2"));
  }

  @Test
  void noneIssuedStatesZero() {
    // seed 000's and seed 001's words, verbatim; the fixture issued 1 行政规范性文件 and no 规章
    assertEquals(
        List.of("activeDisclosure.normativeDocuments.issued 1/0"),
        found(withOverview("2023 年，我局未制发行政规范性文件。"), "TEXT.TABLE2"));
    assertEquals(
        List.of("activeDisclosure.normativeDocuments.issued 1/0"),
        found(withOverview("2023 年，我局未制定和发布行政规范性文件。"), "TEXT.TABLE2"));
    assertEquals(List.of(), found(withOverview("本年度未制发规章，没有废止行政规范性文件。"), "TEXT.TABLE2"));
    Finding f = VALIDATOR.validate(withOverview("我局未制发行政规范性文件。")).findings("TEXT.TABLE2").get(0);
    assertEquals(
        "总体情况中写明“未制发行政规范性文件”（0），但表二数据为 1（activeDisclosure.normativeDocuments.issued）。",
        f.messageZh());
  }

  @Test
  void aDocumentCountWithoutItsRowOrATitleIsNoStatement() {
    assertEquals(
        List.of(),
        found(withOverview("印发了《2023 年全区政务公开工作要点》等 3 件文件；制定工作要点分工表 5 件。"), "TEXT.TABLE2"));
  }

  @Test
  void aBlankTable2CellIsNotAssessable() {
    AnnualReport r =
        withOverview(SEED_002_TABLE2)
            .withCell(CellAddress.of(DisclosureRow.PENALTIES), Cell.blank());
    ValidationResult result = VALIDATOR.validate(r);
    assertEquals(List.of(), result.findings("TEXT.TABLE2"));
    assertTrue(
        result.notAssessable().stream().anyMatch(n -> n.toString().contains("TEXT.TABLE2")),
        result.notAssessable().toString());
  }

  // TEXT.PERCENT: the fixture's outcomes are 23, 12, 0, 23, 2, 1 of 61

  static final String PERCENTAGES =
      "（二）依申请公开。本年度办结 61 件，其中予以公开 23 件，占 37.70%；部分公开 12 件，占比 19.67%；"
          + "无法提供 23 件，占 37.7%；不予处理 2 件，占 3.28％；其他处理 1 件，占 1.6%。";

  @Test
  void percentagesThatAgreeAtThePrintedPrecisionAreNoFinding() {
    assertEquals(List.of(), found(withOverview(PERCENTAGES), "TEXT.PERCENT"));
    // rounded half up or cut: 37.704…% is 38% and 37%
    assertEquals(List.of(), found(withOverview("予以公开 23 件，占 38%。"), "TEXT.PERCENT"));
    assertEquals(List.of(), found(withOverview("予以公开 23 件，占 37%。"), "TEXT.PERCENT"));
  }

  @Test
  void aPercentageThatDisagreesIsFoundAtTheOutcomesTotal() {
    assertEquals(
        List.of("applications.outcomes.disclosed.total 37.71%/37.70%"),
        found(withOverview("予以公开 23 件，占 37.71%。"), "TEXT.PERCENT"));
    // a table changed under the seed's statements: 部分公开 13 of 62 is 20.97%
    AnnualReport r =
        withOverview(PERCENTAGES)
            .withCell(t3(ApplicationRow.PARTIALLY_DISCLOSED), Cell.of(13))
            .withCell(t3(ApplicationRow.OUTCOMES_TOTAL), Cell.of(62));
    List<String> found = found(r, "TEXT.PERCENT");
    assertTrue(
        found.contains("applications.outcomes.partiallyDisclosed.total 19.67%/20.97%"),
        found.toString());
    Finding f =
        VALIDATOR.validate(withOverview("予以公开 23 件，占 37.71%。")).findings("TEXT.PERCENT").get(0);
    assertEquals(
        "总体情况中写明“予以公开 23 件，占 37.71%”（37.71%），但表三数据为 23 / 61，即 37.70%（applications.outcomes.disclosed.total）。",
        f.messageZh());
    assertEquals(
        List.of(t3(ApplicationRow.DISCLOSED), t3(ApplicationRow.OUTCOMES_TOTAL)),
        f.contributingCells());
  }

  @Test
  void aGroupsShareIsTheSumOfItsRows() {
    // 不予公开 is （三）, eight rows, all 0 here; with 3 in one of them: 3 of 64 = 4.69%
    AnnualReport r =
        withOverview("不予公开 3 件，占 4.69%。")
            .withCell(t3(ApplicationRow.WITHHELD_STATE_SECRET), Cell.of(3))
            .withCell(t3(ApplicationRow.OUTCOMES_TOTAL), Cell.of(64));
    assertEquals(List.of(), found(r, "TEXT.PERCENT"));
    assertEquals(
        List.of("applications.outcomes.withheld.stateSecret.total 1%/0%"),
        found(withOverview("不予公开 0 件，占 1%。"), "TEXT.PERCENT"));
  }

  @Test
  void joinedOutcomesStateTheirSum() {
    // as 上海市 2020 prints it: 予以公开及部分公开 11796 件，占 41.53%; here 23 + 12 of 61
    assertEquals(List.of(), found(withOverview("予以公开及部分公开 35 件，占 57.38%。"), "TEXT.PERCENT"));
    assertEquals(
        List.of("applications.outcomes.disclosed.total 19.67%/57.38%"),
        found(withOverview("予以公开、部分公开 35 件，占 19.67%。"), "TEXT.PERCENT"));
  }

  // TEXT.NARRATIVE, widened

  @Test
  void everyStatementOfAKindIsCompared() {
    String text = "本年度新收政府信息公开申请 64 件。……（二）依申请公开。全年新收政府信息公开申请 65 件。";
    assertEquals(
        List.of("applications.newlyReceived.total 64/65"),
        found(withOverview(text), "TEXT.NARRATIVE"));
  }

  @Test
  void chineseNumeralsAreNumbers() {
    String text = "新收政府信息公开申请六十四件，结转上年度一件，本年度办结六十一件，结转下年度继续办理四件，引发行政复议四件，引发行政诉讼八件。";
    assertEquals(List.of(), found(withOverview(text), "TEXT.NARRATIVE"));
    assertEquals(
        List.of("applications.carriedForward.total 4/2"),
        found(withOverview("结转下年度继续办理两件。"), "TEXT.NARRATIVE"));
    assertEquals(
        List.of("reviewAndLitigation.administrativeReview.total 4/0"),
        found(withOverview("引发行政复议〇件。"), "TEXT.NARRATIVE"));
    AnnualReport many =
        withOverview("新收政府信息公开申请一百二十三件。").withCell(t3(ApplicationRow.NEWLY_RECEIVED), Cell.of(123));
    assertEquals(List.of(), found(many, "TEXT.NARRATIVE"));
  }

  @Test
  void numeralsThatAreWordsAreSkipped() {
    // 一是 and 三审 are no numbers of 件: the statement's number is the one before 件
    assertEquals(List.of(), found(withOverview("新收一是三审政府信息公开申请64件。"), "TEXT.NARRATIVE"));
  }

  @Test
  void aTotalThatIncludesLastYearsApplicationsIsComparedWithOnePlusTwo() {
    assertEquals(
        List.of(), found(withOverview("全年共收到政府信息公开申请 65 件（含上年结转 1 件）。"), "TEXT.NARRATIVE"));
    assertEquals(
        List.of(), found(withOverview("全年共收到政府信息公开申请 65 件，其中上年结转 1 件。"), "TEXT.NARRATIVE"));
    assertEquals(
        List.of("applications.newlyReceived.total 65/66"),
        found(withOverview("全年共收到政府信息公开申请 66 件（含上年结转）。"), "TEXT.NARRATIVE"));
    // without the words, 收到 is 一 alone
    assertEquals(
        List.of("applications.newlyReceived.total 64/65"),
        found(withOverview("全年共收到政府信息公开申请 65 件。"), "TEXT.NARRATIVE"));
    Finding f =
        VALIDATOR.validate(withOverview("共收到申请 66 件（含上年结转）。")).findings("TEXT.NARRATIVE").get(0);
    assertEquals(
        List.of(t3(ApplicationRow.NEWLY_RECEIVED), t3(ApplicationRow.CARRIED_OVER)),
        f.contributingCells());
    assertEquals("65", f.reported().orElseThrow());
  }

  @Test
  void casesOfAnInstanceAreNoStatement() {
    // as 上海市 2020 prints it: 行政诉讼立案 731 件 … 一审行政诉讼案件 687 件
    assertEquals(
        List.of(), found(withOverview("行政诉讼立案8件，其中直接起诉8件。一审行政诉讼案件6件，结果纠正1件。"), "TEXT.NARRATIVE"));
  }

  @Test
  void litigationIsStillDirectPlusAfterReview() {
    AnnualReport r =
        withOverview("引发行政诉讼九件。")
            .withCell(
                CellAddress.of(ReviewCase.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL), Cell.of(1));
    assertEquals(List.of(), found(r, "TEXT.NARRATIVE"));
  }

  @Test
  void aNarrativeOfTheLongestSizeIsReadInLinearTime() {
    // 1 MiB of keywords each followed by what almost makes a statement: numerals without a unit,
    // digits without 件, outcome names with numbers and no %: a scan that went back or forth
    // over it would take hours
    String unit = "新收一一一一一一一一一一一一一一一一一一一一十制发规章十四行政许可99999予以公开及部分公开 28 件收到";
    String text = unit.repeat((1 << 20) / unit.length());
    AnnualReport r =
        withOverview(text).withOtherMatters(("未收取处理费" + "1".repeat(40) + "元").repeat(1000));
    long start = System.nanoTime();
    ValidationResult result = VALIDATOR.validate(r);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 20_000, millis + " ms");
    assertEquals(List.of(), result.findings("TEXT.TABLE2"));
  }

  @Test
  void aChineseNumeralBeyondTheLargestCountIsNoNumber() {
    // 五千五百三十四亿二百三十三万亿: about 5.5 × 10^19, more than a long; read once as 778871345152
    AnnualReport r =
        Tongchuan2023.report().withOverview(Overview.of("本年新收政府信息公开申请五千五百三十四亿二百三十三万亿件。"));
    assertEquals(List.of(), VALIDATOR.validate(r).findings("TEXT.NARRATIVE"));
    AnnualReport big = Tongchuan2023.report().withOverview(Overview.of("本年新收政府信息公开申请九百九十九万亿件。"));
    List<Finding> stated = VALIDATOR.validate(big).findings("TEXT.NARRATIVE");
    assertEquals(1, stated.size(), stated.toString());
    assertTrue(
        stated.get(0).messageZh().contains("999000000000000"), "read whole: " + stated.get(0));
  }

  @Test
  void aLongRunOfJoinedOutcomeNamesIsReadInLinearTime() {
    // each name of the run starts a statement; before, each followed the run to its end (37 s)
    String run = "予以公开及".repeat(40_000) + "予以公开占50%。";
    AnnualReport r = Tongchuan2023.report().withOverview(Overview.of(run));
    List<Finding> found =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> VALIDATOR.validate(r).findings("TEXT.PERCENT"));
    assertTrue(found.size() >= 1, found.toString());
    for (Finding f : found) {
      assertTrue(f.messageZh().length() < 600, "the phrase is quoted short: " + f.messageZh());
    }
  }
}

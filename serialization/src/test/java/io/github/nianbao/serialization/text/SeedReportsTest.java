package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Scope;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed reports, read as text: every one of the 200 cells (written down by hand from the
 * published reports, zeros but for the listed ones), the metadata, the narrative sections' first
 * and last words, and what each reader note says; then what is particular to each seed.
 */
class SeedReportsTest {

  /**
   * What a seed reads as.
   *
   * @param name the seed's file name
   * @param agency the agency
   * @param year the year
   * @param cells the cells that are not 0: path to printed text ("" for blank)
   * @param narratives the first and last words of 一, 五 and 六
   * @param missing the cells noted as missing
   */
  record Seed(
      String name,
      String agency,
      int year,
      Map<String, String> cells,
      List<String> narratives,
      List<String> missing) {
    @Override
    public String toString() {
      return name;
    }

    ReadResult read() {
      return Seeds.read("seeds/" + name);
    }
  }

  static final Seed S000 =
      new Seed(
          "000_da43b1e554017db7.txt",
          "达州市数字经济局",
          2023,
          Map.of(),
          List.of(
              "2023 年，市数字经济局坚持以习近平新时代中国特色社会主义思想为指导",
              "安排专人维护公开平台，严格审查公开内容。",
              "2023年，我局的政府信息公开工作虽然取得一定成效",
              "推动我局政府信息公开工作再上新台阶。",
              "2023年，市数字经济局未发出有关政府信息公开信息处理费的通知",
              "无其他需要报告的事项。"),
          List.of());

  static final Seed S001 =
      new Seed(
          "001_f78362fcf04790d2.txt",
          "渠县经济和信息化局",
          2023,
          Map.of("applications.carriedForward.naturalPerson", ""),
          List.of(
              "（一）主动公开。积极主动利用门户网站及微信公众号",
              "2023年全年我局未发生追究相关责任人员责任的情况。",
              "目前主要存在的不足：一是政府信息公开工作在管理上仍有不足",
              "及时向社会各界推送和发布最新的政府信息。",
              "渠县经济和信息化局 2023 年未发出政府信息处理费收费通知",
              "未收取信息处理费。"),
          List.of("applications.carriedForward.naturalPerson"));

  static final Seed S002 =
      new Seed(
          "002_91d5f5a0561784d8.txt",
          "达州市通川区",
          2023,
          Map.ofEntries(
              Map.entry("activeDisclosure.normativeDocuments.issued", "1"),
              Map.entry("activeDisclosure.normativeDocuments.inForce", "10"),
              Map.entry("activeDisclosure.licensing", "136302"),
              Map.entry("activeDisclosure.penalties", "5584"),
              Map.entry("activeDisclosure.enforcement", "998"),
              Map.entry("activeDisclosure.administrativeFees", "1953.86"),
              Map.entry("applications.newlyReceived.naturalPerson", "55"),
              Map.entry("applications.newlyReceived.commercialEnterprise", "4"),
              Map.entry("applications.newlyReceived.researchInstitution", "5"),
              Map.entry("applications.newlyReceived.total", "64"),
              Map.entry("applications.carriedOver.commercialEnterprise", "1"),
              Map.entry("applications.carriedOver.total", "1"),
              Map.entry("applications.outcomes.disclosed.naturalPerson", "17"),
              Map.entry("applications.outcomes.disclosed.commercialEnterprise", "1"),
              Map.entry("applications.outcomes.disclosed.researchInstitution", "5"),
              Map.entry("applications.outcomes.disclosed.total", "23"),
              Map.entry("applications.outcomes.partiallyDisclosed.naturalPerson", "11"),
              Map.entry("applications.outcomes.partiallyDisclosed.commercialEnterprise", "1"),
              Map.entry("applications.outcomes.partiallyDisclosed.total", "12"),
              Map.entry("applications.outcomes.unavailable.notHeld.naturalPerson", "21"),
              Map.entry("applications.outcomes.unavailable.notHeld.commercialEnterprise", "2"),
              Map.entry("applications.outcomes.unavailable.notHeld.total", "23"),
              Map.entry("applications.outcomes.notProcessed.duplicate.naturalPerson", "1"),
              Map.entry("applications.outcomes.notProcessed.duplicate.commercialEnterprise", "1"),
              Map.entry("applications.outcomes.notProcessed.duplicate.total", "2"),
              Map.entry("applications.outcomes.otherHandling.other.naturalPerson", "1"),
              Map.entry("applications.outcomes.otherHandling.other.total", "1"),
              Map.entry("applications.outcomes.total.naturalPerson", "51"),
              Map.entry("applications.outcomes.total.commercialEnterprise", "5"),
              Map.entry("applications.outcomes.total.researchInstitution", "5"),
              Map.entry("applications.outcomes.total.total", "61"),
              Map.entry("applications.carriedForward.naturalPerson", "4"),
              Map.entry("applications.carriedForward.total", "4"),
              Map.entry("reviewAndLitigation.administrativeReview.upheld", "2"),
              Map.entry("reviewAndLitigation.administrativeReview.corrected", "1"),
              Map.entry("reviewAndLitigation.administrativeReview.pending", "1"),
              Map.entry("reviewAndLitigation.administrativeReview.total", "4"),
              Map.entry("reviewAndLitigation.litigationDirect.upheld", "3"),
              Map.entry("reviewAndLitigation.litigationDirect.corrected", "1"),
              Map.entry("reviewAndLitigation.litigationDirect.other", "1"),
              Map.entry("reviewAndLitigation.litigationDirect.pending", "3"),
              Map.entry("reviewAndLitigation.litigationDirect.total", "8")),
          List.of(
              "（一）主动公开。一是加强工作安排部署。",
              "切实推动政务公开工作落地落实。",
              "主要问题：一是主动公开的信息质量还有差距",
              "提升业务人员应答应诉能力。",
              "达州市通川区 2023 年未发出政府信息处理费收费通知",
              "未收取信息处理费。"),
          List.of());

  static final Seed S003 =
      new Seed(
          "003_16e51b8a446c7100.txt",
          "卫滨区政务服务和大数据管理局",
          2023,
          Map.of(),
          List.of(
              "2023 年度，卫滨区政务服务和大数据管理局贯彻落实",
              "抓好政府信息公开和政务信息公开工作落实。",
              "2023年度，我局政府信息公开工作稳步推进",
              "四是积极主动配合上级部门完成政府信息公开和政务信息公开各项相关工作。",
              "2023年度我单位不存在信息公开收费情况。",
              "2023年度我单位不存在信息公开收费情况。"),
          List.of());

  static final Seed S004 =
      new Seed(
          "004_070df74db560079b.txt",
          "达州市通川区经济和信息化局",
          2021,
          Map.of("activeDisclosure.licensing", "1"),
          List.of(
              "2021年,我局认真贯彻《中华人民共和国政府信息公开条例》",
              "认真做好我局信息公开工作。",
              "一年来,我局的政府信息公开工作取得了一定的成绩",
              "整体推进的工作体系。",
              "2021年,未收取依申请公开信息处理费。",
              "2021年,未收取依申请公开信息处理费。"),
          List.of());

  static Stream<Seed> seeds() {
    return Stream.of(S000, S001, S002, S003, S004);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyCell(Seed seed) {
    SeedAssertions.assertCells(seed.read(), seed.cells());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void agencyYearAndDefaults(Seed seed) {
    AnnualReport r = seed.read().report();
    assertEquals(seed.agency(), r.agency());
    assertEquals(seed.year(), r.year());
    assertEquals(FormatVersion.V2021, r.formatVersion());
    assertEquals(Scope.AGENCY, r.scope());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void narrativeSections(Seed seed) {
    AnnualReport r = seed.read().report();
    List<String> n = seed.narratives();
    SeedAssertions.assertNarrative(r.overview().text(), n.get(0), n.get(1));
    SeedAssertions.assertNarrative(r.problemsAndImprovements(), n.get(2), n.get(3));
    SeedAssertions.assertNarrative(r.otherMatters(), n.get(4), n.get(5));
  }

  /** A cell the reader could not place is blank and noted, never invented; no other is. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void theMissingCellsAreNotedAndNoOther(Seed seed) {
    assertEquals(
        seed.missing(),
        seed.read().diagnostics(Diagnostic.Kind.MISSING_CELL).stream()
            .map(d -> d.cell().orElseThrow().path())
            .toList());
  }

  // seed 000

  @Test
  void seed000StrayCellsOfPenaltiesAndEnforcementAreUnplacedWithTheirLine() {
    assertEquals(
        List.of("35:0", "35:0", "36:0", "36:0"),
        SeedAssertions.lines(S000.read(), Diagnostic.Kind.UNPLACED));
  }

  @Test
  void seed000RowsOfTable3AfterThePageBreakAndTheRepeatedHeaderAreRead() {
    assertTrue(
        S000.read().diagnostics(Diagnostic.Kind.NORMALISED).stream()
            .anyMatch(d -> d.line() == 64 && d.message().contains("repeated table header")));
  }

  @Test
  void seed000OverviewKeepsItsPartsAndItsLineBreaks() {
    AnnualReport r = S000.read().report();
    assertEquals(5, r.overview().parts().size());
    assertTrue(r.overview().text().contains("国家、省、\n\n市关于数字经济"));
  }

  // seed 001

  /**
   * The misaligned tail: 四、结转下年度继续办理 prints six numbers after two empty cells where the row (七) 总计
   * above has one; by position the empty cell is 自然人's. Nothing is invented: the cell is blank,
   * with a diagnostic at its line.
   */
  @Test
  void seed001MisalignedCarriedForwardRowIsNotedAtItsLine() {
    assertEquals(69, S001.read().diagnostics(Diagnostic.Kind.MISSING_CELL).get(0).line());
  }

  @Test
  void seed001PreambleIsReportedNotDropped() {
    List<Diagnostic> ignored = S001.read().diagnostics(Diagnostic.Kind.IGNORED);
    assertEquals(1, ignored.size());
    assertEquals(7, ignored.get(0).line());
    assertTrue(ignored.get(0).text().startsWith("根据《中华人民共和国政府信息公开条例》"));
  }

  @Test
  void seed001VariantHeadingOfSectionFiveIsNormalised() {
    assertTrue(
        S001.read().diagnostics(Diagnostic.Kind.NORMALISED).stream()
            .anyMatch(d -> d.line() == 78 && d.text().equals("五、存在的主要问题及改进措施")));
  }

  // seed 002

  @Test
  void seed002FeeKeepsItsDecimals() {
    assertEquals(
        new java.math.BigDecimal("1953.86"),
        S002.read().report().activeDisclosure2021().administrativeFees().value());
  }

  @Test
  void seed002ExtraTableOfShares办理结果占比情况IsIgnoredWithItsLine() {
    List<String> ignored = SeedAssertions.lines(S002.read(), Diagnostic.Kind.IGNORED);
    assertEquals(2, ignored.size(), ignored::toString);
    assertTrue(ignored.get(0).startsWith("7:根据《中华人民共和国政府信息公开条例》"));
    assertEquals("77:办理结果占比情况：", ignored.get(1));
  }

  @Test
  void seed002NothingIsUnplaced() {
    assertEquals(List.of(), S002.read().diagnostics(Diagnostic.Kind.UNPLACED));
  }

  // seed 003

  @Test
  void seed003AgencyAndYearShareTheTitleLine() {
    assertEquals(List.of(), S003.read().diagnostics(Diagnostic.Kind.IGNORED));
  }

  @Test
  void seed003NothingIsUnplaced() {
    assertEquals(List.of(), S003.read().diagnostics(Diagnostic.Kind.UNPLACED));
  }

  @Test
  void seed003SectionFiveKeepsItsOwnNumberedParts() {
    assertTrue(S003.read().report().problemsAndImprovements().contains("\n（二）改进情况\n"));
  }

  // seed 004

  @Test
  void seed004WebPageFurnitureIsIgnoredAndKeptOutOfTheNarrative() {
    ReadResult result = S004.read();
    assertEquals(
        List.of("2:• 来源:", "3:• 作者:admin", "4:• 发布日期:2022-01-12", "5:• 点击数:人次", "640:分享到:"),
        SeedAssertions.lines(result, Diagnostic.Kind.IGNORED));
    assertFalse(result.report().otherMatters().contains("分享到"));
    assertEquals("2021年,未收取依申请公开信息处理费。", SeedAssertions.strip(result.report().otherMatters()));
  }

  @Test
  void seed004LabelsWithAMissingCharacterAreReadAsTheOfficialOnes() {
    List<String> texts =
        S004.read().diagnostics(Diagnostic.Kind.NORMALISED).stream().map(Diagnostic::text).toList();
    assertTrue(texts.contains("2.他法律行政法规禁止公开"), texts::toString);
    assertTrue(texts.contains("2.有现成信息需要另行制作"), texts::toString);
    assertTrue(texts.contains("3.危及三安全一稳定"), texts::toString);
  }

  @Test
  void seed004NothingIsUnplaced() {
    assertEquals(List.of(), S004.read().diagnostics(Diagnostic.Kind.UNPLACED));
  }
}

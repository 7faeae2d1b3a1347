package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Scope;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 001 (001_f78362fcf04790d2): every one of the 200 cells, metadata and narrative. */
class Seed001Test {
  private final ReadResult result = Seeds.read("seeds/001_f78362fcf04790d2.txt");

  @Test
  void allTwoHundredCells() {
    SeedAssertions.assertCells(result, Map.of("applications.carriedForward.naturalPerson", ""));
  }

  @Test
  void agencyYearAndDefaults() {
    AnnualReport r = result.report();
    assertEquals("渠县经济和信息化局", r.agency());
    assertEquals(2023, r.year());
    assertEquals(FormatVersion.V2021, r.formatVersion());
    assertEquals(Scope.AGENCY, r.scope());
  }

  @Test
  void narrativeSections() {
    SeedAssertions.assertNarrative(
        result.report().overview().text(),
        "（一）主动公开。积极主动利用门户网站及微信公众号",
        "2023年全年我局未发生追究相关责任人员责任的情况。");
    SeedAssertions.assertNarrative(
        result.report().problemsAndImprovements(),
        "目前主要存在的不足：一是政府信息公开工作在管理上仍有不足",
        "及时向社会各界推送和发布最新的政府信息。");
    SeedAssertions.assertNarrative(
        result.report().otherMatters(), "渠县经济和信息化局 2023 年未发出政府信息处理费收费通知", "未收取信息处理费。");
  }

  /**
   * The misaligned tail: 四、结转下年度继续办理 prints six numbers after two empty cells where the row (七) 总计
   * above has one; by position the empty cell is 自然人's. Nothing is invented: the cell is blank,
   * with a diagnostic.
   */
  @Test
  void theMisalignedCarriedForwardRowLeavesOneCellBlankWithADiagnostic() {
    assertEquals(
        List.of("applications.carriedForward.naturalPerson"),
        result.diagnostics(Diagnostic.Kind.MISSING_CELL).stream()
            .map(d -> d.cell().orElseThrow().path())
            .toList());
    assertEquals(69, result.diagnostics(Diagnostic.Kind.MISSING_CELL).get(0).line());
  }

  @Test
  void thePreambleIsReportedNotDropped() {
    List<Diagnostic> ignored = result.diagnostics(Diagnostic.Kind.IGNORED);
    assertEquals(1, ignored.size());
    assertEquals(7, ignored.get(0).line());
    assertTrue(ignored.get(0).text().startsWith("根据《中华人民共和国政府信息公开条例》"));
  }

  @Test
  void theVariantHeadingOfSectionFiveIsNormalised() {
    assertTrue(
        result.diagnostics(Diagnostic.Kind.NORMALISED).stream()
            .anyMatch(d -> d.line() == 78 && d.text().equals("五、存在的主要问题及改进措施")));
  }
}

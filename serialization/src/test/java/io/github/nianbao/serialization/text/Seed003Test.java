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

/** Seed 003 (003_16e51b8a446c7100): every one of the 200 cells, metadata and narrative. */
class Seed003Test {
  private final ReadResult result = Seeds.read("seeds/003_16e51b8a446c7100.txt");

  @Test
  void allTwoHundredCells() {
    SeedAssertions.assertCells(result, Map.of());
  }

  @Test
  void agencyYearAndDefaults() {
    AnnualReport r = result.report();
    assertEquals("卫滨区政务服务和大数据管理局", r.agency());
    assertEquals(2023, r.year());
    assertEquals(FormatVersion.V2021, r.formatVersion());
    assertEquals(Scope.AGENCY, r.scope());
  }

  @Test
  void narrativeSections() {
    SeedAssertions.assertNarrative(
        result.report().overview().text(), "2023 年度，卫滨区政务服务和大数据管理局贯彻落实", "抓好政府信息公开和政务信息公开工作落实。");
    SeedAssertions.assertNarrative(
        result.report().problemsAndImprovements(),
        "2023年度，我局政府信息公开工作稳步推进",
        "四是积极主动配合上级部门完成政府信息公开和政务信息公开各项相关工作。");
    SeedAssertions.assertNarrative(
        result.report().otherMatters(), "2023年度我单位不存在信息公开收费情况。", "2023年度我单位不存在信息公开收费情况。");
  }

  @Test
  void agencyAndYearShareTheTitleLine() {
    assertEquals(List.of(), result.diagnostics(Diagnostic.Kind.IGNORED));
  }

  @Test
  void nothingIsUnplacedOrMissing() {
    assertEquals(List.of(), result.diagnostics(Diagnostic.Kind.UNPLACED));
    assertEquals(List.of(), result.diagnostics(Diagnostic.Kind.MISSING_CELL));
  }

  @Test
  void sectionFiveKeepsItsOwnNumberedParts() {
    assertTrue(result.report().problemsAndImprovements().contains("\n（二）改进情况\n"));
  }
}

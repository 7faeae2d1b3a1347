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

/** Seed 002 (002_91d5f5a0561784d8): every one of the 200 cells, metadata and narrative. */
class Seed002Test {
  private final ReadResult result = Seeds.read("seeds/002_91d5f5a0561784d8.txt");

  @Test
  void allTwoHundredCells() {
    SeedAssertions.assertCells(
        result,
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
            Map.entry("reviewAndLitigation.litigationDirect.total", "8")));
  }

  @Test
  void agencyYearAndDefaults() {
    AnnualReport r = result.report();
    assertEquals("达州市通川区", r.agency());
    assertEquals(2023, r.year());
    assertEquals(FormatVersion.V2021, r.formatVersion());
    assertEquals(Scope.AGENCY, r.scope());
  }

  @Test
  void narrativeSections() {
    SeedAssertions.assertNarrative(
        result.report().overview().text(), "（一）主动公开。一是加强工作安排部署。", "切实推动政务公开工作落地落实。");
    SeedAssertions.assertNarrative(
        result.report().problemsAndImprovements(), "主要问题：一是主动公开的信息质量还有差距", "提升业务人员应答应诉能力。");
    SeedAssertions.assertNarrative(
        result.report().otherMatters(), "达州市通川区 2023 年未发出政府信息处理费收费通知", "未收取信息处理费。");
  }

  @Test
  void theFeeKeepsItsDecimals() {
    assertEquals(
        new java.math.BigDecimal("1953.86"),
        result.report().activeDisclosure2021().administrativeFees().value());
  }

  @Test
  void theExtraTableOfShares办理结果占比情况IsIgnoredWithItsLine() {
    List<String> ignored = SeedAssertions.lines(result, Diagnostic.Kind.IGNORED);
    assertEquals(2, ignored.size(), ignored::toString);
    assertTrue(ignored.get(0).startsWith("7:根据《中华人民共和国政府信息公开条例》"));
    assertEquals("77:办理结果占比情况：", ignored.get(1));
  }

  @Test
  void nothingIsUnplacedOrMissing() {
    assertEquals(List.of(), result.diagnostics(Diagnostic.Kind.UNPLACED));
    assertEquals(List.of(), result.diagnostics(Diagnostic.Kind.MISSING_CELL));
  }

  @Test
  void theOutcomeRowsSplitOver三本年度办理结果AreRead() {
    // 三、（一）予以公开 then 本 年 度 办 理 结 果 + (二)…
    assertEquals(23, result.report().applications().outcomes().disclosed().total().value());
    assertEquals(
        12, result.report().applications().outcomes().partiallyDisclosed().total().value());
  }
}

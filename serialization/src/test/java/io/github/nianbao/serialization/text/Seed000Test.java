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

/** Seed 000 (000_da43b1e554017db7): every one of the 200 cells, metadata and narrative. */
class Seed000Test {
  private final ReadResult result = Seeds.read("seeds/000_da43b1e554017db7.txt");

  @Test
  void allTwoHundredCells() {
    SeedAssertions.assertCells(result, Map.of());
  }

  @Test
  void agencyYearAndDefaults() {
    AnnualReport r = result.report();
    assertEquals("达州市数字经济局", r.agency());
    assertEquals(2023, r.year());
    assertEquals(FormatVersion.V2021, r.formatVersion());
    assertEquals(Scope.AGENCY, r.scope());
  }

  @Test
  void narrativeSections() {
    SeedAssertions.assertNarrative(
        result.report().overview().text(),
        "2023 年，市数字经济局坚持以习近平新时代中国特色社会主义思想为指导",
        "安排专人维护公开平台，严格审查公开内容。");
    SeedAssertions.assertNarrative(
        result.report().problemsAndImprovements(),
        "2023年，我局的政府信息公开工作虽然取得一定成效",
        "推动我局政府信息公开工作再上新台阶。");
    SeedAssertions.assertNarrative(
        result.report().otherMatters(), "2023年，市数字经济局未发出有关政府信息公开信息处理费的通知", "无其他需要报告的事项。");
  }

  @Test
  void theStrayCellsOfPenaltiesAndEnforcementAreUnplacedWithTheirLine() {
    assertEquals(
        List.of("35:0", "35:0", "36:0", "36:0"),
        SeedAssertions.lines(result, Diagnostic.Kind.UNPLACED));
  }

  @Test
  void theRowsOfTable3AfterThePageBreakAndTheRepeatedHeaderAreRead() {
    assertTrue(
        result.diagnostics(Diagnostic.Kind.NORMALISED).stream()
            .anyMatch(d -> d.line() == 64 && d.message().contains("repeated table header")));
    assertEquals(List.of(), result.diagnostics(Diagnostic.Kind.MISSING_CELL));
  }

  @Test
  void theOverviewKeepsItsPartsAndItsLineBreaks() {
    assertEquals(5, result.report().overview().parts().size());
    assertTrue(result.report().overview().text().contains("国家、省、\n\n市关于数字经济"));
  }
}

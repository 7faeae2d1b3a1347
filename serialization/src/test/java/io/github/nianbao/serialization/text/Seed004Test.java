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
import org.junit.jupiter.api.Test;

/** Seed 004 (004_070df74db560079b): every one of the 200 cells, metadata and narrative. */
class Seed004Test {
  private final ReadResult result = Seeds.read("seeds/004_070df74db560079b.txt");

  @Test
  void allTwoHundredCells() {
    SeedAssertions.assertCells(result, Map.of("activeDisclosure.licensing", "1"));
  }

  @Test
  void agencyYearAndDefaults() {
    AnnualReport r = result.report();
    assertEquals("达州市通川区经济和信息化局", r.agency());
    assertEquals(2021, r.year());
    assertEquals(FormatVersion.V2021, r.formatVersion());
    assertEquals(Scope.AGENCY, r.scope());
  }

  @Test
  void narrativeSections() {
    SeedAssertions.assertNarrative(
        result.report().overview().text(), "2021年,我局认真贯彻《中华人民共和国政府信息公开条例》", "认真做好我局信息公开工作。");
    SeedAssertions.assertNarrative(
        result.report().problemsAndImprovements(), "一年来,我局的政府信息公开工作取得了一定的成绩", "整体推进的工作体系。");
    SeedAssertions.assertNarrative(
        result.report().otherMatters(), "2021年,未收取依申请公开信息处理费。", "2021年,未收取依申请公开信息处理费。");
  }

  @Test
  void webPageFurnitureIsIgnoredAndKeptOutOfTheNarrative() {
    assertEquals(
        List.of("2:• 来源:", "3:• 作者:admin", "4:• 发布日期:2022-01-12", "5:• 点击数:人次", "640:分享到:"),
        SeedAssertions.lines(result, Diagnostic.Kind.IGNORED));
    assertFalse(result.report().otherMatters().contains("分享到"));
    assertEquals("2021年,未收取依申请公开信息处理费。", SeedAssertions.strip(result.report().otherMatters()));
  }

  @Test
  void labelsWithAMissingCharacterAreReadAsTheOfficialOnes() {
    List<String> texts =
        result.diagnostics(Diagnostic.Kind.NORMALISED).stream().map(Diagnostic::text).toList();
    assertTrue(texts.contains("2.他法律行政法规禁止公开"), texts::toString);
    assertTrue(texts.contains("2.有现成信息需要另行制作"), texts::toString);
    assertTrue(texts.contains("3.危及三安全一稳定"), texts::toString);
  }

  @Test
  void nothingIsUnplacedOrMissing() {
    assertEquals(List.of(), result.diagnostics(Diagnostic.Kind.UNPLACED));
    assertEquals(List.of(), result.diagnostics(Diagnostic.Kind.MISSING_CELL));
  }
}

package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.Scope;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Unknown keys and missing cells: a report with diagnostics, never an error, never a number. */
class JsonDiagnosticsTest {

  private final JsonFormat json = new JsonFormat();

  private static String golden() throws IOException {
    return JsonGoldenTest.golden();
  }

  @Test
  void anUnknownTopLevelKeyIsSkippedWithItsLine() throws IOException {
    String text = golden().replaceFirst("\n", "\n  \"extra\": {\"a\": [1, {\"b\": null}]},\n");
    ReadResult read = json.read(text);
    assertEquals(GoldenReports.sample(), read.report());
    assertEquals(1, read.diagnostics().size(), read.diagnostics()::toString);
    Diagnostic d = read.diagnostics().get(0);
    assertEquals(Diagnostic.Kind.UNKNOWN_KEY, d.kind());
    assertEquals(2, d.line());
    assertEquals("extra", d.text());
    assertEquals(Optional.empty(), d.cell());
  }

  @Test
  void unknownKeysInsideTablesAndRowsNameTheirPath() throws IOException {
    String text =
        golden()
            .replace("\"newlyReceived\": {", "\"newlyReceived\": {\"foreign\": 3, ")
            .replace(
                "\"withheld\": {", "\"withheld\": {\n        \"@class\": \"java.lang.Runtime\",");
    ReadResult read = json.read(text);
    assertEquals(GoldenReports.sample(), read.report());
    List<Diagnostic> unknown = read.diagnostics(Diagnostic.Kind.UNKNOWN_KEY);
    assertEquals(2, unknown.size(), read.diagnostics()::toString);
    assertEquals("foreign", unknown.get(0).text());
    assertEquals(16, unknown.get(0).line());
    assertTrue(unknown.get(0).message().contains("applications.newlyReceived.foreign"));
    assertEquals("@class", unknown.get(1).text());
    assertEquals(22, unknown.get(1).line());
    assertTrue(unknown.get(1).message().contains("applications.outcomes.withheld.@class"));
  }

  @Test
  void aMissingCellIsBlankWithADiagnostic() throws IOException {
    String text = golden().replace("{\"naturalPerson\": 55, ", "{");
    ReadResult read = json.read(text);
    CellAddress a = CellAddress.parse("applications.newlyReceived.naturalPerson").orElseThrow();
    assertEquals(Reports.withCell(GoldenReports.sample(), a, Cell.blank()), read.report());
    assertEquals(
        List.of(
            Diagnostic.of(
                Diagnostic.Reason.MISSING_CELL,
                16,
                a,
                "",
                "Cell " + a + " is missing; read as blank")),
        read.diagnostics());
  }

  @Test
  void aMissingRowIsSevenBlankCells() throws IOException {
    String text = golden().replaceFirst("\n *\"carriedOver\": \\{[^\n]*", "");
    ReadResult read = json.read(text);
    List<Diagnostic> missing = read.diagnostics(Diagnostic.Kind.MISSING_CELL);
    assertEquals(7, missing.size());
    for (Diagnostic d : missing) {
      CellAddress a = d.cell().orElseThrow();
      assertTrue(a.path().startsWith("applications.carriedOver."), a::path);
      assertEquals(Cell.blank(), read.report().cell(a));
      assertEquals(50, d.line(), "the line that closes applications");
    }
  }

  @Test
  void aMissingTableIsAllBlankAndTheFeeToo() throws IOException {
    String text =
        golden()
            .replaceFirst("(?s)\n  \"activeDisclosure\": \\{.*?\n  },", "")
            .replaceFirst("(?s)\n  \"reviewAndLitigation\": \\{.*?\n  },", "");
    ReadResult read = json.read(text);
    assertEquals(10 + 15, read.diagnostics(Diagnostic.Kind.MISSING_CELL).size());
    assertEquals(AmountCell.blank(), read.report().activeDisclosure2021().administrativeFees());
    assertEquals(Cell.blank(), read.report().reviewAndLitigation().administrativeReview().total());
    assertEquals(
        GoldenReports.sample().applications(), read.report().applications(), "the rest is read");
  }

  @Test
  void textTheModelNormalisesIsReported() throws IOException {
    String text =
        golden()
            .replace("\"other\": \"/\"", "\"other\": \"  /\\t\"")
            .replace("\"agency\": \"达州市", "\"agency\": \"  达州市")
            .replace("本年度未收取信息处理费。", "本年度未收取\\r\\n信息处理费。");
    ReadResult read = json.read(text);
    List<Diagnostic> normalised = read.diagnostics(Diagnostic.Kind.NORMALISED);
    assertEquals(3, normalised.size(), read.diagnostics()::toString);
    assertEquals(3, normalised.get(0).line());
    assertEquals("  达州市通川区经济和信息化局", normalised.get(0).text());
    assertEquals(22, normalised.get(1).line());
    assertEquals(
        CellAddress.parse("applications.outcomes.withheld.stateSecret.other"),
        normalised.get(1).cell());
    assertEquals("  /\t", normalised.get(1).text());
    assertEquals(58, normalised.get(2).line());
    AnnualReport expected =
        AnnualReport.copyOf(GoldenReports.sample()).withOtherMatters("本年度未收取\n信息处理费。");
    assertEquals(expected, read.report());
  }

  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void theNarrativeAndScopeAreOptional(FormatVersion version) throws IOException {
    String text =
        "{\"formatVersion\": \""
            + version.key()
            + "\", \"agency\": \" 某县 \\n 人民政府 \", \"year\": 2024}";
    ReadResult read = json.read(text);
    AnnualReport r = read.report();
    assertEquals("某县 人民政府", r.agency(), "the model's normal form");
    assertEquals(Scope.AGENCY, r.scope());
    assertEquals(Overview.empty(), r.overview());
    assertEquals("", r.otherMatters());
    assertEquals(version, r.formatVersion());
    assertEquals(
        CellAddress.all(version).stream().map(CellAddress::path).toList(),
        read.diagnostics(Diagnostic.Kind.MISSING_CELL).stream()
            .map(d -> d.cell().orElseThrow().path())
            .toList(),
        "the version's cells, each once, in printed order");
    assertTrue(
        CellAddress.all(version).stream().noneMatch(a -> r.cell(a).isNumber()),
        "a reader never invents a number");
    assertTrue(ReportSection.OVERVIEW.key().equals("overview"));
  }
}

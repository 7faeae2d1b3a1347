package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ItemCounts;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two format versions in JSON (docs/format.md, Format versions): a 2019 document is read to the
 * 2019 tables, and a key or table shape of the other version than {@code formatVersion} declares is
 * a typed error at its path, line and column — never skipped as an unknown key, never read as the
 * other version.
 */
class JsonFormatVersionTest {

  private final JsonFormat json = new JsonFormat();

  /**
   * Written by hand from docs/format.md, Format versions, not by the writer: members in another
   * order than the writer's, formatVersion last, Table 3 in part (its other cells are missing),
   * Table 4 left out.
   */
  private static final String HAND_WRITTEN_2019 =
      """
      {
        "agency": "某县交通运输局",
        "year": 2019,
        "activeDisclosure": {
          "centralizedProcurement": {"totalAmount": "25.1万元", "projects": 3},
          "rules": {"newlyMade": 1, "newlyPublished": 1, "totalPublished": 4},
          "normativeDocuments": {"newlyMade": 0, "newlyPublished": null, "totalPublished": 9},
          "licensing": {"previousYearItems": 120, "change": -15, "decisions": 3051},
          "otherManagementServices": {"previousYearItems": 7, "change": 2, "decisions": "/"},
          "penalties": {"previousYearItems": 301, "change": 0, "decisions": 88},
          "enforcement": {"previousYearItems": 12, "change": -12, "decisions": 0},
          "administrativeFees": {"change": -2, "previousYearItems": 5}
        },
        "applications": {
          "outcomes": {
            "otherHandling": {"naturalPerson": 1, "commercialEnterprise": 0,
              "researchInstitution": 0, "publicWelfareOrganization": 0,
              "legalServiceInstitution": 0, "other": "无", "total": 1}
          }
        },
        "formatVersion": "2019"
      }
      """;

  @Test
  void aHandWritten2019DocumentIsReadToTheExpectedCells() throws ReportParseException {
    ReadResult read = json.read(HAND_WRITTEN_2019);
    AnnualReport r = read.report();
    assertEquals(FormatVersion.V2019, r.formatVersion());
    assertEquals("某县交通运输局", r.agency());
    assertEquals(2019, r.year());
    ActiveDisclosure2019 t2 = r.activeDisclosure2019();
    assertEquals(PublishedDocuments.of(1, 1, 4), t2.rules());
    assertEquals(
        PublishedDocuments.of(Cell.of(0), Cell.blank(), Cell.of(9)), t2.normativeDocuments());
    assertEquals(ItemCounts.of(120, -15, 3051), t2.licensing());
    assertEquals(Cell.of(-15), t2.licensing().change());
    assertEquals(
        ItemCounts.of(Cell.of(7), Cell.of(2), Cell.mark("/")), t2.otherManagementServices());
    assertEquals(ItemCounts.of(301, 0, 88), t2.penalties());
    assertEquals(ItemCounts.of(12, -12, 0), t2.enforcement());
    assertEquals(Cell.of(5), t2.administrativeFees().previousYearItems());
    assertEquals(Cell.of(-2), t2.administrativeFees().change());
    assertEquals(Cell.of(3), t2.centralizedProcurement().projects());
    PrintedAmount amount = t2.centralizedProcurement().totalAmount();
    assertEquals("25.1万元", amount.printed());
    assertEquals(new BigDecimal("25.1"), amount.amount().orElseThrow());
    assertEquals("万元", amount.unit());
    assertEquals(
        ApplicantCounts.from(
            c ->
                switch (c) {
                  case NATURAL_PERSON, TOTAL -> Cell.of(1);
                  case OTHER -> Cell.mark("无");
                  default -> Cell.of(0);
                }),
        r.applications().row(ApplicationRow.OTHER_HANDLING));
    assertEquals(
        Cell.of(-15), r.cell(CellAddress.parse("activeDisclosure.licensing.change").orElseThrow()));

    // the cells left out are blank, each with a diagnostic at the line of the object that lacks
    // it, in input order: Table 3 but （六） (the outcomes, then the rows around them), Table 4
    List<Diagnostic> missing = read.diagnostics(Diagnostic.Kind.MISSING_CELL);
    List<CellAddress> t3 =
        CellAddress.all(FormatVersion.V2019).stream()
            .filter(a -> a.table() == ReportSection.APPLICATIONS)
            .filter(a -> a.row() != ApplicationRow.OTHER_HANDLING)
            .toList();
    List<CellAddress> expected = new ArrayList<>();
    t3.stream().filter(a -> a.path().startsWith("applications.outcomes.")).forEach(expected::add);
    t3.stream().filter(a -> !a.path().startsWith("applications.outcomes.")).forEach(expected::add);
    CellAddress.all(FormatVersion.V2019).stream()
        .filter(a -> a.table() == ReportSection.REVIEW_AND_LITIGATION)
        .forEach(expected::add);
    assertEquals(161 - 7 + 15, expected.size());
    assertEquals(expected, missing.stream().map(d -> d.cell().orElseThrow()).toList());
    assertEquals(missing.size(), read.diagnostics().size(), read.diagnostics()::toString);
    assertTrue(expected.stream().noneMatch(a -> r.cell(a).isNumber()), "never a number invented");
  }

  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void formatVersionMayComeAfterTheTables(FormatVersion version) throws IOException {
    String golden = JsonGoldenTest.golden(version);
    String member = "\"formatVersion\": \"" + version.key() + "\"";
    assertTrue(golden.contains("\n  " + member + ",\n"));
    String last =
        golden
            .replace("\n  " + member + ",", "")
            .replaceFirst("\n}\n$", ",\n  " + member + "\n}\n");
    assertTrue(last.endsWith("\n  " + member + "\n}\n"), last);
    ReadResult read = json.read(last);
    assertEquals(JsonGoldenTest.goldenReport(version), read.report());
    assertTrue(read.diagnostics().isEmpty(), read.diagnostics()::toString);
  }

  /** Refused with INVALID_VALUE at the path, and the line and column of the first {@code at}. */
  private void assertRefusedAt(String text, String path, String at, String messagePart) {
    ReportParseException e = assertThrows(ReportParseException.class, () -> json.read(text));
    assertEquals(ErrorType.INVALID_VALUE, e.errorType(), e::getMessage);
    assertEquals(path, e.location(), e::getMessage);
    int offset = text.indexOf(at);
    assertTrue(offset >= 0, at);
    assertEquals(Reports.lineOf(text, offset), e.line(), e::getMessage);
    assertEquals(Reports.columnOf(text, offset), e.column(), e::getMessage);
    assertTrue(e.getMessage().contains(messagePart), e::getMessage);
    assertTrue(!e.getMessage().contains("com.fasterxml") && !e.getMessage().contains("Source:"));
  }

  @Test
  void a2019DocumentWithA2021KeyIsRefusedAtTheKey() throws IOException {
    String text =
        JsonGoldenTest.golden2019()
            .replace(
                "\"rules\": {\"newlyMade\": 0,", "\"rules\": {\"newlyMade\": 0, \"inForce\": 3,");
    assertRefusedAt(
        text,
        "activeDisclosure.rules.inForce",
        "\"inForce\"",
        "a key of the 2021 format (国办公开办函〔2021〕30号), not of formatVersion \"2019\"");
  }

  @Test
  void a2019DocumentWithThe2021ShapeOfARowIsRefusedAtTheValue() throws IOException {
    String text =
        JsonGoldenTest.golden2019()
            .replace(
                "\"licensing\": {\"previousYearItems\": 35, \"change\": -3, \"decisions\": 1204}",
                "\"licensing\": 1204");
    assertRefusedAt(
        text,
        "activeDisclosure.licensing",
        "1204",
        "formatVersion \"2019\" has an object of previousYearItems, change, decisions here, not a"
            + " single cell as in the 2021 format");
    String fee =
        JsonGoldenTest.golden2019()
            .replace(
                "\"administrativeFees\": {\"previousYearItems\": 4, \"change\": -1}",
                "\"administrativeFees\": 1953.86");
    assertRefusedAt(fee, "activeDisclosure.administrativeFees", "1953.86", "not a single cell");
  }

  @Test
  void a2019DocumentWithTheThreeRowsOfOtherHandlingIsRefused() throws IOException {
    String text =
        JsonGoldenTest.golden2019()
            .replaceFirst(
                "\"otherHandling\": \\{[^\n]*\\},",
                "\"otherHandling\": {\"overdueCorrection\": {\"naturalPerson\": 2}},");
    assertRefusedAt(
        text,
        "applications.outcomes.otherHandling.overdueCorrection",
        "\"overdueCorrection\"",
        "a key of the 2021 format");
  }

  @Test
  void a2021DocumentWith2019KeysOrShapesIsRefused() throws IOException {
    String g = JsonGoldenTest.golden();
    assertRefusedAt(
        g.replace(
            "\"licensing\": 136302",
            "\"licensing\": {\"previousYearItems\": 1, \"change\": -1, \"decisions\": 136302}"),
        "activeDisclosure.licensing",
        "{\"previousYearItems\"",
        "formatVersion \"2021\" has a single cell here, not an object as in the 2019 format"
            + " (国办公开办函〔2019〕60号)");
    assertRefusedAt(
        g.replace("\"licensing\": 136302", "\"licensing\": {}"),
        "activeDisclosure.licensing",
        "{}",
        "not an object");
    assertRefusedAt(
        g.replace(
            "\"licensing\": 136302,",
            "\"licensing\": 136302, \"otherManagementServices\": {\"previousYearItems\": 1},"),
        "activeDisclosure.otherManagementServices",
        "\"otherManagementServices\"",
        "a key of the 2019 format (国办公开办函〔2019〕60号), not of formatVersion \"2021\"");
    assertRefusedAt(
        g.replace("\"otherHandling\": {", "\"otherHandling\": {\"naturalPerson\": 77, "),
        "applications.outcomes.otherHandling.naturalPerson",
        "\"naturalPerson\": 77, ",
        "a key of the 2019 format");
  }

  @Test
  void theTablesOfOneVersionDeclaredAsTheOtherAreRefusedAtTheirFirstKey() throws IOException {
    assertRefusedAt(
        JsonGoldenTest.golden()
            .replace("\"formatVersion\": \"2021\"", "\"formatVersion\": \"2019\""),
        "activeDisclosure.rules.issued",
        "\"issued\"",
        "a key of the 2021 format");
    assertRefusedAt(
        JsonGoldenTest.golden2019()
            .replace("\"formatVersion\": \"2019\"", "\"formatVersion\": \"2021\""),
        "activeDisclosure.rules.newlyMade",
        "\"newlyMade\"",
        "a key of the 2019 format");
  }

  @Test
  void aKeyOfTheOtherVersionBeforeFormatVersionIsRefusedAtTheKeyToo() throws IOException {
    String text =
        JsonGoldenTest.golden2019()
            .replace("\n  \"formatVersion\": \"2019\",", "")
            .replace(
                "\"otherMatters\": \"无。\"", "\"otherMatters\": \"无。\", \"formatVersion\": \"2019\"")
            .replace(
                "\"normativeDocuments\": {\"newlyMade\": 2,",
                "\"normativeDocuments\": {\"newlyMade\": 2, \"repealed\": 1,");
    assertRefusedAt(
        text,
        "activeDisclosure.normativeDocuments.repealed",
        "\"repealed\"",
        "a key of the 2021 format");
    String shape =
        JsonGoldenTest.golden2019()
            .replace("\n  \"formatVersion\": \"2019\",", "")
            .replace("\"otherMatters\": \"", "\"formatVersion\": \"2019\", \"otherMatters\": \"")
            .replace(
                "\"licensing\": {\"previousYearItems\": 35, \"change\": -3, \"decisions\": 1204}",
                "\"licensing\": 1204");
    assertRefusedAt(shape, "activeDisclosure.licensing", "1204", "not a single cell");
  }

  @Test
  void aMissingFormatVersionIsStillUnsupportedWhateverTheTables() throws IOException {
    for (String golden : new String[] {JsonGoldenTest.golden(), JsonGoldenTest.golden2019()}) {
      String text = golden.replaceFirst("\n  \"formatVersion\": \"20(19|21)\",", "");
      ReportParseException e = assertThrows(ReportParseException.class, () -> json.read(text));
      assertEquals(ErrorType.UNSUPPORTED_VERSION, e.errorType(), e::getMessage);
      assertEquals("formatVersion", e.location());
      assertTrue(e.getMessage().contains("\"2019\", \"2021\""), e::getMessage);
    }
  }

  @Test
  void aKeyOfNeitherVersionIsStillAnUnknownKey() throws IOException {
    String text =
        JsonGoldenTest.golden2019()
            .replace("\"licensing\": {", "\"licensing\": {\"remark\": \"见附表\", ")
            .replace("\"activeDisclosure\": {", "\"activeDisclosure\": {\"publicNotices\": 4,");
    ReadResult read = json.read(text);
    assertEquals(GoldenReports.sample2019(), read.report());
    List<Diagnostic> unknown = read.diagnostics(Diagnostic.Kind.UNKNOWN_KEY);
    assertEquals(2, unknown.size(), read.diagnostics()::toString);
    assertEquals(
        List.of("publicNotices", "remark"), unknown.stream().map(Diagnostic::text).toList());
    assertEquals(unknown, read.diagnostics());
  }

  @Test
  void aMissing2019CellIsBlankWithADiagnostic() throws IOException {
    String text = JsonGoldenTest.golden2019().replace("\"change\": -3, ", "");
    ReadResult read = json.read(text);
    CellAddress a = CellAddress.parse("activeDisclosure.licensing.change").orElseThrow();
    assertEquals(GoldenReports.sample2019().withCell(a, Cell.blank()), read.report());
    assertEquals(
        List.of(
            Diagnostic.of(
                Diagnostic.Reason.MISSING_CELL,
                10,
                a,
                "",
                "Cell " + a + " is missing; read as blank")),
        read.diagnostics());
  }

  @Test
  void fractionsAndQuotedNumbersAreRefusedInThe2019Counts() throws IOException {
    String g = JsonGoldenTest.golden2019();
    for (String bad : new String[] {"-3.0", "-2.5", "-3e0", "\"-3\"", "true"}) {
      assertRefusedAt(
          g.replace("\"change\": -3,", "\"change\": " + bad + ","),
          "activeDisclosure.licensing.change",
          bad + ",",
          "");
    }
  }

  @Test
  void theProcurementAmountInItsNormalFormIsReported() throws IOException {
    String text = JsonGoldenTest.golden2019().replace("\"251000元\"", "\" 251000  元\\t\"");
    ReadResult read = json.read(text);
    CellAddress a =
        CellAddress.parse("activeDisclosure.centralizedProcurement.totalAmount").orElseThrow();
    assertEquals(PrintedAmount.of("251000 元"), read.report().cell(a));
    List<Diagnostic> normalised = read.diagnostics(Diagnostic.Kind.NORMALISED);
    assertEquals(1, normalised.size(), read.diagnostics()::toString);
    assertEquals(a, normalised.get(0).cell().orElseThrow());
    assertEquals(15, normalised.get(0).line());
  }
}

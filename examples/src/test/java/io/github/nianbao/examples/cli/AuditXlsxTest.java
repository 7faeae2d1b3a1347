package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.examples.SampleReports;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.validation.NotAssessable;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --to xlsx}: three sheets, opened with POI and checked cell by cell. */
class AuditXlsxTest {

  @TempDir Path dir;

  private static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** A sheet's rows as text, the header first; a blank cell is "". */
  private static List<List<String>> rows(Sheet sheet) {
    DataFormatter text = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    int width = sheet.getRow(0).getLastCellNum();
    for (Row r : sheet) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        var cell = r.getCell(c);
        row.add(cell == null ? "" : text.formatCellValue(cell));
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void xlsxIsNotWrittenToStandardOutput() {
    CliTest.Run run = CliTest.nianbao("validate", "--to", "xlsx", "samples");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("--to xlsx writes a binary workbook"), run.err());
    assertTrue(run.err().contains("-o"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aWorkbookThatCannotBeWrittenEndsTheRunBeforeAnyReportIsRead() {
    Path nowhere = dir.resolve("no-such-dir").resolve("a.xlsx");
    CliTest.Run run =
        CliTest.nianbao("validate", "--to", "xlsx", "-o", nowhere.toString(), "samples");
    assertEquals(2, run.code());
    assertEquals(
        "nianbao: no such file or directory: " + nowhere.getParent() + "\n",
        run.err().replace("\r\n", "\n"));
    CliTest.Run directory =
        CliTest.nianbao("validate", "--to", "xlsx", "-o", dir.toString(), "samples");
    assertEquals(2, directory.code());
    assertTrue(directory.err().contains("Is a directory"), directory.err());
  }

  @Test
  void theSamplesWorkbookHasThreeFrozenSheetsAndARowPerFindingCheckAndNote() throws Exception {
    Map<String, ValidationResult> results = AuditCsvTest.samplesValidated();
    Path xlsx = dir.resolve("samples.xlsx");
    CliTest.Run run =
        CliTest.nianbao("validate", "--format", "xlsx", "-o", xlsx.toString(), "samples");
    assertTrue(run.code() == 0 || run.code() == 1, run.err());
    assertEquals("", run.out());
    int findings = 0;
    int notAssessable = 0;
    int notes = 0;
    for (String f : results.keySet()) {
      findings += results.get(f).findings().size();
      notAssessable += results.get(f).notAssessable().size();
      notes +=
          Inputs.read(Path.of(f), ReadOptions.builder().build(), System.in)
              .result()
              .diagnostics()
              .size();
    }
    assertTrue(notes > 0, "a sample has reader notes");
    try (Workbook book = open(xlsx)) {
      assertEquals(3, book.getNumberOfSheets());
      assertEquals(
          Xlsx.SHEETS, List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
      List<List<String>> headers =
          List.of(AuditRows.FINDINGS, AuditRows.NOT_ASSESSABLE, AuditRows.NOTES);
      int[] counts = {findings, notAssessable, notes};
      for (int s = 0; s < 3; s++) {
        Sheet sheet = book.getSheetAt(s);
        assertEquals(headers.get(s), rows(sheet).get(0));
        assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex() > 0, "a bold header");
        assertEquals(counts[s], sheet.getLastRowNum(), sheet.getSheetName());
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          var year = sheet.getRow(r).getCell(2);
          assertEquals(CellType.NUMERIC, year.getCellType(), "the year is a number");
          assertTrue(year.getNumericCellValue() >= 2008);
        }
      }
      // the notes' line column is a number where the note has a line
      Sheet noteSheet = book.getSheetAt(2);
      int line = AuditRows.NOTES.indexOf("line");
      boolean numericLine = false;
      for (int r = 1; r <= noteSheet.getLastRowNum(); r++) {
        var c = noteSheet.getRow(r).getCell(line);
        assertTrue(c == null || c.getCellType() == CellType.NUMERIC);
        numericLine |= c != null;
      }
      assertTrue(numericLine, "some note has a line");
    }
  }

  @Test
  void aMutatedReportsFindingsChecksThatCouldNotRunAndAnUnreadableFileAreRows() throws Exception {
    AnnualReport mutated = AuditCsvTest.mutated();
    CellAddress naturalPerson =
        CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON);
    AnnualReport overflow =
        SampleReports.all().get(0).withCell(naturalPerson, Cell.of(Long.MAX_VALUE));
    Path a = dir.resolve("a-mutated.json");
    Path b = dir.resolve("b-overflow.json");
    Path c = dir.resolve("c-broken.txt");
    var json = ReportFormats.byName("json").orElseThrow();
    Files.writeString(a, json.write(mutated), StandardCharsets.UTF_8);
    Files.writeString(b, json.write(overflow), StandardCharsets.UTF_8);
    Files.writeString(c, "不是报告");
    Path xlsx = dir.resolve("out").resolve("audit.xlsx");
    Files.createDirectories(xlsx.getParent());
    CliTest.Run run =
        CliTest.nianbao("validate", "--to", "xlsx", "-o", xlsx.toString(), dir.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("c-broken.txt"), run.err());
    try (Workbook book = open(xlsx)) {
      List<List<String>> findings = rows(book.getSheetAt(0));
      int code = AuditRows.FINDINGS.indexOf("code");
      int severity = AuditRows.FINDINGS.indexOf("severity");
      int cell = AuditRows.FINDINGS.indexOf("cell");
      List<String> rowTotal =
          findings.stream()
              .filter(r -> r.get(code).equals("T3.ROW_TOTAL") && r.get(0).equals(a.toString()))
              .findFirst()
              .orElseThrow(() -> new AssertionError(findings.toString()));
      assertEquals("applications.carriedForward.total", rowTotal.get(cell));
      assertEquals("ERROR", rowTotal.get(severity));
      int expectedFindings =
          ReportValidator.standard().validate(mutated).findings().size()
              + ReportValidator.standard().validate(overflow).findings().size()
              + 1;
      assertEquals(expectedFindings, findings.size() - 1);
      List<String> broken = findings.get(findings.size() - 1);
      assertEquals(c.toString(), broken.get(0));
      assertEquals("UNREADABLE", broken.get(severity));
      assertEquals("", broken.get(2), "no year");
      assertTrue(broken.get(AuditRows.FINDINGS.indexOf("message_en")).contains("c-broken.txt"));

      List<NotAssessable> expected = ReportValidator.standard().validate(overflow).notAssessable();
      assertFalse(expected.isEmpty());
      List<List<String>> checks = rows(book.getSheetAt(1));
      List<List<String>> ofOverflow =
          checks.stream().filter(r -> r.get(0).equals(b.toString())).toList();
      assertEquals(expected.size(), ofOverflow.size());
      for (int i = 0; i < expected.size(); i++) {
        NotAssessable n = expected.get(i);
        List<String> r = ofOverflow.get(i);
        assertEquals(n.code(), r.get(3));
        assertEquals(n.location(), r.get(4));
        assertEquals(CellAddress.parse(n.location()).map(CellAddress::label).orElse(""), r.get(5));
        assertEquals(n.reason(), r.get(6));
      }
    }
    assertFalse(
        Files.list(xlsx.getParent()).anyMatch(p -> p.getFileName().toString().endsWith(".part")),
        "no partial file is left beside the workbook");
  }
}

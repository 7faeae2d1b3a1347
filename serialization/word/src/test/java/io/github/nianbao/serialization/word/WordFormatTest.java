package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.testing.AnyReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The docx format: found by name and ending, the seed report, documents as Word and WPS write them.
 */
class WordFormatTest {
  private static final ReportFormat TEXT = ReportFormats.byName("text").orElseThrow();
  private final WordFormat docx = new WordFormat();

  static AnnualReport seed() throws Exception {
    try (InputStream in = WordFormatTest.class.getResourceAsStream("/seed-000.txt")) {
      return TEXT.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).report();
    }
  }

  @Test
  void foundByNameAndEnding() {
    assertInstanceOf(WordFormat.class, ReportFormats.byName("docx").orElseThrow());
    assertInstanceOf(WordFormat.class, ReportFormats.forFileName("达州市2023年报告.DOCX").orElseThrow());
    assertEquals(List.of(".docx"), docx.fileExtensions());
    assertInstanceOf(DocFormat.class, ReportFormats.byName("DOC").orElseThrow());
    assertInstanceOf(DocFormat.class, ReportFormats.forFileName("达州市2023年报告.DOC").orElseThrow());
    assertEquals(List.of(".doc"), new DocFormat().fileExtensions());
  }

  @Test
  void theSeedReportReadsBackFromItsDocx() throws Exception {
    AnnualReport seed = seed();
    ReadResult read = docx.read(docx.toBytes(seed), ReadOptions.none());
    assertEquals(TEXT.write(seed), TEXT.write(read.report()));
    assertEquals(seed, read.report());
    assertEquals(
        WordRoundTripProperties.blanks(seed), WordRoundTripProperties.missing(read.diagnostics()));
  }

  @Test
  void aStreamReadsAsTheBytes() throws Exception {
    AnnualReport seed = seed();
    ReadResult read = docx.read(new ByteArrayInputStream(docx.toBytes(seed)), ReadOptions.none());
    assertEquals(seed, read.report());
  }

  @Test
  void theWrittenDocumentHasTheOfficialMergedCells() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toBytes(seed())))) {
      assertEquals(3, doc.getTables().size());
      XWPFTable applications = doc.getTables().get(1);
      CTTcPr note = applications.getRow(0).getCell(0).getCTTc().getTcPr();
      assertEquals(3, note.getGridSpan().getVal().intValue());
      assertEquals(STMerge.RESTART, note.getVMerge().getVal());
      // 三、本年度办理结果 merged down over every outcome row
      XWPFTableRow disclosed = applications.getRow(5);
      assertEquals("三、本年度办理结果", disclosed.getCell(0).getText());
      assertEquals(STMerge.RESTART, disclosed.getCell(0).getCTTc().getTcPr().getVMerge().getVal());
      assertTrue(
          doc.getParagraphs().stream()
              .anyMatch(p -> p.getText().equals(ReportSection.REVIEW_AND_LITIGATION.heading())));
    }
  }

  /** WPS writes a continuation as vMerge="continue", Word as a bare vMerge: both read alike. */
  @Test
  void continuationsWrittenAsWpsWritesThemReadAlike() throws Exception {
    AnnualReport seed = seed();
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toBytes(seed)));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int changed = 0;
      for (XWPFTable t : doc.getTables()) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            CTTcPr pr = c.getCTTc().getTcPr();
            if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == null) {
              pr.getVMerge().setVal(STMerge.CONTINUE);
              changed++;
            }
          }
        }
      }
      assertTrue(changed > 20, "continuations: " + changed);
      doc.write(out);
      bytes = out.toByteArray();
    }
    assertEquals(seed, docx.read(bytes, ReadOptions.none()).report());
  }

  /**
   * A document as people make it: the title split over two paragraphs, a cell of two paragraphs, a
   * label merged over two columns, a continuation that repeats nothing; diagnostics at the body's
   * rows.
   */
  @Test
  void aHandMadeDocumentReadsWithItsMergedLabels() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("某县司法局");
      doc.createParagraph().createRun().setText("2023年政府信息公开工作年度报告");
      doc.createParagraph().createRun().setText(ReportSection.OVERVIEW.heading());
      doc.createParagraph().createRun().setText("2023年，我局…");
      doc.createParagraph().createRun().setText(ReportSection.ACTIVE_DISCLOSURE.heading());
      XWPFTable t = doc.createTable(2, 2);
      t.getRow(0).getCell(0).setText("行政许可");
      t.getRow(0).getCell(1).setText("1,024");
      t.getRow(1).getCell(0).setText("行政处罚");
      XWPFTableCell two = t.getRow(1).getCell(1);
      two.setText("7");
      two.addParagraph().createRun().setText("件");
      doc.createParagraph().createRun().setText(ReportSection.APPLICATIONS.heading());
      XWPFTable a = doc.createTable(2, 8);
      a.getRow(0).getCell(0).setText(ApplicationRow.NEWLY_RECEIVED.officialLabel());
      a.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      a.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
      for (int i = 1; i < 8; i++) {
        a.getRow(0).getCell(i).setText(String.valueOf(i));
        a.getRow(1).getCell(i).setText("");
      }
      doc.createParagraph().createRun().setText(ReportSection.REVIEW_AND_LITIGATION.heading());
      doc.createParagraph().createRun().setText(ReportSection.PROBLEMS_AND_IMPROVEMENTS.heading());
      doc.createParagraph().createRun().setText("无。");
      doc.createParagraph().createRun().setText(ReportSection.OTHER_MATTERS.heading());
      doc.write(out);
      bytes = out.toByteArray();
    }
    ReadResult read = docx.read(bytes, ReadOptions.none());
    AnnualReport r = read.report();
    assertEquals("某县司法局", r.agency());
    assertEquals(2023, r.year());
    assertEquals("2023年，我局…", r.overview().text());
    assertEquals(Cell.of(1024), r.cell(CellAddress.of(DisclosureRow.LICENSING)));
    assertEquals(
        Cell.of(1),
        r.cell(CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON)));
    // 1,024 normalised: at the body's sixth row (paragraphs 1–5, then the table's first row)
    Diagnostic number = read.diagnostics(Diagnostic.Reason.NUMBER_NORMALISED).get(0);
    assertEquals(6, number.line());
    // the cell of two paragraphs "7\n件" is not silently taken for 7: it is reported at its row
    assertTrue(
        read.diagnostics().stream().anyMatch(d -> d.line() == 7),
        () -> read.diagnostics().toString());
    assertEquals("无。", r.problemsAndImprovements());
  }

  /** Known limit of the grid reader: such an amount is reported, never dropped silently. */
  @Test
  void anAmountWithDigitsInsideChineseIsReportedNotDropped() throws Exception {
    String text = TEXT.write(seed2019()).replaceAll("(?m)^(政府集中采购\t[^\t]*\t).*$", "$125万3千元");
    AnnualReport r = TEXT.read(text).report();
    ReadResult read = docx.read(docx.toBytes(r), ReadOptions.none());
    assertTrue(
        read.diagnostics(Diagnostic.Reason.UNPLACED_TEXT).stream()
            .anyMatch(d -> d.text().equals("25万3千元") && d.line() > 0),
        () -> read.diagnostics().toString());
  }

  private static AnnualReport seed2019() throws Exception {
    return AnyReports.gridReports(io.github.nianbao.core.FormatVersion.V2019).sample();
  }

  /** Known limit of the grid reader: a tab in a narrative paragraph reads as a space. */
  @Test
  void aTabInANarrativeReadsAsASpace() throws Exception {
    String text = TEXT.write(seed()).replace("\n五、存在的主要问题及改进情况\n\n", "\n五、存在的主要问题及改进情况\n\n甲\t乙\n");
    AnnualReport r = TEXT.read(text).report();
    assertTrue(r.problemsAndImprovements().startsWith("甲\t乙"), r.problemsAndImprovements());
    AnnualReport back = docx.read(docx.toBytes(r), ReadOptions.none()).report();
    assertEquals(r.problemsAndImprovements().replace('\t', ' '), back.problemsAndImprovements());
  }

  @Test
  void charactersAreRefused() throws Exception {
    var e =
        assertThrows(
            io.github.nianbao.serialization.ReportParseException.class,
            () -> docx.read(new StringReader("一、总体情况")));
    assertEquals(
        io.github.nianbao.serialization.ReportParseException.ErrorType.BINARY, e.errorType());
    assertThrows(UnsupportedOperationException.class, () -> docx.write(seed(), new StringWriter()));
  }
}

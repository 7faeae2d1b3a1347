package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LibreOffice fixtures (made by src/test/fixtures/make-fixtures.sh; see the README there): each
 * .docx the generator wrote, and the .doc LibreOffice made of it, reads back to its source report
 * (NAME.txt) cell for cell, narratives and all, with a MISSING_CELL diagnostic for each blank cell
 * and nothing else. Where LibreOffice's conversion changes the document, the test says what.
 */
class LibreOfficeDocTest {
  private static final ReportFormat TEXT = ReportFormats.byName("text").orElseThrow();
  private final DocFormat doc = new DocFormat();
  private final WordFormat docx = new WordFormat();

  static byte[] resource(String name) throws Exception {
    try (InputStream in = LibreOfficeDocTest.class.getResourceAsStream("/libreoffice/" + name)) {
      return in.readAllBytes();
    }
  }

  static AnnualReport source(String name) throws Exception {
    return TEXT.read(new String(resource(name + ".txt"), StandardCharsets.UTF_8)).report();
  }

  private static void readsBack(AnnualReport source, ReadResult read) {
    // the text layout first: a failure then shows the lines that differ
    assertEquals(TEXT.write(source), TEXT.write(read.report()));
    assertEquals(source, read.report());
    List<Diagnostic> losses =
        read.diagnostics().stream()
            .filter(d -> d.reason() != Diagnostic.Reason.PAGE_FURNITURE)
            .toList();
    assertEquals(WordRoundTripProperties.blanks(source), WordRoundTripProperties.missing(losses));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-0",
        "seed-1",
        "seed-2",
        "seed-3",
        "seed-4",
        "wps-styled",
        "blank-cells",
        "format-2019"
      })
  void eachDocReadsBackToItsSource(String name) throws Exception {
    readsBack(source(name), doc.read(resource(name + ".doc"), ReadOptions.none()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-0",
        "seed-1",
        "seed-2",
        "seed-3",
        "seed-4",
        "wps-styled",
        "blank-cells",
        "format-2019",
        "cell-without-paragraph",
        "text-box"
      })
  void eachDocxReadsBackToItsSource(String name) throws Exception {
    readsBack(source(name), docx.read(resource(name + ".docx"), ReadOptions.none()));
  }

  /**
   * The text box LibreOffice writes into the .doc's text box story, apart from the main text: the
   * doc reader does not read it, and quotes it in an OUTSIDE_REPORT note. (The .docx reads whole.)
   */
  @Test
  void aDocsTextBoxIsNotReadButNoted() throws Exception {
    AnnualReport source = source("text-box");
    ReadResult read = doc.read(resource("text-box.doc"), ReadOptions.none());
    String boxed = source.overview().text().split("\n")[0];
    assertTrue(boxed.startsWith("2023 年，市数字经济局坚持"), boxed);
    List<Diagnostic> notes = read.diagnostics(Diagnostic.Reason.OUTSIDE_REPORT);
    assertEquals(1, notes.size(), read.diagnostics()::toString);
    assertEquals(0, notes.get(0).line());
    assertTrue(boxed.startsWith(notes.get(0).text().replace("…", "")), notes.get(0).text());
    // the overview without the boxed paragraph and the blank line after it; the rest is the source
    assertEquals(
        source.overview().text().substring(boxed.length()).replaceFirst("^\n+", ""),
        read.report().overview().text());
    for (CellAddress a : CellAddress.all(source.formatVersion())) {
      assertEquals(source.cell(a), read.report().cell(a), a::toString);
    }
    assertEquals(source.problemsAndImprovements(), read.report().problemsAndImprovements());
    assertEquals(source.otherMatters(), read.report().otherMatters());
  }

  /**
   * A table nested in Table 3's note cell: both readers flatten it into the cell's text (the .docx
   * reader with tabs and line breaks, the .doc reader a paragraph a line, its row-end marks left
   * out), which the grid reader reads with spaces: the note is then no label of the table, and an
   * UNPLACED_TEXT diagnostic quotes it, the same from both files. The report is the source.
   */
  @ParameterizedTest
  @ValueSource(strings = {"doc", "docx"})
  void aNestedTableIsFlattenedIntoItsCell(String ending) throws Exception {
    AnnualReport source = source("nested-table");
    ReadResult read = doc.read(resource("nested-table." + ending), ReadOptions.none());
    assertEquals(source, read.report());
    List<Diagnostic> unplaced = read.diagnostics(Diagnostic.Kind.UNPLACED);
    assertEquals(1, unplaced.size(), read.diagnostics()::toString);
    assertEquals(Diagnostic.Reason.UNPLACED_TEXT, unplaced.get(0).reason());
    assertTrue(unplaced.get(0).text().endsWith("之和） 内表甲 内表乙 内表丙 内表丁"), unplaced.get(0).text());
    assertEquals(
        WordRoundTripProperties.blanks(source),
        WordRoundTripProperties.missing(
            read.diagnostics().stream()
                .filter(d -> d.kind() != Diagnostic.Kind.UNPLACED)
                .toList()));
  }

  /** A .doc named .docx (and the reverse) is read by what it is. */
  @Test
  void eachFormatReadsTheOthersFiles() throws Exception {
    AnnualReport source = source("seed-2");
    assertEquals(source, docx.read(resource("seed-2.doc"), ReadOptions.none()).report());
    assertEquals(source, doc.read(resource("seed-2.docx"), ReadOptions.none()).report());
  }

  /**
   * The page header and the footer's PAGE field of the wps-styled variant are in the .doc's header
   * story: one note, the report without them. (In the .docx they are two parts: two notes.)
   */
  @Test
  void theHeaderAndFooterAreNotedNotRead() throws Exception {
    ReadResult fromDoc = doc.read(resource("wps-styled.doc"), ReadOptions.none());
    List<Diagnostic> notes = fromDoc.diagnostics(Diagnostic.Reason.PAGE_FURNITURE);
    assertEquals(1, notes.size(), fromDoc.diagnostics()::toString);
    assertEquals(0, notes.get(0).line());
    assertTrue(notes.get(0).text().startsWith("政府信息公开工作年度报告- "), notes.get(0).text());
    ReadResult fromDocx = docx.read(resource("wps-styled.docx"), ReadOptions.none());
    assertEquals(
        List.of("政府信息公开工作年度报告", "- 1 -"),
        fromDocx.diagnostics(Diagnostic.Reason.PAGE_FURNITURE).stream()
            .map(Diagnostic::text)
            .toList());
    assertTrue(fromDoc.diagnostics(Diagnostic.Kind.UNPLACED).isEmpty());
  }

  /**
   * LibreOffice drops a cell that holds no paragraph ({@code <w:tc>} with only its properties),
   * which the docx reader reads as an empty cell: in the .doc, 规章's row of Table 2 has three cells,
   * the last spanning two columns, so its values move left. 本年制发件数, blank in the source, reads the
   * 本年废止件数; 本年废止件数 reads the 现行有效件数; 现行有效件数 is blank, and said so.
   */
  @Test
  void aCellWithoutAParagraphIsLostByLibreOffice() throws Exception {
    AnnualReport source = source("cell-without-paragraph");
    ReadResult read = doc.read(resource("cell-without-paragraph.doc"), ReadOptions.none());
    AnnualReport r = read.report();
    CellAddress issued = CellAddress.of(DisclosureRow.RULES, DisclosureColumn.ISSUED);
    CellAddress repealed = CellAddress.of(DisclosureRow.RULES, DisclosureColumn.REPEALED);
    CellAddress inForce = CellAddress.of(DisclosureRow.RULES, DisclosureColumn.IN_FORCE);
    assertEquals(Cell.blank(), source.cell(issued));
    assertEquals(source.cell(repealed), r.cell(issued));
    assertEquals(source.cell(inForce), r.cell(repealed));
    assertEquals(Cell.blank(), r.cell(inForce));
    assertEquals(Set.of(inForce.toString()), WordRoundTripProperties.missing(read.diagnostics()));
    for (CellAddress a : CellAddress.all(source.formatVersion())) {
      if (a.row() != DisclosureRow.RULES) {
        assertEquals(source.cell(a), r.cell(a), a::toString);
      }
    }
    assertEquals(source.overview(), r.overview());
  }
}

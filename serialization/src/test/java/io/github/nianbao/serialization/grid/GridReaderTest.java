package io.github.nianbao.serialization.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.text.RelayoutProperties;
import io.github.nianbao.serialization.text.TextFormat;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A grid, as an HTML, Word or PDF source builds it, read by the one recogniser. */
class GridReaderTest {

  /** Rows of a grid as an HTML page gives them: each element at its line of the page. */
  private static final class Page {
    final List<GridRow> rows = new ArrayList<>();
    int line = 100;

    Page p(String text) {
      rows.add(GridRow.paragraph(text, line++));
      return this;
    }

    Page tr(GridCell... cells) {
      rows.add(new GridRow(List.of(cells)));
      line++;
      return this;
    }

    GridCell td(String text) {
      return GridCell.of(text, line, 0);
    }

    GridCell td(String text, int rowSpan, int colSpan) {
      return new GridCell(text, line, 0, rowSpan, colSpan);
    }

    Grid grid() {
      return new Grid(rows);
    }
  }

  private static Page page() {
    Page page = new Page();
    page.p("某区司法局2023年政府信息公开工作年度报告").p("一、总体情况").p("2023年，我局…\n（一）主动公开。");
    page.p("二、主动公开政府信息情况");
    page.tr(page.td("第二十条第（一）项", 1, 4));
    page.tr(page.td("信息内容"), page.td("本年制发件数"), page.td("本年废止件数"), page.td("现行有效件数"));
    page.tr(page.td("规章"), page.td("0"), page.td(""), page.td("3"));
    page.tr(page.td("行政规范性文件"), page.td("1,024"), page.td("0"), page.td("12"));
    page.p("三、收到和处理政府信息公开申请情况");
    page.tr(page.td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), page.td("申请人情况", 1, 7));
    page.tr(page.td("自然人"), page.td("法人或其他组织", 1, 5), page.td("总计"));
    page.tr(page.td("商业企业"), page.td("科研机构"), page.td("社会公益组织"), page.td("法律服务机构"), page.td("其他"));
    page.tr(
        page.td("一、本年新收政府信息公开申请数量", 1, 3),
        page.td("5"),
        page.td("1"),
        page.td("0"),
        page.td("0"),
        page.td("0"),
        page.td("0"),
        page.td("6"));
    page.p("四、政府信息公开行政复议、行政诉讼情况").p("五、存在的主要问题及改进情况").p("无。");
    page.p("六、其他需要报告的事项").p("未收取信息处理费。");
    return page;
  }

  @Test
  void tablesWithSpansAndEmptyCellsReadIntoTheModel() throws Exception {
    ReadResult read = GridReader.read(page().grid(), ReadOptions.none());
    AnnualReport r = read.report();
    assertEquals("某区司法局", r.agency());
    assertEquals(2023, r.year());
    assertEquals(
        Cell.blank(), r.cell(CellAddress.of(DisclosureRow.RULES, DisclosureColumn.REPEALED)));
    assertEquals(
        Cell.of(3), r.cell(CellAddress.of(DisclosureRow.RULES, DisclosureColumn.IN_FORCE)));
    assertEquals(
        Cell.of(1024),
        r.cell(CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED)));
    assertEquals(
        Cell.of(6), r.cell(CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL)));
    assertEquals("2023年，我局…\n（一）主动公开。", r.overview().text());
  }

  @Test
  void diagnosticsStandAtTheSourcesLines() throws Exception {
    ReadResult read = GridReader.read(page().grid(), ReadOptions.none());
    Diagnostic number = read.diagnostics(Reason.NUMBER_NORMALISED).get(0);
    assertEquals("1,024", number.text());
    // the page's line of the row 行政规范性文件: the eighth element from line 100
    assertEquals(107, number.line());
    Diagnostic empty =
        read.diagnostics(Reason.MISSING_CELL).stream()
            .filter(d -> d.cell().orElseThrow().row() == DisclosureRow.RULES)
            .findFirst()
            .orElseThrow();
    assertEquals(106, empty.line());
  }

  /**
   * A paragraph's line breaks, {@code \r\n}, {@code \r} and {@code \n} alike and one at its end,
   * are lines of the paragraph's own source line: the rows after it keep theirs.
   */
  /**
   * A table row in a narrative section (a small table inside 一、总体情况) is a line of the narrative,
   * its cells separated by spaces, as a paragraph's tab is: the narrative then reads back the same
   * from a page or document that prints it as a paragraph.
   */
  @Test
  void aTableRowInANarrativeIsALineOfItsCellsSeparatedBySpaces() throws Exception {
    Page page = page();
    Page withRow = new Page();
    for (GridRow row : page.rows) {
      withRow.rows.add(row);
      if (row.cells().get(0).text().startsWith("2023年")) {
        withRow.rows.add(
            new GridRow(List.of(GridCell.of("网站发布", 1, 0), GridCell.of("83\t条", 1, 1))));
        withRow.rows.add(GridRow.paragraph("段\t落", 1));
      }
    }
    AnnualReport read = GridReader.read(withRow.grid(), ReadOptions.none()).report();
    String expected = "2023年，我局…\n（一）主动公开。\n网站发布 83 条\n段 落";
    assertEquals(expected, read.overview().text());
    Page asWritten = new Page();
    for (GridRow row : page.rows) {
      asWritten.rows.add(
          row.cells().get(0).text().startsWith("2023年")
              ? GridRow.paragraph(read.overview().text(), row.cells().get(0).line())
              : row);
    }
    assertEquals(
        expected, GridReader.read(asWritten.grid(), ReadOptions.none()).report().overview().text());
  }

  @Test
  void paragraphLineBreaksOfEveryKindKeepTheLinesOfTheRowsAfter() throws Exception {
    Page page = page();
    Page broken = new Page();
    for (GridRow row : page.rows) {
      GridCell c = row.cells().get(0);
      broken.rows.add(
          c.text().startsWith("2023年")
              ? GridRow.paragraph("2023年，我局…\r\n（一）主动公开。\r另起一行\n再起一行\r", c.line())
              : row);
    }
    ReadResult read = GridReader.read(broken.grid(), ReadOptions.none());
    assertEquals("2023年，我局…\n（一）主动公开。\n另起一行\n再起一行", read.report().overview().text());
    assertEquals(107, read.diagnostics(Reason.NUMBER_NORMALISED).get(0).line());
  }

  /**
   * A cell spanning far more columns than any table of the template (its empty cells grow the
   * grid's text past its first size) reads as the same row with as many empty cells.
   */
  @Test
  void aSpanWiderThanTheTemplatesTablesReadsAsItsEmptyCells() throws Exception {
    Page page = page();
    // before Table 3: a row of a note and a cell that spans the widest span a source keeps
    int at = 0;
    while (!page.rows.get(at).cells().get(0).text().startsWith("三、")) {
      at++;
    }
    List<GridRow> rows = new ArrayList<>(page.rows);
    rows.add(
        at,
        new GridRow(
            List.of(GridCell.of("注", 99, 0), new GridCell("", 99, 0, 1, GridCell.MAX_SPAN))));
    ReadResult wide = GridReader.read(new Grid(rows), ReadOptions.none());
    ReadResult plain = GridReader.read(page.grid(), ReadOptions.none());
    assertEquals(plain.report(), wide.report());
    assertTrue(
        wide.diagnostics().stream().anyMatch(d -> d.line() == 99 && d.text().equals("注")),
        wide.diagnostics().toString());
  }

  /** A label merged over three columns adds no empty cells: the blank last cell stays last. */
  @Test
  void aBlankLastCellOfARowWhoseLabelSpansColumnsStaysInItsColumn() throws Exception {
    Page page = new Page();
    page.p("某局2023年政府信息公开工作年度报告").p("三、收到和处理政府信息公开申请情况");
    page.tr(
        page.td("四、结转下年度继续办理", 1, 3),
        page.td("2"),
        page.td("4"),
        page.td("7"),
        page.td("0"),
        page.td("1"),
        page.td("9"),
        page.td(""));
    page.p("四、政府信息公开行政复议、行政诉讼情况");
    AnnualReport r = GridReader.read(page.grid(), ReadOptions.none()).report();
    assertEquals(
        Cell.of(2),
        r.cell(CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON)));
    assertEquals(
        Cell.blank(),
        r.cell(CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL)));
  }

  /**
   * A short text in a row's last cell is a mark in that cell, not the start of the next row's
   * label: the next row's label stands on its own (found by the Word fuzzer: a {@code .docx}
   * written with a mark {@code p} read back with the mark glued to the label below and its row
   * blank).
   */
  @Test
  void aMarkInALastCellIsNotJoinedToTheNextRowsLabel() throws Exception {
    Page page = new Page();
    page.p("某局2023年政府信息公开工作年度报告").p("三、收到和处理政府信息公开申请情况");
    GridCell[] disclosed = new GridCell[9];
    disclosed[0] = page.td("三、本年度办理结果", 2, 1);
    disclosed[1] = page.td("（一）予以公开", 1, 2);
    for (int k = 2; k < 8; k++) {
      disclosed[k] = page.td(String.valueOf(k));
    }
    disclosed[8] = page.td("p");
    page.tr(disclosed);
    GridCell[] partly = new GridCell[8];
    partly[0] = page.td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2);
    for (int k = 1; k < 8; k++) {
      partly[k] = page.td(String.valueOf(10 + k));
    }
    page.tr(partly);
    page.p("四、政府信息公开行政复议、行政诉讼情况");
    ReadResult read = GridReader.read(page.grid(), ReadOptions.none());
    AnnualReport r = read.report();
    assertEquals(
        Cell.of(2),
        r.cell(CellAddress.of(ApplicationRow.DISCLOSED, ApplicantCategory.NATURAL_PERSON)));
    assertEquals(
        Cell.mark("p"), r.cell(CellAddress.of(ApplicationRow.DISCLOSED, ApplicantCategory.TOTAL)));
    assertEquals(
        Cell.of(11),
        r.cell(
            CellAddress.of(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantCategory.NATURAL_PERSON)));
    assertEquals(
        Cell.of(17),
        r.cell(CellAddress.of(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantCategory.TOTAL)));
    assertEquals(List.of(), read.diagnostics(Reason.LABEL_BROKEN), read.diagnostics().toString());
  }

  /**
   * What is printed in a value cell that spans columns, as Table 2's cells do, and reads as a
   * numbering alone ({@code 5、}, {@code 5)}, a number and a figure space) is that cell's mark, as
   * it is in a cell of one column: not the numbering of a label to come, lost with the cell read as
   * empty (the Word fuzzer's find: a .doc's 0 and U+2007 written as .docx read back blank). A
   * numbering in a cell of its own before its label's cell, an empty cell between, stays the
   * label's.
   */
  @Test
  void aNumberingAloneInAValueCellSpanningColumnsIsItsMark() throws Exception {
    for (String printed : List.of("5、", "5)", "5）", "0\u2007", "12\u202F")) {
      for (int span : new int[] {1, 3}) {
        Page page = new Page();
        page.p("某局2023年政府信息公开工作年度报告").p("二、主动公开政府信息情况");
        page.tr(page.td("第二十条第（八）项", 1, 4));
        page.tr(page.td("信息内容"), page.td("本年收费金额（单位：万元）", 1, 3));
        page.tr(page.td("行政事业性收费"), page.td(printed, 1, span));
        page.p("三、收到和处理政府信息公开申请情况");
        // a row before it one cell short: open, not full, when the numbering comes
        page.tr(
            page.td("二、上年结转政府信息公开申请数量", 1, 3),
            page.td("1"),
            page.td("0"),
            page.td("0"),
            page.td("0"),
            page.td("0"),
            page.td("1"));
        page.tr(
            page.td("（一）"),
            page.td(""),
            page.td("予以公开"),
            page.td("4"),
            page.td("0"),
            page.td("0"),
            page.td("0"),
            page.td("0"),
            page.td("0"),
            page.td("4"));
        ReadResult read = GridReader.read(page.grid(), ReadOptions.none());
        String what = printed + ", span " + span;
        assertEquals(
            AmountCell.mark(printed),
            read.report().cell(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES)),
            what);
        assertEquals(
            List.of(),
            read.diagnostics(Reason.MISSING_CELL).stream()
                .filter(d -> d.cell().orElseThrow().row() == DisclosureRow.ADMINISTRATIVE_FEES)
                .toList(),
            what);
        // the short row stays short: the numbering is not taken for its missing cell
        assertTrue(!read.diagnostics(Reason.SHORT_ROW).isEmpty(), what);
        assertEquals(
            Cell.blank(),
            read.report()
                .cell(CellAddress.of(ApplicationRow.CARRIED_OVER, ApplicantCategory.TOTAL)),
            what);
        // the numbering in its own cell is still read with its label: 予以公开's first cell is 4
        assertEquals(
            Cell.of(4),
            read.report()
                .cell(CellAddress.of(ApplicationRow.DISCLOSED, ApplicantCategory.NATURAL_PERSON)),
            what);
      }
    }
  }

  @Test
  void aGridWithNoReportIsRefusedAtItsLine() {
    Grid grid = new Grid(List.of(GridRow.paragraph("通知", 7), GridRow.paragraph("正文", 8)));
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> GridReader.read(grid, ReadOptions.none()));
    assertEquals(ReportParseException.ErrorType.NOT_A_REPORT, e.errorType());
  }

  @Test
  void anEmptyCellOfARowStaysEmptyWhateverFollows() throws Exception {
    Page page = new Page();
    page.p("某局2023年政府信息公开工作年度报告").p("二、主动公开政府信息情况");
    page.tr(page.td("行政许可"), page.td(""));
    page.p("无关");
    page.p("三、收到和处理政府信息公开申请情况");
    ReadResult read = GridReader.read(page.grid(), ReadOptions.none());
    assertEquals(Cell.blank(), read.report().cell(CellAddress.of(DisclosureRow.LICENSING)));
    assertTrue(
        read.diagnostics(Reason.UNPLACED_TEXT).stream().anyMatch(d -> d.text().equals("无关")));
  }

  @Test
  void cellsRejectNegativePlacesAndEmptySpans() {
    assertThrows(IllegalArgumentException.class, () -> new GridCell("x", -1, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new GridCell("x", 1, 0, 0, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new GridCell("x", 1, 0, 1, GridCell.MAX_SPAN + 1));
    assertTrue(GridRow.paragraph("x", 3).line() == 3);
  }

  /**
   * The canonical text of any report, one grid row a line, reads as the text format reads it, but
   * for a narrative's tab: a narrative line of several cells is its cells separated by spaces.
   */
  @Property(tries = 100)
  void aGridOfTheCanonicalRowsReadsTheSameReport(@ForAll("numericReports") AnnualReport report)
      throws Exception {
    String text = new TextFormat().write(report);
    List<GridRow> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      List<GridCell> cells = new ArrayList<>();
      for (String cell : lines[i].split("\t", -1)) {
        cells.add(GridCell.of(cell, i + 1, 0));
      }
      rows.add(new GridRow(cells));
    }
    ReadResult read = GridReader.read(new Grid(rows), ReadOptions.none());
    AnnualReport expected =
        report
            .withOverview(report.overview().withText(report.overview().text().replace('\t', ' ')))
            .withProblemsAndImprovements(report.problemsAndImprovements().replace('\t', ' '))
            .withOtherMatters(report.otherMatters().replace('\t', ' '));
    assertEquals(expected, read.report());
    assertEquals(List.of(), read.diagnostics(Diagnostic.Kind.UNPLACED));
  }

  /**
   * The grid reader cuts its text into lines, and checks it, as it copies the cells: whatever the
   * cells hold (line breaks of every kind, tabs, control characters, noncharacters, radicals, byte
   * order marks, white space), it reads what the text reader reads of the same text joined by the
   * rules of the class's Javadoc, with the same errors and diagnostics at the same source lines.
   */
  @Property(tries = 400)
  void cutsAndChecksItsTextAsTheTextReaderDoes(
      @ForAll("edits") List<int[]> edits, @ForAll boolean blankPage) throws Exception {
    List<GridRow> rows = new ArrayList<>();
    List<GridRow> base = blankPage ? List.of(GridRow.paragraph(" ", 3)) : page().rows;
    for (GridRow row : base) {
      rows.add(new GridRow(new ArrayList<>(row.cells())));
    }
    for (int[] edit : edits) {
      // an edit: a row, a cell, a place in its text, a character of the palette
      GridRow row = rows.get(edit[0] % rows.size());
      List<GridCell> cells = new ArrayList<>(row.cells());
      int k = edit[1] % cells.size();
      GridCell c = cells.get(k);
      int at = edit[2] % (c.text().length() + 1);
      String text =
          c.text().substring(0, at)
              + PALETTE.charAt(edit[3] % PALETTE.length())
              + c.text().substring(at);
      cells.set(k, new GridCell(text, c.line(), c.column(), c.rowSpan(), c.colSpan()));
      rows.set(rows.indexOf(row), new GridRow(cells));
    }
    Grid grid = new Grid(rows);
    Object expected = oracle(grid);
    Object actual;
    try {
      actual = outcome(GridReader.read(grid, ReadOptions.none()), null);
    } catch (ReportParseException e) {
      actual = failure(e, e.line());
    }
    assertEquals(expected, actual);
  }

  /** Line breaks, tabs, controls, noncharacters, radicals, marks and spaces, and plain text. */
  private static final String PALETTE =
      "\n\r\t\u0001\u000B\f\u007F\u0085\uFFFE\uFFFF\u2F00\u2E8C\uF900\uFA0E\uFEFF\u3000\u00A0 1一";

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<int[]>> edits() {
    return net.jqwik.api.Arbitraries.integers()
        .between(0, 1_000_000)
        .array(int[].class)
        .ofSize(4)
        .list()
        .ofMaxSize(6);
  }

  /**
   * What the text reader reads of the grid's text joined by the documented rules, as a string, its
   * errors and diagnostics placed at the source lines.
   */
  private static Object oracle(Grid grid) {
    StringBuilder text = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    for (GridRow row : grid.rows()) {
      List<GridCell> cells = row.cells();
      if (cells.size() == 1 && cells.get(0).colSpan() == 1) {
        String t = cells.get(0).text();
        for (int i = 0; i < t.length(); i++) {
          char ch = t.charAt(i);
          if (ch == '\n' || (ch == '\r' && (i + 1 == t.length() || t.charAt(i + 1) != '\n'))) {
            text.append('\n');
            origin.add(cells.get(0).line());
          } else {
            text.append(ch == '\t' ? ' ' : ch);
          }
        }
      } else {
        boolean leading = true;
        boolean first = true;
        for (GridCell c : cells) {
          // a label: longer than three characters without white space around, a Han one in it
          int a = 0;
          int b = c.text().length();
          while (a < b && Character.isWhitespace(c.text().charAt(a))) {
            a++;
          }
          while (b > a && Character.isWhitespace(c.text().charAt(b - 1))) {
            b--;
          }
          leading =
              leading
                  && b - a > 3
                  && c.text()
                      .codePoints()
                      .anyMatch(
                          cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
          for (int k = 0; k < (leading ? 1 : c.colSpan()); k++) {
            if (!first) {
              text.append('\t');
            }
            first = false;
            if (k == 0) {
              text.append(c.text().replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
            }
          }
        }
      }
      text.append('\n');
      origin.add(row.line());
    }
    try {
      ReadResult read =
          io.github.nianbao.serialization.internal.text.TextReader.read(
              text.toString(),
              ReadOptions.none(),
              io.github.nianbao.serialization.internal.text.TextReader.Settings.grid(
                  TextFormat.MAX_INPUT_CHARS));
      return outcome(read, origin);
    } catch (ReportParseException e) {
      return failure(e, e.line() == 0 ? 0 : origin.get(e.line() - 1));
    }
  }

  private static Object outcome(ReadResult read, List<Integer> origin) {
    List<String> diagnostics = new ArrayList<>();
    for (Diagnostic d : read.diagnostics()) {
      int line = origin == null || d.line() == 0 ? d.line() : origin.get(d.line() - 1);
      diagnostics.add(
          d.reason() + "@" + line + " " + d.cell() + " " + d.text() + ": " + d.message());
    }
    return List.of(read.report(), diagnostics);
  }

  private static Object failure(ReportParseException e, int line) {
    return e.errorType() + "@" + line + ": " + e.detail();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<AnnualReport> numericReports() {
    return new RelayoutProperties().numericReports();
  }
}

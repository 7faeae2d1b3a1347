package io.github.nianbao.serialization.word;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantGroup;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureClause;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.TableHeading;
import io.github.nianbao.serialization.ReportFormats;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a report as a .docx in the official layout: the title paragraph (and the format and scope
 * lines of the text format where they are not the default), the six section headings, the narrative
 * a paragraph a line, and the three tables with their header rows and merged cells as the official
 * template prints them (label cells merged down with {@code vMerge}, group headers across with
 * {@code gridSpan}).
 *
 * <p>The paragraphs are the text format's canonical lines (so a narrative line that would read as a
 * heading is escaped as there), which the Word reader reads back without diagnostics.
 */
final class DocxWriter {
  /** One planned cell: its text, its column span, and its row span (0: a continuation). */
  private record Cell(String text, int colSpan, int rowSpan, boolean bold) {}

  private final AnnualReport report;
  private final XWPFDocument doc = new XWPFDocument();

  private DocxWriter(AnnualReport report) {
    this.report = report;
  }

  static void write(AnnualReport report, OutputStream out) throws IOException {
    DocxWriter w = new DocxWriter(report);
    w.all();
    w.doc.write(out);
    w.doc.close();
    out.flush();
  }

  private void all() {
    List<String> lines =
        List.of(ReportFormats.byName("text").orElseThrow().write(report).split("\n", -1));
    List<Integer> headings = new ArrayList<>();
    int from = 0;
    for (ReportSection s : ReportSection.values()) {
      int at = lines.subList(from, lines.size()).indexOf(s.heading()) + from;
      headings.add(at);
      from = at + 1;
    }
    // the preamble: the title, then the format and scope lines; the blank line before 一、 is not
    for (int i = 0; i < headings.get(0) - 1; i++) {
      XWPFParagraph p = paragraph(lines.get(i), i == 0);
      if (i == 0) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
    }
    ReportSection[] sections = ReportSection.values();
    for (int k = 0; k < sections.length; k++) {
      paragraph(sections[k].heading(), true);
      switch (sections[k]) {
        case ACTIVE_DISCLOSURE -> table(activeDisclosure());
        case APPLICATIONS -> table(applications());
        case REVIEW_AND_LITIGATION -> table(review());
        default -> {
          // the section's lines: after the heading and its blank line, up to the blank line
          // before the next heading (the text ends with a line break: its last "" is no line)
          int start = headings.get(k) + 2;
          int end = k + 1 < sections.length ? headings.get(k + 1) - 1 : lines.size() - 1;
          for (int i = start; i < end; i++) {
            paragraph(lines.get(i), false);
          }
        }
      }
    }
  }

  private XWPFParagraph paragraph(String text, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setBold(bold);
    return p;
  }

  private List<List<Cell>> activeDisclosure() {
    List<List<Cell>> t = new ArrayList<>();
    int width = 4;
    DisclosureClause clause = null;
    if (report.formatVersion() == FormatVersion.V2019) {
      for (DisclosureRow2019 row : DisclosureRow2019.values()) {
        width = Math.max(width, row.columns().size() + 1);
      }
      for (DisclosureRow2019 row : DisclosureRow2019.values()) {
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (DisclosureColumn2019 c : row.columns()) {
          labels.add(c.label());
          values.add(report.cell(CellAddress.of(row, c)).printed());
        }
        if (row.clause() != clause) {
          clause = row.clause();
          t.add(List.of(new Cell(clause.label(), width, 1, true)));
          t.add(spread(TableHeading.INFORMATION_CONTENT.label(), labels, width, true));
        }
        t.add(spread(row.label(), values, width, false));
      }
      return t;
    }
    for (DisclosureRow row : DisclosureRow.values()) {
      List<String> labels = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (DisclosureColumn c : row.columns()) {
        labels.add(c.label());
        values.add(report.cell(CellAddress.of(row, c)).printed());
      }
      if (row.clause() != clause) {
        clause = row.clause();
        t.add(List.of(new Cell(clause.label(), width, 1, true)));
        t.add(spread(TableHeading.INFORMATION_CONTENT.label(), labels, width, true));
      }
      t.add(spread(row.label(), values, width, false));
    }
    return t;
  }

  /** A label and its cells in a table {@code width} columns wide: the last cell spans the rest. */
  private static List<Cell> spread(String label, List<String> cells, int width, boolean bold) {
    List<Cell> r = new ArrayList<>();
    r.add(new Cell(label, 1, 1, bold));
    for (int i = 0; i < cells.size(); i++) {
      int span = i == cells.size() - 1 ? width - cells.size() : 1;
      r.add(new Cell(cells.get(i), span, 1, bold));
    }
    return r;
  }

  private List<List<Cell>> applications() {
    List<List<Cell>> t = new ArrayList<>();
    ApplicantCategory[] categories = ApplicantCategory.values();
    List<Cell> r1 = new ArrayList<>();
    r1.add(new Cell(TableHeading.BALANCE_NOTE.label(), 3, 3, true));
    r1.add(new Cell(TableHeading.APPLICANT_SITUATION.label(), categories.length, 1, true));
    List<Cell> r2 = new ArrayList<>();
    List<Cell> r3 = new ArrayList<>();
    r2.add(new Cell("", 3, 0, true));
    r3.add(new Cell("", 3, 0, true));
    ApplicantGroup previous = null;
    for (ApplicantCategory c : categories) {
      if (c.group().isEmpty()) {
        r2.add(new Cell(c.label(), 1, 2, true));
        r3.add(new Cell("", 1, 0, true));
        previous = null;
        continue;
      }
      ApplicantGroup g = c.group().get();
      if (g != previous) {
        int n = 0;
        for (ApplicantCategory o : categories) {
          if (o.group().orElse(null) == g) {
            n++;
          }
        }
        r2.add(new Cell(g.label(), n, 1, true));
      }
      r3.add(new Cell(c.label(), 1, 1, true));
      previous = g;
    }
    t.add(r1);
    t.add(r2);
    t.add(r3);
    List<ApplicationRow> rows = ApplicationRow.rows(report.formatVersion());
    int outcomes = 0;
    for (ApplicationRow row : rows) {
      if (row.group().isPresent()) {
        outcomes++;
      }
    }
    for (ApplicationRow row : rows) {
      List<Cell> r = new ArrayList<>();
      OutcomeGroup g = row.group().orElse(null);
      if (g == null) {
        r.add(new Cell(row.officialLabel(), 3, 1, false));
      } else {
        r.add(
            new Cell(
                row == ApplicationRow.DISCLOSED ? TableHeading.OUTCOMES.label() : "",
                1,
                row == ApplicationRow.DISCLOSED ? outcomes : 0,
                false));
        if (row.isSubRow()) {
          boolean first =
              rows.get(rows.indexOf(row) - 1).group().orElse(null) != g
                  || !rows.get(rows.indexOf(row) - 1).isSubRow();
          int n = 0;
          for (ApplicationRow o : rows) {
            if (o.isSubRow() && o.group().orElse(null) == g) {
              n++;
            }
          }
          r.add(new Cell(first ? g.officialLabel() : "", 1, first ? n : 0, false));
          r.add(new Cell(row.officialLabel(), 1, 1, false));
        } else {
          r.add(new Cell(row.officialLabel(), 2, 1, false));
        }
      }
      for (ApplicantCategory c : categories) {
        r.add(new Cell(report.cell(CellAddress.of(row, c)).printed(), 1, 1, false));
      }
      t.add(r);
    }
    return t;
  }

  private List<List<Cell>> review() {
    List<Cell> proceedings = new ArrayList<>();
    List<Cell> groups = new ArrayList<>();
    List<Cell> columns = new ArrayList<>();
    List<Cell> values = new ArrayList<>();
    int width = ReviewColumn.values().length;
    Object previous = null;
    for (ReviewCase g : ReviewCase.values()) {
      boolean grouped = !g.label().equals(g.proceeding().label());
      if (g.proceeding() != previous) {
        int n = 0;
        for (ReviewCase o : ReviewCase.values()) {
          if (o.proceeding() == g.proceeding()) {
            n += width;
          }
        }
        proceedings.add(new Cell(g.proceeding().label(), n, 1, true));
      }
      previous = g.proceeding();
      if (grouped) {
        groups.add(new Cell(g.label(), width, 1, true));
      }
      for (ReviewColumn c : ReviewColumn.values()) {
        if (grouped) {
          columns.add(new Cell(c.label(), 1, 1, true));
        } else {
          groups.add(new Cell(c.label(), 1, 2, true));
          columns.add(new Cell("", 1, 0, true));
        }
        values.add(new Cell(report.cell(CellAddress.of(g, c)).printed(), 1, 1, false));
      }
    }
    return List.of(proceedings, groups, columns, values);
  }

  /** Writes a planned table: gridSpan for column spans, vMerge for row spans. */
  private void table(List<List<Cell>> plan) {
    XWPFTable table = doc.createTable();
    for (int i = 0; i < plan.size(); i++) {
      XWPFTableRow row = i == 0 ? table.getRow(0) : table.createRow();
      // createRow copies the previous row's cells: start from none
      while (row.getTableCells().size() > 0) {
        row.removeCell(0);
      }
      for (Cell c : plan.get(i)) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr pr =
            cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (c.colSpan() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(c.colSpan()));
        }
        if (c.rowSpan() > 1) {
          pr.addNewVMerge().setVal(STMerge.RESTART);
        } else if (c.rowSpan() == 0) {
          pr.addNewVMerge();
        }
        XWPFParagraph p =
            cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        if (!c.text().isEmpty()) {
          XWPFRun r = p.createRun();
          r.setText(c.text());
          r.setBold(c.bold());
        }
      }
    }
    doc.createParagraph();
  }
}

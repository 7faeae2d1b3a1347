package io.github.nianbao.html.internal;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
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
import io.github.nianbao.core.ReviewProceeding;
import io.github.nianbao.core.TableHeading;
import io.github.nianbao.serialization.text.TextFormat;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Writes a report as a standalone HTML5 page in the official template; see {@link
 * io.github.nianbao.html.HtmlFormat}.
 *
 * <p>The title, the format lines and the narrative sections are the lines of the text format's
 * canonical layout (so escaped as it escapes them, and read back as it reads them); the tables are
 * built from the model with the template's merged cells.
 */
public final class HtmlWriter {
  private static final String STYLE =
      "body{font-family:\"SimSun\",\"Songti SC\",serif;max-width:60em;margin:2em auto;"
          + "line-height:1.6}h1{text-align:center;font-size:1.5em}h2{font-size:1.15em}"
          + "table{border-collapse:collapse;margin:1em 0;width:100%}"
          + "td,th{border:1px solid #000;padding:2px 4px;text-align:center;font-weight:normal}"
          + "td.label{text-align:left}.note{font-size:.9em}";

  private final StringBuilder b = new StringBuilder();
  private final AnnualReport report;

  private HtmlWriter(AnnualReport report) {
    this.report = report;
  }

  /**
   * Returns the page of a report.
   *
   * @param report the report
   * @return the HTML, {@code \n} line breaks
   */
  public static String toHtml(AnnualReport report) {
    HtmlWriter w = new HtmlWriter(report);
    w.all();
    return w.b.toString();
  }

  private void all() {
    List<String> lines = List.of(new TextFormat().write(report).split("\n", -1));
    int first = lines.indexOf(ReportSection.OVERVIEW.heading());
    String title = lines.get(0);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(esc(title)).append("</h1>\n");
    // the format and scope lines, when the text layout prints them: before the first blank line
    for (int i = 1; i < first - 1 && !lines.get(i).isEmpty(); i++) {
      b.append("<p class=\"meta\">").append(esc(lines.get(i))).append("</p>\n");
    }
    for (ReportSection s : ReportSection.values()) {
      b.append("<h2>").append(esc(s.heading())).append("</h2>\n");
      switch (s) {
        case ACTIVE_DISCLOSURE -> activeDisclosure();
        case APPLICATIONS -> applications();
        case REVIEW_AND_LITIGATION -> review();
        default -> narrative(lines, s);
      }
    }
    b.append("</body>\n</html>\n");
  }

  /** A narrative: its canonical lines, verbatim in one preformatted block. */
  private void narrative(List<String> lines, ReportSection s) {
    int from = lines.indexOf(s.heading()) + 2;
    int to = lines.size() - 1;
    if (s.ordinal() + 1 < ReportSection.values().length) {
      to = lines.indexOf(ReportSection.values()[s.ordinal() + 1].heading()) - 1;
    }
    if (from >= to) {
      return;
    }
    b.append("<div class=\"narrative\" style=\"white-space:pre-wrap\">")
        .append(esc(String.join("\n", lines.subList(from, to))))
        .append("</div>\n");
  }

  private void activeDisclosure() {
    List<Object[]> rows = new ArrayList<>();
    if (report.formatVersion() == FormatVersion.V2019) {
      for (DisclosureRow2019 r : DisclosureRow2019.values()) {
        List<String> cols = new ArrayList<>();
        List<CellAddress> cells = new ArrayList<>();
        for (DisclosureColumn2019 c : r.columns()) {
          cols.add(c.label());
          cells.add(CellAddress.of(r, c));
        }
        rows.add(new Object[] {r.clause(), r.label(), cols, cells});
      }
    } else {
      for (DisclosureRow r : DisclosureRow.values()) {
        List<String> cols = new ArrayList<>();
        List<CellAddress> cells = new ArrayList<>();
        for (DisclosureColumn c : r.columns()) {
          cols.add(c.label());
          cells.add(CellAddress.of(r, c));
        }
        rows.add(new Object[] {r.clause(), r.label(), cols, cells});
      }
    }
    int width = 0;
    for (Object[] r : rows) {
      width = Math.max(width, ((List<?>) r[2]).size() + 1);
    }
    b.append("<table>\n");
    DisclosureClause clause = null;
    for (Object[] r : rows) {
      @SuppressWarnings("unchecked")
      List<String> cols = (List<String>) r[2];
      @SuppressWarnings("unchecked")
      List<CellAddress> cells = (List<CellAddress>) r[3];
      if (r[0] != clause) {
        clause = (DisclosureClause) r[0];
        b.append("<tr>").append(th(clause.label(), 1, width)).append("</tr>\n<tr>");
        b.append(th(TableHeading.INFORMATION_CONTENT.label(), 1, 1));
        for (int i = 0; i < cols.size(); i++) {
          b.append(th(cols.get(i), 1, i == cols.size() - 1 ? width - cols.size() : 1));
        }
        b.append("</tr>\n");
      }
      b.append("<tr>").append(label((String) r[1], 1, 1));
      for (int i = 0; i < cells.size(); i++) {
        b.append(td(cells.get(i), i == cells.size() - 1 ? width - cells.size() : 1));
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private void applications() {
    int categories = ApplicantCategory.values().length;
    b.append("<table>\n<tr>")
        .append(th(TableHeading.BALANCE_NOTE.label(), 3, 3))
        .append(th(TableHeading.APPLICANT_SITUATION.label(), 1, categories))
        .append("</tr>\n<tr>");
    StringBuilder grouped = new StringBuilder();
    Object previous = null;
    for (ApplicantCategory c : ApplicantCategory.values()) {
      if (c.group().isEmpty()) {
        b.append(th(c.label(), 2, 1));
        previous = null;
        continue;
      }
      if (c.group().get() != previous) {
        long n =
            List.of(ApplicantCategory.values()).stream()
                .filter(o -> o.group().equals(c.group()))
                .count();
        b.append(th(c.group().get().label(), 1, (int) n));
      }
      previous = c.group().get();
      grouped.append(th(c.label(), 1, 1));
    }
    b.append("</tr>\n<tr>").append(grouped).append("</tr>\n");
    List<ApplicationRow> rows = ApplicationRow.rows(report.formatVersion());
    // 三、本年度办理结果 spans the outcome rows, （七）总计 included
    List<ApplicationRow> outcomes =
        rows.subList(
            rows.indexOf(ApplicationRow.DISCLOSED),
            rows.indexOf(ApplicationRow.OUTCOMES_TOTAL) + 1);
    OutcomeGroup group = null;
    for (ApplicationRow row : rows) {
      b.append("<tr>");
      if (!outcomes.contains(row)) {
        b.append(label(row.officialLabel(), 1, 3));
      } else {
        if (row == outcomes.get(0)) {
          b.append(label(TableHeading.OUTCOMES.label(), outcomes.size(), 1));
        }
        OutcomeGroup g = row.group().orElse(null);
        if (row.isSubRow()) {
          if (g != group) {
            int n = 0;
            for (ApplicationRow o : outcomes) {
              n += o.isSubRow() && o.group().orElse(null) == g ? 1 : 0;
            }
            b.append(label(g.officialLabel(), n, 1));
          }
          b.append(label(row.officialLabel(), 1, 1));
        } else {
          b.append(label(row.officialLabel(), 1, 2));
        }
        group = g;
      }
      for (ApplicantCategory c : ApplicantCategory.values()) {
        b.append(td(CellAddress.of(row, c), 1));
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private void review() {
    int width = ReviewColumn.values().length;
    b.append("<table>\n<tr>");
    ReviewProceeding previous = null;
    for (ReviewCase g : ReviewCase.values()) {
      if (g.proceeding() != previous) {
        long n =
            List.of(ReviewCase.values()).stream()
                .filter(o -> o.proceeding() == g.proceeding())
                .count();
        b.append(th(g.proceeding().label(), 1, (int) n * width));
      }
      previous = g.proceeding();
    }
    b.append("</tr>\n<tr>");
    StringBuilder columns = new StringBuilder();
    for (ReviewCase g : ReviewCase.values()) {
      if (g.proceeding() == ReviewProceeding.ADMINISTRATIVE_LITIGATION) {
        b.append(th(g.label(), 1, width));
        for (ReviewColumn c : ReviewColumn.values()) {
          columns.append(th(c.label(), 1, 1));
        }
      } else {
        for (ReviewColumn c : ReviewColumn.values()) {
          b.append(th(c.label(), 2, 1));
        }
      }
    }
    b.append("</tr>\n<tr>").append(columns).append("</tr>\n<tr>");
    for (ReviewCase g : ReviewCase.values()) {
      for (ReviewColumn c : ReviewColumn.values()) {
        b.append(td(CellAddress.of(g, c), 1));
      }
    }
    b.append("</tr>\n</table>\n");
  }

  private String td(CellAddress a, int colSpan) {
    return "<td" + spans(1, colSpan) + ">" + esc(report.cell(a).printed()) + "</td>";
  }

  private static String th(String text, int rowSpan, int colSpan) {
    return "<th" + spans(rowSpan, colSpan) + ">" + esc(text) + "</th>";
  }

  private static String label(String text, int rowSpan, int colSpan) {
    return "<td class=\"label\"" + spans(rowSpan, colSpan) + ">" + esc(text) + "</td>";
  }

  private static String spans(int rowSpan, int colSpan) {
    return (rowSpan > 1 ? " rowspan=\"" + rowSpan + "\"" : "")
        + (colSpan > 1 ? " colspan=\"" + colSpan + "\"" : "");
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }
}

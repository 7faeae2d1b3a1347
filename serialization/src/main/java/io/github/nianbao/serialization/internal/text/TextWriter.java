package io.github.nianbao.serialization.internal.text;

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
import io.github.nianbao.core.Scope;
import io.github.nianbao.core.TableHeading;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer of the canonical layout of the text format; see {@link
 * io.github.nianbao.serialization.text.TextFormat}.
 */
public final class TextWriter {
  private static final char TAB = '\t';
  private static final char NL = '\n';

  private final StringBuilder b = new StringBuilder();
  private final AnnualReport report;

  private TextWriter(AnnualReport report) {
    this.report = report;
  }

  /**
   * Writes a report in the canonical layout.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(AnnualReport report, Writer out) throws IOException {
    out.write(toText(report));
    out.flush();
  }

  /**
   * Returns the canonical layout of a report.
   *
   * @param report the report
   * @return the text, with {@code \n} line breaks
   */
  public static String toText(AnnualReport report) {
    TextWriter w = new TextWriter(report);
    w.all();
    return w.b.toString();
  }

  private void all() {
    String title =
        report.agency() + report.year() + Layout.YEAR_SUFFIX + TableHeading.REPORT_TITLE.label();
    // a title the lenient reader would read otherwise (an agency that starts with a bullet, a
    // Markdown mark or 标题：) is escaped, and read back literally
    Title read = Title.parse(title);
    if (read == null || !read.agency().equals(report.agency()) || read.year() != report.year()) {
      b.append(Layout.ESCAPE);
    }
    b.append(title).append(NL);
    // the 2019 format, or a format that does not fit the year, is named: the reader then reads
    // the tables as declared without a note that the year suggests the other format
    if (report.formatVersion() != FormatVersion.V2021
        || !report.formatVersion().fitsYear(report.year())) {
      b.append(Layout.FORMAT_PREFIX).append(report.formatVersion().document()).append(NL);
    }
    if (report.scope() != Scope.AGENCY) {
      b.append(Layout.SCOPE_PREFIX).append(report.scope().name()).append(NL);
    }
    heading(ReportSection.OVERVIEW);
    narrative(report.overview().text());
    heading(ReportSection.ACTIVE_DISCLOSURE);
    activeDisclosure();
    heading(ReportSection.APPLICATIONS);
    applications();
    heading(ReportSection.REVIEW_AND_LITIGATION);
    reviewAndLitigation();
    heading(ReportSection.PROBLEMS_AND_IMPROVEMENTS);
    narrative(report.problemsAndImprovements());
    heading(ReportSection.OTHER_MATTERS);
    narrative(report.otherMatters());
  }

  private void heading(ReportSection section) {
    b.append(NL).append(section.heading()).append(NL).append(NL);
  }

  private void narrative(String text) {
    if (text.isEmpty()) {
      return;
    }
    for (String line : text.split("\n", -1)) {
      b.append(Layout.escape(line)).append(NL);
    }
  }

  private void row(String label, List<CellAddress> cells) {
    b.append(label);
    for (CellAddress a : cells) {
      b.append(TAB).append(report.cell(a).printed());
    }
    b.append(NL);
  }

  private void activeDisclosure() {
    if (report.formatVersion() == FormatVersion.V2019) {
      activeDisclosure2019();
      return;
    }
    DisclosureClause clause = null;
    for (DisclosureRow row : DisclosureRow.values()) {
      List<CellAddress> cells = new ArrayList<>();
      for (DisclosureColumn c : row.columns()) {
        cells.add(CellAddress.of(row, c));
      }
      if (row.clause() != clause) {
        clause = row.clause();
        b.append(clause.label()).append(NL);
        b.append(TableHeading.INFORMATION_CONTENT.label());
        for (DisclosureColumn c : row.columns()) {
          b.append(TAB).append(c.label());
        }
        b.append(NL);
      }
      row(row.label(), cells);
    }
  }

  /** The 2019 format's Table 2: a block per 第二十条 clause, each with its column headers. */
  private void activeDisclosure2019() {
    DisclosureClause clause = null;
    for (DisclosureRow2019 row : DisclosureRow2019.values()) {
      List<CellAddress> cells = new ArrayList<>();
      for (DisclosureColumn2019 c : row.columns()) {
        cells.add(CellAddress.of(row, c));
      }
      if (row.clause() != clause) {
        clause = row.clause();
        b.append(clause.label()).append(NL);
        b.append(TableHeading.INFORMATION_CONTENT.label());
        for (DisclosureColumn2019 c : row.columns()) {
          b.append(TAB).append(c.label());
        }
        b.append(NL);
      }
      row(row.label(), cells);
    }
  }

  private void applications() {
    b.append(TableHeading.BALANCE_NOTE.label())
        .append(TAB)
        .append(TableHeading.APPLICANT_SITUATION.label())
        .append(NL);
    StringBuilder groups = new StringBuilder();
    StringBuilder columns = new StringBuilder();
    Object previousGroup = null;
    for (ApplicantCategory c : ApplicantCategory.values()) {
      groups.append(TAB);
      columns.append(TAB);
      if (c.group().isPresent()) {
        if (c.group().get() != previousGroup) {
          groups.append(c.group().get().label());
        }
        columns.append(c.label());
        previousGroup = c.group().get();
      } else {
        groups.append(c.label());
        previousGroup = null;
      }
    }
    b.append(groups).append(NL).append(columns).append(NL);
    OutcomeGroup group = null;
    for (ApplicationRow row : ApplicationRow.rows(report.formatVersion())) {
      if (row == ApplicationRow.DISCLOSED) {
        b.append(TableHeading.OUTCOMES.label()).append(NL);
      }
      OutcomeGroup g = row.group().orElse(null);
      if (row.isSubRow() && g != group) {
        b.append(g.officialLabel()).append(NL);
      }
      group = g;
      List<CellAddress> cells = new ArrayList<>();
      for (ApplicantCategory c : ApplicantCategory.values()) {
        cells.add(CellAddress.of(row, c));
      }
      row(row.officialLabel(), cells);
    }
  }

  private void reviewAndLitigation() {
    int width = ReviewColumn.values().length;
    StringBuilder proceedings = new StringBuilder();
    StringBuilder groups = new StringBuilder();
    StringBuilder columns = new StringBuilder();
    ReviewProceeding previous = null;
    List<CellAddress> cells = new ArrayList<>();
    for (ReviewCase g : ReviewCase.values()) {
      for (ReviewColumn c : ReviewColumn.values()) {
        boolean first = c.ordinal() == 0;
        if (cells.size() > 0) {
          proceedings.append(TAB);
          groups.append(TAB);
          columns.append(TAB);
        }
        if (first && g.proceeding() != previous) {
          proceedings.append(g.proceeding().label());
        }
        if (first && g.proceeding() == ReviewProceeding.ADMINISTRATIVE_LITIGATION) {
          groups.append(g.label());
        }
        columns.append(c.label());
        cells.add(CellAddress.of(g, c));
      }
      previous = g.proceeding();
    }
    assert cells.size() == width * ReviewCase.values().length;
    b.append(proceedings).append(NL).append(groups).append(NL).append(columns).append(NL);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(TAB);
      }
      b.append(report.cell(cells.get(i)).printed());
    }
    b.append(NL);
  }
}

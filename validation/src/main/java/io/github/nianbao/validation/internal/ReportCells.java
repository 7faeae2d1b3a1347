package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.TableCell;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cell of a report in the order of {@link CellAddress#all(FormatVersion)} for its format
 * version, read row by row rather than address by address (the rules that look at all the cells run
 * on every report).
 */
public final class ReportCells {
  private ReportCells() {}

  private static final ApplicantCategory[] CATEGORIES = ApplicantCategory.values();
  private static final ReviewCase[] GROUPS = ReviewCase.values();
  private static final ReviewColumn[] COLUMNS = ReviewColumn.values();

  /** Per format version (by ordinal): where Table 3 starts in its list of addresses. */
  private static final int[] T3_START = new int[FormatVersion.values().length];

  static {
    for (FormatVersion v : FormatVersion.values()) {
      List<CellAddress> all = CellAddress.all(v);
      List<ApplicationRow> rows = ApplicationRow.rows(v);
      int start = all.indexOf(CellAddress.of(rows.get(0), CATEGORIES[0]));
      T3_START[v.ordinal()] = start;
      // the order this class relies on: Table 2, then Table 3 and Table 4 row by row, to the end
      int i = start;
      for (ApplicationRow row : rows) {
        for (ApplicantCategory c : CATEGORIES) {
          check(all, i++, CellAddress.of(row, c));
        }
      }
      for (ReviewCase g : GROUPS) {
        for (ReviewColumn c : COLUMNS) {
          check(all, i++, CellAddress.of(g, c));
        }
      }
      if (start <= 0 || i != all.size()) {
        throw new IllegalStateException("CellAddress.all(" + v + ") is not in the expected order");
      }
    }
  }

  private static void check(List<CellAddress> all, int index, CellAddress address) {
    if (index >= all.size() || !all.get(index).equals(address)) {
      throw new IllegalStateException("CellAddress.all() is not in the expected order");
    }
  }

  /**
   * Returns the cells of a report.
   *
   * @param report the report
   * @return its cells, index by index as {@link #addresses(AbstractAnnualReport)}
   */
  static TableCell[] of(AbstractAnnualReport report) {
    FormatVersion v = report.formatVersion();
    List<CellAddress> all = CellAddress.all(v);
    TableCell[] out = new TableCell[all.size()];
    int i = 0;
    for (int start = T3_START[v.ordinal()]; i < start; i++) {
      out[i] = report.cell(all.get(i));
    }
    for (ApplicationRow row : ApplicationRow.rows(v)) {
      ApplicantCounts counts = report.applications().row(row);
      for (ApplicantCategory c : CATEGORIES) {
        out[i++] = counts.get(c);
      }
    }
    for (ReviewCase g : GROUPS) {
      ReviewOutcomes outcomes = report.reviewAndLitigation().get(g);
      for (ReviewColumn c : COLUMNS) {
        out[i++] = outcomes.get(c);
      }
    }
    return out;
  }

  /**
   * The index in {@link #of} of the first cell of Table 3: Tables 3 and 4 run to the end.
   *
   * @param report the report
   * @return the index
   */
  static int tablesThreeAndFour(AbstractAnnualReport report) {
    return T3_START[report.formatVersion().ordinal()];
  }

  /**
   * The addresses of {@link #of}'s cells.
   *
   * @param report the report
   * @return {@link CellAddress#all(FormatVersion)} of its version
   */
  static List<CellAddress> addresses(AbstractAnnualReport report) {
    return CellAddress.all(report.formatVersion());
  }

  /**
   * A report whose blank cells read as 0, and those cells.
   *
   * @param report the report with every blank cell replaced by a zero of its type (marks stay)
   * @param blanks the addresses of the cells that were blank, in printed order
   */
  public record Zeroed(AnnualReport report, List<CellAddress> blanks) {}

  /**
   * Returns the report with its blanks read as 0: each blank count a {@link Cell#zero()}, a blank
   * amount its type's zero. Marks are not blanks and stay (docs/format.md, Cells).
   *
   * @param report the report
   * @return the report, unchanged when it has no blank, and the cells that were blank
   */
  public static Zeroed blanksAsZero(AnnualReport report) {
    TableCell[] cells = of(report);
    List<CellAddress> addresses = addresses(report);
    List<CellAddress> blanks = new ArrayList<>();
    AnnualReport out = report;
    for (int i = 0; i < cells.length; i++) {
      TableCell c = cells[i];
      if (c.kind() != io.github.nianbao.core.CellKind.BLANK) {
        continue;
      }
      CellAddress a = addresses.get(i);
      TableCell zero;
      if (c instanceof AmountCell) {
        zero = AmountCell.zero();
      } else if (c instanceof PrintedAmount) {
        zero = PrintedAmount.zero();
      } else {
        zero = Cell.zero();
      }
      out = out.withCell(a, zero);
      blanks.add(a);
    }
    return new Zeroed(out, List.copyOf(blanks));
  }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.TableCell;
import java.util.List;

/**
 * Every cell of a report in the order of {@link CellAddress#all()}, read row by row rather than
 * address by address (the rules that look at all 200 cells run on every report).
 */
final class ReportCells {
  private ReportCells() {}

  private static final List<CellAddress> ALL = CellAddress.all();
  private static final ApplicationRow[] ROWS = ApplicationRow.values();
  private static final ApplicantCategory[] CATEGORIES = ApplicantCategory.values();
  private static final ReviewCase[] GROUPS = ReviewCase.values();
  private static final ReviewColumn[] COLUMNS = ReviewColumn.values();

  /** Where Table 3 starts in {@link CellAddress#all()}. */
  private static final int T3_START = ALL.indexOf(CellAddress.of(ROWS[0], CATEGORIES[0]));

  static {
    // the order this class relies on: Table 2, then Table 3 and Table 4 row by row, to the end
    int i = T3_START;
    for (ApplicationRow row : ROWS) {
      for (ApplicantCategory c : CATEGORIES) {
        check(i++, CellAddress.of(row, c));
      }
    }
    for (ReviewCase g : GROUPS) {
      for (ReviewColumn c : COLUMNS) {
        check(i++, CellAddress.of(g, c));
      }
    }
    if (T3_START <= 0 || i != ALL.size()) {
      throw new IllegalStateException("CellAddress.all() is not in the expected order");
    }
  }

  private static void check(int index, CellAddress address) {
    if (index >= ALL.size() || !ALL.get(index).equals(address)) {
      throw new IllegalStateException("CellAddress.all() is not in the expected order");
    }
  }

  /**
   * Returns the cells of a report.
   *
   * @param report the report
   * @return its cells, index by index as {@link CellAddress#all()}
   */
  static TableCell[] of(AbstractAnnualReport report) {
    TableCell[] out = new TableCell[ALL.size()];
    int i = 0;
    for (; i < T3_START; i++) {
      out[i] = report.cell(ALL.get(i));
    }
    for (ApplicationRow row : ROWS) {
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

  /** The index in {@link #of} of the first cell of Table 3: Tables 3 and 4 run to the end. */
  static int tablesThreeAndFour() {
    return T3_START;
  }

  /** The addresses, as {@link CellAddress#all()}. */
  static List<CellAddress> addresses() {
    return ALL;
  }
}

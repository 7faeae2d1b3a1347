package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.constraints.Table3OutcomeTotals;
import io.github.nianbao.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code T3.OUTCOME_TOTAL}: per column, （七）总计 is the sum of the outcome rows: 21 in the 2021
 * format, 19 in the 2019 format, whose （六）其他处理 is one row. The 总计 column is checked as {@link
 * ColumnIdentity} says.
 */
public final class Table3OutcomeTotalsValidator extends ReportRule<Table3OutcomeTotals> {

  /** Per format version (by ordinal): the outcome rows and （七）总计. */
  private static final List<List<ApplicationRow>> ROWS = new ArrayList<>();

  /** Per format version (by ordinal): the outcome rows that （七）总计 adds up. */
  private static final List<ApplicationRow[]> OUTCOME_ROWS = new ArrayList<>();

  private static final ApplicantCategory[] CATEGORIES = ApplicantCategory.values();

  static {
    for (FormatVersion v : FormatVersion.values()) {
      List<ApplicationRow> rows = new ArrayList<>(ApplicationRow.outcomeRows(v));
      OUTCOME_ROWS.add(rows.toArray(new ApplicationRow[0]));
      rows.add(ApplicationRow.OUTCOMES_TOTAL);
      ROWS.add(List.copyOf(rows));
    }
  }

  /** Creates the validator. */
  public Table3OutcomeTotalsValidator() {
    super(RuleCode.T3_OUTCOME_TOTAL);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    int version = report.formatVersion().ordinal();
    boolean totalColumn = ColumnIdentity.checkTotalColumn(report, ROWS.get(version));
    // row by row (one lookup of each row), per column: the exact sum of the numbers and the row
    // of the first cell that is no number
    int columns = CATEGORIES.length;
    Sums.Sum[] sums = new Sums.Sum[columns];
    for (int k = 0; k < columns; k++) {
      sums[k] = new Sums.Sum();
    }
    ApplicationRow[] firstOdd = new ApplicationRow[columns];
    for (ApplicationRow row : OUTCOME_ROWS.get(version)) {
      ApplicantCounts counts = report.applications().row(row);
      for (int k = 0; k < columns; k++) {
        Cell cell = counts.get(CATEGORIES[k]);
        if (cell.isNumber()) {
          sums[k].add(cell.value());
        } else if (firstOdd[k] == null) {
          firstOdd[k] = row;
        }
      }
    }
    ApplicantCounts totals = report.applications().row(ApplicationRow.OUTCOMES_TOTAL);
    for (int k = 0; k < columns; k++) {
      ApplicantCategory column = CATEGORIES[k];
      if (column.isTotal() && !totalColumn) {
        continue;
      }
      Cell printed = totals.get(column);
      ApplicationRow odd =
          firstOdd[k] != null
              ? firstOdd[k]
              : printed.isNumber() ? null : ApplicationRow.OUTCOMES_TOTAL;
      Sums.Sum sum = sums[k];
      if (odd == null && !sum.overflows() && sum.value() == printed.value()) {
        continue;
      }
      // something is off: the one way to say what
      CellAddress total = CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, column);
      List<CellAddress> addends = new ArrayList<>(OUTCOME_ROWS.get(version).length);
      List<Cell> cells = new ArrayList<>(OUTCOME_ROWS.get(version).length);
      for (ApplicationRow row : OUTCOME_ROWS.get(version)) {
        addends.add(CellAddress.of(row, column));
        cells.add(report.applications().get(row, column));
      }
      String computed = SumIdentity.differs(findings, report, total, printed, addends, cells);
      if (computed != null) {
        findings
            .at(total)
            .contributing(addends)
            .reported(printed.printed())
            .computed(computed)
            .param("column", column.label())
            .param("columnKey", column.key())
            .add();
      }
    }
  }
}

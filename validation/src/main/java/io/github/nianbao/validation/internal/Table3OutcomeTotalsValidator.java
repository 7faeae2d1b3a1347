package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Table3OutcomeTotals;
import io.github.nianbao.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code T3.OUTCOME_TOTAL}: per column, （七）总计 is the sum of the 21 outcome rows. The 总计
 * column is checked as {@link ColumnIdentity} says.
 */
public final class Table3OutcomeTotalsValidator extends ReportRule<Table3OutcomeTotals> {

  private static final List<ApplicationRow> ROWS;

  static {
    List<ApplicationRow> rows = new ArrayList<>(ApplicationRow.outcomeRows());
    rows.add(ApplicationRow.OUTCOMES_TOTAL);
    ROWS = List.copyOf(rows);
  }

  /** Creates the validator. */
  public Table3OutcomeTotalsValidator() {
    super(RuleCode.T3_OUTCOME_TOTAL);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    boolean totalColumn = ColumnIdentity.checkTotalColumn(report, ROWS);
    for (ApplicantCategory column : ApplicantCategory.values()) {
      if (column.isTotal() && !totalColumn) {
        continue;
      }
      CellAddress total = CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, column);
      List<CellAddress> addends = new ArrayList<>(21);
      List<Cell> cells = new ArrayList<>(21);
      for (ApplicationRow row : ApplicationRow.outcomeRows()) {
        addends.add(CellAddress.of(row, column));
        cells.add(report.applications().get(row, column));
      }
      Cell printed = report.applications().get(ApplicationRow.OUTCOMES_TOTAL, column);
      CellAddress odd = Sums.firstNonNumber(addends, cells);
      if (odd == null && !printed.isNumber()) {
        odd = total;
      }
      if (odd != null) {
        findings.notAssessable(total.path(), Findings.why(odd, report.count(odd)));
        continue;
      }
      long sum;
      try {
        sum = Sums.sum(cells);
      } catch (ArithmeticException e) {
        findings.notAssessable(total.path(), "the sum overflows");
        continue;
      }
      if (sum != printed.value()) {
        Map<String, Object> p = Findings.parameters(total);
        p.put("column", column.label());
        p.put("columnKey", column.key());
        findings.add(total.path(), total, addends, printed.printed(), Long.toString(sum), "", p);
      }
    }
  }
}

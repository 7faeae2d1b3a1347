package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Table3RowTotals;
import io.github.nianbao.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code T3.ROW_TOTAL}: every Table 3 row's 总计 is the sum of its six applicant columns. */
public final class Table3RowTotalsValidator extends ReportRule<Table3RowTotals> {

  /** Creates the validator. */
  public Table3RowTotalsValidator() {
    super(RuleCode.T3_ROW_TOTAL);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    for (ApplicationRow row : ApplicationRow.values()) {
      ApplicantCounts counts = report.applications().row(row);
      long sum = 0;
      ApplicantCategory odd = counts.total().isNumber() ? null : ApplicantCategory.TOTAL;
      boolean overflow = false;
      for (ApplicantCategory c : ColumnIdentity.PARTS) {
        Cell cell = counts.get(c);
        if (!cell.isNumber()) {
          odd = c;
          break;
        }
        try {
          sum = Math.addExact(sum, cell.value());
        } catch (ArithmeticException e) {
          overflow = true;
        }
      }
      if (odd == null && !overflow && sum == counts.total().value()) {
        continue;
      }
      CellAddress total = CellAddress.of(row, ApplicantCategory.TOTAL);
      if (odd != null) {
        CellAddress at = CellAddress.of(row, odd);
        findings.notAssessable(total.path(), Findings.why(at, report.count(at)));
      } else if (overflow) {
        findings.notAssessable(total.path(), "the sum overflows");
      } else {
        List<CellAddress> parts = new ArrayList<>(6);
        List<Cell> cells = new ArrayList<>(6);
        for (ApplicantCategory c : ApplicantCategory.parts()) {
          parts.add(CellAddress.of(row, c));
          cells.add(counts.get(c));
        }
        Map<String, Object> p = Findings.parameters(total);
        p.put("row", row.officialLabel());
        p.put("rowKey", row.key());
        p.put("parts", Sums.addends(cells));
        findings.add(
            total.path(), total, parts, counts.total().printed(), Long.toString(sum), "", p);
      }
    }
  }
}

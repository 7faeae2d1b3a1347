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
      CellAddress total = CellAddress.of(row, ApplicantCategory.TOTAL);
      List<CellAddress> parts = new ArrayList<>(6);
      List<Cell> cells = new ArrayList<>(7);
      for (ApplicantCategory c : ApplicantCategory.parts()) {
        parts.add(CellAddress.of(row, c));
        cells.add(counts.get(c));
      }
      CellAddress odd = Sums.firstNonNumber(parts, cells);
      if (odd == null && !counts.total().isNumber()) {
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
      if (sum != counts.total().value()) {
        Map<String, Object> p = Findings.parameters(total);
        p.put("row", row.officialLabel());
        p.put("rowKey", row.key());
        p.put("parts", Sums.addends(cells));
        findings.add(
            total.path(),
            total,
            parts,
            counts.total().printed(),
            Long.toString(sum),
            "",
            p);
      }
    }
  }
}

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

/** {@code T3.ROW_TOTAL}: every Table 3 row's 总计 is the sum of its six applicant columns. */
public final class Table3RowTotalsValidator extends ReportRule<Table3RowTotals> {

  /** Creates the validator. */
  public Table3RowTotalsValidator() {
    super(RuleCode.T3_ROW_TOTAL);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    Sums.Sum sum = new Sums.Sum();
    for (ApplicationRow row : ApplicationRow.rows(report.formatVersion())) {
      ApplicantCounts counts = report.applications().row(row);
      sum.reset();
      ApplicantCategory odd = null;
      for (ApplicantCategory c : ColumnIdentity.PARTS) {
        Cell cell = counts.get(c);
        if (!cell.isNumber()) {
          odd = odd == null ? c : odd;
        } else {
          sum.add(cell.value());
        }
      }
      if (odd == null && !counts.total().isNumber()) {
        odd = ApplicantCategory.TOTAL;
      }
      if (odd == null && !sum.overflows() && sum.value() == counts.total().value()) {
        continue;
      }
      // something is off: the one way to say what
      CellAddress total = CellAddress.of(row, ApplicantCategory.TOTAL);
      List<CellAddress> parts = new ArrayList<>(6);
      List<Cell> cells = new ArrayList<>(6);
      for (ApplicantCategory c : ApplicantCategory.parts()) {
        parts.add(CellAddress.of(row, c));
        cells.add(counts.get(c));
      }
      String computed = SumIdentity.differs(findings, report, total, counts.total(), parts, cells);
      if (computed != null) {
        findings
            .at(total)
            .contributing(parts)
            .reported(counts.total().printed())
            .computed(computed)
            .param("row", row.officialLabel())
            .param("rowKey", row.key())
            .param("parts", Sums.addends(cells))
            .add();
      }
    }
  }
}

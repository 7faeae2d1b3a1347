package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Table3Balance;
import io.github.nianbao.validation.RuleCode;
import java.util.List;
import java.util.Map;

/**
 * {@code T3.BALANCE}: per column, 一 + 二 = 三（七）总计 + 四. The finding names 四 of the column;
 * the computed value is the 四 that would balance, 一 + 二 − 三（七）. The 总计 column is checked as
 * {@link ColumnIdentity} says.
 */
public final class Table3BalanceValidator extends ReportRule<Table3Balance> {

  private static final List<ApplicationRow> ROWS =
      List.of(
          ApplicationRow.NEWLY_RECEIVED,
          ApplicationRow.CARRIED_OVER,
          ApplicationRow.OUTCOMES_TOTAL,
          ApplicationRow.CARRIED_FORWARD);

  /** Creates the validator. */
  public Table3BalanceValidator() {
    super(RuleCode.T3_BALANCE);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    boolean totalColumn = ColumnIdentity.checkTotalColumn(report, ROWS);
    Applications t3 = report.applications();
    for (ApplicantCategory column : ApplicantCategory.values()) {
      if (column.isTotal() && !totalColumn) {
        continue;
      }
      List<CellAddress> addresses = ROWS.stream().map(r -> CellAddress.of(r, column)).toList();
      List<Cell> cells = ROWS.stream().map(r -> t3.get(r, column)).toList();
      CellAddress at = addresses.get(3);
      CellAddress odd = Sums.firstNonNumber(addresses, cells);
      if (odd != null) {
        findings.notAssessable(at.path(), Findings.why(odd, report.count(odd)));
        continue;
      }
      long newly = cells.get(0).value();
      long over = cells.get(1).value();
      long concluded = cells.get(2).value();
      long forward = cells.get(3).value();
      long left;
      long right;
      long balancing;
      try {
        left = Math.addExact(newly, over);
        right = Math.addExact(concluded, forward);
        balancing = Math.subtractExact(left, concluded);
      } catch (ArithmeticException e) {
        findings.notAssessable(at.path(), "the sum overflows");
        continue;
      }
      if (left != right) {
        Map<String, Object> p = Findings.parameters(at);
        p.put("column", column.label());
        p.put("columnKey", column.key());
        p.put("newlyReceived", newly);
        p.put("carriedOver", over);
        p.put("outcomesTotal", concluded);
        p.put("carriedForward", forward);
        p.put("left", left);
        p.put("right", right);
        findings.add(
            at.path(), at, addresses, Long.toString(forward), Long.toString(balancing), "", p);
      }
    }
  }
}

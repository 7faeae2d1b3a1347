package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Table3Balance;
import io.github.nianbao.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code T3.BALANCE}: per column, 一 + 二 = 三（七）总计 + 四. The finding names 四 of the column; the
 * computed value is the 四 that would balance, 一 + 二 − 三（七）, exact. A side whose sum passes the
 * range of a long is for {@code COUNT.OVERFLOW}. The 总计 column is checked as {@link ColumnIdentity}
 * says.
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
      Cell[] cells = new Cell[ROWS.size()];
      ApplicationRow odd = null;
      for (int i = 0; i < cells.length; i++) {
        cells[i] = t3.get(ROWS.get(i), column);
        if (odd == null && !cells[i].isNumber()) {
          odd = ROWS.get(i);
        }
      }
      CellAddress at = CellAddress.of(ApplicationRow.CARRIED_FORWARD, column);
      // a side whose two cells are numbers and overflow, whatever the other side holds: 一 + 二,
      // or else 三（七） + 四
      int side = overflows(cells, 0) ? 0 : overflows(cells, 2) ? 2 : -1;
      if (side >= 0) {
        List<CellAddress> operands = addresses(column);
        findings.overflow(
            at, operands.subList(side, side + 2), List.of(cells[side], cells[side + 1]));
        continue;
      }
      if (odd != null) {
        CellAddress a = CellAddress.of(odd, column);
        findings.notAssessable(at.path(), Findings.why(a, report.count(a)));
        continue;
      }
      long newly = cells[0].value();
      long over = cells[1].value();
      long concluded = cells[2].value();
      long forward = cells[3].value();
      long left = newly + over;
      long right = concluded + forward;
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
        findings
            .at(at)
            .contributing(addresses(column))
            .reported(Long.toString(forward))
            .computed(Sums.difference(left, concluded))
            .params(p)
            .add();
      }
    }
  }

  /** Whether {@code cells[i] + cells[i + 1]}, both numbers, passes the range of a long. */
  private static boolean overflows(Cell[] cells, int i) {
    if (!cells[i].isNumber() || !cells[i + 1].isNumber()) {
      return false;
    }
    long a = cells[i].value();
    long b = cells[i + 1].value();
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0;
  }

  /** The cells of the identity in a column: 一, 二, 三（七）, 四. */
  private static List<CellAddress> addresses(ApplicantCategory column) {
    List<CellAddress> addresses = new ArrayList<>(ROWS.size());
    for (ApplicationRow r : ROWS) {
      addresses.add(CellAddress.of(r, column));
    }
    return addresses;
  }
}

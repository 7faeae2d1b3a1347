package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.core.constraints.CellsFilled;
import io.github.nianbao.validation.RuleCode;
import java.util.List;
import java.util.Map;

/** {@code CELL.BLANK}: a cell is blank or holds a mark instead of a number. */
public final class CellsFilledValidator extends ReportRule<CellsFilled> {

  /** Creates the validator. */
  public CellsFilledValidator() {
    super(RuleCode.CELL_BLANK);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    TableCell[] all = ReportCells.of(report);
    List<CellAddress> addresses = ReportCells.addresses(report);
    for (int i = 0; i < all.length; i++) {
      CellAddress address = addresses.get(i);
      TableCell cell = all[i];
      if (cell.kind() == CellKind.NUMBER) {
        continue;
      }
      Map<String, Object> p = Findings.parameters(address);
      boolean mark = cell.kind() == CellKind.MARK;
      if (mark) {
        p.put("mark", cell.printed());
      }
      findings.at(address).reported(cell.printed()).variant(mark ? ".mark" : "").params(p).add();
    }
  }
}

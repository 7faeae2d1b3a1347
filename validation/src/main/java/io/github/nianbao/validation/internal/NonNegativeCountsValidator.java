package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.core.constraints.NonNegativeCounts;
import io.github.nianbao.validation.RuleCode;
import java.util.List;

/** {@code COUNT.NON_NEGATIVE}: every count ≥ 0, and the fee amount ≥ 0. */
public final class NonNegativeCountsValidator extends ReportRule<NonNegativeCounts> {

  /** Creates the validator. */
  public NonNegativeCountsValidator() {
    super(RuleCode.COUNT_NON_NEGATIVE);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    TableCell[] all = ReportCells.of(report);
    List<CellAddress> addresses = ReportCells.addresses(report);
    for (int i = 0; i < all.length; i++) {
      CellAddress address = addresses.get(i);
      if (address.isSigned()) {
        continue; // 本年增/减 of the 2019 format: a decrease is negative
      }
      TableCell cell = all[i];
      boolean negative;
      if (cell instanceof Cell c) {
        negative = c.isNumber() && c.value() < 0;
      } else if (cell instanceof AmountCell a) {
        negative = a.isNumber() && a.value().signum() < 0;
      } else {
        negative = ((PrintedAmount) cell).amount().map(x -> x.signum() < 0).orElse(false);
      }
      if (negative) {
        findings.at(address).reported(cell.printed()).add();
      }
    }
  }
}

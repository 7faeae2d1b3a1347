package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.core.constraints.SumsInRange;
import io.github.nianbao.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code COUNT.OVERFLOW}: runs the identity rules of Tables 3 and 4 in a sink that keeps only the
 * sums that pass the range of a long ({@link Findings#overflowsOnly}), so that where an identity
 * overflows is decided once, by the identity; one finding per overflowing sum, at the identity's
 * cell, its addends the contributing cells, its exact sum the computed value.
 */
public final class SumsInRangeValidator extends ReportRule<SumsInRange> {

  /** Up to 21 addends of magnitude at most 2^58 sum to less than 2^63: nothing can overflow. */
  private static final long SAFE = 1L << 58;

  private final List<ReportRule<?>> identities =
      List.of(
          new Table3RowTotalsValidator(),
          new Table3OutcomeTotalsValidator(),
          new Table3BalanceValidator(),
          new Table4GroupTotalsValidator());

  /** Creates the validator. */
  public SumsInRangeValidator() {
    super(RuleCode.COUNT_OVERFLOW);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    if (!anyLarge(report)) {
      return;
    }
    List<Findings.Overflow> overflows = new ArrayList<>();
    for (ReportRule<?> identity : identities) {
      identity.check(report, Findings.overflowsOnly(identity.rule(), report.year(), overflows));
    }
    for (Findings.Overflow o : overflows) {
      int largest = 0;
      for (int i = 1; i < o.addendCells().size(); i++) {
        if (magnitudeAbove(o.addendCells().get(i), o.addendCells().get(largest))) {
          largest = i;
        }
      }
      CellAddress big = o.addends().get(largest);
      Map<String, Object> p = Findings.parameters(o.at());
      p.put("rule", o.rule().code());
      p.put("parts", Sums.addends(o.addendCells()));
      p.put("largest", o.addendCells().get(largest).printed());
      p.put("largestCell", big.path());
      p.put("largestLabel", big.label());
      p.put("max", Long.MAX_VALUE);
      findings
          .at(o.at())
          .contributing(o.addends())
          .computed(Sums.exact(o.addendCells()))
          .params(p)
          .add();
    }
  }

  /** Whether a count of Tables 3 and 4 is large enough for a sum of them to overflow. */
  private static boolean anyLarge(AbstractAnnualReport report) {
    TableCell[] all = ReportCells.of(report);
    for (int i = ReportCells.tablesThreeAndFour(report); i < all.length; i++) {
      if (all[i] instanceof Cell c && c.isNumber() && (c.value() > SAFE || c.value() < -SAFE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean magnitudeAbove(Cell a, Cell b) {
    // compared as negatives: −|Long.MIN_VALUE| has no positive counterpart
    long na = a.value() > 0 ? -a.value() : a.value();
    long nb = b.value() > 0 ? -b.value() : b.value();
    return na < nb;
  }
}

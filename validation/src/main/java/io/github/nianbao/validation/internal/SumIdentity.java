package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import java.util.List;

/**
 * The one way the SDK's rules check an identity {@code total = Σ parts} of count cells, in this
 * order: the exact sum of the parts that are numbers passes the range of a long → noted for {@code
 * COUNT.OVERFLOW} (whatever a blank stands for); else a part or the total is no number → not
 * assessable, at the first such cell (the parts in order, then the total); else the printed total
 * differs from the sum → a finding, which the rule adds with its own message parameters.
 */
final class SumIdentity {
  private SumIdentity() {}

  /**
   * Checks an identity, noting what is not a finding.
   *
   * @param findings where the notes go
   * @param report the report, for a not-assessable note's wording
   * @param total the total's address
   * @param printed the total as printed
   * @param parts the parts' addresses
   * @param cells the parts' cells, in the same order
   * @return the exact sum, as a numeral, where the printed total differs from it; null where the
   *     identity holds or could not be assessed (then noted)
   */
  static String differs(
      Findings findings,
      AbstractAnnualReport report,
      CellAddress total,
      Cell printed,
      List<CellAddress> parts,
      List<Cell> cells) {
    Sums.Sum sum = new Sums.Sum();
    CellAddress odd = null;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (c.isNumber()) {
        sum.add(c.value());
      } else if (odd == null) {
        odd = parts.get(i);
      }
    }
    if (sum.overflows()) {
      findings.overflow(total, parts, cells);
      return null;
    }
    if (odd == null && !printed.isNumber()) {
      odd = total;
    }
    if (odd != null) {
      findings.notAssessable(total.path(), Findings.why(odd, report.count(odd)));
      return null;
    }
    return sum.value() == printed.value() ? null : Long.toString(sum.value());
  }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.validation.RuleCode;
import io.github.nianbao.validation.constraints.InForceContinues;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * {@code SERIES.IN_FORCE}: for 规章 and 行政规范性文件, this year's 现行有效件数 = last year's + 本年制发件数 − 本年废止件数,
 * compared exactly.
 */
public final class InForceContinuesValidator extends SeriesRule<InForceContinues> {

  /** Creates the validator. */
  public InForceContinuesValidator() {
    super(RuleCode.SERIES_IN_FORCE);
  }

  @Override
  void check(AnnualReport previous, AnnualReport current, Findings findings) {
    if (!(current.activeDisclosure() instanceof ActiveDisclosure nowTable)
        || !(previous.activeDisclosure() instanceof ActiveDisclosure thenTable)) {
      return; // a rule of the 2021 format: the 2019 Table 2 counts documents otherwise
    }
    for (DisclosureRow row : List.of(DisclosureRow.RULES, DisclosureRow.NORMATIVE_DOCUMENTS)) {
      DocumentCounts now = nowTable.documents(row);
      DocumentCounts then = thenTable.documents(row);
      CellAddress at = CellAddress.of(row, DisclosureColumn.IN_FORCE);
      CellAddress issued = CellAddress.of(row, DisclosureColumn.ISSUED);
      CellAddress repealed = CellAddress.of(row, DisclosureColumn.REPEALED);
      if (!now.issued().isNumber()) {
        findings.notAssessable(at.path(), Findings.why(issued, now.issued()));
        continue;
      }
      if (!now.repealed().isNumber()) {
        findings.notAssessable(at.path(), Findings.why(repealed, now.repealed()));
        continue;
      }
      if (!now.inForce().isNumber()) {
        findings.notAssessable(at.path(), Findings.why(at, now.inForce()));
        continue;
      }
      if (!then.inForce().isNumber()) {
        findings.notAssessable(
            at.path(), Findings.why(at, then.inForce()) + " in " + previous.year());
        continue;
      }
      // exactly: an expected number past the range of a long is no long that could be printed
      BigInteger expected =
          BigInteger.valueOf(then.inForce().value())
              .add(BigInteger.valueOf(now.issued().value()))
              .subtract(BigInteger.valueOf(now.repealed().value()));
      if (!expected.equals(BigInteger.valueOf(now.inForce().value()))) {
        Map<String, Object> p = Findings.parameters(at);
        p.put("row", row.label());
        p.put("rowKey", row.key());
        p.put("previousYear", previous.year());
        p.put("previousInForce", then.inForce().value());
        p.put("issued", now.issued().value());
        p.put("repealed", now.repealed().value());
        // last year's inForce (same address, the year before), this year's issued and repealed
        findings
            .at(at)
            .contributing(List.of(at, issued, repealed))
            .reported(now.inForce().printed())
            .computed(expected.toString())
            .params(p)
            .add();
      }
    }
  }
}

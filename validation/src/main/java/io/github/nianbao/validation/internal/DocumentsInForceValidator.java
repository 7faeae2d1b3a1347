package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.constraints.DocumentsInForce;
import io.github.nianbao.validation.RuleCode;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * {@code T2.IN_FORCE}: for 规章 and 行政规范性文件, 现行有效件数 ≥ 本年制发件数 − 本年废止件数, compared exactly (no sum to
 * overflow). The computed value is that minimum.
 */
public final class DocumentsInForceValidator extends ReportRule<DocumentsInForce> {

  /** Creates the validator. */
  public DocumentsInForceValidator() {
    super(RuleCode.T2_IN_FORCE);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    if (!(report.activeDisclosure() instanceof ActiveDisclosure t2)) {
      return; // a rule of the 2021 format: the 2019 Table 2 has no documents in force
    }
    for (DisclosureRow row : List.of(DisclosureRow.RULES, DisclosureRow.NORMATIVE_DOCUMENTS)) {
      DocumentCounts counts = t2.documents(row);
      CellAddress inForce = CellAddress.of(row, DisclosureColumn.IN_FORCE);
      List<CellAddress> operands =
          List.of(
              CellAddress.of(row, DisclosureColumn.ISSUED),
              CellAddress.of(row, DisclosureColumn.REPEALED));
      List<Cell> cells = List.of(counts.issued(), counts.repealed(), counts.inForce());
      CellAddress odd =
          Sums.firstNonNumber(List.of(operands.get(0), operands.get(1), inForce), cells);
      if (odd != null) {
        findings.notAssessable(inForce.path(), Findings.why(odd, report.count(odd)));
        continue;
      }
      long issued = counts.issued().value();
      long repealed = counts.repealed().value();
      // inForce < issued − repealed, exactly: as inForce + repealed < issued where that fits
      long lhs = counts.inForce().value() + repealed;
      boolean fewer =
          ((counts.inForce().value() ^ lhs) & (repealed ^ lhs)) < 0
              ? BigInteger.valueOf(counts.inForce().value())
                      .add(BigInteger.valueOf(repealed))
                      .compareTo(BigInteger.valueOf(issued))
                  < 0
              : lhs < issued;
      if (fewer) {
        Map<String, Object> p = Findings.parameters(inForce);
        p.put("row", row.label());
        p.put("rowKey", row.key());
        p.put("issued", counts.issued().value());
        p.put("repealed", counts.repealed().value());
        findings
            .at(inForce)
            .contributing(operands)
            .reported(counts.inForce().printed())
            .computed(Sums.difference(issued, repealed))
            .params(p)
            .add();
      }
    }
  }
}

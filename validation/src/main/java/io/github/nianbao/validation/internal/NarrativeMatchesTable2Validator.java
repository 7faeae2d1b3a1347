package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.core.constraints.NarrativeMatchesTable2;
import io.github.nianbao.validation.RuleCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code TEXT.TABLE2}: the figures section 一 states about Table 2 ({@link Table2Facts}) agree with
 * the table (2021 format), every statement. Counts are compared exactly, the fee by amount (1953.86
 * and 1953.860 agree; a fee stated in 元 is compared after conversion to 万元). The finding names the
 * table cell; reported is the table's value, computed the stated number.
 */
public final class NarrativeMatchesTable2Validator extends ReportRule<NarrativeMatchesTable2> {

  /** Creates the validator. */
  public NarrativeMatchesTable2Validator() {
    super(RuleCode.TEXT_TABLE2);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    if (!(report.activeDisclosure() instanceof ActiveDisclosure)) {
      return; // the 2019 Table 2 has other rows and columns
    }
    for (Table2Facts.Fact fact : Table2Facts.find(report.overview().text())) {
      CellAddress at = fact.cell();
      TableCell cell = report.cell(at);
      if (!cell.isNumber()) {
        findings.notAssessable(
            at.path(),
            at.path()
                + (cell.kind() == io.github.nianbao.core.CellKind.BLANK
                    ? " is blank"
                    : " holds the mark " + cell.printed()));
        continue;
      }
      BigDecimal table = new BigDecimal(cell.printed());
      if (table.compareTo(fact.number()) != 0) {
        String stated = fact.number().stripTrailingZeros().toPlainString();
        Map<String, Object> p = Findings.parameters(at);
        p.put("phrase", Findings.quote(fact.phrase()));
        p.put("stated", stated);
        p.put("table", cell.printed());
        findings
            .at(at)
            .contributing(List.of(at))
            .reported(cell.printed())
            .computed(stated)
            .params(p)
            .add();
      }
    }
  }
}

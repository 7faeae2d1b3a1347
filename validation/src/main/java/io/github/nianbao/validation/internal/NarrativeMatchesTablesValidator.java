package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.NarrativeMatchesTables;
import io.github.nianbao.validation.RuleCode;
import java.util.List;
import java.util.Map;

/**
 * {@code TEXT.NARRATIVE}: the numbers section 一 states ({@link NarrativeFacts}) agree with the
 * tables, every statement of each kind. 行政诉讼 is compared with 未经复议直接起诉 + 复议后起诉, and a total
 * received that includes last year's carried-over applications with 一 + 二. The finding names the
 * table cell (the first of the two for a sum); reported is the table's value, computed the stated
 * number.
 */
public final class NarrativeMatchesTablesValidator extends ReportRule<NarrativeMatchesTables> {

  /** Creates the validator. */
  public NarrativeMatchesTablesValidator() {
    super(RuleCode.TEXT_NARRATIVE);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    for (NarrativeFacts.Fact fact : NarrativeFacts.find(report.overview().text())) {
      List<CellAddress> cells = fact.cells();
      CellAddress at = cells.get(0);
      long table = 0;
      CellAddress odd = null;
      for (CellAddress a : cells) {
        Cell c = report.count(a);
        if (!c.isNumber()) {
          odd = a;
          break;
        }
        table += c.value();
      }
      if (odd != null) {
        findings.notAssessable(at.path(), Findings.why(odd, report.count(odd)));
        continue;
      }
      if (table != fact.number()) {
        Map<String, Object> p = Findings.parameters(at);
        p.put("phrase", Findings.quote(fact.phrase()));
        p.put("stated", fact.number());
        p.put("table", table);
        findings
            .at(at)
            .contributing(cells)
            .reported(Long.toString(table))
            .computed(Long.toString(fact.number()))
            .params(p)
            .add();
      }
    }
  }
}

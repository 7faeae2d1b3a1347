package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.validation.RuleCode;
import io.github.nianbao.validation.constraints.CarryOverMatches;
import java.util.List;
import java.util.Map;

/**
 * {@code SERIES.CARRY}: per column, this year's 二、上年结转 = last year's 四、结转下年度. The 总计 column is
 * checked only where an applicant column of either row is not a number (otherwise it follows).
 */
public final class CarryOverMatchesValidator extends SeriesRule<CarryOverMatches> {

  /** Creates the validator. */
  public CarryOverMatchesValidator() {
    super(RuleCode.SERIES_CARRY);
  }

  @Override
  void check(AnnualReport previous, AnnualReport current, Findings findings) {
    boolean totalColumn = false;
    for (ApplicantCategory c : ApplicantCategory.parts()) {
      totalColumn |=
          !current.applications().carriedOver().get(c).isNumber()
              || !previous.applications().carriedForward().get(c).isNumber();
    }
    for (ApplicantCategory column : ApplicantCategory.values()) {
      if (column.isTotal() && !totalColumn) {
        continue;
      }
      CellAddress at = CellAddress.of(ApplicationRow.CARRIED_OVER, column);
      CellAddress before = CellAddress.of(ApplicationRow.CARRIED_FORWARD, column);
      Cell now = current.count(at);
      Cell then = previous.count(before);
      if (!now.isNumber()) {
        findings.notAssessable(at.path(), Findings.why(at, now));
        continue;
      }
      if (!then.isNumber()) {
        findings.notAssessable(at.path(), Findings.why(before, then) + " in " + previous.year());
        continue;
      }
      if (now.value() != then.value()) {
        Map<String, Object> p = Findings.parameters(at);
        p.put("column", column.label());
        p.put("columnKey", column.key());
        p.put("previousYear", previous.year());
        findings
            .at(at)
            .contributing(List.of(before))
            .reported(now.printed())
            .computed(then.printed())
            .params(p)
            .add();
      }
    }
  }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.validation.RuleCode;
import io.github.nianbao.validation.constraints.ItemsContinue;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * {@code SERIES.ITEMS_CONTINUE}: for consecutive years of the 2019 format, per item row, this
 * year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减 (compared exactly: nothing overflows).
 */
public final class ItemsContinueValidator extends SeriesRule<ItemsContinue> {

  /** The rows with items: every row with 上一年项目数量 and 本年增/减. */
  private static final List<DisclosureRow2019> ROWS =
      List.of(
          DisclosureRow2019.LICENSING,
          DisclosureRow2019.OTHER_MANAGEMENT_SERVICES,
          DisclosureRow2019.PENALTIES,
          DisclosureRow2019.ENFORCEMENT,
          DisclosureRow2019.ADMINISTRATIVE_FEES);

  /** Creates the validator. */
  public ItemsContinueValidator() {
    super(RuleCode.SERIES_ITEMS_CONTINUE);
  }

  @Override
  void check(AnnualReport previous, AnnualReport current, Findings findings) {
    if (!(current.activeDisclosure() instanceof ActiveDisclosure2019 now)
        || !(previous.activeDisclosure() instanceof ActiveDisclosure2019 then)) {
      return; // a rule between two reports of the 2019 format
    }
    for (DisclosureRow2019 row : ROWS) {
      CellAddress at = CellAddress.of(row, DisclosureColumn2019.PREVIOUS_YEAR_ITEMS);
      CellAddress change = CellAddress.of(row, DisclosureColumn2019.CHANGE);
      Cell items = (Cell) now.get(row, DisclosureColumn2019.PREVIOUS_YEAR_ITEMS);
      Cell before = (Cell) then.get(row, DisclosureColumn2019.PREVIOUS_YEAR_ITEMS);
      Cell changed = (Cell) then.get(row, DisclosureColumn2019.CHANGE);
      if (!items.isNumber()) {
        findings.notAssessable(at.path(), Findings.why(at, items));
        continue;
      }
      if (!before.isNumber()) {
        findings.notAssessable(at.path(), Findings.why(at, before) + " in " + previous.year());
        continue;
      }
      if (!changed.isNumber()) {
        findings.notAssessable(at.path(), Findings.why(change, changed) + " in " + previous.year());
        continue;
      }
      BigInteger expected =
          BigInteger.valueOf(before.value()).add(BigInteger.valueOf(changed.value()));
      if (!expected.equals(BigInteger.valueOf(items.value()))) {
        Map<String, Object> p = Findings.parameters(at);
        p.put("row", row.label());
        p.put("rowKey", row.key());
        p.put("previousYear", previous.year());
        p.put("previousItems", before.printed());
        p.put("change", changed.printed());
        findings
            .at(at)
            .contributing(List.of(at, change))
            .reported(items.printed())
            .computed(expected.toString())
            .params(p)
            .add();
      }
    }
  }
}

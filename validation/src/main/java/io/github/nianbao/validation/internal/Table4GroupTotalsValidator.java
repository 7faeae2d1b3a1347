package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.constraints.Table4GroupTotals;
import io.github.nianbao.validation.RuleCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code T4.GROUP_TOTAL}: per Table 4 group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
public final class Table4GroupTotalsValidator extends ReportRule<Table4GroupTotals> {

  /** The addresses of each group's parts, by {@code ReviewCase} ordinal. */
  private static final List<List<CellAddress>> PARTS;

  static {
    List<List<CellAddress>> parts = new ArrayList<>();
    for (ReviewCase group : ReviewCase.values()) {
      List<CellAddress> of = new ArrayList<>();
      for (ReviewColumn c : ReviewColumn.parts()) {
        of.add(CellAddress.of(group, c));
      }
      parts.add(List.copyOf(of));
    }
    PARTS = List.copyOf(parts);
  }

  /** Creates the validator. */
  public Table4GroupTotalsValidator() {
    super(RuleCode.T4_GROUP_TOTAL);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    for (ReviewCase group : ReviewCase.values()) {
      ReviewOutcomes outcomes = report.reviewAndLitigation().get(group);
      CellAddress total = CellAddress.of(group, ReviewColumn.TOTAL);
      List<CellAddress> parts = PARTS.get(group.ordinal());
      List<ReviewColumn> columns = ReviewColumn.parts();
      Cell[] read = new Cell[columns.size()];
      for (int i = 0; i < read.length; i++) {
        read[i] = outcomes.get(columns.get(i));
      }
      List<Cell> cells = Arrays.asList(read);
      String computed =
          SumIdentity.differs(findings, report, total, outcomes.total(), parts, cells);
      if (computed != null) {
        findings
            .at(total)
            .contributing(parts)
            .reported(outcomes.total().printed())
            .computed(computed)
            .param("group", group.fullLabel())
            .param("groupKey", group.key())
            .param("parts", Sums.addends(cells))
            .add();
      }
    }
  }
}

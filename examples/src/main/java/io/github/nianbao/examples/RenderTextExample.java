package io.github.nianbao.examples;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.serialization.ReportFormats;

/**
 * Builds a report in code, with a non-zero number in every row of Table 3, and renders it as the
 * text tables of the 30号 format.
 */
public final class RenderTextExample {

  private RenderTextExample() {}

  /**
   * Prints the text of {@link #report()}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(ReportFormats.byName("text").orElseThrow().write(report()));
  }

  /**
   * Returns an example report of a fictional agency whose numbers satisfy every identity: each
   * outcome row is drawn from its row number, the totals are filled from the parts ({@code
   * ofParts}), and 一、本年新收 is what balances the table.
   *
   * @return the report
   */
  public static AnnualReport report() {
    long[][] outcomes = new long[ApplicationRow.outcomeRows(FormatVersion.V2021).size()][6];
    for (int r = 0; r < outcomes.length; r++) {
      for (int c = 0; c < 6; c++) {
        outcomes[r][c] = (r * 7 + c * 3) % 5 + (c == 0 ? 2 : 0) + 1;
      }
    }
    long[] carriedOver = {3, 1, 0, 1, 0, 2};
    long[] carriedForward = {5, 2, 1, 0, 1, 1};
    long[] concluded = new long[6];
    for (long[] row : outcomes) {
      for (int c = 0; c < 6; c++) {
        concluded[c] += row[c];
      }
    }
    long[] newly = new long[6];
    for (int c = 0; c < 6; c++) {
      newly[c] = concluded[c] + carriedForward[c] - carriedOver[c];
    }
    Applications t3 =
        Applications.fromRows(
            row ->
                switch (row) {
                  case NEWLY_RECEIVED -> parts(newly);
                  case CARRIED_OVER -> parts(carriedOver);
                  case OUTCOMES_TOTAL -> parts(concluded);
                  case CARRIED_FORWARD -> parts(carriedForward);
                  default ->
                      parts(outcomes[ApplicationRow.outcomeRows(FormatVersion.V2021).indexOf(row)]);
                });
    long newlyTotal = t3.newlyReceived().total().value();
    return AnnualReport.builder()
        .agency("示例市数字经济局")
        .year(2023)
        .overview(
            Overview.of(
                "（一）主动公开。全年主动公开政府信息 312 条。\n"
                    + "（二）依申请公开。本年度新收政府信息公开申请 "
                    + newlyTotal
                    + " 件，办结 "
                    + t3.outcomes().total().total().value()
                    + " 件，结转下年度继续办理 "
                    + t3.carriedForward().total().value()
                    + " 件，引发行政复议 3 件，行政诉讼 2 件。\n"
                    + "（三）政府信息管理。严格执行三审三校制度。\n"
                    + "（四）政府信息公开平台建设。完善政府网站专栏。\n"
                    + "（五）监督保障。将政务公开纳入绩效考核。"))
        .activeDisclosure(
            ActiveDisclosure.builder()
                .rules(DocumentCounts.of(1, 0, 4))
                .normativeDocuments(DocumentCounts.of(6, 2, 31))
                .licensing(Cell.of(2841))
                .penalties(Cell.of(157))
                .enforcement(Cell.of(12))
                .administrativeFees(AmountCell.of("86.25"))
                .build())
        .applications(t3)
        .reviewAndLitigation(
            ReviewAndLitigation.builder()
                .administrativeReview(ReviewOutcomes.ofParts(2, 1, 0, 0))
                .litigationDirect(ReviewOutcomes.ofParts(1, 0, 0, 0))
                .litigationAfterReview(ReviewOutcomes.ofParts(0, 0, 1, 0))
                .build())
        .problemsAndImprovements("主要问题：政策解读形式较单一。改进措施：增加图解和视频解读。")
        .otherMatters("本年度未收取信息处理费。")
        .build();
  }

  private static ApplicantCounts parts(long[] v) {
    return ApplicantCounts.ofParts(v[0], v[1], v[2], v[3], v[4], v[5]);
  }
}

package io.github.nianbao.validation;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import java.util.EnumMap;
import java.util.Map;

/** The numbers and the key sentences of seed report 002, 达州市通川区 2023, built in code. */
final class Tongchuan2023 {
  private Tongchuan2023() {}

  static AnnualReport report() {
    Map<ApplicationRow, ApplicantCounts> rows = new EnumMap<>(ApplicationRow.class);
    for (ApplicationRow row : ApplicationRow.rows(io.github.nianbao.core.FormatVersion.V2021)) {
      rows.put(row, ApplicantCounts.zero());
    }
    rows.put(ApplicationRow.NEWLY_RECEIVED, ApplicantCounts.of(55, 4, 5, 0, 0, 0, 64));
    rows.put(ApplicationRow.CARRIED_OVER, ApplicantCounts.of(0, 1, 0, 0, 0, 0, 1));
    rows.put(ApplicationRow.DISCLOSED, ApplicantCounts.of(17, 1, 5, 0, 0, 0, 23));
    rows.put(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantCounts.of(11, 1, 0, 0, 0, 0, 12));
    rows.put(ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantCounts.of(21, 2, 0, 0, 0, 0, 23));
    rows.put(ApplicationRow.NOT_PROCESSED_DUPLICATE, ApplicantCounts.of(1, 1, 0, 0, 0, 0, 2));
    rows.put(ApplicationRow.OTHER_HANDLING_OTHER, ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1));
    rows.put(ApplicationRow.OUTCOMES_TOTAL, ApplicantCounts.of(51, 5, 5, 0, 0, 0, 61));
    rows.put(ApplicationRow.CARRIED_FORWARD, ApplicantCounts.of(4, 0, 0, 0, 0, 0, 4));
    return AnnualReport.builder()
        .agency("达州市通川区")
        .year(2023)
        .overview(
            Overview.of(
                "（二）依申请公开。本年度，全区各级行政机关新收政府信息公开申请 64 件，结转上年度 1 件，本年度办结 61 件，"
                    + "结转下年度继续办理 4 件，全年因信息公开引发行政复议 4 件，引发行政诉讼 8 件。"))
        .activeDisclosure(
            ActiveDisclosure.builder()
                .rules(DocumentCounts.of(0, 0, 0))
                .normativeDocuments(DocumentCounts.of(1, 0, 10))
                .licensing(Cell.of(136302))
                .penalties(Cell.of(5584))
                .enforcement(Cell.of(998))
                .administrativeFees(AmountCell.of("1953.86"))
                .build())
        .applications(Applications.fromRows(rows))
        .reviewAndLitigation(
            ReviewAndLitigation.builder()
                .administrativeReview(ReviewOutcomes.of(2, 1, 0, 1, 4))
                .litigationDirect(ReviewOutcomes.of(3, 1, 1, 3, 8))
                .litigationAfterReview(ReviewOutcomes.zero())
                .build())
        .problemsAndImprovements("主要问题：一是主动公开的信息质量还有差距，工作动态内容较多，优质内容较少，更新频率较慢。")
        .otherMatters("达州市通川区 2023 年未发出政府信息处理费收费通知，未收取信息处理费。")
        .build();
  }
}

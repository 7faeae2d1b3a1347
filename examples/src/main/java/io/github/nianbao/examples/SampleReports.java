package io.github.nianbao.examples;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.Scope;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sample reports built in code: the numbers of the published 达州市通川区 2023 report, and the same
 * report with one misprinted cell.
 */
public final class SampleReports {

  private SampleReports() {}

  /**
   * Returns the sample reports.
   *
   * @return 达州市通川区 2023 as published, and a copy whose 四、结转下年度继续办理·自然人 reads 5
   */
  public static List<AnnualReport> all() {
    AnnualReport published = tongchuan2023();
    AnnualReport misprinted =
        published
            .withAgency(published.agency() + "（示例：一个单元格印错）")
            .withApplications(
                published
                    .applications()
                    .withCarriedForward(
                        published.applications().carriedForward().withNaturalPerson(Cell.of(5))));
    return List.of(published, misprinted);
  }

  /**
   * Returns the numbers of 达州市通川区 2023年政府信息公开工作年度报告, built row by row.
   *
   * @return the report
   */
  public static AnnualReport tongchuan2023() {
    Map<ApplicationRow, ApplicantCounts> rows = new EnumMap<>(ApplicationRow.class);
    for (ApplicationRow row : ApplicationRow.rows(io.github.nianbao.core.FormatVersion.V2021)) {
      rows.put(row, ApplicantCounts.zero());
    }
    rows.put(ApplicationRow.NEWLY_RECEIVED, ApplicantCounts.ofParts(55, 4, 5, 0, 0, 0));
    rows.put(ApplicationRow.CARRIED_OVER, ApplicantCounts.ofParts(0, 1, 0, 0, 0, 0));
    rows.put(ApplicationRow.DISCLOSED, ApplicantCounts.ofParts(17, 1, 5, 0, 0, 0));
    rows.put(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantCounts.ofParts(11, 1, 0, 0, 0, 0));
    rows.put(ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantCounts.ofParts(21, 2, 0, 0, 0, 0));
    rows.put(ApplicationRow.NOT_PROCESSED_DUPLICATE, ApplicantCounts.ofParts(1, 1, 0, 0, 0, 0));
    rows.put(ApplicationRow.OTHER_HANDLING_OTHER, ApplicantCounts.ofParts(1, 0, 0, 0, 0, 0));
    rows.put(ApplicationRow.OUTCOMES_TOTAL, ApplicantCounts.ofParts(51, 5, 5, 0, 0, 0));
    rows.put(ApplicationRow.CARRIED_FORWARD, ApplicantCounts.ofParts(4, 0, 0, 0, 0, 0));

    return AnnualReport.builder()
        .agency("达州市通川区")
        .year(2023)
        .scope(Scope.AGGREGATE)
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
                .administrativeReview(ReviewOutcomes.ofParts(2, 1, 0, 1))
                .litigationDirect(ReviewOutcomes.ofParts(3, 1, 1, 3))
                .litigationAfterReview(ReviewOutcomes.zero())
                .build())
        .otherMatters("达州市通川区 2023 年未发出政府信息处理费收费通知，未收取信息处理费。")
        .build();
  }
}

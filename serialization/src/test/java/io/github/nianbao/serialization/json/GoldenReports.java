package io.github.nianbao.serialization.json;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.FeeItems;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ItemCounts;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Procurement;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.Scope;
import io.github.nianbao.core.TableCell;
import java.util.List;

/**
 * Fixed reports for golden and schema tests, with the figures of docs/format.md's JSON document.
 */
final class GoldenReports {
  private GoldenReports() {}

  /**
   * A report with numbers of every size, one blank, one mark, a fee with two decimals, and
   * narrative with line breaks and quotes.
   */
  static AnnualReport sample() {
    Applications applications =
        Applications.fromRows(
            row ->
                switch (row) {
                  case NEWLY_RECEIVED -> ApplicantCounts.of(55, 6, 0, 0, 3, 0, 64);
                  case CARRIED_OVER -> ApplicantCounts.of(2, 0, 0, 0, 0, 0, 2);
                  case DISCLOSED -> ApplicantCounts.of(30, 4, 0, 0, 1, 0, 35);
                  case PARTIALLY_DISCLOSED -> ApplicantCounts.of(5, 0, 0, 0, 0, 0, 5);
                  case WITHHELD_STATE_SECRET ->
                      ApplicantCounts.from(
                          c -> c == ApplicantCategory.OTHER ? Cell.mark("/") : Cell.of(0));
                  case UNAVAILABLE_NOT_HELD -> ApplicantCounts.of(12, 2, 0, 0, 2, 0, 16);
                  case OUTCOMES_TOTAL -> ApplicantCounts.of(54, 6, 0, 0, 3, 0, 63);
                  case CARRIED_FORWARD -> ApplicantCounts.of(3, 0, 0, 0, 0, 0, 3);
                  case OTHER_HANDLING_OTHER ->
                      ApplicantCounts.from(
                          c -> c == ApplicantCategory.TOTAL ? Cell.blank() : Cell.of(7 - 7));
                  default ->
                      row == ApplicationRow.NOT_PROCESSED_DUPLICATE
                          ? ApplicantCounts.of(7, 0, 0, 0, 0, 0, 7)
                          : ApplicantCounts.zero();
                });
    return AnnualReport.builder()
        .agency("达州市通川区经济和信息化局")
        .year(2023)
        .scope(Scope.AGENCY)
        .overview(Overview.of("（一）主动公开。全年公开信息 83 条。\n（二）依申请公开。新收申请 64 件。"))
        .activeDisclosure(
            ActiveDisclosure.builder()
                .rules(DocumentCounts.of(0, 0, 0))
                .normativeDocuments(DocumentCounts.of(3, 1, 12))
                .licensing(Cell.of(136302))
                .penalties(Cell.of(5584))
                .enforcement(Cell.of(998))
                .administrativeFees(AmountCell.of("1953.86"))
                .build())
        .applications(applications)
        .reviewAndLitigation(
            ReviewAndLitigation.from(
                g ->
                    g == ReviewCase.ADMINISTRATIVE_REVIEW
                        ? ReviewOutcomes.of(2, 1, 0, 1, 4)
                        : ReviewOutcomes.zero()))
        .problemsAndImprovements("一是“公开”不够及时。\n二是解读形式单一\\简单。")
        .otherMatters("本年度未收取信息处理费。")
        .build();
  }

  /**
   * A report of the 2019 format (docs/format.md, Format versions): its Table 2 with signed changes
   * (one negative), a blank and a mark, 采购总金额 printed with its unit, and （六）其他处理 as one row.
   */
  static AnnualReport sample2019() {
    Applications applications =
        Applications.fromRows(
            FormatVersion.V2019,
            row ->
                switch (row) {
                  case NEWLY_RECEIVED -> ApplicantCounts.of(20, 3, 0, 0, 1, 0, 24);
                  case CARRIED_OVER -> ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1);
                  case DISCLOSED -> ApplicantCounts.of(12, 2, 0, 0, 1, 0, 15);
                  case PARTIALLY_DISCLOSED -> ApplicantCounts.of(2, 0, 0, 0, 0, 0, 2);
                  case UNAVAILABLE_NOT_HELD -> ApplicantCounts.of(4, 1, 0, 0, 0, 0, 5);
                  case OTHER_HANDLING -> ApplicantCounts.of(2, 0, 0, 0, 0, 0, 2);
                  case OUTCOMES_TOTAL -> ApplicantCounts.of(20, 3, 0, 0, 1, 0, 24);
                  case CARRIED_FORWARD -> ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1);
                  default -> ApplicantCounts.zero();
                });
    return AnnualReport.builder()
        .agency("示例县交通运输局")
        .year(2020)
        .scope(Scope.AGENCY)
        .overview(Overview.of("2020年，本局主动公开政府信息 120 条。"))
        .activeDisclosure(
            ActiveDisclosure2019.builder()
                .rules(PublishedDocuments.of(0, 0, 0))
                .normativeDocuments(PublishedDocuments.of(2, 2, 17))
                .licensing(ItemCounts.of(35, -3, 1204))
                .otherManagementServices(ItemCounts.of(Cell.of(8), Cell.of(0), Cell.blank()))
                .penalties(ItemCounts.of(210, 12, 96))
                .enforcement(ItemCounts.of(Cell.of(6), Cell.mark("/"), Cell.of(3)))
                .administrativeFees(FeeItems.of(Cell.of(4), Cell.of(-1)))
                .centralizedProcurement(Procurement.of(Cell.of(9), PrintedAmount.of("251000元")))
                .build())
        .applications(applications)
        .reviewAndLitigation(
            ReviewAndLitigation.from(
                g ->
                    g == ReviewCase.ADMINISTRATIVE_REVIEW
                        ? ReviewOutcomes.of(1, 0, 0, 0, 1)
                        : ReviewOutcomes.zero()))
        .problemsAndImprovements("政策解读不够深入。")
        .otherMatters("无。")
        .build();
  }

  /** Like seed 000: a department that received no application, every cell 0, the fee 0. */
  static AnnualReport allZero() {
    return AnnualReport.builder()
        .agency("达州市数字经济局")
        .year(2023)
        .activeDisclosure(ActiveDisclosure.zero())
        .applications(Applications.zero())
        .reviewAndLitigation(ReviewAndLitigation.zero())
        .otherMatters("无。")
        .build();
  }

  /** Like seed 004: a 2021 report whose tables were left blank or marked in places. */
  static AnnualReport blanksAndMarks() {
    return Reports.mapCells(
        AnnualReport.copyOf(sample()).withYear(2021),
        a -> {
          TableCell c = sample().cell(a);
          if (a.isAmount()) {
            return AmountCell.mark("—");
          }
          return a.path().startsWith("applications.outcomes.notProcessed")
              ? Cell.blank()
              : a.path().startsWith("reviewAndLitigation.litigation") ? Cell.mark("/") : c;
        });
  }

  /** The county's aggregate (docs/format.md, Aggregation) of the sample and the all-zero report. */
  static AnnualReport aggregate() {
    return io.github.nianbao.core.Aggregation.sum("达州市通川区人民政府", 2023, List.of(sample(), allZero()));
  }

  /** Like seed 004 in the 2019 format: blanks and marks, and an amount that is a mark. */
  static AnnualReport blanksAndMarks2019() {
    return Reports.mapCells(
        sample2019(),
        a -> {
          TableCell c = sample2019().cell(a);
          if (a.isAmount()) {
            return PrintedAmount.of("无");
          }
          return a.path().startsWith("applications.outcomes.otherHandling")
              ? Cell.mark("—")
              : a.path().startsWith("activeDisclosure.rules") ? Cell.blank() : c;
        });
  }

  /** Every fixed report, of both format versions. */
  static List<AnnualReport> all() {
    return List.of(
        sample(), allZero(), blanksAndMarks(), aggregate(), sample2019(), blanksAndMarks2019());
  }
}

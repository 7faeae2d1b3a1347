package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The numbers of seed report 002, 达州市通川区 2023年政府信息公开工作年度报告, built by hand through the public API:
 * the example a user would copy.
 */
class Seed002ExampleTest {

  static AnnualReport tongchuan2023() {
    ApplicantCounts zero = ApplicantCounts.zero();
    Applications applications =
        Applications.builder()
            .newlyReceived(ApplicantCounts.of(55, 4, 5, 0, 0, 0, 64))
            .carriedOver(ApplicantCounts.of(0, 1, 0, 0, 0, 0, 1))
            .outcomes(
                Outcomes.builder()
                    .disclosed(ApplicantCounts.of(17, 1, 5, 0, 0, 0, 23))
                    .partiallyDisclosed(ApplicantCounts.of(11, 1, 0, 0, 0, 0, 12))
                    .withheld(
                        Withheld.builder()
                            .stateSecret(zero)
                            .prohibitedByLaw(zero)
                            .safetyAndStability(zero)
                            .thirdPartyRights(zero)
                            .internalAffairs(zero)
                            .processInformation(zero)
                            .enforcementCaseFile(zero)
                            .administrativeInquiry(zero)
                            .build())
                    .unavailable(
                        Unavailable.builder()
                            .notHeld(ApplicantCounts.of(21, 2, 0, 0, 0, 0, 23))
                            .requiresCreation(zero)
                            .unclearAfterCorrection(zero)
                            .build())
                    .notProcessed(
                        NotProcessed.builder()
                            .petitionOrComplaint(zero)
                            .duplicate(ApplicantCounts.ofParts(1, 1, 0, 0, 0, 0))
                            .publicationRequest(zero)
                            .excessiveRepeated(zero)
                            .confirmationRequest(zero)
                            .build())
                    .otherHandling(
                        OtherHandling.builder()
                            .overdueCorrection(zero)
                            .unpaidFee(zero)
                            .other(ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1))
                            .build())
                    .total(ApplicantCounts.of(51, 5, 5, 0, 0, 0, 61))
                    .build())
            .carriedForward(ApplicantCounts.of(4, 0, 0, 0, 0, 0, 4))
            .build();

    return AnnualReport.builder()
        .agency("达州市通川区")
        .year(2023)
        .scope(Scope.AGGREGATE)
        .overview(Overview.of("（一）主动公开。一是加强工作安排部署。\n（二）依申请公开。本年度，全区各级行政机关新收政府信息公开申请 64 件。"))
        .activeDisclosure(
            ActiveDisclosure.builder()
                .rules(DocumentCounts.of(0, 0, 0))
                .normativeDocuments(DocumentCounts.of(1, 0, 10))
                .licensing(Cell.of(136302))
                .penalties(Cell.of(5584))
                .enforcement(Cell.of(998))
                .administrativeFees(AmountCell.of("1953.86"))
                .build())
        .applications(applications)
        .reviewAndLitigation(
            ReviewAndLitigation.builder()
                .administrativeReview(ReviewOutcomes.of(2, 1, 0, 1, 4))
                .litigationDirect(ReviewOutcomes.ofParts(3, 1, 1, 3))
                .litigationAfterReview(ReviewOutcomes.zero())
                .build())
        .problemsAndImprovements("主要问题：一是主动公开的信息质量还有差距。")
        .otherMatters("达州市通川区 2023 年未发出政府信息处理费收费通知，未收取信息处理费。")
        .build();
  }

  @Test
  void cellsReadBackThroughTheAccessors() {
    AnnualReport report = tongchuan2023();

    assertEquals("达州市通川区", report.agency());
    assertEquals(2023, report.year());
    assertEquals(FormatVersion.V2021, report.formatVersion());
    assertEquals(136302, ((ActiveDisclosure) report.activeDisclosure()).licensing().value());
    assertEquals(
        10, ((ActiveDisclosure) report.activeDisclosure()).normativeDocuments().inForce().value());
    assertEquals(
        "1953.86", ((ActiveDisclosure) report.activeDisclosure()).administrativeFees().printed());

    Applications t3 = report.applications();
    assertEquals(55, t3.newlyReceived().naturalPerson().value());
    assertEquals(64, t3.newlyReceived().total().value());
    assertEquals(1, t3.carriedOver().commercialEnterprise().value());
    assertEquals(21, t3.outcomes().unavailable().notHeld().naturalPerson().value());
    assertEquals(2, t3.outcomes().notProcessed().duplicate().total().value());
    assertEquals(61, t3.outcomes().total().total().value());
    assertEquals(4, t3.carriedForward().naturalPerson().value());

    assertEquals(8, report.reviewAndLitigation().litigationDirect().total().value());
    assertEquals(1, report.reviewAndLitigation().administrativeReview().pending().value());
  }

  @Test
  void theSameCellsThroughRowEnumsAndAddresses() {
    AnnualReport report = tongchuan2023();
    assertEquals(
        Cell.of(23), report.applications().get(ApplicationRow.DISCLOSED, ApplicantCategory.TOTAL));
    assertEquals(
        Cell.of(4),
        report.cell(CellAddress.parse("applications.carriedForward.naturalPerson").orElseThrow()));
    assertEquals(
        AmountCell.of("1953.86"), report.cell(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES)));
    assertEquals(
        Cell.of(3),
        report.count(CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.PENDING)));
  }

  @Test
  void itsNumbersSatisfyTheBalanceNotedAboveTable3() {
    Applications t3 = tongchuan2023().applications();
    for (ApplicantCategory c : ApplicantCategory.values()) {
      long left = t3.newlyReceived().get(c).value() + t3.carriedOver().get(c).value();
      long right = t3.outcomes().total().get(c).value() + t3.carriedForward().get(c).value();
      assertEquals(left, right, c.key());
      long outcomes =
          ApplicationRow.outcomeRows(FormatVersion.V2021).stream()
              .mapToLong(r -> t3.get(r, c).value())
              .sum();
      assertEquals(t3.outcomes().total().get(c).value(), outcomes, c.key());
    }
    assertTrue(t3.rows().values().stream().allMatch(r -> r.sumOfParts().equals(r.total())));
  }
}

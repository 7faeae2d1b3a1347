package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.fixtures.Tongchuan2023;
import org.junit.jupiter.api.Test;

/**
 * The numbers of seed report 002, 达州市通川区 2023年政府信息公开工作年度报告, built by hand through the public API:
 * the example a user would copy.
 */
class Seed002ExampleTest {

  @Test
  void cellsReadBackThroughTheAccessors() {
    AnnualReport report = Tongchuan2023.report();

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
    AnnualReport report = Tongchuan2023.report();
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
    Applications t3 = Tongchuan2023.report().applications();
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

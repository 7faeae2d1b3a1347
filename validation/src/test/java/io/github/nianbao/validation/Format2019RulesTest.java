package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.core.FeeItems;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ItemCounts;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Procurement;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules on reports of the 2019 trial format, and across the change of format. */
class Format2019RulesTest {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  /**
   * A valid report of 2020 in the 2019 format: the Table 3 of {@link Tongchuan2023} with its three
   * rows of （六） printed as one row (their sum), so every identity still holds.
   */
  static AnnualReport report2020() {
    AnnualReport t = Tongchuan2023.report();
    Applications v2021 = t.applications();
    ApplicantCounts other =
        v2021
            .row(ApplicationRow.OTHER_HANDLING_OVERDUE_CORRECTION)
            .plus(v2021.row(ApplicationRow.OTHER_HANDLING_UNPAID_FEE))
            .plus(v2021.row(ApplicationRow.OTHER_HANDLING_OTHER));
    Applications v2019 =
        Applications.fromRows(
            FormatVersion.V2019, r -> r == ApplicationRow.OTHER_HANDLING ? other : v2021.row(r));
    return AnnualReport.builder()
        .from(t)
        .year(2020)
        .activeDisclosure(
            ActiveDisclosure2019.builder()
                .rules(PublishedDocuments.of(0, 0, 0))
                .normativeDocuments(PublishedDocuments.of(2, 2, 9))
                .licensing(ItemCounts.of(120, -3, 136302))
                .otherManagementServices(ItemCounts.of(40, 2, 812))
                .penalties(ItemCounts.of(35, 0, 5584))
                .enforcement(ItemCounts.of(6, 1, 17))
                .administrativeFees(FeeItems.of(Cell.of(4), Cell.of(-1)))
                .centralizedProcurement(Procurement.of(Cell.of(3), PrintedAmount.of("251000元")))
                .build())
        .applications(v2019)
        .otherMatters("无其他需要报告的事项。")
        .build();
  }

  private static List<String> codes(ValidationResult r) {
    return r.findings().stream().map(f -> f.code() + "@" + f.location()).toList();
  }

  /** The findings of one rule, as code@location. */
  private static List<String> codes(ValidationResult r, String code) {
    return codes(r).stream().filter(c -> c.startsWith(code + "@")).toList();
  }

  @Test
  void aValid2020ReportOfThe2019FormatHasNoFindingAndNo2021Rule() {
    ValidationResult r = VALIDATOR.validate(report2020());
    // section 六 is empty: TEXT.FEE_REPORTED is a rule of the 2021 format; a negative 本年增/减 is
    // no negative count
    assertEquals(List.of(), codes(r));
    assertEquals(List.of(), r.notAssessable());
  }

  @Test
  void aWrongPrintedOutcomeTotalOf2020IsFound() {
    AnnualReport r = report2020();
    CellAddress total =
        CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.NATURAL_PERSON);
    CellAddress one =
        CellAddress.of(ApplicationRow.OTHER_HANDLING, ApplicantCategory.NATURAL_PERSON);
    // （六）其他处理 printed one more: （七）总计 no longer adds up (and the row total neither)
    AnnualReport broken = r.withCell(one, Cell.of(r.count(one).value() + 1));
    ValidationResult v = VALIDATOR.validate(broken);
    Finding f =
        v.findings().stream()
            .filter(x -> x.code().equals("T3.OUTCOME_TOTAL"))
            .findFirst()
            .orElseThrow();
    assertEquals(total.path(), f.location());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.contributingCells().contains(one), f.contributingCells().toString());
    assertEquals(19, f.contributingCells().size());
    assertTrue(
        codes(v)
            .contains(
                "T3.ROW_TOTAL@"
                    + CellAddress.of(ApplicationRow.OTHER_HANDLING, ApplicantCategory.TOTAL)
                        .path()),
        codes(v).toString());
  }

  @Test
  void onlyTheChangeMayBeNegative() {
    AnnualReport r = report2020();
    CellAddress decisions =
        CellAddress.of(DisclosureRow2019.LICENSING, DisclosureColumn2019.DECISIONS);
    CellAddress change = CellAddress.of(DisclosureRow2019.LICENSING, DisclosureColumn2019.CHANGE);
    assertEquals(List.of(), codes(VALIDATOR.validate(r.withCell(change, Cell.of(-500)))));
    assertEquals(
        List.of("COUNT.NON_NEGATIVE@" + decisions.path()),
        codes(VALIDATOR.validate(r.withCell(decisions, Cell.of(-1)))));
  }

  @Test
  void aVersionThatDoesNotFitTheYearIsAWarning() {
    ValidationResult late = VALIDATOR.validate(report2020().withYear(2023));
    assertEquals(List.of("VERSION.YEAR@formatVersion"), codes(late));
    Finding f = late.findings().get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.messageZh().contains("国办公开办函〔2019〕60号"), f.messageZh());
    assertTrue(f.message(Locale.ENGLISH).contains("2023"), f.message(Locale.ENGLISH));
    ValidationResult early = VALIDATOR.validate(Tongchuan2023.report().withYear(2020));
    assertEquals(List.of("VERSION.YEAR@formatVersion"), codes(early));
    assertTrue(early.findings().get(0).messageZh().contains("2019"));
  }

  @Test
  void itemsContinueFromYearToYearInThe2019Format() {
    AnnualReport y2020 = report2020();
    ActiveDisclosure2019 t2 = y2020.activeDisclosure2019();
    // 2019: licensing had 123 items the year before and changed by −3: 120 in 2020 ✓
    AnnualReport y2019 =
        y2020
            .withYear(2019)
            .withActiveDisclosure(
                t2.withLicensing(ItemCounts.of(123, -3, 100000))
                    .withOtherManagementServices(ItemCounts.of(40, 0, 700))
                    .withPenalties(ItemCounts.of(30, 5, 5000))
                    .withEnforcement(ItemCounts.of(6, 0, 10))
                    .withAdministrativeFees(FeeItems.of(Cell.of(4), Cell.of(0))))
            .withProblemsAndImprovements("其他文字。");
    assertEquals(
        List.of(), codes(VALIDATOR.validateSeries(List.of(y2019, y2020)), "SERIES.ITEMS_CONTINUE"));
    CellAddress at =
        CellAddress.of(DisclosureRow2019.LICENSING, DisclosureColumn2019.PREVIOUS_YEAR_ITEMS);
    AnnualReport wrong = y2020.withCell(at, Cell.of(121));
    ValidationResult v = VALIDATOR.validateSeries(List.of(y2019, wrong));
    assertEquals(List.of("SERIES.ITEMS_CONTINUE@" + at.path()), codes(v, "SERIES.ITEMS_CONTINUE"));
    Finding f =
        v.findings().stream()
            .filter(x -> x.code().equals("SERIES.ITEMS_CONTINUE"))
            .findFirst()
            .orElseThrow();
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("120", f.computed().orElseThrow());
    assertEquals("121", f.reported().orElseThrow());
  }

  @Test
  void theCarryHoldsAcrossTheChangeOfFormat() {
    AnnualReport y2020 = report2020();
    // 2021 carries over from 2020 exactly what the 2020 report of the 2019 format carried forward
    AnnualReport y2021 =
        Tongchuan2023.report()
            .withYear(2021)
            .withApplications(
                Tongchuan2023.report()
                    .applications()
                    .withCarriedOver(y2020.applications().carriedForward()));
    ValidationResult ok = VALIDATOR.validateSeries(List.of(y2020, y2021));
    assertEquals(List.of(), codes(ok, "SERIES.CARRY"));
    CellAddress over =
        CellAddress.of(ApplicationRow.CARRIED_OVER, ApplicantCategory.NATURAL_PERSON);
    AnnualReport off = y2021.withCell(over, Cell.of(y2021.count(over).value() + 2));
    ValidationResult v = VALIDATOR.validateSeries(List.of(y2020, off));
    assertEquals(List.of("SERIES.CARRY@" + over.path()), codes(v, "SERIES.CARRY"));
  }

  @Test
  void reportsOfTwoVersionsAreNotSummed() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                io.github.nianbao.core.Aggregation.sum(
                    "x", 2020, List.of(report2020(), Tongchuan2023.report().withYear(2020))));
    assertTrue(e.getMessage().contains("2019") && e.getMessage().contains("2021"), e.getMessage());
    assertEquals(
        ReviewAndLitigation.zero().getClass(), report2020().reviewAndLitigation().getClass());
  }
}

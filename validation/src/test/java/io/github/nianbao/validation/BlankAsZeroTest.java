package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ReportValidator.builder().blankAsZero()}: blanks read as 0, and the result says so. */
class BlankAsZeroTest {

  private static final CellAddress FORWARD =
      CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON);
  private static final CellAddress OVER =
      CellAddress.of(ApplicationRow.CARRIED_OVER, ApplicantCategory.NATURAL_PERSON);

  private static boolean notAssessable(ValidationResult r, String code, CellAddress at) {
    return r.notAssessable().stream()
        .anyMatch(n -> n.code().equals(code) && n.location().equals(at.path()));
  }

  @Test
  void aBlankThatMadeTheBalanceNotAssessableNowGivesItsFinding() {
    AnnualReport report = Tongchuan2023.report();
    long printed = report.count(FORWARD).value();
    assertTrue(printed > 0, "the seed carries applications forward: " + printed);
    AnnualReport blank = report.withCell(FORWARD, Cell.blank());

    ValidationResult standard = ReportValidator.standard().validate(blank);
    assertTrue(notAssessable(standard, "T3.BALANCE", FORWARD), standard.notAssessable().toString());
    assertTrue(standard.findings("T3.BALANCE").isEmpty());
    assertEquals(List.of(), standard.blankAsZero());
    assertEquals(List.of(), standard.blanksReadAsZero());

    ValidationResult zero = ReportValidator.builder().blankAsZero().build().validate(blank);
    List<Finding> balance = zero.findings("T3.BALANCE");
    assertEquals(1, balance.size(), zero.findings().toString());
    Finding f = balance.get(0);
    assertEquals(FORWARD, f.cell().orElseThrow());
    assertEquals("0", f.reported().orElseThrow());
    assertEquals(Long.toString(printed), f.computed().orElseThrow());
    assertFalse(notAssessable(zero, "T3.BALANCE", FORWARD));
    // CELL.BLANK still reports the blank, and reads none as 0
    assertEquals(
        List.of(FORWARD.path()),
        zero.findings("CELL.BLANK").stream().map(Finding::location).toList());
    assertFalse(zero.blankAsZero().contains("CELL.BLANK"));
    assertTrue(zero.blankAsZero().contains("T3.BALANCE"));
    assertEquals(List.of(new BlankReadAsZero(2023, FORWARD)), zero.blanksReadAsZero());
  }

  @Test
  void aBlankThatIsZeroPasses() {
    AnnualReport report = Tongchuan2023.report();
    assertEquals(0, report.count(OVER).value(), "the seed carries nothing over");
    AnnualReport blank = report.withCell(OVER, Cell.blank());
    ValidationResult zero = ReportValidator.builder().blankAsZero().build().validate(blank);
    assertEquals(
        List.of("CELL.BLANK"), zero.findings().stream().map(Finding::code).distinct().toList());
    assertEquals(List.of(), zero.notAssessable());
  }

  @Test
  void perRuleOnlyThatRuleReadsBlanksAsZeroAndMarksStayNotAssessable() {
    AnnualReport blank = Tongchuan2023.report().withCell(FORWARD, Cell.blank());
    ValidationResult one =
        ReportValidator.builder().blankAsZero(RuleCode.T3_BALANCE).build().validate(blank);
    assertEquals(1, one.findings("T3.BALANCE").size());
    assertEquals(List.of("T3.BALANCE"), one.blankAsZero());
    // T3.ROW_TOTAL reads the report as printed
    assertTrue(
        notAssessable(
            one,
            "T3.ROW_TOTAL",
            CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL)),
        one.notAssessable().toString());

    AnnualReport marked = Tongchuan2023.report().withCell(FORWARD, Cell.mark("/"));
    ValidationResult m = ReportValidator.builder().blankAsZero().build().validate(marked);
    assertTrue(notAssessable(m, "T3.BALANCE", FORWARD), m.notAssessable().toString());
    assertEquals(List.of(), m.blanksReadAsZero());
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportValidator.builder().blankAsZero(RuleCode.CELL_BLANK));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportValidator.builder().blankAsZero(RuleCode.SECTIONS_PRESENT));
  }

  @Test
  void aWhollyBlankTableIsStillAMissingSection() {
    AnnualReport r = Tongchuan2023.report();
    for (CellAddress a : CellAddress.all(r.formatVersion())) {
      if (a.table() == io.github.nianbao.core.ReportSection.REVIEW_AND_LITIGATION) {
        r = r.withCell(a, Cell.blank());
      }
    }
    ValidationResult zero = ReportValidator.builder().blankAsZero().build().validate(r);
    assertEquals(
        List.of("reviewAndLitigation"),
        zero.findings("SECTIONS.PRESENT").stream().map(Finding::location).toList());
    assertFalse(zero.blankAsZero().contains("SECTIONS.PRESENT"), zero.blankAsZero().toString());
  }

  @Test
  void aReportWithoutBlanksIsValidatedAlike() {
    AnnualReport broken = Tongchuan2023.report().withCell(FORWARD, Cell.of(7));
    ValidationResult standard = ReportValidator.standard().validate(broken);
    ValidationResult zero = ReportValidator.builder().blankAsZero().build().validate(broken);
    assertEquals(standard.findings(), zero.findings());
    assertEquals(standard.notAssessable(), zero.notAssessable());
    assertEquals(List.of(), zero.blanksReadAsZero());
  }

  @Test
  void aSeriesReadsItsBlanksAsZeroToo() {
    AnnualReport now = Tongchuan2023.report();
    AnnualReport last = now.withYear(2022).withOverview(io.github.nianbao.core.Overview.empty());
    // last year's 四 blank: SERIES.CARRY cannot compare 二 of 2023 with it, unless blank is 0
    AnnualReport lastBlank = last.withCell(FORWARD, Cell.blank());
    ValidationResult standard = ReportValidator.standard().validateSeries(List.of(lastBlank, now));
    assertTrue(
        standard.notAssessable().stream().anyMatch(n -> n.code().equals("SERIES.CARRY")),
        standard.notAssessable().toString());
    ValidationResult zero =
        ReportValidator.builder()
            .blankAsZero(RuleCode.SERIES_CARRY)
            .build()
            .validateSeries(List.of(lastBlank, now));
    assertTrue(zero.notAssessable().stream().noneMatch(n -> n.code().equals("SERIES.CARRY")));
    assertEquals(List.of(new BlankReadAsZero(2022, FORWARD)), zero.blanksReadAsZero());
  }
}

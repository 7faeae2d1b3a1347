package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriesTest {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  /** The 2022 report that 2023 follows: its 四 is 2023's 二, its texts differ. */
  private static AnnualReport previousYear() {
    AnnualReport r = Tongchuan2023.report().withYear(2022);
    return r.withApplications(
            r.applications()
                .withCarriedForward(r.applications().carriedOver())
                .withCarriedOver(io.github.nianbao.core.ApplicantCounts.zero())
                .withNewlyReceived(
                    io.github.nianbao.core.ApplicantCounts.of(51, 6, 5, 0, 0, 0, 62)))
        .withActiveDisclosure(
            r.activeDisclosure2021()
                .withNormativeDocuments(io.github.nianbao.core.DocumentCounts.of(2, 1, 9)))
        .withOverview(io.github.nianbao.core.Overview.of("（一）主动公开。按要求公开政府信息。"))
        .withProblemsAndImprovements("存在问题：公开内容不够丰富，解读形式单一。下一步将丰富解读形式，拓宽公开渠道，回应社会关切。");
  }

  @Test
  void consecutiveYearsThatAgreeHaveNoFinding() {
    ValidationResult result =
        VALIDATOR.validateSeries(List.of(Tongchuan2023.report(), previousYear()));
    assertEquals(List.of(), result.findings());
    assertTrue(
        result
            .rulesRun()
            .containsAll(List.of("SERIES.CARRY", "SERIES.IN_FORCE", "SERIES.REPEATED_TEXT")));
  }

  @Test
  void carryOverMustMatchLastYearsCarryForward() {
    AnnualReport last =
        previousYear()
            .withCell(
                CellAddress.of(
                    ApplicationRow.CARRIED_FORWARD, ApplicantCategory.COMMERCIAL_ENTERPRISE),
                Cell.of(3))
            .withCell(
                CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL),
                Cell.of(3));
    ValidationResult result = VALIDATOR.validateSeries(List.of(Tongchuan2023.report(), last));
    List<Finding> carry = result.findings("SERIES.CARRY");
    assertEquals(1, carry.size(), result.findings().toString());
    Finding f = carry.get(0);
    assertEquals(2023, f.year());
    assertEquals("applications.carriedOver.commercialEnterprise", f.location());
    assertEquals("1", f.reported().orElseThrow());
    assertEquals("3", f.computed().orElseThrow());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(
        "2023 年“商业企业”列：上年结转 1 件，与 2022 年报告的结转下年度继续办理 3 件不一致"
            + "（applications.carriedOver.commercialEnterprise）。",
        f.messageZh());

    Set<ConstraintViolation<ReportSeries>> violations =
        VALIDATOR.validator().validate(ReportSeries.of(List.of(Tongchuan2023.report(), last)));
    assertEquals(
        List.of("reports[1].applications.carriedOver.commercialEnterprise"),
        violations.stream().map(v -> v.getPropertyPath().toString()).toList());
  }

  @Test
  void documentsInForceContinueFromLastYear() {
    AnnualReport now =
        Tongchuan2023.report()
            .withCell(
                CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE),
                Cell.of(11));
    Finding f = VALIDATOR.validateSeries(List.of(previousYear(), now)).findings().get(0);
    assertEquals("SERIES.IN_FORCE", f.code());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("11", f.reported().orElseThrow());
    assertEquals("10", f.computed().orElseThrow());
  }

  @Test
  void theSameProblemsTextTwiceIsReported() {
    AnnualReport last =
        previousYear()
            .withProblemsAndImprovements(
                Tongchuan2023.report().problemsAndImprovements().replace("2023", "2022"));
    List<Finding> findings =
        VALIDATOR.validateSeries(List.of(last, Tongchuan2023.report())).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("SERIES.REPEATED_TEXT", findings.get(0).code());
    assertEquals("problemsAndImprovements", findings.get(0).location());
    assertEquals(
        "2023 年“五、存在的主要问题及改进情况”与 2022 年相似度为 100%（阈值 85%），内容基本雷同。", findings.get(0).messageZh());
  }

  @Test
  void onlyConsecutiveYearsAreCompared() {
    AnnualReport twoYearsBefore =
        previousYear()
            .withYear(2021)
            .withProblemsAndImprovements(Tongchuan2023.report().problemsAndImprovements());
    ValidationResult result =
        VALIDATOR.validateSeries(List.of(twoYearsBefore, Tongchuan2023.report()));
    assertEquals(List.of(), result.findings());
    assertTrue(
        result.notAssessable().stream()
            .anyMatch(
                n ->
                    n.code().equals("SERIES.CARRY")
                        && n.location().equals("reports[1]")
                        && n.reason()
                            .equals("no report of 2022: 2021 and 2023 are not consecutive")),
        result.notAssessable().toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportSeries.of(List.of(Tongchuan2023.report(), Tongchuan2023.report())));
  }

  @Test
  void aSeriesIsOneAgencys() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ReportSeries.of(
                    List.of(Tongchuan2023.report(), previousYear().withAgency("渠县经济和信息化局"))));
    assertTrue(e.getMessage().contains("渠县经济和信息化局 (2022)"), e.getMessage());
    // white space inside a name is no other agency
    assertEquals(
        2,
        ReportSeries.of(List.of(Tongchuan2023.report(), previousYear().withAgency("达州市 通川区")))
            .reports()
            .size());
  }

  @Test
  void aRenamedBodyContinuesItsSeriesOnceTheUserSaysSo() {
    AnnualReport before = previousYear().withAgency("达州市通川区旧局");
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportSeries.of(List.of(before, Tongchuan2023.report())));
    assertTrue(refused.getMessage().contains("predecessor"), refused.getMessage());

    ReportSeries series =
        ReportSeries.builder()
            .predecessor("达州市通川区 旧局", Tongchuan2023.report().agency())
            .addAll(List.of(Tongchuan2023.report(), before))
            .build();
    assertEquals(List.of(2022, 2023), series.reports().stream().map(AnnualReport::year).toList());
    assertEquals(
        java.util.Map.of("达州市通川区旧局", Tongchuan2023.report().agency()), series.predecessors());
    // the two agree: no finding
    assertEquals(List.of(), VALIDATOR.validateSeries(series).findings());

    // SERIES.CARRY is still an error across the rename, named in the successor's report
    AnnualReport misprinted =
        before.withCell(
            CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.COMMERCIAL_ENTERPRISE),
            Cell.of(3));
    ValidationResult result =
        VALIDATOR.validateSeries(
            ReportSeries.builder()
                .predecessor(before.agency(), Tongchuan2023.report().agency())
                .add(misprinted)
                .add(Tongchuan2023.report())
                .build());
    List<Finding> carry = result.findings("SERIES.CARRY");
    assertEquals(1, carry.size(), result.findings().toString());
    assertEquals(Severity.ERROR, carry.get(0).severity());
    assertEquals(Tongchuan2023.report().agency(), carry.get(0).agency());
  }

  @Test
  void aPredecessorMustReportFirstAndNamesMustNotCycle() {
    AnnualReport before = previousYear().withAgency("旧局");
    // the predecessor's report is of a later year than its successor's
    IllegalArgumentException late =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ReportSeries.builder()
                    .predecessor(Tongchuan2023.report().agency(), "旧局")
                    .addAll(List.of(Tongchuan2023.report(), before))
                    .build());
    assertTrue(late.getMessage().contains("not of an earlier year"), late.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReportSeries.builder()
                .predecessor("甲", "乙")
                .predecessor("乙", "甲")
                .add(before.withAgency("甲"))
                .build());
    assertThrows(
        IllegalArgumentException.class, () -> ReportSeries.builder().predecessor("甲", "甲"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportSeries.builder().predecessor("甲", "乙").predecessor("甲", "丙"));
    // a merger: two predecessors, one successor, one report a year
    ReportSeries merged =
        ReportSeries.builder()
            .predecessor("甲", "丙")
            .predecessor("乙", "丙")
            .add(before.withAgency("乙"))
            .add(Tongchuan2023.report().withAgency("丙"))
            .build();
    assertEquals(2, merged.reports().size());
  }
}

package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Inferred;
import io.github.nianbao.core.constraints.Official;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The groups Official and Inferred, through the plain Bean Validation call and the facade. */
class GroupsTest {

  private static ValidatorFactory factory;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static final Set<String> OFFICIAL =
      Set.of("T3.ROW_TOTAL", "T3.OUTCOME_TOTAL", "T3.BALANCE", "T4.GROUP_TOTAL");

  @Test
  void theOfficialRulesAreThePrintedIdentitiesAndEveryOtherIsInferred() {
    for (RuleCode r : RuleCode.values()) {
      assertEquals(OFFICIAL.contains(r.code()), r.isOfficial(), r.code());
      assertEquals(r.isOfficial() ? Official.class : Inferred.class, r.group(), r.code());
    }
  }

  /**
   * Every declaration on the model and on ReportSeries is in Default and in its rule's group, as
   * RuleCode says: a rule declared without its group would escape validate(report, Inferred.class).
   */
  @Test
  void everyDeclarationIsInDefaultAndItsRulesGroup() throws Exception {
    int declared = 0;
    for (Class<?> type : List.of(AbstractAnnualReport.class, ReportSeries.class)) {
      for (Annotation a : type.getAnnotations()) {
        var rule = RuleCode.ofConstraint(a.annotationType());
        if (rule.isEmpty()) {
          continue;
        }
        declared++;
        Class<?>[] groups = (Class<?>[]) a.annotationType().getMethod("groups").invoke(a);
        assertEquals(
            Set.of(Default.class, rule.get().group()),
            Set.of(groups),
            rule.get().code() + " on " + type.getSimpleName());
      }
    }
    assertTrue(declared >= 14, "declarations found: " + declared);
  }

  /** Breaks T3.BALANCE (official) and leaves a blank (CELL.BLANK, inferred). */
  private static AnnualReport brokenTwice() {
    return Tongchuan2023.report()
        .withCell(
            CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.COMMERCIAL_ENTERPRISE),
            Cell.of(2))
        .withCell(
            CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL), Cell.of(6))
        .withCell(
            CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.OTHER), Cell.blank());
  }

  private static Set<String> codes(Set<ConstraintViolation<AnnualReport>> violations) {
    return violations.stream()
        .map(
            v ->
                v.unwrap(HibernateConstraintViolation.class)
                    .getDynamicPayload(FindingDetails.class))
        .map(d -> ((FindingDetails) d).code())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void thePlainCallWithOfficialChecksOnlyTheOfficialRules() {
    var validator = factory.getValidator();
    AnnualReport report = brokenTwice();
    Set<String> all = codes(validator.validate(report));
    Set<String> official = codes(validator.validate(report, Official.class));
    Set<String> inferred = codes(validator.validate(report, Inferred.class));
    assertTrue(all.containsAll(Set.of("T3.BALANCE", "CELL.BLANK")), all.toString());
    assertTrue(OFFICIAL.containsAll(official), official.toString());
    assertTrue(official.contains("T3.BALANCE"), official.toString());
    assertTrue(inferred.contains("CELL.BLANK"), inferred.toString());
    assertTrue(inferred.stream().noneMatch(OFFICIAL::contains), inferred.toString());
    Set<String> union = new TreeSet<>(official);
    union.addAll(inferred);
    assertEquals(all, union);
  }

  @Test
  void theFacadeRunsOneGroup() {
    ReportValidator official = ReportValidator.builder().only(Official.class).build();
    assertEquals(
        Arrays.stream(RuleCode.values())
            .filter(r -> r.isOfficial() && !r.isSeriesRule())
            .map(RuleCode::code)
            .toList(),
        official.validate(Tongchuan2023.report()).rulesRun());
    ValidationResult all = ReportValidator.standard().validate(brokenTwice());
    ValidationResult some = official.validate(brokenTwice());
    assertEquals(
        all.findings().stream().filter(f -> f.rule().orElseThrow().isOfficial()).toList(),
        some.findings());
    assertEquals(
        all.notAssessable().stream()
            .filter(n -> RuleCode.ofCode(n.code()).orElseThrow().isOfficial())
            .toList(),
        some.notAssessable());
    ReportValidator inferred = ReportValidator.builder().only(Inferred.class).build();
    assertTrue(
        inferred.validate(brokenTwice()).findings().stream()
            .noneMatch(f -> f.rule().orElseThrow().isOfficial()));
    assertEquals(
        RuleCode.values().length,
        ReportValidator.builder()
            .only(Default.class)
            .build()
            .validateSeries(List.of(Tongchuan2023.report()))
            .rulesRun()
            .size());
    assertThrows(
        IllegalArgumentException.class, () -> ReportValidator.builder().only(String.class));
  }

  @Test
  void anOverflowingOfficialIdentityIsANoteInTheOfficialGroup() {
    AnnualReport report =
        Tongchuan2023.report()
            .withCell(
                CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON),
                Cell.of(Long.MAX_VALUE));
    ValidationResult all = ReportValidator.standard().validate(report);
    assertTrue(!all.findings("COUNT.OVERFLOW").isEmpty(), all.findings().toString());
    ValidationResult official =
        ReportValidator.builder().only(Official.class).build().validate(report);
    assertTrue(official.findings("COUNT.OVERFLOW").isEmpty());
    assertTrue(
        official.notAssessable().stream()
            .anyMatch(
                n ->
                    n.code().equals("T3.ROW_TOTAL")
                        && n.location().equals("applications.newlyReceived.total")
                        && n.reason().equals("the sum overflows")),
        official.notAssessable().toString());
  }
}

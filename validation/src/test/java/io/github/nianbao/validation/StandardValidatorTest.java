package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Severities;
import io.github.nianbao.core.constraints.Table3Balance;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plain Bean Validation call sees the SDK's rules once this module is on the path. */
class StandardValidatorTest {

  private static Locale saved;
  private static ValidatorFactory factory;

  @BeforeAll
  static void start() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void stop() {
    factory.close();
    Locale.setDefault(saved);
  }

  @Test
  void aValidReportHasNoViolation() {
    Validator validator = factory.getValidator();
    assertEquals(Set.of(), validator.validate(Tongchuan2023.report()));
  }

  @Test
  void oneMisprintedCellGivesViolationsNamingTheCellsByDesignKeys() {
    AnnualReport report =
        Tongchuan2023.report()
            .withCell(
                CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON),
                Cell.of(5));
    Set<ConstraintViolation<AnnualReport>> violations = factory.getValidator().validate(report);

    List<String> paths =
        violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    assertEquals(
        List.of("applications.carriedForward.naturalPerson", "applications.carriedForward.total"),
        paths);

    ConstraintViolation<AnnualReport> balance =
        violations.stream()
            .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof Table3Balance)
            .findFirst()
            .orElseThrow();
    assertEquals("{io.github.nianbao.T3.BALANCE}", balance.getMessageTemplate());
    assertTrue(balance.getMessage().contains("carried forward would be 4"), balance.getMessage());
    assertEquals(Set.of(Severities.Error.class), balance.getConstraintDescriptor().getPayload());
    HibernateConstraintViolation<?> hv = balance.unwrap(HibernateConstraintViolation.class);
    FindingDetails details = hv.getDynamicPayload(FindingDetails.class);
    assertEquals("T3.BALANCE", details.code());
    assertEquals("5", details.reported().orElseThrow());
    assertEquals("4", details.computed().orElseThrow());
    assertEquals(
        List.of(
            "applications.newlyReceived.naturalPerson",
            "applications.carriedOver.naturalPerson",
            "applications.outcomes.total.naturalPerson",
            "applications.carriedForward.naturalPerson"),
        details.contributingCells().stream().map(CellAddress::path).collect(Collectors.toList()));
  }

  @Test
  void reportTextIsAMessageParameterNeverATemplate() {
    String printed = "${'a'.concat('b')}{io.github.nianbao.T3.BALANCE}#{1+1}";
    AnnualReport report =
        Tongchuan2023.report()
            .withCell(
                CellAddress.of(io.github.nianbao.core.DisclosureRow.LICENSING), Cell.mark(printed));
    Set<ConstraintViolation<AnnualReport>> violations = factory.getValidator().validate(report);
    assertEquals(1, violations.size());
    String message = violations.iterator().next().getMessage();
    assertEquals(
        "The cell activeDisclosure.licensing holds the mark \u201c"
            + printed
            + "\u201d instead of a number.",
        message);
  }

  @Test
  void thePlainCallSeesTheVersionAndOverflowRulesToo() {
    Validator validator = factory.getValidator();
    Set<String> early =
        validator.validate(Tongchuan2023.report().withYear(2020)).stream()
            .map(v -> v.getPropertyPath() + " " + v.getMessageTemplate())
            .collect(java.util.stream.Collectors.toSet());
    assertEquals(Set.of("formatVersion {io.github.nianbao.VERSION.YEAR}"), early);
    AnnualReport huge =
        Tongchuan2023.report()
            .withCell(
                CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON),
                Cell.of(Long.MAX_VALUE));
    assertTrue(
        validator.validate(huge).stream()
            .anyMatch(v -> v.getMessageTemplate().equals("{io.github.nianbao.COUNT.OVERFLOW}")));
  }
}

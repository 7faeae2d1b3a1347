package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Not assessable is visible through both routes: the facade and the plain Bean Validation call. */
class NotAssessableTest {

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

  private static final CellAddress BLANK =
      CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON);

  @Test
  void aBlankIsNotSilentThroughThePlainCall() {
    AnnualReport report = Tongchuan2023.report().withCell(BLANK, Cell.blank());
    Set<ConstraintViolation<AnnualReport>> violations = factory.getValidator().validate(report);
    List<NotAssessable> notes =
        violations.stream().map(NotAssessable::of).flatMap(Optional::stream).toList();
    assertTrue(
        notes.contains(
            new NotAssessable("T3.BALANCE", 2023, BLANK.path(), BLANK.path() + " is blank")),
        notes.toString());
    ConstraintViolation<AnnualReport> balance =
        violations.stream()
            .filter(v -> NotAssessable.of(v).map(n -> n.code().equals("T3.BALANCE")).orElse(false))
            .findFirst()
            .orElseThrow();
    assertEquals("{io.github.nianbao.NOT_ASSESSABLE}", balance.getMessageTemplate());
    assertEquals(BLANK.path(), balance.getPropertyPath().toString());
    assertEquals(
        "Not assessable (not a finding): rule T3.BALANCE could not be checked at "
            + BLANK.path()
            + ": "
            + BLANK.path()
            + " is blank.",
        balance.getMessage());
    // the blank itself is a finding (CELL.BLANK), not a note
    assertTrue(
        violations.stream()
            .anyMatch(
                v ->
                    NotAssessable.of(v).isEmpty()
                        && v.getMessageTemplate().equals("{io.github.nianbao.CELL.BLANK}")));
  }

  @Test
  void bothRoutesGiveTheSameNotesAndTheFacadeKeepsThemOutOfTheFindings() {
    AnnualReport report =
        Tongchuan2023.report()
            .withCell(BLANK, Cell.blank())
            .withCell(
                CellAddress.of(ApplicationRow.WITHHELD_STATE_SECRET, ApplicantCategory.TOTAL),
                Cell.mark("/"));
    ValidationResult result = ReportValidator.standard().validate(report);
    Set<NotAssessable> plain = new HashSet<>();
    Set<String> plainFindings = new HashSet<>();
    for (ConstraintViolation<AnnualReport> v :
        ReportValidator.standard().validator().validate(report)) {
      NotAssessable.of(v)
          .ifPresentOrElse(plain::add, () -> plainFindings.add(v.getPropertyPath().toString()));
    }
    assertFalse(plain.isEmpty());
    assertEquals(plain, new HashSet<>(result.notAssessable()));
    assertEquals(result.notAssessable().size(), plain.size());
    assertEquals(
        plainFindings, new HashSet<>(result.findings().stream().map(Finding::location).toList()));
    assertTrue(result.findings().stream().noneMatch(f -> f.messageEn().contains("Not assessable")));
    // a report without blank or mark: nothing to note
    assertEquals(Set.of(), ReportValidator.standard().validator().validate(Tongchuan2023.report()));
  }

  @Test
  void aFindingIsNoNote() {
    AnnualReport report = Tongchuan2023.report().withCell(BLANK, Cell.of(999));
    for (ConstraintViolation<AnnualReport> v : factory.getValidator().validate(report)) {
      assertEquals(Optional.empty(), NotAssessable.of(v), v.getMessage());
    }
  }

  @Test
  void anotherProvidersViolationIsNoNote() {
    // a provider that is not Hibernate Validator refuses the unwrap with a ValidationException
    ConstraintViolation<?> foreign =
        (ConstraintViolation<?>)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ConstraintViolation.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("unwrap")) {
                    throw new jakarta.validation.ValidationException("not supported");
                  }
                  return null;
                });
    assertEquals(Optional.empty(), NotAssessable.of(foreign));
  }
}

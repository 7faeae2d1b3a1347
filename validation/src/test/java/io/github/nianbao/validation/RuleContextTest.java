package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A user's rule reports findings as the SDK's do, through {@link RuleContext}. */
class RuleContextTest {

  /** The user's Chinese templates. */
  public static final class Zh extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {"MY.NEW_AT_MOST", "“{cellLabel}”为 {reported} 件，超过上限 {computed} 件（{cell}）。"},
        {"MY.NEW_AT_MOST.blank", "“{cellLabel}”为空，按上限 {computed} 件处理。"}
      };
    }
  }

  /** The user's English templates. */
  public static final class En extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {"MY.NEW_AT_MOST", "{cell}: {reported} applications, above the limit {computed}."},
        {"MY.NEW_AT_MOST.blank", "{cell} is blank."}
      };
    }
  }

  static final CellAddress NEW_TOTAL =
      CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL);

  /** A user's rule: at most 50 new applications, in 总计. */
  @Constraint(validatedBy = NewAtMost.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface NewAtMost {
    String message() default "at most 50 new applications";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Validator implements ConstraintValidator<NewAtMost, AnnualReport> {
      @Override
      public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
        RuleContext rule =
            RuleContext.of(context, "MY.NEW_AT_MOST", report)
                .severity(Severity.WARNING)
                .messages(new Zh(), new En());
        Cell total = report.count(NEW_TOTAL);
        if (!total.isNumber()) {
          rule.notAssessable(NEW_TOTAL, NEW_TOTAL.path() + " is blank");
        } else if (total.value() > 50) {
          rule.at(NEW_TOTAL)
              .contributing(
                  CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON),
                  CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.OTHER))
              .reported(total.value())
              .computed(50)
              .add();
        }
        return rule.isValid();
      }
    }
  }

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().addConstraint(NewAtMost.class).build();

  @Test
  void aUsersFindingHasItsCodeCellValuesAndBothLanguages() {
    AnnualReport report = Tongchuan2023.report();
    long printed = report.count(NEW_TOTAL).value();
    assertTrue(printed > 50, "the seed received more than 50: " + printed);
    ValidationResult result = VALIDATOR.validate(report);
    List<Finding> mine = result.findings("MY.NEW_AT_MOST");
    assertEquals(1, mine.size(), result.findings().toString());
    Finding f = mine.get(0);
    assertEquals(Optional.empty(), f.rule());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(NEW_TOTAL.path(), f.location());
    assertEquals(NEW_TOTAL, f.cell().orElseThrow());
    assertEquals(2, f.contributingCells().size());
    assertEquals(Long.toString(printed), f.reported().orElseThrow());
    assertEquals("50", f.computed().orElseThrow());
    assertEquals(Tongchuan2023.report().agency(), f.agency());
    assertEquals(
        "“" + NEW_TOTAL.label() + "”为 " + printed + " 件，超过上限 50 件（" + NEW_TOTAL.path() + "）。",
        f.messageZh());
    assertEquals(
        NEW_TOTAL.path() + ": " + printed + " applications, above the limit 50.", f.messageEn());
    // the builder's severity still overrides the rule's
    assertEquals(
        Severity.ERROR,
        ReportValidator.builder()
            .addConstraint(NewAtMost.class)
            .severity("MY.NEW_AT_MOST", Severity.ERROR)
            .build()
            .validate(report)
            .findings("MY.NEW_AT_MOST")
            .get(0)
            .severity());
  }

  @Test
  void aUsersRuleSaysWhereItCouldNotRun() {
    ValidationResult result =
        VALIDATOR.validate(Tongchuan2023.report().withCell(NEW_TOTAL, Cell.blank()));
    assertEquals(List.of(), result.findings("MY.NEW_AT_MOST"));
    assertTrue(
        result
            .notAssessable()
            .contains(
                new NotAssessable(
                    "MY.NEW_AT_MOST", 2023, NEW_TOTAL.path(), NEW_TOTAL.path() + " is blank")),
        result.notAssessable().toString());
  }

  @Test
  void theBeanValidationCallSeesTheUsersFindingInItsLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        Locale.setDefault(l);
        // Hibernate Validator takes the default locale when its factory is built
        ReportValidator built = ReportValidator.builder().addConstraint(NewAtMost.class).build();
        List<ConstraintViolation<AnnualReport>> mine =
            built.validator().validate(Tongchuan2023.report()).stream()
                .filter(v -> v.getPropertyPath().toString().equals(NEW_TOTAL.path()))
                .toList();
        assertEquals(1, mine.size());
        ConstraintViolation<AnnualReport> v = mine.get(0);
        assertEquals("{io.github.nianbao.USER_FINDING}", v.getMessageTemplate());
        assertTrue(
            v.getMessage().contains(l == Locale.ENGLISH ? "above the limit 50" : "超过上限 50 件"),
            v.getMessage());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aUsersCodeIsItsOwn() {
    ConstraintValidatorContext none = null;
    assertThrows(
        NullPointerException.class, () -> RuleContext.of(none, "MY.X", Tongchuan2023.report()));
    // the SDK's namespaces are the SDK's
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuleContext.of(new FakeContext(), "T3.MINE", Tongchuan2023.report()));
    assertTrue(e.getMessage().contains("T3."), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> RuleContext.of(new FakeContext(), " ", Tongchuan2023.report()));
  }

  /** A context that is never used: the code is refused first. */
  static final class FakeContext implements ConstraintValidatorContext {
    @Override
    public void disableDefaultConstraintViolation() {
      throw new AssertionError();
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
      throw new AssertionError();
    }

    @Override
    public jakarta.validation.ClockProvider getClockProvider() {
      throw new AssertionError();
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String t) {
      throw new AssertionError();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new AssertionError();
    }
  }

  /** A user's rule that declares only the group {@code Official}, and a message that is a key. */
  @Constraint(validatedBy = OfficialOnly.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface OfficialOnly {
    String message() default "{com.example.NoSuchKey.message}";

    Class<?>[] groups() default {io.github.nianbao.core.constraints.Official.class};

    Class<? extends Payload>[] payload() default {};

    /** The validator: a finding at 一's 总计 when it is over 50, without a message of its own. */
    final class Validator implements ConstraintValidator<OfficialOnly, AnnualReport> {
      @Override
      public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
        RuleContext rule = RuleContext.of(context, "MY.OFFICIAL_ONLY", report);
        if (report.count(NEW_TOTAL).isNumber() && report.count(NEW_TOTAL).value() > 50) {
          rule.at(NEW_TOTAL).reported(report.count(NEW_TOTAL).value()).add();
        }
        return rule.isValid();
      }
    }
  }

  @Test
  void aRuleDeclaringOnlyOfficialRunsInTheFacadeAndInItsGroup() {
    AnnualReport over = Tongchuan2023.report().withCell(NEW_TOTAL, Cell.of(64));
    for (ReportValidator v :
        List.of(
            ReportValidator.builder().addConstraint(OfficialOnly.class).build(),
            ReportValidator.builder()
                .addConstraint(OfficialOnly.class)
                .only(io.github.nianbao.core.constraints.Official.class)
                .build())) {
      // its message is a key no bundle holds: a loud error, never the key printed as a message
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> {
                try {
                  v.validate(over);
                } catch (jakarta.validation.ValidationException wrapped) {
                  throw wrapped.getCause();
                }
              });
      assertTrue(e.getMessage().contains("{com.example.NoSuchKey.message}"), e.getMessage());
    }
  }
}

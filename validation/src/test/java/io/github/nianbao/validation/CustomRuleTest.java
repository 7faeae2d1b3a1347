package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's own rule, written as the SDK's are, added to the facade. */
class CustomRuleTest {

  /** A local rule: no more than half of the concluded applications end as 不予公开. */
  @Constraint(validatedBy = WithheldAtMostHalf.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface WithheldAtMostHalf {
    String message() default "at most half of the concluded applications may be withheld";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Validator implements ConstraintValidator<WithheldAtMostHalf, AnnualReport> {
      @Override
      public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
        long withheld = 0;
        for (ApplicationRow row : ApplicationRow.rows(io.github.nianbao.core.FormatVersion.V2021)) {
          if (row.group().map(g -> g.key().equals("withheld")).orElse(false)) {
            withheld += report.applications().get(row, ApplicantCategory.TOTAL).value();
          }
        }
        long concluded = report.applications().outcomes().total().total().value();
        return 2 * withheld <= concluded;
      }
    }
  }

  @Test
  void aUsersConstraintRunsBesideTheSdksRules() {
    ReportValidator validator =
        ReportValidator.builder()
            .addConstraint(WithheldAtMostHalf.class)
            .severity("WithheldAtMostHalf", Severity.WARNING)
            .build();
    AnnualReport ok = Tongchuan2023.report();
    assertEquals(List.of(), validator.validate(ok).findings());
    assertEquals(true, validator.validate(ok).rulesRun().contains("WithheldAtMostHalf"));

    AnnualReport withheld =
        ok.withCell(
            CellAddress.of(ApplicationRow.WITHHELD_STATE_SECRET, ApplicantCategory.TOTAL),
            Cell.of(40));
    List<Finding> findings = validator.validate(withheld).findings();
    List<String> codes = findings.stream().map(Finding::code).toList();
    // only the printed total changed: T3.ROW_TOTAL locates it (the 总计 column follows)
    assertEquals(List.of("T3.ROW_TOTAL", "WithheldAtMostHalf"), codes);
    Finding mine = findings.get(1);
    assertEquals(Severity.WARNING, mine.severity());
    assertEquals("at most half of the concluded applications may be withheld", mine.messageEn());
  }
}

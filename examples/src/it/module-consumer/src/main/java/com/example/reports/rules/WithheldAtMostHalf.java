package com.example.reports.rules;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.OutcomeGroup;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An example of a user's own rule, written as the SDK's rules are: at most half of the concluded
 * applications (三（七）总计) end as （三）不予公开. Add it with {@code
 * ReportValidator.builder().addConstraint(WithheldAtMostHalf.class)}; its property test is {@code
 * WithheldAtMostHalfProperties}.
 */
@Documented
@Constraint(validatedBy = WithheldAtMostHalf.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithheldAtMostHalf {

  /**
   * The message (no report text in it: the numbers would be message parameters).
   *
   * @return the message
   */
  String message() default "More than half of the concluded applications were withheld (不予公开).";

  /**
   * The groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload: {@code Severities.Warning.class} makes it a warning.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** The rule's validator. */
  final class Validator implements ConstraintValidator<WithheldAtMostHalf, AnnualReport> {

    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
      Cell concluded = report.applications().outcomes().total().total();
      long withheld = 0;
      for (ApplicationRow row : ApplicationRow.outcomeRows(report.formatVersion())) {
        if (row.group().orElseThrow() == OutcomeGroup.WITHHELD) {
          Cell cell = report.applications().get(row, ApplicantCategory.TOTAL);
          if (!cell.isNumber()) {
            return true; // not assessable: never a violation
          }
          withheld += cell.value();
        }
      }
      return !concluded.isNumber() || 2 * withheld <= concluded.value();
    }
  }
}

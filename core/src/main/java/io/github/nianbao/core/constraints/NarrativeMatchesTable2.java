package io.github.nianbao.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code TEXT.TABLE2} (warning): the figures that section 一 states about Table 2 — 规章 and 行政规范性文件
 * 制发, 废止, 现行有效; the 行政许可, 行政处罚 and 行政强制 decisions; the 行政事业性收费 amount — agree with the table (2021
 * format). A statement the rule cannot find is not a finding.
 *
 * <p>Declared on {@link io.github.nianbao.core.AnnualReport}; implemented by the validation module.
 * A cell that is blank or holds a mark is not assessable and gives no violation.
 */
@Documented
@Constraint(validatedBy = NarrativeMatchesTable2.Inert.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NarrativeMatchesTable2 {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.TEXT.TABLE2}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload: the rule's severity, {@link Severities.Error} or {@link Severities.Warning}; an
   * error when none. The declaration on the model gives docs/format.md's severity, warning.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The stand-in validator where {@code nianbao-validation} is absent: accepts every report (see
   * {@link io.github.nianbao.core.constraints.Inert}).
   */
  final class Inert extends io.github.nianbao.core.constraints.Inert<NarrativeMatchesTable2> {
    /** Creates the validator, as the provider does. */
    public Inert() {}
  }
}

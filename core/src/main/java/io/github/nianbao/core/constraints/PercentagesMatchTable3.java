package io.github.nianbao.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code TEXT.PERCENT} (warning): the percentages that section 一 states about the outcomes of Table
 * 3 (“予以公开 28 件，占 51.85%”) agree with the outcome's share of （七）总计, at the printed precision.
 *
 * <p>Declared on {@link io.github.nianbao.core.AnnualReport}; implemented by the validation module.
 * A cell that is blank or holds a mark is not assessable and gives no violation.
 */
@Documented
@Constraint(validatedBy = PercentagesMatchTable3.Inert.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PercentagesMatchTable3 {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.TEXT.PERCENT}";

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
  final class Inert extends io.github.nianbao.core.constraints.Inert<PercentagesMatchTable3> {
    /** Creates the validator, as the provider does. */
    public Inert() {}
  }
}

package io.github.nianbao.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code TEXT.OVERVIEW_LENGTH} (warning): section 一 is within about 1,000 characters, as the 2021
 * format asks (characters counted without white space; the bound is in docs/format.md, The rules).
 *
 * <p>Declared on {@link io.github.nianbao.core.AnnualReport}; implemented by the validation module.
 */
@Documented
@Constraint(validatedBy = OverviewLength.Inert.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OverviewLength {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.TEXT.OVERVIEW_LENGTH}";

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
  final class Inert extends io.github.nianbao.core.constraints.Inert<OverviewLength> {
    /** Creates the validator, as the provider does. */
    public Inert() {}
  }
}

package io.github.nianbao.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code COUNT.OVERFLOW} (error): no sum that an identity of Tables 3 and 4 adds up ({@code
 * T3.ROW_TOTAL}, {@code T3.OUTCOME_TOTAL}, {@code T3.BALANCE}, {@code T4.GROUP_TOTAL}) passes
 * {@link Long#MAX_VALUE}. Such a sum leaves its identity unchecked (a not-assessable note), so it
 * is a finding of its own, one per identity and place: located where the identity's finding would
 * be, naming the largest addend's cell.
 *
 * <p>Declared on {@link io.github.nianbao.core.AnnualReport}; implemented by the validation module.
 */
@Documented
@Constraint(validatedBy = SumsInRange.Inert.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SumsInRange {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.COUNT.OVERFLOW}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload: the rule's severity, {@link Severities.Error} or {@link Severities.Warning}; an
   * error when none.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The stand-in validator where {@code nianbao-validation} is absent: accepts every report (see
   * {@link io.github.nianbao.core.constraints.Inert}).
   */
  final class Inert extends io.github.nianbao.core.constraints.Inert<SumsInRange> {
    /** Creates the validator, as the provider does. */
    public Inert() {}
  }
}

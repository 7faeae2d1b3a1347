package io.github.nianbao.validation.constraints;

import io.github.nianbao.core.constraints.Severities;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code SERIES.IN_FORCE}: for consecutive years, for 规章 and 行政规范性文件: this year's {@code inForce} =
 * last year's {@code inForce} + this year's {@code issued} − {@code repealed}. The finding names
 * this year's {@code inForce} cell.
 *
 * <p>Declared on {@link io.github.nianbao.validation.ReportSeries}; its validator is registered
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator}, as for the
 * single-report rules of {@link io.github.nianbao.core.constraints}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InForceContinues {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.SERIES.IN_FORCE}";

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
}

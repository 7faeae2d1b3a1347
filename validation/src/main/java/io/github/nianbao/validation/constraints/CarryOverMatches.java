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
 * {@code SERIES.CARRY}: for two consecutive years of one agency, per column of Table 3: this year's
 * 二、上年结转政府信息公开申请数量 = last year's 四、结转下年度继续办理. The finding names this year's {@code
 * applications.carriedOver.<column>}.
 *
 * <p>Declared on {@link io.github.nianbao.validation.ReportSeries}; its validator is registered
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator}, as for the
 * single-report rules of {@link io.github.nianbao.core.constraints}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CarryOverMatches {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.SERIES.CARRY}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload: the rule's severity, {@link Severities.Error} or {@link Severities.Warning}; an
   * error when none. The declaration on the model gives docs/format.md's severity, error.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

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
 * {@code SERIES.REPEATED_TEXT}: section 五、存在的主要问题及改进情况 is not substantially the same text as last
 * year's (the format forbids 年年雷同). Similarity is the Dice coefficient of the two texts' character
 * bigrams, after removing white space, punctuation and digits; texts at or above 0.85 are reported.
 * The finding names this year's {@code problemsAndImprovements}.
 *
 * <p>Declared on {@link io.github.nianbao.validation.ReportSeries}; its validator is registered
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator}, as for the
 * single-report rules of {@link io.github.nianbao.core.constraints}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TextNotRepeated {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.SERIES.REPEATED_TEXT}";

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

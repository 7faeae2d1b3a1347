package io.github.nianbao.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code VERSION.YEAR} (warning): the format version of the report's tables is the one prescribed
 * for its year — the 2019 trial format (国办公开办函〔2019〕60号) for 2019 and 2020, the 2021 format
 * (国办公开办函〔2021〕30号) from 2021. A report is read and checked as its tables show; this rule says when
 * they do not fit the year (a body that kept the trial tables, or a year misprinted). The finding
 * is located at {@code formatVersion}.
 *
 * <p>Declared on {@link io.github.nianbao.core.AnnualReport}; implemented by the validation module.
 */
@Documented
@Constraint(validatedBy = VersionFitsYear.Inert.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface VersionFitsYear {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.VERSION.YEAR}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload: the rule's severity, {@link Severities.Error} or {@link Severities.Warning}; an
   * error when none. The SDK declares it a warning.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The stand-in validator where {@code nianbao-validation} is absent: accepts every report (see
   * {@link io.github.nianbao.core.constraints.Inert}).
   */
  final class Inert extends io.github.nianbao.core.constraints.Inert<VersionFitsYear> {
    /** Creates the validator, as the provider does. */
    public Inert() {}
  }
}

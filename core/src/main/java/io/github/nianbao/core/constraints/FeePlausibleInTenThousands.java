package io.github.nianbao.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code T2.FEE_UNIT} (warning): Table 2's 行政事业性收费 amount, in 万元, is plausible in that unit — not
 * so large that it was printed in 元 (2021 format; the bounds are in docs/format.md, The rules).
 *
 * <p>Declared on {@link io.github.nianbao.core.AnnualReport}; implemented by the validation module.
 * A cell that is blank or holds a mark is not assessable and gives no violation.
 */
@Documented
@Constraint(validatedBy = FeePlausibleInTenThousands.Inert.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FeePlausibleInTenThousands {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.T2.FEE_UNIT}";

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
  final class Inert extends io.github.nianbao.core.constraints.Inert<FeePlausibleInTenThousands> {
    /** Creates the validator, as the provider does. */
    public Inert() {}
  }
}

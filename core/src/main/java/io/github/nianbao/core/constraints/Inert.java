package io.github.nianbao.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * The validator that each of the model's constraints names in {@code validatedBy} (its nested
 * {@code Inert}, for Hibernate Validator takes a validator for one constraint only), so that they
 * are inert where {@code nianbao-validation} is absent: a Bean Validation provider that validates
 * an {@link io.github.nianbao.core.AnnualReport} (say, inside an application's own object) finds
 * this validator, which accepts every report, instead of failing with {@code HV000030} (no
 * validator for the constraint).
 *
 * <p>Where {@code nianbao-validation} is present, its validators (listed in {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}) validate the report itself, a type
 * more specific than this validator's {@code Object}, and Hibernate Validator takes the most
 * specific one: this validator is never used there.
 */
public abstract class Inert<A extends Annotation> implements ConstraintValidator<A, Object> {

  /** For the constraints' own {@code Inert} classes. */
  Inert() {}

  /**
   * Accepts every value.
   *
   * @param value the value
   * @param context the context
   * @return true
   */
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return true;
  }
}

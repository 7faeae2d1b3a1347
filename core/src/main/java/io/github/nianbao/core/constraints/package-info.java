/**
 * The rules of docs/format.md, The rules as Jakarta Bean Validation constraint annotations,
 * declared on the model's types; each names only its {@code Inert} stand-in in {@code validatedBy}.
 *
 * <p>Core declares the constraints; the module {@code nianbao-validation} implements them. Its
 * {@code ConstraintValidator}s are listed in {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate Validator loads, so
 * that with that module on the path the standard call finds them:
 *
 * <pre>{@code
 * Set<ConstraintViolation<AnnualReport>> violations =
 *     Validation.buildDefaultValidatorFactory().getValidator().validate(report);
 * }</pre>
 *
 * <p>Without the validation module the annotations are inert: a provider finds each one's {@code
 * Inert} validator, which accepts every report (an application that validates its own objects with
 * Hibernate Validator, one of which holds a report, gets no {@code HV000030}). Without {@code
 * jakarta.validation-api}, which core needs only at compile time, they are plain annotations. A
 * constraint's severity is its payload: {@link io.github.nianbao.core.constraints.Severities.Error}
 * or {@link io.github.nianbao.core.constraints.Severities.Warning}.
 */
package io.github.nianbao.core.constraints;

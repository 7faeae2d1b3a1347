/**
 * The rules of docs/format.md, The rules as Jakarta Bean Validation constraint annotations,
 * declared on the model's types with an empty {@code validatedBy}.
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
 * <p>Without the validation module (or without {@code jakarta.validation-api}, which core needs
 * only at compile time) the annotations are inert. A constraint's severity is its payload:
 * {@link io.github.nianbao.core.constraints.Severities.Error} or {@link
 * io.github.nianbao.core.constraints.Severities.Warning}.
 */
package io.github.nianbao.core.constraints;

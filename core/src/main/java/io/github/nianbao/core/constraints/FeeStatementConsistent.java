package io.github.nianbao.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code TEXT.FEE_CONSISTENT} (warning): what section 六 says of the 信息处理费 agrees with Table 3's
 * （六）2 (申请人逾期未按收费通知要求缴纳费用) and with itself: no “no fee notice was issued” while （六）2 counts
 * applications dropped for an unpaid fee notice; no amount collected beside “none was collected”
 * (2021 format).
 *
 * <p>Declared on {@link io.github.nianbao.core.AnnualReport}; implemented by the validation module.
 * A cell that is blank or holds a mark is not assessable and gives no violation.
 */
@Documented
@Constraint(validatedBy = FeeStatementConsistent.Inert.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FeeStatementConsistent {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.TEXT.FEE_CONSISTENT}";

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
  final class Inert extends io.github.nianbao.core.constraints.Inert<FeeStatementConsistent> {
    /** Creates the validator, as the provider does. */
    public Inert() {}
  }
}

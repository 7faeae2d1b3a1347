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
 * {@code SERIES.ITEMS_CONTINUE} (warning): for consecutive years both of the 2019 trial format, per
 * item row of Table 2 (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费): this year's 上一年项目数量 = last year's
 * 上一年项目数量 + 本年增/减. The finding names this year's {@code previousYearItems} cell.
 *
 * <p>Declared on {@link io.github.nianbao.validation.ReportSeries} by {@link
 * io.github.nianbao.validation.ReportValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ItemsContinue {

  /**
   * The message template.
   *
   * @return the key of the rule's message in {@code ValidationMessages}
   */
  String message() default "{io.github.nianbao.SERIES.ITEMS_CONTINUE}";

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
}

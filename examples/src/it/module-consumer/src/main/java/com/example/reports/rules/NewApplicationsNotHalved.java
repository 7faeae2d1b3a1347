package com.example.reports.rules;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Severities;
import io.github.nianbao.validation.ReportSeries;
import io.github.nianbao.validation.RuleContext;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Constraint(validatedBy = NewApplicationsNotHalved.Validator.class)
@Target(ElementType.TYPE) @Retention(RetentionPolicy.RUNTIME)
public @interface NewApplicationsNotHalved {
  String CODE = "EXAMPLE.NEW_HALVED";
  String code() default CODE;                                   // rulesRun() lists it by its code
  String message() default "New applications fell by more than half from the year before.";
  Class<?>[] groups() default {};
  Class<? extends Payload>[] payload() default {Severities.Warning.class};

  final class Validator implements ConstraintValidator<NewApplicationsNotHalved, ReportSeries> {
    static final CellAddress NEW = CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL);

    public boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
      boolean valid = true;
      for (int i = 1; i < series.reports().size(); i++) {
        RuleContext rule = RuleContext.of(context, CODE, series, i);    // in the later year's report
        AnnualReport before = series.reports().get(i - 1);
        Cell then = before.count(NEW);
        Cell now = series.reports().get(i).count(NEW);
        if (!series.followsPrevious(i)) {
          rule.notAssessableReport("no report of " + (before.year() + 1));
        } else if (!then.isNumber() || !now.isNumber()) {
          rule.notAssessable(NEW, NEW.path() + " is not a number in both years");
        } else if (Math.min(then.value(), now.value()) >= 0 && now.value() < then.value() - now.value()) {
          rule.at(NEW).reported(now.value()).computed(then.value())
              .param("previousYear", before.year())
              .message("本年新收 {reported} 件，不足 {previousYear} 年 {computed} 件的一半（{cell}）。",
                       "{reported} new applications, less than half of {computed} in {previousYear} ({cell}).")
              .add();
        }
        valid &= rule.isValid();        // one context per year: the rule fails if any year does
      }
      return valid;
    }
  }
}

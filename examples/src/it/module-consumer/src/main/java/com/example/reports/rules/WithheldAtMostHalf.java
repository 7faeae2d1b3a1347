package com.example.reports.rules;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.validation.RuleContext;
import io.github.nianbao.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * An example of a user's own rule, reporting as the SDK's rules do ({@link RuleContext}): at most
 * half of the concluded applications (三（七）总计) end as （三）不予公开. The finding, a warning of code
 * {@value #CODE}, names 三（七）总计 of the 总计 column, every cell it added up, the printed total and the
 * half it allows; a blank or a mark among them makes the rule not assessable. Add it with {@code
 * ReportValidator.builder().addConstraint(WithheldAtMostHalf.class)}; its property test is {@code
 * WithheldAtMostHalfProperties}.
 */
@Documented
@Constraint(validatedBy = WithheldAtMostHalf.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithheldAtMostHalf {

  /** The rule's code in findings. */
  String CODE = "EXAMPLE.WITHHELD_HALF";

  /**
   * The message where the rule gives none of its own (it always does).
   *
   * @return the message
   */
  String message() default "More than half of the concluded applications were withheld.";

  /**
   * The groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** The rule's validator. */
  final class Validator implements ConstraintValidator<WithheldAtMostHalf, AnnualReport> {

    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
      RuleContext rule = RuleContext.of(context, CODE, report).severity(Severity.WARNING);
      CellAddress concluded =
          CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.TOTAL);
      List<CellAddress> cells = new ArrayList<>();
      long withheld = 0;
      for (ApplicationRow row : ApplicationRow.outcomeRows(report.formatVersion())) {
        if (row.group().orElseThrow() == OutcomeGroup.WITHHELD) {
          CellAddress at = CellAddress.of(row, ApplicantCategory.TOTAL);
          Cell cell = report.count(at);
          if (!cell.isNumber() || cell.value() < 0 || withheld > Long.MAX_VALUE - cell.value()) {
            rule.notAssessable(concluded, at.path() + " is not a count that adds up");
            return rule.isValid();
          }
          cells.add(at);
          withheld += cell.value();
        }
      }
      Cell total = report.count(concluded);
      if (!total.isNumber() || total.value() < 0) {
        rule.notAssessable(concluded, concluded.path() + " is not a count");
      } else if (withheld > total.value() - withheld) {
        cells.add(concluded);
        long half = total.value() / 2;
        rule.at(concluded)
            .contributing(cells)
            .reported(total.value())
            .computed(total.value() % 2 == 0 ? Long.toString(half) : half + ".5")
            .param("withheld", withheld)
            .param("group", OutcomeGroup.WITHHELD.numbering() + OutcomeGroup.WITHHELD.label())
            .message(
                "办结 {reported} 件，其中{group} {withheld} 件，超过一半（{computed} 件）（{cell}）。",
                "{withheld} of the {reported} concluded applications were withheld ({group}),"
                    + " more than half ({computed}) ({cell}).")
            .add();
      }
      return rule.isValid();
    }
  }
}

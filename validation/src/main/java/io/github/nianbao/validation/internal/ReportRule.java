package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.validation.RuleCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * The shape of the SDK's single-report validators: one rule, checked on a whole report, each
 * finding a violation located at a cell.
 *
 * @param <A> the rule's constraint annotation
 */
abstract class ReportRule<A extends Annotation>
    implements ConstraintValidator<A, AbstractAnnualReport> {

  private final RuleCode rule;

  ReportRule(RuleCode rule) {
    this.rule = rule;
  }

  @Override
  public final boolean isValid(AbstractAnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    Findings findings = new Findings(rule, context, report.year(), -1);
    check(report, findings);
    return findings.valid();
  }

  /** The rule this validator checks. */
  final RuleCode rule() {
    return rule;
  }

  abstract void check(AbstractAnnualReport report, Findings findings);
}

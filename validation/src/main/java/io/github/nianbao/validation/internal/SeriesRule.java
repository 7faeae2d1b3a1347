package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.ReportSeries;
import io.github.nianbao.validation.RuleCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * The shape of the validators that compare consecutive years: each pair of a report and the report
 * of the year before, the finding located in the later one.
 *
 * @param <A> the rule's constraint annotation
 */
abstract class SeriesRule<A extends Annotation> implements ConstraintValidator<A, ReportSeries> {

  private final RuleCode rule;

  SeriesRule(RuleCode rule) {
    this.rule = rule;
  }

  @Override
  public final boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
    if (series == null) {
      return true;
    }
    boolean valid = true;
    for (int i = 1; i < series.reports().size(); i++) {
      AnnualReport current = series.reports().get(i);
      Findings findings = new Findings(rule, context, current.year(), i);
      if (series.followsPrevious(i)) {
        check(series.reports().get(i - 1), current, findings);
        valid &= findings.valid();
      } else {
        int previous = series.reports().get(i - 1).year();
        findings.notAssessable(
            "reports[" + i + "]",
            "no report of "
                + (current.year() - 1)
                + ": "
                + previous
                + " and "
                + current.year()
                + " are not consecutive");
        valid &= findings.valid();
      }
    }
    return valid;
  }

  abstract void check(AnnualReport previous, AnnualReport current, Findings findings);
}

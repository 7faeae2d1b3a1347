package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Severities;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.NotAssessable;
import io.github.nianbao.validation.ReportSeries;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.RuleContext;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A user's rule on a series, written with {@code RuleContext.of(context, code, series, index)}:
 * over any series of one agency (nianbao-testing's, some with a year left out), it finds exactly
 * the pairs of consecutive years it should, each in the later year, and notes the rest where the
 * SDK's series rules note theirs.
 */
class UserSeriesRuleProperties {

  static final String CODE = "MY.NEW_HALVED";

  static final CellAddress NEW_TOTAL =
      CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL);

  /** 一、本年新收 (总计) does not fall by more than half from one year to the next. */
  @Constraint(validatedBy = NewNotHalved.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface NewNotHalved {
    String message() default "new applications fell by more than half";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {Severities.Warning.class};

    /** The validator: a finding at the later year's 总计 of 一、本年新收. */
    final class Validator implements ConstraintValidator<NewNotHalved, ReportSeries> {
      @Override
      public boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
        boolean valid = true;
        for (int i = 1; i < series.reports().size(); i++) {
          RuleContext rule = RuleContext.of(context, CODE, series, i);
          AnnualReport before = series.reports().get(i - 1);
          Cell then = before.count(NEW_TOTAL);
          Cell now = series.reports().get(i).count(NEW_TOTAL);
          if (!series.followsPrevious(i)) {
            rule.notAssessableReport("no report of the year before");
          } else if (!then.isNumber() || !now.isNumber()) {
            rule.notAssessable(NEW_TOTAL, "not two numbers");
          } else if (then.value() < 0 || now.value() < 0) {
            rule.notAssessable(NEW_TOTAL, "a negative count");
          } else if (now.value() < then.value() - now.value()) {
            rule.at(NEW_TOTAL)
                .reported(now.value())
                .computed(then.value())
                .param("previousYear", before.year())
                .message(
                    "本年新收 {reported} 件，不足 {previousYear} 年 {computed} 件的一半（{cell}）。",
                    "{reported} new applications, less than half of {computed} in {previousYear}.")
                .add();
          }
          valid &= rule.isValid();
        }
        return valid;
      }
    }
  }

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().addSeriesConstraint(NewNotHalved.class).build();

  /**
   * Any series of up to 5 years, 一、本年新收 (总计) sometimes set to 0…100 (so that the halving's border
   * is often drawn), and sometimes a year in the middle left out (a gap).
   */
  @Provide
  Arbitrary<List<AnnualReport>> series() {
    return Combinators.combine(
            AnyReports.series(5),
            Arbitraries.longs().between(0, 100).injectNull(0.3).list().ofSize(5),
            Arbitraries.integers().between(1, 3).injectNull(0.6))
        .as(
            (reports, totals, leftOut) -> {
              List<AnnualReport> out = new ArrayList<>();
              for (int i = 0; i < reports.size(); i++) {
                AnnualReport r = reports.get(i);
                out.add(totals.get(i) == null ? r : r.withCell(NEW_TOTAL, Cell.of(totals.get(i))));
              }
              if (leftOut != null && leftOut < out.size() - 1) {
                out.remove((int) leftOut);
              }
              return List.copyOf(out);
            });
  }

  /** 2n < b, without a product or a difference that could overflow. */
  private static boolean lessThanHalf(long n, long b) {
    long half = Math.floorDiv(b, 2);
    return Math.floorMod(b, 2) == 0 ? n < half : n <= half;
  }

  @Property(tries = 300)
  void aUsersSeriesRuleFindsExactlyItsPairsEachInTheLaterYear(
      @ForAll("series") List<AnnualReport> reports) {
    List<String> findings = new ArrayList<>();
    List<NotAssessable> notes = new ArrayList<>();
    for (int i = 1; i < reports.size(); i++) {
      AnnualReport before = reports.get(i - 1);
      AnnualReport now = reports.get(i);
      Cell b = before.count(NEW_TOTAL);
      Cell n = now.count(NEW_TOTAL);
      if (now.year() != before.year() + 1) {
        notes.add(
            new NotAssessable(
                CODE, now.year(), "reports[" + i + "]", "no report of the year before"));
        Statistics.collect("gap");
      } else if (!b.isNumber() || !n.isNumber()) {
        notes.add(new NotAssessable(CODE, now.year(), NEW_TOTAL.path(), "not two numbers"));
        Statistics.collect("not numbers");
      } else if (b.value() < 0 || n.value() < 0) {
        notes.add(new NotAssessable(CODE, now.year(), NEW_TOTAL.path(), "a negative count"));
        Statistics.collect("negative");
      } else if (lessThanHalf(n.value(), b.value())) {
        findings.add(
            now.year()
                + " "
                + now.agency()
                + " "
                + NEW_TOTAL.path()
                + " "
                + n.value()
                + "/"
                + b.value()
                + " 本年新收 "
                + n.value()
                + " 件，不足 "
                + before.year()
                + " 年 "
                + b.value()
                + " 件的一半（"
                + NEW_TOTAL.path()
                + "）。");
        Statistics.collect("finding");
      } else {
        Statistics.collect("kept up");
      }
    }
    ValidationResult result = VALIDATOR.validateSeries(reports);
    assertEquals(
        findings,
        result.findings(CODE).stream()
            .map(
                f ->
                    f.year()
                        + " "
                        + f.agency()
                        + " "
                        + f.location()
                        + " "
                        + f.reported().orElseThrow()
                        + "/"
                        + f.computed().orElseThrow()
                        + " "
                        + f.messageZh())
            .toList());
    for (Finding f : result.findings(CODE)) {
      assertEquals(Severity.WARNING, f.severity());
      assertEquals(NEW_TOTAL, f.cell().orElseThrow());
    }
    assertEquals(
        notes, result.notAssessable().stream().filter(x -> x.code().equals(CODE)).toList());
    Statistics.coverage(
        c -> {
          c.check("finding").count(k -> k > 0);
          c.check("kept up").count(k -> k > 0);
          c.check("gap").count(k -> k > 0);
          c.check("not numbers").count(k -> k > 0);
        });
  }

  @Property(tries = 200)
  void theBeanValidationCallLocatesEachInItsReport(@ForAll("series") List<AnnualReport> reports) {
    ReportSeries series = ReportSeries.of(reports);
    List<String> expected = new ArrayList<>();
    for (Finding f : VALIDATOR.validateSeries(series).findings(CODE)) {
      int index = reports.stream().map(AnnualReport::year).toList().indexOf(f.year());
      expected.add("reports[" + index + "]." + f.location());
    }
    List<String> paths = new ArrayList<>();
    for (ConstraintViolation<ReportSeries> v : VALIDATOR.validator().validate(series)) {
      if (v.getConstraintDescriptor().getAnnotation() instanceof NewNotHalved
          && NotAssessable.of(v).isEmpty()) {
        paths.add(v.getPropertyPath().toString());
      }
    }
    paths.sort(null);
    expected.sort(null);
    assertEquals(expected, paths);
  }
}

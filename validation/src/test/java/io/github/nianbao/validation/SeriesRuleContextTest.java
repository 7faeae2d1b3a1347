package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Severities;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;

/**
 * A user's rule on a {@link ReportSeries} reports through {@link RuleContext#of(
 * ConstraintValidatorContext, String, ReportSeries, int)} as the SDK's {@code SERIES.*} rules do:
 * each finding in the later year's report, with its year and agency; a gap between two years a note
 * at {@code reports[i]}.
 */
class SeriesRuleContextTest {

  static final String CODE = "MY.NEW_HALVED";

  static final CellAddress NEW_TOTAL =
      CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL);

  /**
   * A user's series rule: 一、本年新收 (总计) does not fall by more than half from one year to the next. A
   * warning by its payload; the finding is at the later year's 总计.
   */
  @Constraint(validatedBy = NewNotHalved.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface NewNotHalved {
    /**
     * The rule's code, which {@code rulesRun} lists.
     *
     * @return the code
     */
    String code() default CODE;

    String message() default "new applications fell by more than half";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {Severities.Warning.class};

    /** The validator. */
    final class Validator implements ConstraintValidator<NewNotHalved, ReportSeries> {
      @Override
      public boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
        boolean valid = true;
        for (int i = 1; i < series.reports().size(); i++) {
          RuleContext rule = RuleContext.of(context, CODE, series, i);
          AnnualReport before = series.reports().get(i - 1);
          AnnualReport now = series.reports().get(i);
          Cell then = before.count(NEW_TOTAL);
          Cell total = now.count(NEW_TOTAL);
          if (!series.followsPrevious(i)) {
            rule.notAssessableReport(
                "no report of " + (now.year() - 1) + ": " + before.year() + " and " + now.year());
          } else if (!then.isNumber() || !total.isNumber()) {
            rule.notAssessable(NEW_TOTAL, NEW_TOTAL.path() + " is blank or marked");
          } else if (2 * total.value() < then.value()) {
            rule.at(NEW_TOTAL)
                .contributing(NEW_TOTAL)
                .reported(total.value())
                .computed(then.value())
                .param("previousYear", before.year())
                .message(
                    "{year} 年本年新收 {reported} 件，不足 {previousYear} 年 {computed} 件的一半（{cell}）。",
                    "{year}: {reported} new applications, less than half of {computed} in"
                        + " {previousYear} ({cell}).")
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

  private static AnnualReport withNew(int year, long newTotal) {
    return Tongchuan2023.report().withYear(year).withCell(NEW_TOTAL, Cell.of(newTotal));
  }

  @Test
  void aUsersSeriesFindingIsInTheLaterYearAsTheSdksAre() {
    // 2022 carries forward 3 where 2023 carries over its own: SERIES.CARRY at 2023 too
    CellAddress forward =
        CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON);
    AnnualReport y2022 = withNew(2022, 100).withCell(forward, Cell.of(999));
    AnnualReport y2023 = withNew(2023, 49);
    ValidationResult result = VALIDATOR.validateSeries(List.of(y2023, y2022));
    List<Finding> mine = result.findings(CODE);
    assertEquals(1, mine.size(), result.findings().toString());
    Finding f = mine.get(0);
    assertEquals(Optional.empty(), f.rule());
    assertEquals(2023, f.year());
    assertEquals(y2023.agency(), f.agency());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(NEW_TOTAL.path(), f.location());
    assertEquals(Optional.of(NEW_TOTAL), f.cell());
    assertEquals(List.of(NEW_TOTAL), f.contributingCells());
    assertEquals(Optional.of("49"), f.reported());
    assertEquals(Optional.of("100"), f.computed());
    assertEquals("2023 年本年新收 49 件，不足 2022 年 100 件的一半（" + NEW_TOTAL.path() + "）。", f.messageZh());
    assertEquals(
        "2023: 49 new applications, less than half of 100 in 2022 (" + NEW_TOTAL.path() + ").",
        f.messageEn());
    // located exactly as the SDK's SERIES.CARRY, found in the same series
    Finding carry = result.findings(RuleCode.SERIES_CARRY.code()).get(0);
    assertEquals(carry.year(), f.year());
    assertEquals(carry.agency(), f.agency());
    assertEquals(carry.cell().orElseThrow().path(), carry.location());
    assertEquals(f.cell().orElseThrow().path(), f.location());
    // and ordered by year with the findings of the reports alone
    assertEquals(
        result.findings().stream().sorted(Comparator.comparingInt(Finding::year)).toList(),
        result.findings());
    // the builder's severity still overrides the payload's
    assertEquals(
        Severity.ERROR,
        ReportValidator.builder()
            .addSeriesConstraint(NewNotHalved.class)
            .severity(CODE, Severity.ERROR)
            .build()
            .validateSeries(List.of(y2022, y2023))
            .findings(CODE)
            .get(0)
            .severity());
  }

  @Test
  void rulesRunNamesTheRuleByItsDeclaredCode() {
    ValidationResult result =
        VALIDATOR.validateSeries(List.of(withNew(2022, 100), withNew(2023, 100)));
    assertTrue(result.rulesRun().contains(CODE), result.rulesRun().toString());
    assertTrue(result.rulesRun().contains("SERIES.CARRY"), result.rulesRun().toString());
    assertEquals(false, result.rulesRun().contains("NewNotHalved"));
    // a rule declaring no code is known by its name
    assertTrue(
        ReportValidator.builder()
            .addSeriesConstraint(PlaceRule.class)
            .build()
            .validateSeries(List.of(withNew(2022, 100), withNew(2023, 100)))
            .rulesRun()
            .contains("PlaceRule"));
  }

  /** A rule that reports a plain violation, without RuleContext: its finding has its code. */
  @Constraint(validatedBy = Plain.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Plain {
    String code() default "MY.PLAIN";

    String message() default "a plain violation";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator: always a violation of the default message. */
    final class Validator implements ConstraintValidator<Plain, ReportSeries> {
      @Override
      public boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
        return false;
      }
    }
  }

  /** A rule whose declared code is in the SDK's namespace. */
  @Constraint(validatedBy = Misnamed.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Misnamed {
    String code() default "SERIES.MINE";

    String message() default "misnamed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator: never runs, the code is refused first. */
    final class Validator implements ConstraintValidator<Misnamed, ReportSeries> {
      @Override
      public boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
        throw new AssertionError("a misnamed rule never runs");
      }
    }
  }

  @Test
  void aDeclaredCodeNamesAPlainViolationsFindingAndIsChecked() {
    ValidationResult result =
        ReportValidator.builder()
            .addSeriesConstraint(Plain.class)
            .build()
            .validateSeries(List.of(withNew(2022, 100), withNew(2023, 100)));
    assertEquals(1, result.findings("MY.PLAIN").size(), result.findings().toString());
    assertTrue(result.rulesRun().contains("MY.PLAIN"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportValidator.builder().addSeriesConstraint(Misnamed.class).build());
    assertTrue(e.getMessage().contains("Misnamed.code()"), e.getMessage());
    assertTrue(e.getMessage().contains("SERIES."), e.getMessage());
  }

  @Test
  void eachFindingIsInItsOwnYear() {
    ValidationResult result =
        VALIDATOR.validateSeries(
            List.of(withNew(2021, 400), withNew(2022, 199), withNew(2023, 120), withNew(2024, 59)));
    assertEquals(
        List.of("2022 199/400", "2024 59/120"),
        result.findings(CODE).stream()
            .map(
                f -> f.year() + " " + f.reported().orElseThrow() + "/" + f.computed().orElseThrow())
            .toList());
  }

  @Test
  void aGapIsNotedAtTheWholeReportAsTheSdksGapIs() {
    ValidationResult result =
        VALIDATOR.validateSeries(List.of(withNew(2021, 100), withNew(2023, 10)));
    assertEquals(List.of(), result.findings(CODE));
    NotAssessable mine =
        result.notAssessable().stream()
            .filter(n -> n.code().equals(CODE))
            .findFirst()
            .orElseThrow();
    assertEquals(
        new NotAssessable(CODE, 2023, "reports[1]", "no report of 2022: 2021 and 2023"), mine);
    NotAssessable carry =
        result.notAssessable().stream()
            .filter(n -> n.code().equals(RuleCode.SERIES_CARRY.code()))
            .findFirst()
            .orElseThrow();
    assertEquals(carry.location(), mine.location());
    assertEquals(carry.year(), mine.year());
  }

  @Test
  void aBlankIsNotedAtItsCellInItsYear() {
    ValidationResult result =
        VALIDATOR.validateSeries(
            List.of(withNew(2022, 100), Tongchuan2023.report().withCell(NEW_TOTAL, Cell.blank())));
    assertEquals(List.of(), result.findings(CODE));
    assertTrue(
        result
            .notAssessable()
            .contains(
                new NotAssessable(
                    CODE, 2023, NEW_TOTAL.path(), NEW_TOTAL.path() + " is blank or marked")),
        result.notAssessable().toString());
  }

  @Test
  void aRenamedBodysFindingNamesTheAgencyOfItsYear() {
    AnnualReport before = withNew(2022, 100).withAgency("达州市通川区旧局");
    ReportSeries series =
        ReportSeries.builder()
            .predecessor("达州市通川区旧局", Tongchuan2023.report().agency())
            .add(before)
            .add(withNew(2023, 10))
            .build();
    Finding f = VALIDATOR.validateSeries(series).findings(CODE).get(0);
    assertEquals(Tongchuan2023.report().agency(), f.agency());
    assertEquals(2023, f.year());
  }

  @Test
  void theBeanValidationCallSeesTheFindingInItsReport() {
    ReportSeries series = ReportSeries.of(List.of(withNew(2022, 100), withNew(2023, 10)));
    List<ConstraintViolation<ReportSeries>> mine =
        VALIDATOR.validator().validate(series).stream()
            .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof NewNotHalved)
            .toList();
    assertEquals(1, mine.size());
    ConstraintViolation<ReportSeries> v = mine.get(0);
    assertEquals("reports[1]." + NEW_TOTAL.path(), v.getPropertyPath().toString());
    assertEquals("{io.github.nianbao.USER_FINDING}", v.getMessageTemplate());
    FindingDetails d =
        ((HibernateConstraintViolation<?>) v.unwrap(HibernateConstraintViolation.class))
            .getDynamicPayload(FindingDetails.class);
    assertEquals(CODE, d.code());
    assertEquals(2023, d.year());
    assertEquals(NEW_TOTAL.path(), d.location());
    assertEquals(Optional.of(NEW_TOTAL), d.cell());
    assertEquals(Optional.of("10"), d.reported());
    assertEquals(Optional.empty(), NotAssessable.of(v));
  }

  @Test
  void theBeanValidationCallSeesAGapWhereItSeesTheSdks() {
    ReportSeries series = ReportSeries.of(List.of(withNew(2021, 100), withNew(2023, 10)));
    List<ConstraintViolation<ReportSeries>> gaps =
        VALIDATOR.validator().validate(series).stream()
            .filter(
                v -> NotAssessable.of(v).map(n -> n.location().equals("reports[1]")).orElse(false))
            .toList();
    List<String> codes = gaps.stream().map(v -> NotAssessable.of(v).orElseThrow().code()).toList();
    assertTrue(codes.contains(CODE), codes.toString());
    assertTrue(codes.contains(RuleCode.SERIES_CARRY.code()), codes.toString());
    // one path for the SDK's and the user's
    assertEquals(1, gaps.stream().map(v -> v.getPropertyPath().toString()).distinct().count());
    ConstraintViolation<ReportSeries> v =
        gaps.stream()
            .filter(g -> NotAssessable.of(g).orElseThrow().code().equals(CODE))
            .findFirst()
            .orElseThrow();
    assertEquals(
        new NotAssessable(CODE, 2023, "reports[1]", "no report of 2022: 2021 and 2023"),
        NotAssessable.of(v).orElseThrow());
  }

  /** A series rule that reports at a place, not a cell. */
  @Constraint(validatedBy = PlaceRule.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface PlaceRule {
    String message() default "other matters in the last year";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator: a finding at the last report's 六、其他需要报告的事项. */
    final class Validator implements ConstraintValidator<PlaceRule, ReportSeries> {
      @Override
      public boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
        RuleContext rule = RuleContext.of(context, "MY.PLACE", series, series.reports().size() - 1);
        rule.atPlace("otherMatters").add();
        return rule.isValid();
      }
    }
  }

  @Test
  void aFindingAtAPlaceIsInItsReportToo() {
    ReportSeries series = ReportSeries.of(List.of(withNew(2022, 1), withNew(2023, 1)));
    ReportValidator v = ReportValidator.builder().addSeriesConstraint(PlaceRule.class).build();
    Finding f = v.validateSeries(series).findings("MY.PLACE").get(0);
    assertEquals("otherMatters", f.location());
    assertEquals(2023, f.year());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("other matters in the last year", f.messageEn());
    assertEquals(
        List.of("reports[1].otherMatters"),
        v.validator().validate(series).stream()
            .filter(x -> x.getConstraintDescriptor().getAnnotation() instanceof PlaceRule)
            .map(x -> x.getPropertyPath().toString())
            .toList());
  }

  @Test
  void badArgumentsAreRefusedClearly() {
    ReportSeries series = ReportSeries.of(List.of(withNew(2022, 1), withNew(2023, 1)));
    RuleContextTest.FakeContext context = new RuleContextTest.FakeContext();
    IndexOutOfBoundsException past =
        assertThrows(
            IndexOutOfBoundsException.class, () -> RuleContext.of(context, CODE, series, 2));
    assertEquals(
        "no report at index 2 of a series of 2 reports (indexes 0 to 1)", past.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> RuleContext.of(context, CODE, series, -1));
    IndexOutOfBoundsException one =
        assertThrows(
            IndexOutOfBoundsException.class,
            () -> RuleContext.of(context, CODE, ReportSeries.of(List.of(withNew(2022, 1))), 1));
    assertEquals("no report at index 1 of a series of 1 report (index 0)", one.getMessage());
    // the same code checks as on a report
    IllegalArgumentException sdk =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuleContext.of(context, "SERIES.MINE", series, 1));
    assertTrue(sdk.getMessage().contains("SERIES."), sdk.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RuleContext.of(context, "", series, 1));
    assertThrows(NullPointerException.class, () -> RuleContext.of(context, CODE, null, 1));
    // a series' path is not a place in a report; a whole report's note is for a series
    RuleContext inSeries = RuleContext.of(context, CODE, series, 1);
    assertThrows(IllegalArgumentException.class, () -> inSeries.atPlace("reports[1].otherMatters"));
    assertThrows(IllegalArgumentException.class, () -> inSeries.notAssessable("reports[0]", "why"));
    RuleContext onReport = RuleContext.of(context, CODE, withNew(2023, 1));
    IllegalStateException notSeries =
        assertThrows(IllegalStateException.class, () -> onReport.notAssessableReport("why"));
    assertTrue(notSeries.getMessage().contains("series"), notSeries.getMessage());
  }
}

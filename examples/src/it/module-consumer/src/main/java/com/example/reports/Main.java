package com.example.reports;

import com.example.reports.rules.NewApplicationsNotHalved;
import com.example.reports.rules.WithheldAtMostHalf;
import io.github.nianbao.core.*;  // AnnualReport, ActiveDisclosure, Applications, ApplicantCounts,
                                  // ReviewAndLitigation, Cell, CellAddress, ApplicationRow, ApplicantCategory
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportSeries;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;

/**
 * The README on the module path: the model, the standard Bean Validation call (no --add-modules),
 * a custom rule and a custom rule over the years (their package opened to Hibernate Validator), and
 * the formats found as services.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
AnnualReport report = AnnualReport.builder()
    .agency("达州市通川区").year(2023)
    .activeDisclosure(ActiveDisclosure.zero().withLicensing(Cell.of(136302)))
    .applications(Applications.zero().withNewlyReceived(ApplicantCounts.ofParts(55, 4, 5, 0, 0, 0)))
    .reviewAndLitigation(ReviewAndLitigation.zero())
    .build();

    int violationCount;
// a factory is costly to build: make one, keep its (thread-safe) Validator, close it at the end
try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
  Set<ConstraintViolation<AnnualReport>> violations = factory.getValidator().validate(report);
  // property paths name cells by the keys of docs/format.md: applications.carriedForward.naturalPerson
    if (violations.stream()
        .noneMatch(v -> v.getPropertyPath().toString().equals("applications.carriedForward.naturalPerson"))) {
      throw new AssertionError("the standard call found no T3.BALANCE: " + violations);
    }
    violationCount = violations.size();
}

ReportValidator validator = ReportValidator.builder().addConstraint(WithheldAtMostHalf.class).build();

    if (!validator.validate(report).hasErrors()) {
      throw new AssertionError("the facade with the custom rule found no error");
    }
    String json = ReportFormats.byName("json").orElseThrow().write(report);
    if (!json.contains("136302")) {
      throw new AssertionError("the json format on the module path: " + json);
    }
    // a rule over the years, on a series of one body's reports
    AnnualReport y2022 = report.withYear(2022);
    AnnualReport y2023 = report.withApplications(
        Applications.zero().withNewlyReceived(ApplicantCounts.ofParts(25, 5, 0, 0, 0, 0)));
    ReportSeries series = ReportSeries.of(List.of(y2022, y2023));
    ReportValidator withYears =
        ReportValidator.builder().addSeriesConstraint(NewApplicationsNotHalved.class).build();
    ValidationResult years = withYears.validateSeries(series);
    List<Finding> halved = years.findings(NewApplicationsNotHalved.CODE);
    if (halved.size() != 1
        || halved.get(0).year() != 2023
        || !halved.get(0).location().equals("applications.newlyReceived.total")
        || !halved.get(0).messageZh().equals(
            "本年新收 30 件，不足 2022 年 64 件的一半（applications.newlyReceived.total）。")) {
      throw new AssertionError("the series rule on the module path: " + years.findings());
    }
    if (!years.rulesRun().contains("SERIES.CARRY") || !years.rulesRun().contains(NewApplicationsNotHalved.CODE)) {
      throw new AssertionError("the standard series rules and the custom one: " + years.rulesRun());
    }
    if (!Main.class.getModule().isNamed()) {
      throw new AssertionError("not on the module path");
    }
    System.out.println("module path: " + violationCount + " violations, json " + json.length()
        + " chars, series: " + halved.get(0).messageEn());
  }
}

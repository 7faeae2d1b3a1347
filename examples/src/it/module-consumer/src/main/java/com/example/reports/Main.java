package com.example.reports;

import com.example.reports.rules.WithheldAtMostHalf;
import io.github.nianbao.core.*;  // AnnualReport, ActiveDisclosure, Applications, ApplicantCounts,
                                  // ReviewAndLitigation, Cell, CellAddress, ApplicationRow, ApplicantCategory
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.validation.ReportValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.Set;

/**
 * The README on the module path: the model, the standard Bean Validation call (no --add-modules),
 * a custom rule (its package opened to Hibernate Validator) and the formats found as services.
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

Set<ConstraintViolation<AnnualReport>> violations =
    Validation.buildDefaultValidatorFactory().getValidator().validate(report);
// property paths name cells by the keys of docs/format.md: applications.carriedForward.naturalPerson

ReportValidator validator = ReportValidator.builder().addConstraint(WithheldAtMostHalf.class).build();

    if (violations.stream()
        .noneMatch(v -> v.getPropertyPath().toString().equals("applications.carriedForward.naturalPerson"))) {
      throw new AssertionError("the standard call found no T3.BALANCE: " + violations);
    }
    if (!validator.validate(report).hasErrors()) {
      throw new AssertionError("the facade with the custom rule found no error");
    }
    String json = ReportFormats.byName("json").orElseThrow().write(report);
    if (!json.contains("136302")) {
      throw new AssertionError("the json format on the module path: " + json);
    }
    if (!Main.class.getModule().isNamed()) {
      throw new AssertionError("not on the module path");
    }
    System.out.println("module path: " + violations.size() + " violations, json " + json.length() + " chars");
  }
}

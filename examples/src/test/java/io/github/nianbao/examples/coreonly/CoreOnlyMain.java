package io.github.nianbao.examples.coreonly;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.ReviewAndLitigation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;

/**
 * An application's own object that holds a report, validated with Hibernate Validator where
 * nianbao-validation is absent (run by {@code CoreWithoutValidationTest} in a JVM of its own).
 */
public final class CoreOnlyMain {
  private CoreOnlyMain() {}

  /** An application's upload: a name it checks, and a report inside. */
  public record Upload(@NotBlank String uploader, @Valid AnnualReport report) {}

  /**
   * Validates an upload whose report breaks T3.ROW_TOTAL, and one whose uploader is blank.
   *
   * @param args none
   */
  public static void main(String[] args) {
    AnnualReport broken =
        AnnualReport.builder()
            .agency("某县某局")
            .year(2023)
            .activeDisclosure(ActiveDisclosure.zero())
            .applications(
                Applications.zero()
                    .withNewlyReceived(
                        ApplicantCounts.ofParts(1, 0, 0, 0, 0, 0)
                            .withTotal(io.github.nianbao.core.Cell.of(5))))
            .reviewAndLitigation(ReviewAndLitigation.zero())
            .build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      var validator = factory.getValidator();
      System.out.println("report violations: " + validator.validate(broken).size());
      var upload = validator.validate(new Upload(" ", broken));
      upload.forEach(v -> System.out.println("upload violation: " + v.getPropertyPath()));
      System.out.println("upload violations: " + upload.size());
    }
  }
}

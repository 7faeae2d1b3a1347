package io.github.nianbao.examples;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;

/**
 * Validates the sample reports twice: through the standard Bean Validation call and through {@link
 * ReportValidator}, printing the findings in Chinese.
 */
public final class ValidateSamplesExample {

  private ValidateSamplesExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Validates the samples and prints what was found.
   *
   * @param out where to print
   * @return the number of error findings
   */
  public static int run(PrintStream out) {
    int errors = 0;
    ReportValidator validator = ReportValidator.standard();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      for (AnnualReport report : SampleReports.all()) {
        int violations = factory.getValidator().validate(report).size();
        ValidationResult result = validator.validate(report);
        out.println(report.agency() + " " + report.year() + ": " + violations + " violation(s)");
        for (Finding f : result.findings()) {
          out.println(
              "  " + f.severity() + " " + f.code() + " " + f.location() + " " + f.messageZh());
        }
        errors += result.findings(io.github.nianbao.validation.Severity.ERROR).size();
      }
    }
    return errors;
  }
}

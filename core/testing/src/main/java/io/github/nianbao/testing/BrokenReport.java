package io.github.nianbao.testing;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.RuleCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A report that breaks exactly one rule at exactly one place, as {@link
 * ReportArbitraries#brokenReports()} generates it (or a user's {@link ReportMutation}): validating
 * it must give exactly one finding, of {@code code} at {@code location}.
 *
 * @param report the report
 * @param code the code of the rule it breaks: an SDK rule's {@link RuleCode#code()} or a user's own
 *     code
 * @param location the path where the finding must point, e.g. {@code
 *     applications.carriedForward.naturalPerson}
 */
public record BrokenReport(AnnualReport report, String code, String location) {

  /**
   * Creates the record.
   *
   * @param report the report
   * @param code the rule's code
   * @param location the location
   */
  public BrokenReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
  }

  /**
   * Creates the record of a report that breaks one of the SDK's rules.
   *
   * @param report the report
   * @param rule the rule
   * @param location the location
   */
  public BrokenReport(AnnualReport report, RuleCode rule, String location) {
    this(report, Objects.requireNonNull(rule, "rule").code(), location);
  }

  /**
   * Returns the SDK rule the report breaks.
   *
   * @return the rule, or empty when it breaks a user's rule
   */
  public Optional<RuleCode> rule() {
    return RuleCode.ofCode(code);
  }
}

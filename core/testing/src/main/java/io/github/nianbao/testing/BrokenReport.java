package io.github.nianbao.testing;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.RuleCode;
import java.util.Objects;

/**
 * A report that breaks exactly one rule at exactly one place, as {@link
 * ReportArbitraries#brokenReports()} generates it: validating it must give exactly one finding, of
 * {@code rule} at {@code location}.
 *
 * @param report the report
 * @param rule the rule it breaks
 * @param location the path where the finding must point, e.g. {@code
 *     applications.carriedForward.naturalPerson}
 */
public record BrokenReport(AnnualReport report, RuleCode rule, String location) {

  /**
   * Creates the record.
   *
   * @param report the report
   * @param rule the rule
   * @param location the location
   */
  public BrokenReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(location, "location");
  }
}

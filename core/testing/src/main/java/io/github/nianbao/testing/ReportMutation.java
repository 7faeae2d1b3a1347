package io.github.nianbao.testing;

import io.github.nianbao.core.AnnualReport;
import java.util.Optional;

/**
 * A user's own single-violation mutation, for {@link ReportArbitraries#brokenReports(
 * ReportMutation...)}: it takes a report that breaks no rule and breaks exactly one rule, usually
 * the user's own, at exactly one place, keeping every other rule satisfied (totals, the narrative's
 * numbers), so that the property "a broken report gives exactly its finding" covers the user's rule
 * too.
 *
 * <pre>{@code
 * ReportMutation unknownAgency =
 *     valid -> Optional.of(new BrokenReport(valid.withAgency("未知机关"), "MY.AGENCY_KNOWN", "agency"));
 * }</pre>
 */
@FunctionalInterface
public interface ReportMutation {

  /**
   * Breaks a report.
   *
   * @param valid a report of {@link
   *     ReportArbitraries#validReports(io.github.nianbao.core.FormatVersion)}, of either format
   *     version
   * @return the broken report, with the code of the rule it breaks and where; empty when this
   *     report cannot be broken so (say, it has nothing to withhold): the generator then draws
   *     another, so keep that rare
   */
  Optional<BrokenReport> apply(AnnualReport valid);
}

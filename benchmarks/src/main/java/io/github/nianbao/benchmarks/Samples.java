package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.testing.ReportArbitraries;
import java.util.List;
import java.util.stream.Stream;

/** Benchmark data: valid reports drawn from the SDK's own generators. */
final class Samples {
  private Samples() {}

  /** Draws reports (jqwik's {@code sampleStream}, usable outside a property), all of 2023. */
  static List<AnnualReport> validReports(int count) {
    return validReportStream().limit(count).toList();
  }

  /** An endless stream of valid reports, all of 2023. */
  static Stream<AnnualReport> validReportStream() {
    return ReportArbitraries.validReports().sampleStream().map(r -> r.withYear(2023));
  }
}

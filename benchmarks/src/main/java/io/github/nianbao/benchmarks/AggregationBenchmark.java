package io.github.nianbao.benchmarks;

import io.github.nianbao.core.Aggregation;
import io.github.nianbao.core.AnnualReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Summing 1,000 reports cell by cell (docs/format.md, Aggregation). */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AggregationBenchmark {

  private List<AnnualReport> reports;

  /** Draws 1,000 valid reports. */
  @Setup
  public void setUp() {
    reports = Samples.validReports(1000);
  }

  /**
   * The sum.
   *
   * @return the aggregate report
   */
  @Benchmark
  public AnnualReport sum1000() {
    return Aggregation.sum("全国", 2023, reports);
  }
}

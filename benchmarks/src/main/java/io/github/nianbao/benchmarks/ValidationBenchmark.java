package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
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

/**
 * Validation of one report against every single-report rule: through {@link ReportValidator}
 * (findings with zh and en messages) and through the plain Bean Validation {@link Validator}.
 * Target (issue 6): ≤ 10 µs per report on one core.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

  private List<AnnualReport> reports;
  private ReportValidator facade;
  private Validator plain;
  private int next;

  /** Draws 256 valid reports and builds the validators. */
  @Setup
  public void setUp() {
    reports = Samples.validReports(256);
    facade = ReportValidator.standard();
    plain = facade.validator();
  }

  private AnnualReport nextReport() {
    next = (next + 1) & 255;
    return reports.get(next);
  }

  /**
   * The facade.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult facade() {
    return facade.validate(nextReport());
  }

  /**
   * The plain validator.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<AnnualReport>> plainValidator() {
    return plain.validate(nextReport());
  }
}

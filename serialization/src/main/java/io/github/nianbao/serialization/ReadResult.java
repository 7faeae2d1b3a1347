package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import java.util.List;
import java.util.Objects;

/**
 * A report as a {@link ReportFormat} read it, with everything the reader has to say about it: what
 * it normalised, what it could not place, which cells it did not find.
 *
 * @param report the report read
 * @param diagnostics the reader's diagnostics in the order of the input, possibly none
 */
public record ReadResult(AnnualReport report, List<Diagnostic> diagnostics) {

  /**
   * Creates the result.
   *
   * @param report the report read
   * @param diagnostics the reader's diagnostics, copied
   */
  public ReadResult {
    Objects.requireNonNull(report, "report");
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Returns the diagnostics of one kind.
   *
   * @param kind the kind
   * @return those diagnostics, in input order
   */
  public List<Diagnostic> diagnostics(Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.kind() == kind).toList();
  }

  /**
   * Returns the diagnostics of one reason.
   *
   * @param reason the reason
   * @return those diagnostics, in order
   */
  public List<Diagnostic> diagnostics(Diagnostic.Reason reason) {
    return diagnostics.stream().filter(d -> d.reason() == reason).toList();
  }
}

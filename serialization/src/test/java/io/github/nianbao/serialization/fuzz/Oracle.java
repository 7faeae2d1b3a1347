package io.github.nianbao.serialization.fuzz;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What must hold for every input, whatever it is: each reader returns a result or throws a typed
 * {@link ReportParseException} (never another exception, never its safety net for an internal
 * error), in bounded CPU time and allocation for the input's size, with diagnostics inside the
 * input; a report it reads writes as text and as JSON and reads back equal, without diagnostics;
 * and validation never throws on it.
 */
final class Oracle {

  /** CPU time a read may take: a constant, plus per KiB of input. Generous: a slow, busy CI box. */
  static final long CPU_MS_CONSTANT = 2_000;

  static final long CPU_MS_PER_KIB = 100;

  /** Bytes a read may allocate: a constant, plus a multiple of the input's size in bytes. */
  static final long ALLOCATION_CONSTANT = 16L * 1024 * 1024;

  static final long ALLOCATION_PER_BYTE = 1_000;

  private final ReportFormat text;
  private final ReportFormat json;
  private final Meter meter = new Meter();
  private final ReadOptions someAgency = ReadOptions.builder().agency("某市某局").year(2023).build();

  /** The largest CPU time and allocation per input byte seen, for the summary. */
  long worstCpuNanos;

  int worstCpuSize;
  double worstAllocationPerByte;
  int worstAllocationSize;

  /** The same over inputs of 4 KiB and more, where the constant weighs little. */
  double worstLargeAllocationPerByte;

  int worstLargeAllocationSize;

  /** What the caller calls the input being checked, and that of the worst large allocation. */
  String current = "";

  String worstLargeAllocationInput = "";

  /** Reports read with a {@code COUNT.OVERFLOW} finding. */
  int overflowReports;

  /** Reads that gave a report, and a typed error, by format. */
  final java.util.Map<String, int[]> outcomes = new java.util.TreeMap<>();

  Oracle(ReportFormat text, ReportFormat json) {
    this.text = text;
    this.json = json;
  }

  /** The first property the input breaks, or empty. */
  Optional<String> check(Mutator.Input input, boolean withOptions) {
    for (ReportFormat format : List.of(text, json)) {
      Optional<String> problem = checkFormat(format, input, withOptions);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private Optional<String> checkFormat(
      ReportFormat format, Mutator.Input input, boolean withOptions) {
    ReadOptions options = withOptions ? someAgency : ReadOptions.none();
    String name = format.name();
    ReadResult read;
    long cpu0 = meter.cpuNanos();
    long allocated0 = meter.allocatedBytes();
    try {
      read =
          input.isBytes()
              ? format.read(input.bytes(), options)
              : format.read(input.text(), options);
    } catch (ReportParseException e) {
      if (e.getCause() instanceof RuntimeException || e.getCause() instanceof Error) {
        return Optional.of(
            name + " read: an internal error behind a ReportParseException: " + e.getCause());
      }
      if (e.errorType() == null) {
        return Optional.of(name + " read: a ReportParseException without its type");
      }
      read = null;
    } catch (Throwable t) {
      return Optional.of(name + " read: " + t);
    }
    long cpu = meter.cpuNanos() - cpu0;
    long allocated = meter.allocatedBytes() - allocated0;
    int size =
        Math.max(
            1,
            input.isBytes()
                ? input.bytes().length
                : input.text().getBytes(StandardCharsets.UTF_8).length);
    long cpuLimit = (CPU_MS_CONSTANT + CPU_MS_PER_KIB * size / 1024) * 1_000_000;
    if (cpu > cpuLimit) {
      return Optional.of(name + " read: " + cpu / 1_000_000 + " ms of CPU for " + size + " bytes");
    }
    if (allocated > ALLOCATION_CONSTANT + ALLOCATION_PER_BYTE * size) {
      return Optional.of(name + " read: " + allocated + " bytes allocated for " + size + " bytes");
    }
    if (cpu > worstCpuNanos) {
      worstCpuNanos = cpu;
      worstCpuSize = size;
    }
    if ((double) allocated / size > worstAllocationPerByte) {
      worstAllocationPerByte = (double) allocated / size;
      worstAllocationSize = size;
    }
    if (size >= 4096 && (double) allocated / size > worstLargeAllocationPerByte) {
      worstLargeAllocationPerByte = (double) allocated / size;
      worstLargeAllocationSize = size;
      worstLargeAllocationInput = name + " read of " + current;
    }
    int[] counts = outcomes.computeIfAbsent(name, k -> new int[2]);
    if (read == null) {
      counts[1]++;
      return Optional.empty();
    }
    counts[0]++;
    if (!input.isBytes()) {
      long lines = input.text().lines().count();
      for (Diagnostic d : read.diagnostics()) {
        if (d.line() < 0 || d.line() > lines + 1) {
          return Optional.of(
              name + " read: a diagnostic outside the input's " + lines + " lines: " + d);
        }
      }
    }
    AnnualReport report = read.report();
    return sameFromBytes(format, input, options, read)
        .or(() -> roundTrips(name, report))
        .or(() -> validates(name, report));
  }

  /**
   * Text read as a string and as its UTF-8 bytes reads the same: valid UTF-8 is UTF-8. Not for text
   * with a lone surrogate (no UTF-8), a leading U+FEFF (a byte order mark as bytes) or NUL (binary
   * as bytes).
   */
  private static Optional<String> sameFromBytes(
      ReportFormat format, Mutator.Input input, ReadOptions options, ReadResult read) {
    if (input.isBytes()
        || input.text().startsWith("\uFEFF")
        || input.text().indexOf('\u0000') >= 0
        || !input
            .text()
            .equals(
                new String(
                    input.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    ReadResult fromBytes;
    try {
      fromBytes = format.read(input.text().getBytes(StandardCharsets.UTF_8), options);
    } catch (Throwable t) {
      return Optional.of(format.name() + " read: the string reads, its UTF-8 bytes give " + t);
    }
    if (!fromBytes.equals(read)) {
      return Optional.of(format.name() + " read: the string and its UTF-8 bytes read differently");
    }
    return Optional.empty();
  }

  private Optional<String> roundTrips(String name, AnnualReport report) {
    for (ReportFormat format : List.of(text, json)) {
      String written;
      ReadResult back;
      try {
        written = format.write(report);
        back = format.read(written);
      } catch (Throwable t) {
        return Optional.of(name + " read, " + format.name() + " round trip: " + t);
      }
      if (!back.report().equals(report)) {
        return Optional.of(
            name
                + " read, "
                + format.name()
                + " round trip: the report read back differs: "
                + firstDifference(report, back.report()));
      }
      if (!back.diagnostics().isEmpty()) {
        return Optional.of(
            name
                + " read, "
                + format.name()
                + " round trip: diagnostics on reading what the format wrote: "
                + back.diagnostics());
      }
      if (!format.write(back.report()).equals(written)) {
        return Optional.of(
            name + " read, " + format.name() + " round trip: writing again gives other text");
      }
    }
    return Optional.empty();
  }

  private Optional<String> validates(String name, AnnualReport report) {
    ValidationResult result;
    try {
      result = ReportValidator.standard().validate(report);
      if (report.year() < AnnualReport.MAX_YEAR) {
        ReportValidator.standard()
            .validateSeries(List.of(report, report.withYear(report.year() + 1)));
      }
    } catch (Throwable t) {
      return Optional.of(name + " read, validation: " + t);
    }
    for (Finding f : result.findings()) {
      if (f.messageZh().isBlank() || f.messageEn().isBlank() || f.location().isBlank()) {
        return Optional.of(name + " read, validation: a finding without message or cell: " + f);
      }
    }
    if (!result.findings("COUNT.OVERFLOW").isEmpty()) {
      overflowReports++;
    }
    // issue 11: a sum that overflows is never a silent pass
    long overflows =
        result.notAssessable().stream().filter(a -> a.reason().contains("overflow")).count();
    if (overflows != result.findings("COUNT.OVERFLOW").size()) {
      return Optional.of(
          name
              + " read, validation: "
              + overflows
              + " overflowing sums but "
              + result.findings("COUNT.OVERFLOW").size()
              + " COUNT.OVERFLOW findings");
    }
    return Optional.empty();
  }

  /** The first line where the text forms of two reports differ. */
  private String firstDifference(AnnualReport a, AnnualReport b) {
    String[] x = text.write(a).split("\n", -1);
    String[] y = text.write(b).split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return "line " + (i + 1) + ": " + Mutator.escape(x[i]) + " | " + Mutator.escape(y[i]);
      }
    }
    return x.length != y.length
        ? "line counts " + x.length + " and " + y.length
        : "(not in the text)";
  }
}

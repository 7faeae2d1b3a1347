package io.github.nianbao.pdf.fuzz;

import io.github.nianbao.pdf.PdfFormat;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * What must hold for every PDF the fuzzer ({@link PdfFuzzTest}) makes: {@code PdfFormat.read(bytes,
 * ReadOptions.none())} returns a result or throws a typed {@link ReportParseException} that is not
 * the wrapping of the project's own failure (never another throwable); in thread CPU time and
 * allocation bounded by a constant plus a multiple of the size; a result has no diagnostic at a
 * negative line; and reading the same bytes again gives the same result (checked on every fourth
 * input).
 *
 * <p>The PDF reader wraps every runtime exception PDFBox throws on a damaged file as {@code
 * MALFORMED} ("the PDF is damaged: …"); one whose top frame is in the project's own code ({@code
 * io.github.nianbao}) is the reader's failure, not the file's, and so is the layout's and the grid
 * reader's safety net ("could not be laid out", "the reader failed on this grid").
 */
final class PdfFuzzOracle {

  /** CPU time a read may take: a constant, in milliseconds. */
  static final long CPU_MS_CONSTANT = 3_000;

  /** CPU time a read may take per KiB of input, in milliseconds. */
  static final long CPU_MS_PER_KIB = 20;

  /** Bytes a read may allocate: a constant. */
  static final long ALLOCATION_CONSTANT = 1024L * 1024 * 1024;

  /** Bytes a read may allocate per byte of input. */
  static final long ALLOCATION_PER_BYTE = 4_000;

  private final Meter meter = new Meter();

  private final PdfFormat pdf = new PdfFormat();

  /** Reads that gave a report. */
  long reports;

  /** Reads that threw a typed error. */
  long errors;

  /** The largest CPU time of a read seen, in nanoseconds. */
  long worstCpuNanos;

  /** The size of the input of {@link #worstCpuNanos}. */
  int worstCpuSize;

  /** The most bytes a read allocated. */
  long worstAllocation;

  /** The size of the input of {@link #worstAllocation}. */
  int worstAllocationSize;

  /** Whether CPU time and allocation are checked (off while the JIT warms up). */
  boolean timed = true;

  /**
   * The first property the file breaks, or empty.
   *
   * @param bytes the file
   * @param again whether to read it a second time and compare
   * @return the problem, described
   */
  Optional<String> check(byte[] bytes, boolean again) {
    long cpu0 = meter.cpuNanos();
    long allocated0 = meter.allocatedBytes();
    Outcome o = read(bytes);
    long cpu = meter.cpuNanos() - cpu0;
    long allocated = meter.allocatedBytes() - allocated0;
    if (o.problem != null) {
      return Optional.of("read: " + o.problem);
    }
    int size = Math.max(1, bytes.length);
    if (timed) {
      if (allocated > ALLOCATION_CONSTANT + ALLOCATION_PER_BYTE * size) {
        return Optional.of("read: " + allocated + " bytes allocated for " + size + " bytes");
      }
      long limit = (CPU_MS_CONSTANT + CPU_MS_PER_KIB * size / 1024) * 1_000_000;
      if (cpu > limit) {
        return Optional.of("read: " + cpu / 1_000_000 + " ms of CPU for " + size + " bytes");
      }
      if (cpu > worstCpuNanos) {
        worstCpuNanos = cpu;
        worstCpuSize = size;
      }
      if (allocated > worstAllocation) {
        worstAllocation = allocated;
        worstAllocationSize = size;
      }
    }
    if (o.error != null) {
      errors++;
    } else {
      reports++;
      for (Diagnostic d : o.result.diagnostics()) {
        if (d.line() < 0) {
          return Optional.of("a diagnostic at line " + d.line() + ": " + d);
        }
      }
    }
    if (again) {
      Outcome second = read(bytes);
      String first = o.error != null ? o.error.getMessage() : o.result.toString();
      String next =
          second.problem != null
              ? second.problem
              : second.error != null ? second.error.getMessage() : second.result.toString();
      if (!first.equals(next)) {
        return Optional.of("read twice, two outcomes: " + clip(first) + " | " + clip(next));
      }
    }
    return Optional.empty();
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** A read's result, or its typed error, or what is wrong with it. */
  private record Outcome(ReadResult result, ReportParseException error, String problem) {}

  private Outcome read(byte[] bytes) {
    try {
      return new Outcome(pdf.read(bytes, ReadOptions.none()), null, null);
    } catch (ReportParseException e) {
      if (e.errorType() == null) {
        return new Outcome(null, e, "a ReportParseException without its type");
      }
      String message = String.valueOf(e.getMessage());
      if (message.contains("could not be laid out") || message.contains("the reader failed on")) {
        return new Outcome(null, e, "the reader's safety net: " + describe(e.getCause()));
      }
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException && ours(cause)) {
        return new Outcome(
            null, e, "the project's own failure behind a ReportParseException: " + describe(cause));
      }
      return new Outcome(null, e, null);
    } catch (Throwable t) {
      return new Outcome(null, null, "threw " + describe(t));
    }
  }

  /** Whether an exception was thrown by the project's own code (its top frame). */
  private static boolean ours(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("io.github.nianbao.");
  }

  /** An exception and where it was thrown. */
  static String describe(Throwable t) {
    if (t == null) {
      return "(no cause)";
    }
    StackTraceElement[] trace = t.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    for (StackTraceElement e : trace) {
      if (e.getClassName().startsWith("io.github.nianbao.")) {
        if (e != trace[0]) {
          where += " (from " + e + ")";
        }
        break;
      }
    }
    return t + where;
  }

  /**
   * The current thread's CPU time and allocation, from the JVM's {@code ThreadMXBean}, reached by
   * reflection: the tests are compiled into the pdf module, which does not read {@code
   * java.management} (as the Word fuzzer's oracle does).
   */
  private static final class Meter {
    private final Object bean;
    private final Method cpu;
    private final Method allocated;

    Meter() {
      try {
        Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
        bean = factory.getMethod("getThreadMXBean").invoke(null);
        cpu =
            Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
        allocated = sun.getMethod("getCurrentThreadAllocatedBytes");
        sun.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(bean, true);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("this JVM has no com.sun.management.ThreadMXBean", e);
      }
    }

    long cpuNanos() {
      return call(cpu);
    }

    long allocatedBytes() {
      return call(allocated);
    }

    private long call(Method m) {
      try {
        return (Long) m.invoke(bean);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}

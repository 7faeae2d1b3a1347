package io.github.nianbao.serialization.word.fuzz;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.word.RunTextDifferential;
import io.github.nianbao.serialization.word.WordFormat;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;

/**
 * What must hold for every Word file the fuzzer ({@link WordFuzzTest}) makes: {@code
 * WordFormat.read(bytes, ReadOptions.none())} returns a result or throws a typed {@link
 * ReportParseException} that is not the reader's safety net for an internal error (never another
 * throwable); in thread CPU time and allocation bounded by a constant plus a multiple of the size;
 * a report that was read writes as .docx and reads back to an equal report; and, in a .docx that
 * POI opens, every paragraph's text from {@code RunText}'s walk is POI's own ({@link
 * RunTextDifferential}).
 *
 * <p>The safety nets: the .docx reader wraps an unexpected runtime exception as {@code "the reader
 * failed on this document: …"}; the .doc reader wraps every runtime exception (HWPF fails on a
 * damaged file with any of them), so there an exception thrown by the project's own code (the top
 * frame of its stack in {@code io.github.nianbao}) is the internal error. A {@code
 * NullPointerException}, {@code ClassCastException} or index error thrown by the project's code is
 * one whatever the message.
 */
final class WordFuzzOracle {

  /** CPU time a read may take: a constant, in milliseconds. */
  static final long CPU_MS_CONSTANT = 2_000;

  /** CPU time a read may take per KiB of input, in milliseconds. */
  static final long CPU_MS_PER_KIB = 20;

  /** Bytes a read may allocate: a constant. */
  static final long ALLOCATION_CONSTANT = 512L * 1024 * 1024;

  /** Bytes a read may allocate per byte of input. */
  static final long ALLOCATION_PER_BYTE = 4_000;

  private final Meter meter = new Meter();
  private final WordFormat docx = new WordFormat();

  /** The walk of paragraphs' text against POI's, on every .docx. */
  final RunTextDifferential runText = new RunTextDifferential();

  /** Reads that gave a report, reads that threw a typed error. */
  long reports;

  /** Reads that threw a typed error. */
  long errors;

  /** The largest CPU time of a read seen, and the size of its input. */
  long worstCpuNanos;

  /** The size of the input of {@link #worstCpuNanos}. */
  int worstCpuSize;

  /** The most bytes a read allocated, and the size of its input. */
  long worstAllocation;

  /** The size of the input of {@link #worstAllocation}. */
  int worstAllocationSize;

  /** Whether CPU time and allocation are checked (off while the JIT warms up). */
  boolean timed = true;

  /**
   * The first property the file breaks, or empty.
   *
   * @param bytes the file
   * @return the problem, described
   */
  Optional<String> check(byte[] bytes) {
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
    if (bytes.length > 0 && bytes[0] == 'P') {
      Optional<String> text = runText.check(bytes);
      if (text.isPresent()) {
        return text;
      }
    }
    if (o.error != null) {
      errors++;
      return Optional.empty();
    }
    reports++;
    // a report that was read writes as .docx and reads back to an equal report
    byte[] written;
    try {
      written = docx.toBytes(o.result.report());
    } catch (RuntimeException | Error e) {
      return Optional.of("round trip: writing the report read threw " + e);
    }
    Outcome back = read(written);
    if (back.problem != null) {
      return Optional.of("round trip: reading the written .docx: " + back.problem);
    }
    if (back.error != null) {
      return Optional.of(
          "round trip: the written .docx is refused: "
              + back.error.errorType()
              + " "
              + back.error.getMessage());
    }
    if (!Objects.equals(o.result.report(), back.result.report())) {
      return Optional.of(
          "round trip: the report read back differs from the report read: "
              + firstDifference(o.result.report(), back.result.report()));
    }
    return Optional.empty();
  }

  /** The first line where two reports, in the text format, differ. */
  static String firstDifference(AnnualReport a, AnnualReport b) {
    ReportFormat text = ReportFormats.byName("text").orElseThrow();
    String[] x = text.write(a).split("\n", -1);
    String[] y = text.write(b).split("\n", -1);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String u = i < x.length ? x[i] : "(none)";
      String v = i < y.length ? y[i] : "(none)";
      if (!u.equals(v)) {
        return "line " + (i + 1) + " as text: " + clip(u) + " | read back: " + clip(v);
      }
    }
    return "(the same as text; the reports differ otherwise)";
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  /** A read's result, or its typed error, or what is wrong with it. */
  private record Outcome(ReadResult result, ReportParseException error, String problem) {}

  private Outcome read(byte[] bytes) {
    try {
      return new Outcome(docx.read(bytes, ReadOptions.none()), null, null);
    } catch (ReportParseException e) {
      if (e.errorType() == null) {
        return new Outcome(null, e, "a ReportParseException without its type");
      }
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        return new Outcome(null, e, "an Error behind a ReportParseException: " + cause);
      }
      if (cause instanceof RuntimeException && internal((RuntimeException) cause, e)) {
        return new Outcome(
            null, e, "an internal error behind a ReportParseException: " + describe(cause));
      }
      return new Outcome(null, e, null);
    } catch (Throwable t) {
      return new Outcome(null, null, "threw " + describe(t));
    }
  }

  /** Whether a wrapped runtime exception is the reader's failure rather than the file's damage. */
  private static boolean internal(RuntimeException cause, ReportParseException wrapper) {
    if (String.valueOf(wrapper.getMessage()).contains("the reader failed on this document")) {
      return true;
    }
    StackTraceElement[] trace = cause.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("io.github.nianbao.");
  }

  /** An exception and where it was thrown. */
  static String describe(Throwable t) {
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
   * reflection: the tests run patched into the word module, which does not read {@code
   * java.management}.
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

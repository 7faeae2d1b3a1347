package io.github.nianbao.html.internal;

import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * What must hold for every page the HTML fuzzer ({@code html.fuzz.HtmlFuzzTest}) makes, as a string
 * and as UTF-8 bytes: the read returns a result or throws a typed {@link ReportParseException}
 * (never another throwable, never one wrapping an internal error), in CPU time and allocation
 * bounded by a constant plus a multiple of the page's size; the keyed grid is the tracked grid but
 * for lines and the scan of the page ({@link PageLines}) never places a key at a wrong line ({@link
 * KeyedGridTest#sameButForLines}); and the read says what reading the tracked grid says, at the
 * same lines. Public only for the fuzz test in its own package.
 */
public final class HtmlFuzzOracle {

  /** CPU time a read may take: a constant, plus per KiB of page. Generous for a busy CI box. */
  public static final long CPU_MS_CONSTANT = 250;

  /** CPU time a read may take per KiB of page. */
  public static final long CPU_MS_PER_KIB = 5;

  /** Bytes a read may allocate: a constant, plus a multiple of the page's size in bytes. */
  public static final long ALLOCATION_CONSTANT = 32L * 1024 * 1024;

  /** Bytes a read may allocate per byte of page. */
  public static final long ALLOCATION_PER_BYTE = 1_000;

  private final Meter meter = new Meter();

  /** The most bytes a read of a page of 4 KiB or more allocated per byte of it, and its size. */
  public double worstAllocationPerByte;

  /** The size in bytes of the page of {@link #worstAllocationPerByte}. */
  public int worstAllocationSize;

  /** The largest CPU time of a read seen, and the size of its page, for the summary. */
  public long worstCpuNanos;

  /** The size in bytes of the page of {@link #worstCpuNanos}. */
  public int worstCpuSize;

  /** Reads that gave a report, reads that threw a typed error. */
  public long reports;

  /** Reads that threw a typed error. */
  public long errors;

  /** Pages whose keys the scan placed (of those the grid checks ran on). */
  public long scanned;

  /** How many pages {@link LiteralPage} built (as jsoup parses them). */
  public long literal;

  /** Pages the grid checks ran on. */
  public long gridChecked;

  /** Wall time spent in the grid checks. */
  public long gridNanos;

  /** Whether CPU time is checked (off while the JIT warms up). */
  public boolean timed = true;

  /**
   * The first property the page breaks, or empty.
   *
   * @param page the page's text
   * @return the problem, described
   */
  public Optional<String> check(String page) {
    Optional<String> problem = checkText(page);
    if (problem.isPresent()) {
      return problem;
    }
    return checkBytes(page.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The first property the bytes break, or empty: a typed outcome in bounded time, and the read of
   * the bytes is the read of their decoded text, an ENCODING note aside.
   *
   * @param bytes the page's bytes
   * @return the problem, described
   */
  public Optional<String> checkBytes(byte[] bytes) {
    Outcome o = timedRead(() -> new HtmlFormat().read(bytes, ReadOptions.none()), bytes.length);
    if (o.problem != null) {
      return Optional.of("bytes " + o.problem);
    }
    String text;
    try {
      text = PageCharset.decode(bytes).text();
    } catch (RuntimeException e) {
      return Optional.of("bytes: PageCharset.decode threw " + e);
    }
    Outcome t = read(() -> new HtmlFormat().read(text, ReadOptions.none()));
    if (t.problem != null) {
      return Optional.of("bytes, decoded text " + t.problem);
    }
    if (o.error != null || t.error != null) {
      return sameError("bytes vs decoded text", t.error, o.error);
    }
    // a page not in UTF-8 gets an ENCODING note at line 0, first; nothing else differs
    List<Diagnostic> diagnostics = o.result.diagnostics();
    if (PageCharset.decode(bytes).how() != PageCharset.How.VALID_UTF8
        && diagnostics.size() == t.result.diagnostics().size() + 1
        && diagnostics.get(0).reason() == Diagnostic.Reason.ENCODING
        && diagnostics.get(0).line() == 0) {
      diagnostics = diagnostics.subList(1, diagnostics.size());
    }
    if (!Objects.equals(t.result.report(), o.result.report())) {
      return Optional.of("bytes vs decoded text: the reports differ");
    }
    if (!t.result.diagnostics().equals(diagnostics)) {
      return Optional.of(
          "bytes vs decoded text: diagnostics differ: "
              + clip(t.result.diagnostics())
              + " vs "
              + clip(diagnostics));
    }
    return Optional.empty();
  }

  private Optional<String> checkText(String text) {
    int size = Math.max(1, text.getBytes(StandardCharsets.UTF_8).length);
    Outcome o = timedRead(() -> new HtmlFormat().read(text, ReadOptions.none()), size);
    if (o.problem != null) {
      return Optional.of("text " + o.problem);
    }
    if (o.error != null) {
      errors++;
    } else {
      reports++;
    }
    // the page the reader reads: the input, or the HTML a script string holds in its stead
    String page;
    try {
      Document doc = Jsoup.parse(text, "", Parser.htmlParser());
      // a page built without jsoup's parser is built as it parses it
      Document built = LiteralPage.parse(text);
      if (built != null) {
        literal++;
        String d = SameDocument.difference(built, doc);
        if (d != null) {
          return Optional.of("LiteralPage: " + d);
        }
      }
      page = EmbeddedHtml.find(text, doc).orElse(text);
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.of("finding the page: " + e);
    }
    long t0 = System.nanoTime();
    try {
      gridChecked++;
      if (sameButForLines(page)) {
        scanned++;
      }
      gridNanos += System.nanoTime() - t0;
    } catch (AssertionError e) {
      return Optional.of("PageLines contract: " + firstLine(e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.of("PageLines contract check threw " + e);
    }
    // what reading the tracked grid says, the read says, at the same lines
    Outcome expected;
    try {
      Grid tracked =
          HtmlReader.grid(Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(true)));
      expected = read(() -> GridReader.read(tracked, ReadOptions.none()));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.of("tracked walk threw " + e);
    }
    if (expected.problem != null) {
      return Optional.of("tracked grid " + expected.problem);
    }
    if (expected.error != null || o.error != null) {
      return sameError("read vs tracked grid", expected.error, o.error);
    }
    if (!Objects.equals(expected.result.report(), o.result.report())) {
      return Optional.of("read vs tracked grid: the reports differ");
    }
    if (!expected.result.diagnostics().equals(o.result.diagnostics())) {
      return Optional.of(
          "read vs tracked grid: diagnostics differ: expected "
              + clip(expected.result.diagnostics())
              + " but read "
              + clip(o.result.diagnostics()));
    }
    return Optional.empty();
  }

  /**
   * {@link KeyedGridTest#sameButForLines(String, java.util.function.IntFunction)}, with fewer scans
   * as far as a key: {@link KeyedGridTest#sameButForLines(String)} scans as far as each of the
   * first 200 keys, which costs a fuzzed page of 80 KB a tenth of a second; here as far as each key
   * of a page of up to 60 keys, else each of the first 12 keys, 12 keys drawn at random (seeded by
   * the page) and the last.
   *
   * @return whether the scan placed the keys
   */
  static boolean sameButForLines(String page) {
    return KeyedGridTest.sameButForLines(
        page,
        keys -> {
          java.util.SortedSet<Integer> lasts = new java.util.TreeSet<>();
          java.util.Random random = new java.util.Random(page.hashCode());
          for (int last = 1; last < keys && (last <= 12 || keys <= 60); last++) {
            lasts.add(last);
          }
          for (int i = 0; i < 12 && keys > 1; i++) {
            lasts.add(1 + random.nextInt(keys - 1));
          }
          if (keys > 1) {
            lasts.add(keys - 1);
          }
          return lasts;
        });
  }

  private static Optional<String> sameError(
      String what, ReportParseException expected, ReportParseException actual) {
    if (expected == null || actual == null) {
      return Optional.of(
          what
              + ": one throws, the other does not: "
              + (expected == null ? "a result" : expected.getMessage())
              + " vs "
              + (actual == null ? "a result" : actual.getMessage()));
    }
    if (expected.errorType() != actual.errorType()
        || expected.line() != actual.line()
        || !Objects.equals(expected.getMessage(), actual.getMessage())) {
      return Optional.of(
          what
              + ": errors differ: "
              + expected.errorType()
              + " at line "
              + expected.line()
              + " ("
              + expected.getMessage()
              + ") vs "
              + actual.errorType()
              + " at line "
              + actual.line()
              + " ("
              + actual.getMessage()
              + ")");
    }
    return Optional.empty();
  }

  private static String clip(List<Diagnostic> d) {
    String s = d.toString();
    return s.length() > 600 ? s.substring(0, 600) + "…" : s;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "(no message)";
    }
    int n = s.indexOf('\n');
    return n < 0 ? s : s.substring(0, n);
  }

  /** A read to run. */
  private interface ReadCall {
    ReadResult call() throws ReportParseException;
  }

  /** A read's result, or its typed error, or what is wrong with it. */
  private record Outcome(ReadResult result, ReportParseException error, String problem) {}

  private static Outcome read(ReadCall call) {
    try {
      return new Outcome(call.call(), null, null);
    } catch (ReportParseException e) {
      if (e.getCause() instanceof RuntimeException || e.getCause() instanceof Error) {
        return new Outcome(
            null, e, "read: an internal error behind a ReportParseException: " + e.getCause());
      }
      if (e.errorType() == null) {
        return new Outcome(null, e, "read: a ReportParseException without its type");
      }
      return new Outcome(null, e, null);
    } catch (Throwable t) {
      return new Outcome(null, null, "read threw " + t);
    }
  }

  private Outcome timedRead(ReadCall call, int size) {
    long cpu0 = meter.cpuNanos();
    long allocated0 = meter.allocatedBytes();
    Outcome o = read(call);
    long cpu = meter.cpuNanos() - cpu0;
    long allocated = meter.allocatedBytes() - allocated0;
    if (o.problem != null) {
      return o;
    }
    if (timed && allocated > ALLOCATION_CONSTANT + ALLOCATION_PER_BYTE * size) {
      return new Outcome(
          null, null, "read: " + allocated + " bytes allocated for " + size + " bytes");
    }
    if (timed && (double) allocated / size > worstAllocationPerByte && size >= 4096) {
      worstAllocationPerByte = (double) allocated / size;
      worstAllocationSize = size;
    }
    long limit = (CPU_MS_CONSTANT + CPU_MS_PER_KIB * size / 1024) * 1_000_000;
    if (timed && cpu > limit) {
      return new Outcome(
          null, null, "read: " + cpu / 1_000_000 + " ms of CPU for " + size + " bytes");
    }
    if (timed && cpu > worstCpuNanos) {
      worstCpuNanos = cpu;
      worstCpuSize = size;
    }
    return o;
  }

  /**
   * The current thread's CPU time, from the JVM's {@code ThreadMXBean}, reached by reflection: the
   * tests run patched into the html module, which does not read {@code java.management}.
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

package io.github.nianbao.pdf.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fuzz target of the PDF reader: the PDFs of the test fixtures (LibreOffice's portrait and
 * landscape prints of the seed reports, Chromium's, and a scan), as they are and with their content
 * streams stored uncompressed, damaged as files get damaged ({@link PdfMutator}), each checked by
 * {@link PdfFuzzOracle}: a result or a typed {@code ReportParseException} that is not the reader's
 * own failure, bounded CPU time and allocation, and the same outcome when read again.
 *
 * <p>In {@code mvn verify} it runs briefly: 40 inputs or 5 seconds, whichever comes first, with a
 * fresh seed each run (printed). Longer, on demand (only this test):
 *
 * <pre>
 * mvn -B -o -pl serialization/pdf -am verify -Dinvoker.skip=true -Dtest=PdfFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dnianbao.fuzz.seconds=600
 * </pre>
 *
 * <p>{@code -Dnianbao.fuzz.seconds=S} runs for S seconds, {@code -Dnianbao.fuzz.tries=N} for N
 * inputs (either alone lifts the other bound), {@code -Dnianbao.fuzz.seed=X} replays a run and
 * {@code -Dnianbao.fuzz.input=Y} replays the one input a failure names. Every failure is written,
 * unshrunk, to {@code target/fuzz-failures/}. An input that runs over 90 seconds of wall time (the
 * reader gives up after 60) is a hang: it is written there and the run stops.
 */
class PdfFuzzTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Path FAILURES = Path.of("target/fuzz-failures");
  private static final int DISTINCT_FAILURES = 5;
  private static final long HANG_SECONDS = 90;

  private final PdfFuzzOracle oracle = new PdfFuzzOracle();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "pdf-fuzz");
            t.setDaemon(true);
            return t;
          });

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  /** Every seed file, as it is, holds the properties; all but the scan read as reports. */
  @Test
  void everySeedAsItIsHoldsTheProperties() {
    List<byte[]> seeds = seeds();
    assertEquals(12, seeds.size(), "seed files: 6 fixtures, each as it is and uncompressed");
    oracle.timed = false;
    for (int i = 0; i < seeds.size(); i++) {
      assertEquals(Optional.empty(), oracle.check(seeds.get(i), true), "seed " + i);
    }
    assertEquals(10, oracle.reports, "seeds read as reports");
    assertEquals(2, oracle.errors, "the scan, twice, refused");
  }

  @Test
  void damagedFilesHoldTheProperties() throws Exception {
    Long seconds = Long.getLong("nianbao.fuzz.seconds");
    Long tries = Long.getLong("nianbao.fuzz.tries");
    long maxTries = tries != null ? tries : seconds != null ? Long.MAX_VALUE : 40;
    long maxNanos =
        (seconds != null ? seconds : tries != null ? Long.MAX_VALUE / 2_000_000_000L : 5)
            * 1_000_000_000L;
    long runSeed = Long.getLong("nianbao.fuzz.seed", new Random().nextLong());
    Long only = Long.getLong("nianbao.fuzz.input");
    List<byte[]> seeds = seeds();
    System.out.printf("pdf fuzz: seed %d, %d seed files%n", runSeed, seeds.size());
    // warm the JIT on two seeds, unmetered, so that the first inputs are timed fairly
    oracle.timed = false;
    oracle.check(seeds.get(0), false);
    oracle.check(seeds.get(1), false);
    oracle.reports = 0;
    oracle.errors = 0;
    oracle.timed = true;
    Random run = new Random(runSeed);
    Map<String, String> failures = new LinkedHashMap<>();
    long start = System.nanoTime();
    long n = 0;
    while (n < maxTries
        && System.nanoTime() - start < maxNanos
        && failures.size() < DISTINCT_FAILURES) {
      long inputSeed = only != null ? only : run.nextLong();
      n++;
      PdfMutator.Input input = new PdfMutator(new Random(inputSeed), seeds).next();
      boolean again = (inputSeed & 3) == 0;
      Future<Optional<String>> future = worker.submit(() -> oracle.check(input.bytes(), again));
      Optional<String> problem;
      try {
        problem = future.get(HANG_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        failures.put(
            "hang",
            "no outcome after "
                + HANG_SECONDS
                + " s: "
                + describe(runSeed, inputSeed, input, write(inputSeed + "-hang", input.bytes())));
        break;
      } catch (ExecutionException e) {
        problem = Optional.of("the check threw " + PdfFuzzOracle.describe(e.getCause()));
      }
      if (problem.isPresent()) {
        String kind = kind(problem.get());
        if (!failures.containsKey(kind)) {
          failures.put(
              kind,
              problem.get()
                  + "\n  "
                  + describe(
                      runSeed, inputSeed, input, write(Long.toString(inputSeed), input.bytes())));
        }
      }
      if (only != null) {
        break;
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "pdf fuzz: %d inputs in %.1f s, seed %d: %d reports, %d typed errors; worst read %d ms CPU"
            + " (%d bytes), most allocated %d MB (%d bytes)%n",
        n,
        secs,
        runSeed,
        oracle.reports,
        oracle.errors,
        oracle.worstCpuNanos / 1_000_000,
        oracle.worstCpuSize,
        oracle.worstAllocation / (1024 * 1024),
        oracle.worstAllocationSize);
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " distinct failure(s) in "
              + n
              + " inputs (seed "
              + runSeed
              + "):\n"
              + String.join("\n\n", failures.values()));
    }
    if (only == null && n >= 30) {
      // the steps leave files readable often enough, and break them often enough
      assertTrue(oracle.reports > 0 && oracle.errors > 0, "reports and errors both seen");
    }
  }

  /** A problem without its numbers, so that one bug counts once. */
  private static String kind(String problem) {
    String k = problem.replaceAll("\\d+", "#");
    return k.substring(0, Math.min(120, k.length()));
  }

  private static String describe(
      long runSeed, long inputSeed, PdfMutator.Input input, String file) {
    return "input "
        + inputSeed
        + " of run "
        + runSeed
        + " (-Dnianbao.fuzz.seed="
        + runSeed
        + " -Dnianbao.fuzz.input="
        + inputSeed
        + ")\n  steps: "
        + String.join("; ", input.steps())
        + "\n  written to "
        + file;
  }

  private static String write(String name, byte[] bytes) {
    Path file = FAILURES.resolve(name + ".pdf");
    try {
      Files.createDirectories(FAILURES);
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toString();
  }

  /** The seed files: each fixture PDF as it is, and with its content streams uncompressed. */
  static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> list = Files.list(FIXTURES)) {
      for (Path f : list.sorted().toList()) {
        if (f.getFileName().toString().endsWith(".pdf")) {
          byte[] pdf = Files.readAllBytes(f);
          seeds.add(pdf);
          seeds.add(PdfMutator.uncompressed(pdf));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(seeds);
  }
}

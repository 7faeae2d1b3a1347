package io.github.nianbao.html.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.html.internal.HtmlFuzzOracle;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.testing.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fuzz target of the HTML reader: real pages (LibreOffice's and WPS's exports of Word reports,
 * the five seed reports as the writer writes them, and those inside CMS furniture: breadcrumbs,
 * navigation, scripts, an unrelated table, a {@code TRS_Editor} div, a script string) mutated as
 * pages get mangled ({@link HtmlMutator}), each checked by {@link HtmlFuzzOracle} as text and as
 * UTF-8 bytes (and now and then as GB18030 bytes with a meta charset): a result or a typed {@code
 * ReportParseException}, bounded CPU time, the keyed grid the tracked grid but for lines, {@code
 * PageLines} never placing a key at a wrong line, and the read saying what reading the tracked grid
 * says, at the same lines.
 *
 * <p>In {@code mvn verify} it runs briefly: 100 inputs or 5 seconds, whichever comes first, with a
 * fresh seed each run (printed). Longer, on demand (only this test):
 *
 * <pre>
 * mvn -B -o -pl serialization/html -am verify -Dinvoker.skip=true -P'!browser' -Dtest=HtmlFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dnianbao.fuzz.seconds=600
 * </pre>
 *
 * <p>{@code -Dnianbao.fuzz.seconds=S} runs for S seconds, {@code -Dnianbao.fuzz.tries=N} for N
 * inputs (either alone lifts the other bound), {@code -Dnianbao.fuzz.seed=X} replays a run and
 * {@code -Dnianbao.fuzz.input=Y} replays the one input a failure names. A failure is shrunk (by
 * deleting chunks of lines, then of characters, for up to a minute) and written to {@code
 * target/fuzz-failures/}. An input that runs over 30 seconds of wall time is a hang: it is written
 * there unshrunk and the run stops.
 */
class HtmlFuzzTest {

  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path FAILURES = Path.of("target/fuzz-failures");
  private static final int DISTINCT_FAILURES = 5;
  private static final long HANG_SECONDS = 30;

  private final HtmlFuzzOracle oracle = new HtmlFuzzOracle();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "html-fuzz");
            t.setDaemon(true);
            return t;
          });

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  /** Every seed page, as it is, holds the properties. */
  @Test
  void everySeedAsItIsHoldsTheProperties() {
    List<String> seeds = seeds();
    assertTrue(seeds.size() >= 30, "seed pages: " + seeds.size());
    oracle.timed = false;
    for (int i = 0; i < seeds.size(); i++) {
      String seed = seeds.get(i);
      assertEquals(Optional.empty(), oracle.check(seed), "seed " + i);
    }
    // the seeds are reports: every one the writer wrote reads as a report
    assertTrue(oracle.reports >= 20, "seeds read as reports: " + oracle.reports);
  }

  @Test
  void mutatedPagesHoldTheProperties() throws Exception {
    Long seconds = Long.getLong("nianbao.fuzz.seconds");
    Long tries = Long.getLong("nianbao.fuzz.tries");
    long maxTries = tries != null ? tries : seconds != null ? Long.MAX_VALUE : 100;
    long maxNanos =
        (seconds != null ? seconds : tries != null ? Long.MAX_VALUE / 2_000_000_000L : 5)
            * 1_000_000_000L;
    long runSeed = Long.getLong("nianbao.fuzz.seed", new Random().nextLong());
    Long only = Long.getLong("nianbao.fuzz.input");
    List<String> seeds = seeds();
    System.out.printf("html fuzz: seed %d, %d seed pages%n", runSeed, seeds.size());
    // warm the JIT on a few seeds, unmetered, so that the first inputs are timed fairly
    oracle.timed = false;
    for (int i = 0; i < seeds.size(); i += 4) {
      oracle.check(seeds.get(i));
    }
    oracle.timed = true;
    Random run = new Random(runSeed);
    Map<String, String> failures = new LinkedHashMap<>();
    long start = System.nanoTime();
    long n = 0;
    boolean hung = false;
    while (n < maxTries
        && System.nanoTime() - start < maxNanos
        && failures.size() < DISTINCT_FAILURES) {
      long inputSeed = only != null ? only : run.nextLong();
      n++;
      Random random = new Random(inputSeed);
      HtmlMutator.Input input = new HtmlMutator(random, seeds).next();
      boolean gb = random.nextInt(10) == 0;
      Future<Optional<String>> future = worker.submit(() -> check(input.page(), gb));
      Optional<String> problem;
      try {
        problem = future.get(HANG_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        String file = write(inputSeed + "-hang.html", input.page());
        failures.put(
            "hang",
            "no outcome after "
                + HANG_SECONDS
                + " s: input "
                + inputSeed
                + " of run "
                + runSeed
                + ", steps "
                + input.steps()
                + ", in "
                + file);
        hung = true;
        break;
      } catch (ExecutionException e) {
        problem = Optional.of("the check threw " + e.getCause());
      }
      if (problem.isPresent()) {
        String kind = kind(problem.get());
        if (!failures.containsKey(kind)) {
          failures.put(kind, report(runSeed, inputSeed, input, gb, problem.get()));
        }
      }
      if (only != null) {
        break;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "html fuzz: %d inputs in %.1f s, seed %d: %d reports, %d typed errors; grids checked %d,"
            + " keys placed by the scan %d (%.1f s); built without jsoup's parser %d; worst read"
            + " %d ms CPU (%d bytes), %.0f bytes allocated a byte (%d bytes)%n",
        n,
        elapsed,
        runSeed,
        oracle.reports,
        oracle.errors,
        oracle.gridChecked,
        oracle.scanned,
        oracle.gridNanos / 1e9,
        oracle.literal,
        oracle.worstCpuNanos / 1_000_000,
        oracle.worstCpuSize,
        oracle.worstAllocationPerByte,
        oracle.worstAllocationSize);
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " kind(s) of failure (seed "
              + runSeed
              + (hung ? ", stopped by a hang" : "")
              + "):\n\n"
              + String.join("\n\n", failures.values()));
    }
    if (only == null && n >= 50) {
      // the mutations leave pages readable often enough, and break them often enough
      assertTrue(oracle.reports > 0 && oracle.errors > 0, "reports and errors both seen");
    }
  }

  /** The oracle's verdict on a page: as text and UTF-8 bytes, or as GB18030 bytes. */
  private Optional<String> check(String page, boolean gb) {
    if (!gb) {
      return oracle.check(page);
    }
    Charset gb18030 = Charset.forName("GB18030");
    String declared = "<meta charset=\"gbk\">" + page;
    return oracle.checkBytes(declared.getBytes(gb18030)).map(p -> "GB18030 " + p);
  }

  /** A problem without its numbers, so that one bug counts once. */
  private static String kind(String problem) {
    String k = problem.replaceAll("\\d+", "#");
    return k.substring(0, Math.min(90, k.length()));
  }

  /** Shrinks the failing input, writes it to {@link #FAILURES} and describes it. */
  private String report(
      long runSeed, long inputSeed, HtmlMutator.Input input, boolean gb, String problem) {
    String kind = kind(problem);
    String small =
        shrink(
            input.page(),
            candidate ->
                check(candidate, gb).map(HtmlFuzzTest::kind).filter(kind::equals).isPresent());
    Optional<String> smallProblem = check(small, gb);
    String file = write(inputSeed + ".html", small);
    return problem
        + "\n  input "
        + inputSeed
        + " of run "
        + runSeed
        + " (-Dnianbao.fuzz.seed="
        + runSeed
        + " -Dnianbao.fuzz.input="
        + inputSeed
        + ")"
        + (gb ? ", as GB18030 bytes" : "")
        + "\n  mutations: "
        + HtmlMutator.escape(String.join("; ", input.steps()))
        + "\n  shrunk to "
        + small.length()
        + " chars in "
        + file
        + ": "
        + smallProblem.orElse("(shrinking lost it)")
        + "\n  "
        + HtmlMutator.escape(small.substring(0, Math.min(small.length(), 1500)), true);
  }

  private static String write(String name, String page) {
    Path file = FAILURES.resolve(name);
    try {
      Files.createDirectories(FAILURES);
      Files.writeString(file, page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toString();
  }

  /** Deletes chunks of lines, then of characters, while the failure stays; a minute at most. */
  static String shrink(String page, Predicate<String> fails) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
    String best = page;
    for (int chunk = Math.max(1, lines.size() / 2);
        chunk >= 1 && System.nanoTime() < deadline;
        chunk /= 2) {
      for (int i = 0; i + chunk <= lines.size() && System.nanoTime() < deadline; ) {
        List<String> fewer = new ArrayList<>(lines.subList(0, i));
        fewer.addAll(lines.subList(i + chunk, lines.size()));
        String candidate = String.join("\n", fewer);
        if (fails.test(candidate)) {
          lines = fewer;
          best = candidate;
        } else {
          i += chunk;
        }
      }
    }
    String s = best;
    for (int chunk = Math.max(1, s.length() / 8);
        chunk >= 1 && System.nanoTime() < deadline;
        chunk /= 2) {
      for (int i = 0; i + chunk <= s.length() && System.nanoTime() < deadline; ) {
        String shorter = s.substring(0, i) + s.substring(i + chunk);
        if (fails.test(shorter)) {
          s = shorter;
        } else {
          i += chunk;
        }
      }
    }
    return s;
  }

  /**
   * The seed pages: the LibreOffice and WPS exports of the test resources, the five seed reports as
   * the writer writes them, and those inside CMS furniture.
   */
  static List<String> seeds() {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> list = Files.list(RESOURCES.resolve("libreoffice"))) {
      for (Path f : list.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".html") || name.endsWith(".xhtml")) {
          seeds.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReportFormat text = ReportFormats.byName("text").orElseThrow();
    HtmlFormat html = new HtmlFormat();
    for (String name : Seeds.names()) {
      String page;
      try {
        page = html.write(text.read(Seeds.text(name)).report());
      } catch (ReportParseException e) {
        throw new IllegalStateException("seed " + name + " does not read as text", e);
      }
      seeds.add(page);
      seeds.addAll(CmsPages.wrap(page));
    }
    return List.copyOf(seeds);
  }
}

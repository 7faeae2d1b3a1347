package io.github.nianbao.serialization.word.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.word.WordFormat;
import io.github.nianbao.testing.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The fuzz target of the Word reader: the .docx and .doc files of the test resources (LibreOffice's
 * and WPS-styled documents) and the five seed reports as {@link WordFormat} writes them, mutated as
 * files get damaged ({@link WordMutator}), each checked by {@link WordFuzzOracle}: a result or a
 * typed {@code ReportParseException} that is no internal error, bounded CPU time and allocation,
 * and a report read writes as .docx and reads back equal.
 *
 * <p>In {@code mvn verify} it runs briefly: 100 inputs or 4 seconds (with the seeds, under 8 s),
 * whichever comes first, with a fresh seed each run (printed). Longer, on demand (only this test):
 *
 * <pre>
 * mvn -B -o -pl serialization/word -am verify -Dinvoker.skip=true -Dtest=WordFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dnianbao.fuzz.seconds=600
 * </pre>
 *
 * <p>{@code -Dnianbao.fuzz.seconds=S} runs for S seconds, {@code -Dnianbao.fuzz.tries=N} for N
 * inputs (either alone lifts the other bound), {@code -Dnianbao.fuzz.seed=X} replays a run and
 * {@code -Dnianbao.fuzz.input=Y} replays the one input a failure names. A failure of a .docx whose
 * XML alone was mutated is shrunk (by deleting elements of its {@code word/document.xml}, then
 * chunks of characters, for up to a minute); every failure is written to {@code
 * target/fuzz-failures/} (the file, and for a .docx its document XML). An input that runs over 30
 * seconds of wall time is a hang: it is written there unshrunk and the run stops.
 */
class WordFuzzTest {

  private static final Path RESOURCES = Path.of("src/test/resources/libreoffice");
  private static final Path FAILURES = Path.of("target/fuzz-failures");
  private static final int DISTINCT_FAILURES = 5;
  private static final long HANG_SECONDS = 30;

  private final WordFuzzOracle oracle = new WordFuzzOracle();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "word-fuzz");
            t.setDaemon(true);
            return t;
          });

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  /** Every seed file, as it is, holds the properties and reads as a report. */
  @Test
  void everySeedAsItIsHoldsTheProperties() {
    List<byte[]> seeds = seeds();
    assertEquals(27, seeds.size(), "seed files: 11 .docx, 11 .doc, 5 written");
    oracle.timed = false;
    for (int i = 0; i < seeds.size(); i++) {
      assertEquals(Optional.empty(), oracle.check(seeds.get(i)), "seed " + i);
    }
    assertEquals(seeds.size(), oracle.reports, "seeds read as reports");
  }

  @Test
  void mutatedFilesHoldTheProperties() throws Exception {
    Long seconds = Long.getLong("nianbao.fuzz.seconds");
    Long tries = Long.getLong("nianbao.fuzz.tries");
    long maxTries = tries != null ? tries : seconds != null ? Long.MAX_VALUE : 100;
    long maxNanos =
        (seconds != null ? seconds : tries != null ? Long.MAX_VALUE / 2_000_000_000L : 4)
            * 1_000_000_000L;
    long runSeed = Long.getLong("nianbao.fuzz.seed", new Random().nextLong());
    Long only = Long.getLong("nianbao.fuzz.input");
    List<byte[]> seeds = seeds();
    System.out.printf("word fuzz: seed %d, %d seed files%n", runSeed, seeds.size());
    // warm the JIT on a few seeds (a .doc, a .docx, a written one), unmetered, so that the first
    // inputs are timed fairly
    oracle.timed = false;
    for (int i = 0; i < seeds.size(); i += 9) {
      oracle.check(seeds.get(i));
    }
    oracle.reports = 0;
    oracle.timed = true;
    Random run = new Random(runSeed);
    Map<String, String> failures = new LinkedHashMap<>();
    long start = System.nanoTime();
    long n = 0;
    long docs = 0;
    boolean hung = false;
    while (n < maxTries
        && System.nanoTime() - start < maxNanos
        && failures.size() < DISTINCT_FAILURES) {
      long inputSeed = only != null ? only : run.nextLong();
      n++;
      WordMutator.Input input = new WordMutator(new Random(inputSeed), seeds).next();
      if (input.bytes().length > 0 && input.bytes()[0] != 'P') {
        docs++;
      }
      Future<Optional<String>> future = worker.submit(() -> oracle.check(input.bytes()));
      Optional<String> problem;
      try {
        problem = future.get(HANG_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        String file = write(inputSeed + "-hang", input.bytes(), input.xml());
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
          failures.put(kind, report(runSeed, inputSeed, input, problem.get()));
        }
      }
      if (only != null) {
        break;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "word fuzz: %d inputs (%d .doc) in %.1f s, seed %d: %d reports, %d typed errors; worst"
            + " read %d ms CPU (%d bytes), most allocated %d MB (%d bytes); paragraphs' text"
            + " against POI's: %d compared, %d walked%n",
        n,
        docs,
        elapsed,
        runSeed,
        oracle.reports,
        oracle.errors,
        oracle.worstCpuNanos / 1_000_000,
        oracle.worstCpuSize,
        oracle.worstAllocation / (1024 * 1024),
        oracle.worstAllocationSize,
        oracle.runText.compared,
        oracle.runText.walked);
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
      // the mutations leave files readable often enough, and break them often enough
      assertTrue(oracle.reports > 0 && oracle.errors > 0, "reports and errors both seen");
      // the damaged documents' paragraphs are compared, and most are the walk's to read
      assertTrue(
          oracle.runText.walked > oracle.runText.compared / 2,
          "paragraphs walked: " + oracle.runText.walked + " of " + oracle.runText.compared);
    }
  }

  /** A problem without its numbers, so that one bug counts once. */
  private static String kind(String problem) {
    int at = problem.indexOf(": line ");
    String k = (at < 0 ? problem : problem.substring(0, at)).replaceAll("\\d+", "#");
    return k.substring(0, Math.min(120, k.length()));
  }

  /** Shrinks the failing input if its XML alone was mutated, writes it and describes it. */
  private String report(long runSeed, long inputSeed, WordMutator.Input input, String problem) {
    String kind = kind(problem);
    String shrunk = "";
    byte[] bytes = input.bytes();
    String xml = input.xml();
    if (xml != null) {
      xml =
          shrink(
              xml,
              candidate ->
                  oracle
                      .check(input.withXml(candidate))
                      .map(WordFuzzTest::kind)
                      .filter(kind::equals)
                      .isPresent());
      bytes = input.withXml(xml);
      shrunk =
          "\n  shrunk to a document XML of "
              + xml.length()
              + " chars: "
              + oracle.check(bytes).orElse("(shrinking lost it)")
              + "\n  "
              + xml.substring(0, Math.min(xml.length(), 1500));
    }
    String file = write(Long.toString(inputSeed), bytes, xml);
    return problem
        + "\n  input "
        + inputSeed
        + " of run "
        + runSeed
        + " (-Dnianbao.fuzz.seed="
        + runSeed
        + " -Dnianbao.fuzz.input="
        + inputSeed
        + ")\n  mutations: "
        + String.join("; ", input.steps())
        + "\n  written to "
        + file
        + shrunk;
  }

  private static String write(String name, byte[] bytes, String xml) {
    boolean isDocx = bytes.length > 0 && bytes[0] == 'P';
    Path file = FAILURES.resolve(name + (isDocx ? ".docx" : ".doc"));
    try {
      Files.createDirectories(FAILURES);
      Files.write(file, bytes);
      if (xml != null) {
        Files.writeString(FAILURES.resolve(name + ".document.xml"), xml, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toString();
  }

  /**
   * Deletes elements of the XML (the largest first), then chunks of characters, while the failure
   * stays; a minute at most.
   */
  static String shrink(String xml, Predicate<String> fails) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    String best = xml;
    boolean progress = true;
    while (progress && System.nanoTime() < deadline) {
      progress = false;
      for (int[] s : WordMutator.allSpans(best)) {
        if (System.nanoTime() >= deadline) {
          break;
        }
        String candidate = best.substring(0, s[0]) + best.substring(s[1]);
        if (fails.test(candidate)) {
          best = candidate;
          progress = true;
          break;
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
   * The seed files: the .docx and .doc files of the test resources and the five seed reports as the
   * Word format writes them.
   */
  static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> list = Files.list(RESOURCES)) {
      for (Path f : list.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".docx") || name.endsWith(".doc")) {
          seeds.add(Files.readAllBytes(f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReportFormat text = ReportFormats.byName("text").orElseThrow();
    WordFormat docx = new WordFormat();
    for (String name : Seeds.names()) {
      try {
        seeds.add(docx.toBytes(text.read(Seeds.text(name)).report()));
      } catch (ReportParseException e) {
        throw new IllegalStateException("seed " + name + " does not read as text", e);
      }
    }
    return List.copyOf(seeds);
  }
}

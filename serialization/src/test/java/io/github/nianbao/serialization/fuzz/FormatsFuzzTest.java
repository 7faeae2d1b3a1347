package io.github.nianbao.serialization.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.json.JsonFormat;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fuzz target of both readers and of validation (issue 11): real reports (the test resources'
 * seeds, reports, canonical report, corpus files and JSON, and each as JSON) mutated line by line,
 * character by character and byte by byte ({@link Mutator}), each input checked by {@link Oracle}:
 * a result or a typed {@code ReportParseException}, bounded CPU time and allocation, round trips
 * through text and JSON, validation that never throws.
 *
 * <p>In {@code mvn verify} it runs briefly: 250 inputs or 8 seconds, whichever comes first, with a
 * fresh seed each run. Longer, on demand (only this test):
 *
 * <pre>
 * mvn -B -o -pl serialization -am test-compile surefire:test@fuzz \
 *     -Dtest=FormatsFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dnianbao.fuzz.seconds=600
 * </pre>
 *
 * <p>{@code -Dnianbao.fuzz.seconds=S} runs for S seconds, {@code -Dnianbao.fuzz.tries=N} for N
 * inputs (either alone lifts the other bound), {@code -Dnianbao.fuzz.seed=X} replays a run and
 * {@code -Dnianbao.fuzz.input=Y} replays the one input a failure names. A failure is shrunk and
 * written to {@code target/fuzz-failures/}.
 */
class FormatsFuzzTest {

  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path FAILURES = Path.of("target/fuzz-failures");

  /** Seed files larger than this are left out: the fuzzer looks for wrong behaviour, not limits. */
  private static final long MAX_SEED_BYTES = 16 * 1024;

  private static final int DISTINCT_FAILURES = 5;

  private final ReportFormat text = ReportFormats.byName("text").orElseThrow();
  private final ReportFormat json = ReportFormats.byName("json").orElseThrow();
  private final Oracle oracle = new Oracle(text, json);

  @Test
  void theFormatsFoundByNameAreTheSdksOwn() {
    assertTrue(text instanceof TextFormat, text.getClass().getName());
    assertTrue(json instanceof JsonFormat, json.getClass().getName());
  }

  /** The report files as they are (their UTF-8 bytes and their JSON are checked with them). */
  @Test
  void everySeedAsItIsHoldsTheProperties() {
    List<String> files = files();
    assertTrue(files.size() >= 40, "seed files: " + files.size());
    for (String seed : files) {
      Optional<String> problem =
          oracle.check(new Mutator.Input(seed, null, List.of("as it is")), false);
      assertEquals(
          Optional.empty(),
          problem,
          () -> Mutator.escape(seed.substring(0, Math.min(300, seed.length()))));
    }
  }

  @Test
  void mutatedReportsHoldTheProperties() {
    Long seconds = Long.getLong("nianbao.fuzz.seconds");
    Long tries = Long.getLong("nianbao.fuzz.tries");
    long maxTries = tries != null ? tries : seconds != null ? Long.MAX_VALUE : 250;
    long maxNanos =
        (seconds != null ? seconds : tries != null ? Long.MAX_VALUE / 2_000_000_000L : 8)
            * 1_000_000_000L;
    long runSeed = Long.getLong("nianbao.fuzz.seed", new Random().nextLong());
    Long only = Long.getLong("nianbao.fuzz.input");
    List<String> seeds = seeds();
    Random run = new Random(runSeed);
    Map<String, String> failures = new LinkedHashMap<>();
    long start = System.nanoTime();
    long n = 0;
    while (n < maxTries
        && System.nanoTime() - start < maxNanos
        && failures.size() < DISTINCT_FAILURES) {
      long inputSeed = only != null ? only : run.nextLong();
      n++;
      Random random = new Random(inputSeed);
      boolean withOptions = random.nextInt(5) == 0;
      Mutator.Input input = new Mutator(random, seeds).next();
      oracle.current = "input " + inputSeed;
      Optional<String> problem = oracle.check(input, withOptions);
      if (problem.isPresent()) {
        String kind = kind(problem.get());
        if (!failures.containsKey(kind)) {
          failures.put(kind, report(runSeed, inputSeed, input, withOptions, problem.get()));
        }
      }
      if (only != null) {
        break;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    StringBuilder outcomes = new StringBuilder();
    oracle.outcomes.forEach(
        (format, c) ->
            outcomes
                .append(", ")
                .append(format)
                .append(' ')
                .append(c[0])
                .append(" reports ")
                .append(c[1])
                .append(" typed errors"));
    System.out.printf(
        "fuzz: %d inputs in %.1f s, seed %d%s, %d with COUNT.OVERFLOW; worst read %d ms CPU (%d bytes); worst allocation"
            + " %.0f bytes a byte (%d bytes), %.0f over 4 KiB (%d bytes, %s)%n",
        n,
        elapsed,
        runSeed,
        outcomes,
        oracle.overflowReports,
        oracle.worstCpuNanos / 1_000_000,
        oracle.worstCpuSize,
        oracle.worstAllocationPerByte,
        oracle.worstAllocationSize,
        oracle.worstLargeAllocationPerByte,
        oracle.worstLargeAllocationSize,
        oracle.worstLargeAllocationInput);
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " kind(s) of failure (seed "
              + runSeed
              + "):\n\n"
              + String.join("\n\n", failures.values()));
    }
    if (only == null && n >= 200) {
      // the mutations leave reports readable often enough, in both formats (about 1 in 15 JSON)
      assertTrue(
          oracle.outcomes.size() == 2 && oracle.outcomes.values().stream().allMatch(c -> c[0] > 0),
          "a format read no input as a report");
    }
  }

  /** A problem without its numbers, so that one bug counts once. */
  private static String kind(String problem) {
    String k = problem.replaceAll("\\d+", "#");
    return k.substring(0, Math.min(90, k.length()));
  }

  /** Shrinks the failing input, writes it to {@link #FAILURES} and describes it. */
  private String report(
      long runSeed, long inputSeed, Mutator.Input input, boolean withOptions, String problem) {
    String kind = kind(problem);
    Mutator.Input small =
        shrink(
            input,
            candidate ->
                oracle
                    .check(candidate, withOptions)
                    .map(FormatsFuzzTest::kind)
                    .filter(kind::equals)
                    .isPresent());
    Optional<String> smallProblem = oracle.check(small, withOptions);
    byte[] bytes = small.isBytes() ? small.bytes() : small.text().getBytes(StandardCharsets.UTF_8);
    Path file = FAILURES.resolve(inputSeed + (small.isBytes() ? ".bin" : ".txt"));
    try {
      Files.createDirectories(FAILURES);
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String shown =
        small.isBytes()
            ? Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 400)))
            : Mutator.escape(small.text().substring(0, Math.min(small.text().length(), 1500)));
    return problem
        + "\n  input "
        + inputSeed
        + " of run "
        + runSeed
        + " (-Dnianbao.fuzz.input="
        + inputSeed
        + ")"
        + (withOptions ? ", read with agency and year given" : "")
        + "\n  mutations: "
        + input.steps()
        + "\n  shrunk to "
        + small.size()
        + (small.isBytes() ? " bytes" : " chars")
        + " in "
        + file
        + ": "
        + smallProblem.orElse("(shrinking lost it)")
        + "\n  "
        + shown;
  }

  /** Deletes chunks of lines, then of characters (or bytes), while the failure stays. */
  private static Mutator.Input shrink(
      Mutator.Input input, java.util.function.Predicate<Mutator.Input> fails) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    Mutator.Input best = input;
    if (!best.isBytes()) {
      List<String> lines = new ArrayList<>(Arrays.asList(best.text().split("\n", -1)));
      for (int chunk = Math.max(1, lines.size() / 2);
          chunk >= 1 && System.nanoTime() < deadline;
          chunk /= 2) {
        for (int i = 0; i + chunk <= lines.size() && System.nanoTime() < deadline; ) {
          List<String> fewer = new ArrayList<>(lines.subList(0, i));
          fewer.addAll(lines.subList(i + chunk, lines.size()));
          Mutator.Input candidate = new Mutator.Input(String.join("\n", fewer), null, best.steps());
          if (fails.test(candidate)) {
            lines = fewer;
            best = candidate;
          } else {
            i += chunk;
          }
        }
      }
      String s = best.text();
      for (int chunk = Math.max(1, s.length() / 8);
          chunk >= 1 && System.nanoTime() < deadline;
          chunk /= 2) {
        for (int i = 0; i + chunk <= s.length() && System.nanoTime() < deadline; ) {
          String shorter = s.substring(0, i) + s.substring(i + chunk);
          Mutator.Input candidate = new Mutator.Input(shorter, null, best.steps());
          if (fails.test(candidate)) {
            s = shorter;
            best = candidate;
          } else {
            i += chunk;
          }
        }
      }
      return best;
    }
    byte[] b = best.bytes();
    for (int chunk = Math.max(1, b.length / 8);
        chunk >= 1 && System.nanoTime() < deadline;
        chunk /= 2) {
      for (int i = 0; i + chunk <= b.length && System.nanoTime() < deadline; ) {
        byte[] shorter = new byte[b.length - chunk];
        System.arraycopy(b, 0, shorter, 0, i);
        System.arraycopy(b, i + chunk, shorter, i, b.length - i - chunk);
        Mutator.Input candidate = new Mutator.Input(null, shorter, best.steps());
        if (fails.test(candidate)) {
          b = shorter;
          best = candidate;
        } else {
          i += chunk;
        }
      }
    }
    return best;
  }

  /**
   * The seeds: the {@linkplain #files() report files}, and each text report the text format reads,
   * written as JSON.
   */
  private List<String> seeds() {
    List<String> seeds = new ArrayList<>(files());
    for (String file : files()) {
      try {
        seeds.add(json.write(text.read(file).report()));
      } catch (ReportParseException e) {
        // JSON files, and corpus fragments no format reads yet
      }
    }
    return List.copyOf(seeds);
  }

  /** Every text, Markdown and JSON report of the test resources up to {@link #MAX_SEED_BYTES}. */
  private static List<String> files() {
    List<String> files = new ArrayList<>();
    for (String dir : List.of("seeds", "reports", "canonical", "corpus", "json")) {
      // the seeds live in nianbao-testing
      Path folder =
          dir.equals("seeds")
              ? RESOURCES
                  .resolve(
                      "../../../../core/testing/src/main/resources/io/github/nianbao/testing/seeds")
                  .normalize()
              : RESOURCES.resolve(dir);
      try (Stream<Path> list = Files.list(folder)) {
        for (Path f : list.sorted().toList()) {
          String name = f.getFileName().toString();
          boolean report = name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".json");
          if (report
              && !name.startsWith("SOURCES")
              && !name.startsWith("KNOWN_")
              && Files.size(f) <= MAX_SEED_BYTES) {
            files.add(Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(files);
  }
}

package io.github.nianbao.serialization.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.golden.Mutants.Mutant;
import io.github.nianbao.serialization.golden.Records.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The golden record of what the readers do today, so that every change of behaviour shows.
 *
 * <p>Inputs: the seeds, the samples of {@code examples/samples}, the test reports of {@code
 * reports/}, {@code canonical/} and {@code json/} (each read in the format of its file ending), and
 * {@value #MUTANTS_PER_INPUT} deterministic mutants of each text input of {@code seeds/}, {@code
 * reports/} and {@code canonical/}. The record of an input is the error, or the report as the
 * {@code json} format writes it and every diagnostic on a line (see {@link Records}).
 *
 * <ul>
 *   <li>Each seed, sample and test report has its full record in {@code
 *       src/test/resources/golden/<folder>/<file>.record}.
 *   <li>The mutants are in {@code golden/mutants.tsv}: name, SHA-256 of the full record, summary.
 *       The full records of the mutants that differ are written to {@code target/golden-diff/}.
 * </ul>
 *
 * <p>On a difference the test fails naming the input (and for mutants, up to 20 names with the old
 * and new summary), and writes today's full record under {@code target/golden-diff/}.
 *
 * <p>Update mode: {@code mvn -B -q -pl serialization -am test -Dtest=GoldenRecordTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dnianbao.golden.update=true} rewrites the golden files
 * instead of comparing (and deletes the records of inputs that are gone). Every change to them must
 * be listed in the commit message as an intended improvement; any other is a bug. See {@code
 * golden/README.md}.
 */
class GoldenRecordTest {

  /** The system property that turns on update mode. */
  static final String UPDATE_PROPERTY = "nianbao.golden.update";

  static final int MUTANTS_PER_INPUT = 334;

  private static final int MISMATCHES_SHOWN = 20;

  private static final boolean UPDATE = Boolean.getBoolean(UPDATE_PROPERTY);

  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

  private static final Path GOLDEN = BASE.resolve("src/test/resources/golden");

  private static final Path DIFF = BASE.resolve("target/golden-diff");

  private static final String HOW_TO_UPDATE =
      "if the change is intended, rerun with -D"
          + UPDATE_PROPERTY
          + "=true and list it in the commit message";

  /**
   * One input file.
   *
   * @param name the short name of its mutants, e.g. {@code seed-000}, or null for no mutants
   * @param file the file
   * @param golden its golden record, relative to the golden folder
   */
  record Input(String name, Path file, String golden) {
    String text() throws IOException {
      return Files.readString(file, StandardCharsets.UTF_8);
    }

    ReportFormat format() {
      String fileName = file.getFileName().toString();
      return ReportFormats.forFileName(fileName)
          .orElseThrow(() -> new AssertionError("no format reads " + fileName));
    }

    String shown() {
      return BASE.relativize(file).toString().replace('\\', '/');
    }
  }

  /** Every input, in a fixed order: by folder as listed here, then by file name. */
  static List<Input> inputs() throws IOException {
    List<Input> inputs = new ArrayList<>();
    Path resources = BASE.resolve("src/test/resources");
    // the seeds live in nianbao-testing
    Path seeds =
        BASE.resolve("../core/testing/src/main/resources/io/github/nianbao/testing/seeds")
            .normalize();
    for (Path f : files(seeds)) {
      String name = "seed-" + f.getFileName().toString().substring(0, 3);
      inputs.add(new Input(name, f, record("seeds", f)));
    }
    for (Path f : files(BASE.resolve("../examples/samples").normalize())) {
      inputs.add(new Input(null, f, record("samples", f)));
    }
    for (String folder : List.of("reports", "canonical", "json")) {
      String prefix = folder.equals("reports") ? "report" : folder;
      for (Path f : files(resources.resolve(folder))) {
        String file = f.getFileName().toString();
        String name =
            file.endsWith(".txt") && !folder.equals("json")
                ? prefix + "-" + file.substring(0, file.length() - ".txt".length())
                : null;
        inputs.add(new Input(name, f, record(folder, f)));
      }
    }
    return inputs;
  }

  private static String record(String folder, Path file) {
    return folder + "/" + file.getFileName() + ".record";
  }

  /** The regular files of a folder, sorted by name (code units, not the locale). */
  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  @BeforeAll
  static void clearTheLastDiff() throws IOException {
    if (Files.exists(DIFF)) {
      try (Stream<Path> s = Files.walk(DIFF)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyInputReadsAsItsGoldenRecord() throws IOException {
    List<Input> inputs = inputs();
    Stream<DynamicTest> each =
        inputs.stream().map(i -> dynamicTest(i.shown(), () -> checkInput(i)));
    DynamicTest stale =
        dynamicTest(
            "no golden record without its input",
            () -> checkNoStaleRecord(inputs.stream().map(Input::golden).toList()));
    return Stream.concat(each, Stream.of(stale));
  }

  private static void checkInput(Input input) throws IOException {
    String record =
        "# Golden record of "
            + input.shown()
            + " read as "
            + input.format().name()
            + ": see README.md in this folder.\n"
            + Records.record(Records.read(input.format(), input.text()));
    Path golden = GOLDEN.resolve(input.golden());
    if (UPDATE) {
      write(golden, record);
      return;
    }
    if (!Files.exists(golden)) {
      write(DIFF.resolve(input.golden()), record);
      fail("no golden record " + GOLDEN.relativize(golden) + "; " + HOW_TO_UPDATE);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(record)) {
      write(DIFF.resolve(input.golden()), record);
      fail(
          input.shown()
              + " no longer reads as golden/"
              + input.golden()
              + firstDifference(expected, record)
              + "\nthe full record of today is in "
              + BASE.relativize(DIFF.resolve(input.golden()))
              + "; "
              + HOW_TO_UPDATE);
    }
  }

  private static void checkNoStaleRecord(List<String> expected) throws IOException {
    List<String> stale = new ArrayList<>();
    try (Stream<Path> s = Files.walk(GOLDEN)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".record")).toList()) {
        String relative = GOLDEN.relativize(p).toString().replace('\\', '/');
        if (!expected.contains(relative)) {
          stale.add(relative);
        }
      }
    }
    if (UPDATE) {
      for (String r : stale) {
        Files.delete(GOLDEN.resolve(r));
      }
      return;
    }
    assertEquals(List.of(), stale, "golden records whose input is gone; " + HOW_TO_UPDATE);
  }

  /** Returns where two records first differ, as the line of each. */
  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) {
      i++;
    }
    return ": first difference at line "
        + (i + 1)
        + "\n  golden: "
        + (i < e.length ? e[i] : "(end)")
        + "\n  now:    "
        + (i < a.length ? a[i] : "(end)");
  }

  /** A line of {@code mutants.tsv} without its name. */
  private record Entry(String sha256, String summary) {}

  @Test
  @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyMutantReadsAsItsGoldenRecord() throws IOException {
    Path tsv = GOLDEN.resolve("mutants.tsv");
    Map<String, Entry> golden = UPDATE ? Map.of() : readTsv(tsv);
    Set<String> unseen = new LinkedHashSet<>(golden.keySet());
    StringBuilder now = new StringBuilder("# name\tsha256 of the record\tsummary\n");
    List<String> mismatches = new ArrayList<>();
    Map<String, Entry> changed = new LinkedHashMap<>();
    int count = 0;
    for (Input input : inputs()) {
      if (input.name() == null) {
        continue;
      }
      ReportFormat format = input.format();
      for (Mutant m : Mutants.of(input.name(), input.text(), MUTANTS_PER_INPUT)) {
        count++;
        Outcome outcome = Records.read(format, m.text());
        String record = Records.record(outcome);
        Entry entry = new Entry(Records.sha256(record), Records.summary(outcome));
        now.append(m.name()).append('\t').append(entry.sha256()).append('\t');
        now.append(entry.summary()).append('\n');
        unseen.remove(m.name());
        if (!UPDATE && !entry.equals(golden.get(m.name()))) {
          mismatches.add(m.name());
          changed.put(m.name(), entry);
          String file = "mutants/" + m.name().replaceAll("[^A-Za-z0-9._-]", "_");
          write(DIFF.resolve(file + ".record"), record);
          write(DIFF.resolve(file + ".input.txt"), m.text());
        }
      }
    }
    if (UPDATE) {
      write(tsv, now.toString());
      return;
    }
    mismatches.addAll(unseen); // golden mutants that are no longer made
    if (mismatches.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder()
            .append(mismatches.size())
            .append(" of ")
            .append(count + unseen.size())
            .append(" mutants differ from golden/mutants.tsv; ")
            .append(HOW_TO_UPDATE)
            .append(". Full records of today in ")
            .append(BASE.relativize(DIFF.resolve("mutants")))
            .append(':');
    for (String name : mismatches.subList(0, Math.min(MISMATCHES_SHOWN, mismatches.size()))) {
      Entry g = golden.get(name);
      Entry n = changed.get(name);
      message.append("\n  ").append(name);
      message.append("\n    golden: ").append(g == null ? "(no such mutant)" : g.summary());
      message.append("\n    now:    ").append(n == null ? "(no such mutant)" : n.summary());
      if (g != null && n != null && g.summary().equals(n.summary())) {
        message.append(" (same summary, the record differs)");
      } else if (g != null && n != null && g.sha256().equals(n.sha256())) {
        message.append(" (same record, the summary differs)");
      }
    }
    if (mismatches.size() > MISMATCHES_SHOWN) {
      message.append("\n  … and ").append(mismatches.size() - MISMATCHES_SHOWN).append(" more");
    }
    fail(message.toString());
  }

  /** Reads {@code mutants.tsv}: name to entry, in file order; empty if there is no file. */
  private static Map<String, Entry> readTsv(Path tsv) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (Files.exists(tsv)) {
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          String[] f = line.split("\t", 3);
          entries.put(f[0], new Entry(f[1], f.length > 2 ? f[2] : ""));
        }
      }
    }
    return entries;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

package io.github.nianbao.serialization.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real published reports and fragments ({@code src/test/resources/corpus}): each raw
 * text as found, with its cells written down by hand in {@code <id>.expected} (see {@code
 * corpus/README.md}), read from its bytes as a user reads a file. Every cell, the agency and the
 * year of every report are asserted; a text that states no year is read with a caller's year
 * ({@link ReadOptions}), which the report must take with a note.
 *
 * <p>A report the reader does not read right yet is listed in {@code KNOWN_MISREADS.txt} with the
 * reason; for a listed report the test asserts that it still misreads, so that the list shrinks as
 * the reader learns (a ratchet), and for every other report that it reads right.
 */
class CorpusTest {
  private static final Path DIR = Path.of("src/test/resources/corpus");

  /** The year the test gives as the caller's for a text that states none. */
  private static final int CALLERS_YEAR = 2008;

  /** An expected file: metadata and cells by path (values as written: a number, blank, mark:…). */
  record Expected(String id, Path raw, Map<String, String> meta, Map<String, String> cells) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Expected> reports() throws IOException {
    List<Expected> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".expected")) {
          out.add(parse(p));
        }
      }
    }
    return out.stream();
  }

  static Expected parse(Path file) throws IOException {
    String id = file.getFileName().toString().replace(".expected", "");
    Path raw = null;
    for (String ending : List.of(".txt", ".md", ".html", ".htm")) {
      if (Files.exists(DIR.resolve(id + ending))) {
        raw = DIR.resolve(id + ending);
      }
    }
    Map<String, String> meta = new LinkedHashMap<>();
    Map<String, String> cells = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException(file + ": a line without '=': " + line);
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (key.contains(".")) {
        cells.put(key, value);
      } else {
        meta.put(key, value);
      }
    }
    return new Expected(id, raw, meta, cells);
  }

  /** The reports the reader does not read right yet, by id, with the reason. */
  static Map<String, String> knownMisreads() {
    Map<String, String> known = new TreeMap<>();
    try {
      for (String line :
          Files.readAllLines(DIR.resolve("KNOWN_MISREADS.txt"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int sp = line.indexOf(' ');
        known.put(sp < 0 ? line : line.substring(0, sp), sp < 0 ? "" : line.substring(sp + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return known;
  }

  /**
   * What is wrong with the reading of one report: empty when every asserted cell, the agency and
   * the year are right, and the report is read as the format version the file is written in (a
   * 2019-format report read as 2021 is a misreading, whatever its cells).
   */
  static List<String> misreadings(Expected e) {
    List<String> wrong = new ArrayList<>();
    if (e.raw() == null
        || e.raw().toString().endsWith("html")
        || e.raw().toString().endsWith("htm")) {
      wrong.add("no text reader for " + e.raw());
      return wrong;
    }
    ReportFormat text = ReportFormats.byName("text").orElseThrow();
    String year = e.meta().getOrDefault("year", "");
    // a text that states no year at all reads only with the caller's: the test gives a sentinel
    ReadOptions options =
        year.isEmpty() ? ReadOptions.builder().year(CALLERS_YEAR).build() : ReadOptions.none();
    ReadResult read;
    try {
      read = text.read(Files.readAllBytes(e.raw()), options);
    } catch (ReportParseException x) {
      wrong.add("refused: " + x.getMessage());
      return wrong;
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    AnnualReport r = read.report();
    int expectedYear = year.isEmpty() ? CALLERS_YEAR : Integer.parseInt(year);
    if (r.year() != expectedYear) {
      wrong.add("year " + r.year() + ", expected " + expectedYear);
    }
    if (year.isEmpty() && read.diagnostics(Diagnostic.Reason.METADATA_INFERRED).isEmpty()) {
      wrong.add("the caller's year is taken without a METADATA_INFERRED note");
    }
    String agency = e.meta().getOrDefault("agency", "");
    if (!r.agency().equals(agency)) {
      wrong.add("agency «" + r.agency() + "», expected «" + agency + "»");
    }
    String stated = e.meta().getOrDefault("formatVersion", "2021");
    if (stated.equals("undetermined")) {
      // no table shows the version: read as 2021, and said so
      if (read.diagnostics(Diagnostic.Reason.VERSION_ASSUMED).isEmpty()) {
        wrong.add("no table shows the format version, but there is no VERSION_ASSUMED note");
      }
      stated = "2021";
    }
    FormatVersion version = "2019".equals(stated) ? FormatVersion.V2019 : FormatVersion.V2021;
    if (r.formatVersion() != version) {
      // the cells of one version cannot be read off a report of the other
      wrong.add("read as the " + r.formatVersion().key() + " format, expected " + version.key());
      return wrong;
    }
    for (Map.Entry<String, String> c : e.cells().entrySet()) {
      // the expected files name the 2019 format's Table 2 activeDisclosure2019.…; the model's path
      // of the same cell is activeDisclosure.…
      String key = c.getKey().replaceFirst("^activeDisclosure2019\\.", "activeDisclosure.");
      var address = CellAddress.parse(key);
      if (address.isEmpty() || !address.get().appliesTo(version)) {
        wrong.add(c.getKey() + ": no cell of the " + version.key() + " format");
        continue;
      }
      String got = printed(r.cell(address.get()));
      if (!got.equals(c.getValue())) {
        wrong.add(c.getKey() + " = " + got + ", expected " + c.getValue());
      }
    }
    return wrong;
  }

  /** A cell as the expected files write it: the number, {@code blank}, or {@code mark:…}. */
  static String printed(TableCell cell) {
    return cell.kind() == CellKind.NUMBER
        ? cell.printed()
        : cell.kind() == CellKind.BLANK ? "blank" : "mark:" + cell.printed();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void readsEveryCellAsPrinted(Expected e) {
    List<String> wrong = misreadings(e);
    String known = knownMisreads().get(e.id());
    if (known == null) {
      assertEquals(List.of(), wrong, e.id() + " misreads");
    } else {
      assertTrue(
          !wrong.isEmpty(),
          e.id() + " now reads right: take it off KNOWN_MISREADS.txt (" + known + ")");
    }
  }

  @Test
  void everyExpectedFileHasItsTextAndSaysWhereItCameFrom() throws IOException {
    List<Expected> all = reports().toList();
    assertTrue(all.size() >= 30, "at least 30 real reports: " + all.size());
    for (Expected e : all) {
      if (e.raw() == null) {
        fail(e.id() + ": no raw text beside the expected file");
      }
      String header = Files.readString(DIR.resolve(e.id() + ".expected"));
      assertTrue(header.contains("# source:"), e.id() + " says where it came from");
      for (String key : e.cells().keySet()) {
        boolean known =
            CellAddress.parse(key).isPresent()
                || key.startsWith("activeDisclosure2019.")
                || key.startsWith("applications.outcomes.otherHandling.");
        assertTrue(known, e.id() + ": an unknown cell key " + key);
      }
    }
  }

  @Test
  void everyKnownMisreadIsInTheCorpus() throws IOException {
    List<String> ids = reports().map(Expected::id).toList();
    for (String id : knownMisreads().keySet()) {
      assertTrue(ids.contains(id), "KNOWN_MISREADS.txt names " + id + ", not in the corpus");
    }
  }
}

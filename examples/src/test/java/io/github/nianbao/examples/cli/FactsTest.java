package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.testing.ReportArbitraries;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao facts}: a row a cell of every report, read back to the report's cells. */
class FactsTest {

  @TempDir Path dir;

  /** The cell a row of the table gives back, of the type the address holds. */
  static TableCell cellOf(CellAddress a, Map<String, String> row) {
    String kind = row.get("kind");
    String value = row.get("value");
    boolean amount2021 = a.isAmount() && a.appliesTo(FormatVersion.V2021);
    boolean printed2019 = a.isAmount() && !amount2021;
    switch (kind) {
      case "blank" -> {
        assertEquals("", value);
        return printed2019 ? PrintedAmount.blank() : amount2021 ? AmountCell.blank() : Cell.blank();
      }
      case "mark" -> {
        return printed2019
            ? PrintedAmount.of(value)
            : amount2021 ? AmountCell.mark(value) : Cell.mark(value);
      }
      case "number" -> {
        if (printed2019) {
          new BigDecimal(value); // the value column holds a number
          return PrintedAmount.of(value + row.get("unit"));
        }
        return amount2021 ? AmountCell.of(value) : Cell.of(Long.parseLong(value));
      }
      default -> throw new AssertionError("kind " + kind);
    }
  }

  /** Checks that the rows of one report are its cells, one a row in printed order, read back. */
  static void assertRowsAreTheCells(
      String file, AnnualReport report, List<Map<String, String>> rows) {
    List<CellAddress> cells = CellAddress.all(report.formatVersion());
    assertEquals(cells.size(), rows.size(), "a row a cell");
    assertEquals(
        cells.size(), new HashSet<>(rows.stream().map(r -> r.get("cell")).toList()).size());
    for (int i = 0; i < cells.size(); i++) {
      CellAddress a = cells.get(i);
      Map<String, String> row = rows.get(i);
      assertEquals(file, row.get("file"));
      assertEquals(report.agency(), row.get("agency"));
      assertEquals(Integer.toString(report.year()), row.get("year"));
      assertEquals(report.formatVersion().key(), row.get("format"));
      assertEquals(a.path(), row.get("cell"));
      assertEquals(a.label(), row.get("label"));
      TableCell cell = report.cell(a);
      assertEquals(cell.kind().name().toLowerCase(Locale.ROOT), row.get("kind"));
      TableCell back = cellOf(a, row);
      if (cell instanceof PrintedAmount p && p.isNumber()) {
        // the number and its unit, whatever its separators
        PrintedAmount q = (PrintedAmount) back;
        assertEquals(0, p.amount().get().compareTo(q.amount().get()), a.path());
        assertEquals(p.unit(), q.unit(), a.path());
      } else {
        assertEquals(cell, back, a.path());
      }
    }
  }

  @Test
  void theSamplesAreEveryCellOfEveryReport() throws IOException {
    CliTest.Run run = CliTest.nianbao("facts", "samples");
    assertEquals(0, run.code(), run.err());
    List<Map<String, String>> rows = AuditCsvTest.named(CsvParser.parseWithBom(run.out()));
    assertEquals(FactsCommand.COLUMNS, CsvParser.parseWithBom(run.out()).get(0));
    int from = 0;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        AnnualReport report =
            Inputs.read(p, ReadOptions.builder().build(), System.in).result().report();
        int n = CellAddress.all(report.formatVersion()).size();
        assertRowsAreTheCells(p.toString(), report, rows.subList(from, from + n));
        from += n;
      }
    }
    assertEquals(rows.size(), from);
  }

  @Test
  void aBadFileIsToldAndTheOthersAreWritten() throws IOException {
    Path good = dir.resolve("a.txt");
    Files.copy(Path.of("samples/000_da43b1e554017db7.txt"), good);
    Path bad = dir.resolve("b.txt");
    Files.writeString(bad, "不是报告");
    Path out = dir.resolve("facts.csv");
    CliTest.Run run =
        CliTest.nianbao("facts", "-o", out.toString(), good.toString(), bad.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("nianbao: " + bad), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    byte[] bytes = Files.readAllBytes(out);
    assertEquals(0xEF, bytes[0] & 0xFF);
    List<Map<String, String>> rows =
        AuditCsvTest.named(CsvParser.parseWithBom(new String(bytes, StandardCharsets.UTF_8)));
    AnnualReport report =
        Inputs.read(good, ReadOptions.builder().build(), System.in).result().report();
    assertRowsAreTheCells(good.toString(), report, rows);
  }

  @Provide
  Arbitrary<AnnualReport> reportsWithBlanksAndMarks() {
    Arbitrary<AnnualReport> valid =
        Arbitraries.oneOf(
            ReportArbitraries.validReports(FormatVersion.V2021),
            ReportArbitraries.validReports(FormatVersion.V2019));
    Arbitrary<List<Integer>> edits =
        Arbitraries.integers().between(0, 3 * 200).list().ofMaxSize(12);
    return Combinators.combine(valid, edits)
        .as(
            (report, at) -> {
              List<CellAddress> cells = CellAddress.all(report.formatVersion());
              AnnualReport r = report;
              for (int e : at) {
                CellAddress a = cells.get(e % cells.size());
                boolean blank = e / cells.size() % 2 == 0;
                TableCell c;
                if (a.isAmount() && a.appliesTo(FormatVersion.V2021)) {
                  c = blank ? AmountCell.blank() : AmountCell.mark("—");
                } else if (a.isAmount()) {
                  c = blank ? PrintedAmount.blank() : PrintedAmount.of("无");
                } else {
                  c = blank ? Cell.blank() : Cell.mark("/");
                }
                r = r.withCell(a, c);
              }
              return r;
            });
  }

  @Property(tries = 60)
  void factsOfAnyReportAreARowACellThatReadBackToItsCells(
      @ForAll("reportsWithBlanksAndMarks") AnnualReport report) throws IOException {
    Path tmp = Files.createTempDirectory("facts");
    try {
      Path file = tmp.resolve("r,\"1\".json");
      Files.writeString(
          file, ReportFormats.byName("json").orElseThrow().write(report), StandardCharsets.UTF_8);
      CliTest.Run run = CliTest.nianbao("facts", file.toString());
      assertEquals(0, run.code(), run.err());
      assertRowsAreTheCells(
          file.toString(), report, AuditCsvTest.named(CsvParser.parseWithBom(run.out())));
    } finally {
      try (Stream<Path> files = Files.list(tmp)) {
        for (Path p : new ArrayList<>(files.toList())) {
          Files.delete(p);
        }
      }
      Files.delete(tmp);
    }
  }
}

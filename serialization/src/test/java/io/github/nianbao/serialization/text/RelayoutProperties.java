package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.FeeItems;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ItemCounts;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Procurement;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.testing.AnyReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The lenient reader reads the same report from the canonical layout laid out as published reports
 * are: one cell a line with blank lines between (web pages), cells separated by spaces (PDF
 * extraction), HTML tables flattened with pipes (a row a line, or a cell a line), Markdown tables,
 * and Table 3 broken by page breaks with page numbers and repeated headers. The reports have a
 * number in every cell (a layout without tabs cannot show a blank cell).
 */
public class RelayoutProperties {
  private final TextFormat text = new TextFormat();

  /** Reports of numbers in every cell, one in three of the 2019 format. */
  @Provide
  public Arbitrary<AnnualReport> numericReports() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, numericReports2021()),
        net.jqwik.api.Tuple.of(1, numericReports2021().map(RelayoutProperties::as2019)));
  }

  /**
   * The report in the 2019 format: its Table 2 from the numbers of the 2021 one (and the fee's
   * digits as a procurement amount in 元), its （六） the sum of the three 2021 rows.
   */
  static AnnualReport as2019(AnnualReport r) {
    ActiveDisclosure t = r.activeDisclosure2021();
    long[] n = {
      t.rules().issued().value(),
      t.rules().repealed().value(),
      t.rules().inForce().value(),
      t.normativeDocuments().issued().value(),
      t.normativeDocuments().repealed().value(),
      t.normativeDocuments().inForce().value(),
      t.licensing().value(),
      t.penalties().value(),
      t.enforcement().value()
    };
    ActiveDisclosure2019 t2 =
        ActiveDisclosure2019.builder()
            .rules(PublishedDocuments.of(n[0], n[1], n[2]))
            .normativeDocuments(PublishedDocuments.of(n[3], n[4], n[5]))
            .licensing(ItemCounts.of(n[6], n[7], n[8]))
            .otherManagementServices(ItemCounts.of(n[8], n[0], n[6]))
            .penalties(ItemCounts.of(n[1], n[2], n[3]))
            .enforcement(ItemCounts.of(n[4], n[5], n[7]))
            .administrativeFees(FeeItems.of(Cell.of(n[2]), Cell.of(n[5])))
            .centralizedProcurement(
                Procurement.of(
                    Cell.of(n[1]), PrintedAmount.of(t.administrativeFees().printed() + "元")))
            .build();
    Applications t3 = r.applications();
    ApplicantCounts other =
        t3.row(ApplicationRow.OTHER_HANDLING_OVERDUE_CORRECTION)
            .plus(t3.row(ApplicationRow.OTHER_HANDLING_UNPAID_FEE))
            .plus(t3.row(ApplicationRow.OTHER_HANDLING_OTHER));
    return AnnualReport.builder()
        .from(r)
        .activeDisclosure(t2)
        .applications(
            Applications.fromRows(
                FormatVersion.V2019,
                row -> row == ApplicationRow.OTHER_HANDLING ? other : t3.row(row)))
        .build();
  }

  public Arbitrary<AnnualReport> numericReports2021() {
    Arbitrary<Cell> n = Arbitraries.longs().between(0, 1_000_000).map(Cell::of);
    Arbitrary<AmountCell> fee =
        Combinators.combine(
                Arbitraries.longs().between(0, 10_000_000_000L),
                Arbitraries.integers().between(0, 6))
            .as((u, s) -> AmountCell.of(BigDecimal.valueOf(u, s)));
    return Combinators.combine(AnyReports.reports(FormatVersion.V2021), n.list().ofSize(200), fee)
        .as(
            (r, c, f) ->
                r.withActiveDisclosure(
                        ActiveDisclosure.builder()
                            .rules(DocumentCounts.of(c.get(0), c.get(1), c.get(2)))
                            .normativeDocuments(DocumentCounts.of(c.get(3), c.get(4), c.get(5)))
                            .licensing(c.get(6))
                            .penalties(c.get(7))
                            .enforcement(c.get(8))
                            .administrativeFees(f)
                            .build())
                    .withApplications(
                        Applications.fromRows(
                            row ->
                                ApplicantCounts.from(
                                    col -> c.get(10 + row.ordinal() * 7 + col.ordinal()))))
                    .withReviewAndLitigation(
                        ReviewAndLitigation.from(
                            g ->
                                ReviewOutcomes.from(
                                    col -> c.get(185 + g.ordinal() * 5 + col.ordinal())))));
  }

  /** Applies a change to the table sections of a canonical layout, not to its narrative. */
  static String tables(String canonical, java.util.function.UnaryOperator<String> change) {
    String from = "\n" + ReportSection.ACTIVE_DISCLOSURE.heading() + "\n";
    String to = "\n" + ReportSection.PROBLEMS_AND_IMPROVEMENTS.heading() + "\n";
    int a = canonical.indexOf(from);
    int b = canonical.indexOf(to);
    return canonical.substring(0, a)
        + change.apply(canonical.substring(a, b))
        + canonical.substring(b);
  }

  /** The tables of the canonical layout, one cell a line, with blank lines between. */
  static String oneCellALine(String canonical) {
    return tables(canonical, RelayoutProperties::oneCellALineOf);
  }

  private static String oneCellALineOf(String tables) {
    StringBuilder b = new StringBuilder();
    for (String line : tables.split("\n", -1)) {
      if (line.indexOf('\t') < 0) {
        b.append(line).append('\n');
        continue;
      }
      for (String cell : line.split("\t")) {
        if (!cell.isEmpty()) {
          b.append("    ").append(cell).append("\n\n");
        }
      }
    }
    return b.toString();
  }

  /** The tables of the canonical layout with cells separated by spaces. */
  static String spaceSeparated(String canonical) {
    return tables(canonical, t -> t.replaceAll("(?m)^\t+", "").replaceAll("\t+", " "));
  }

  /** The tables as flattened HTML prints them: one row a line, {@code a | b | c |}. */
  static String pipeRows(String canonical) {
    return tables(
        canonical,
        t -> {
          StringBuilder b = new StringBuilder();
          for (String line : t.split("\n", -1)) {
            b.append(line.indexOf('\t') < 0 ? line : line.replace("\t", " | ") + " |").append('\n');
          }
          return b.toString();
        });
  }

  /**
   * The tables one cell a line ending {@code " |"}, an empty cell as a bare {@code |}, each row
   * closed by a padding line {@code ||}, as some portals flatten HTML.
   */
  static String valuePipes(String canonical) {
    return tables(
        canonical,
        t -> {
          StringBuilder b = new StringBuilder();
          for (String line : t.split("\n", -1)) {
            if (line.indexOf('\t') < 0) {
              b.append(line).append('\n');
              continue;
            }
            for (String cell : line.split("\t", -1)) {
              b.append(cell.isEmpty() ? "|" : cell + " |").append('\n');
            }
            b.append("||\n");
          }
          return b.toString();
        });
  }

  /**
   * The tables as Markdown (GFM) pipe tables, a delimiter row under each table's first row, and the
   * section headings with {@code ##}.
   */
  static String markdown(String canonical) {
    String tables =
        tables(
            canonical,
            t -> {
              StringBuilder b = new StringBuilder();
              boolean inTable = false;
              for (String line : t.split("\n", -1)) {
                if (line.indexOf('\t') < 0) {
                  inTable = false;
                  b.append(line).append('\n');
                  continue;
                }
                String[] cells = line.split("\t", -1);
                b.append("| ").append(String.join(" | ", cells)).append(" |\n");
                if (!inTable) {
                  b.append("|").append(" --- |".repeat(cells.length)).append('\n');
                  inTable = true;
                }
              }
              return b.toString();
            });
    StringBuilder out = new StringBuilder();
    for (String line : tables.split("\n", -1)) {
      boolean heading = false;
      for (ReportSection s : ReportSection.values()) {
        heading |= line.equals(s.heading());
      }
      out.append(heading ? "## " + line : line).append('\n');
    }
    return out.toString();
  }

  /**
   * The tables as an HTML table flattened with no separator at all: each row's label and cells
   * glued ({@code 规章000}), the sub-rows of a group on one line.
   */
  static String glued(String canonical) {
    return tables(
        canonical,
        t -> {
          StringBuilder b = new StringBuilder();
          for (String line : t.split("\n", -1)) {
            b.append(line.replace("\t", "")).append('\n');
          }
          return b.toString();
        });
  }

  /** Reports whose Table 3 satisfies its identities, with small counts (glued digits are short). */
  @Provide
  Arbitrary<AnnualReport> consistentReports() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, consistentReports2021()),
        net.jqwik.api.Tuple.of(1, consistentReports2021().map(RelayoutProperties::as2019)));
  }

  private Arbitrary<AnnualReport> consistentReports2021() {
    Arbitrary<long[]> outcomes =
        Arbitraries.longs().between(0, 30).array(long[].class).ofSize(22 * 6);
    Arbitrary<long[]> carry = Arbitraries.longs().between(0, 20).array(long[].class).ofSize(12);
    return Combinators.combine(numericReports2021(), outcomes, carry)
        .as(
            (r, o, k) -> {
              // indexed by ordinal; the 2019 row （六）其他处理 is not one of this 2021 table's
              long[][] rows = new long[ApplicationRow.values().length][7];
              int total = ApplicationRow.OUTCOMES_TOTAL.ordinal();
              for (int i = ApplicationRow.DISCLOSED.ordinal(); i < total; i++) {
                if (i == ApplicationRow.OTHER_HANDLING.ordinal()) {
                  continue;
                }
                for (int c = 0; c < 6; c++) {
                  rows[i][c] = o[(i - ApplicationRow.DISCLOSED.ordinal()) * 6 + c];
                  rows[total][c] += rows[i][c];
                }
              }
              int first = ApplicationRow.NEWLY_RECEIVED.ordinal();
              int second = ApplicationRow.CARRIED_OVER.ordinal();
              int forward = ApplicationRow.CARRIED_FORWARD.ordinal();
              for (int c = 0; c < 6; c++) {
                rows[forward][c] = k[c];
                rows[second][c] = Math.min(k[6 + c], rows[total][c] + rows[forward][c]);
                rows[first][c] = rows[total][c] + rows[forward][c] - rows[second][c];
              }
              for (long[] row : rows) {
                for (int c = 0; c < 6; c++) {
                  row[6] += row[c];
                }
              }
              return r.withApplications(
                  Applications.fromRows(
                      row ->
                          ApplicantCounts.from(
                              col -> Cell.of(rows[row.ordinal()][col.ordinal()]))));
            });
  }

  /**
   * Glued digits are split by the identities or left blank with a note, never misread: every Table
   * 3 cell reads as printed or is blank, a blank row has an AMBIGUOUS_DIGITS note, and every split
   * row a SPLIT_DIGITS note.
   */
  @Property(tries = 100)
  void gluedDigitsAreSplitRightOrLeftBlankWithANote(@ForAll("consistentReports") AnnualReport r)
      throws Exception {
    String layout = glued(text.write(r));
    ReadResult read = text.read(layout);
    int split = read.diagnostics(Diagnostic.Reason.SPLIT_DIGITS).size();
    int ambiguous = read.diagnostics(Diagnostic.Reason.AMBIGUOUS_DIGITS).size();
    int rows = 0;
    for (ApplicationRow row : ApplicationRow.rows(r.formatVersion())) {
      boolean blank = false;
      for (io.github.nianbao.core.ApplicantCategory c :
          io.github.nianbao.core.ApplicantCategory.values()) {
        var a = io.github.nianbao.core.CellAddress.of(row, c);
        var got = read.report().cell(a);
        if (got.kind() == io.github.nianbao.core.CellKind.BLANK) {
          blank = true;
        } else {
          assertEquals(r.cell(a), got, a.path() + "\n" + layout);
        }
      }
      rows += blank ? 0 : 1;
    }
    assertEquals(
        ApplicationRow.rows(r.formatVersion()).size(),
        split + ambiguous - tableTwoAndFour(read),
        layout);
    net.jqwik.api.statistics.Statistics.label("Table 3 rows split").collect(rows);
  }

  /** The glued-digit notes of Tables 2 and 4. */
  private static int tableTwoAndFour(ReadResult read) {
    int n = 0;
    for (Diagnostic d : read.diagnostics()) {
      boolean glued =
          d.reason() == Diagnostic.Reason.SPLIT_DIGITS
              || d.reason() == Diagnostic.Reason.AMBIGUOUS_DIGITS;
      boolean table3 =
          d.reason() == Diagnostic.Reason.SPLIT_DIGITS
              ? d.cell().orElseThrow().table() == ReportSection.APPLICATIONS
              : d.line() > 0 && isTable3Line(read, d.line());
      n += glued && !table3 ? 1 : 0;
    }
    return n;
  }

  private static boolean isTable3Line(ReadResult read, int line) {
    // an AMBIGUOUS_DIGITS note names no cell: its MISSING_CELL notes on the same line do
    return read.diagnostics(Diagnostic.Reason.MISSING_CELL).stream()
        .anyMatch(
            m -> m.line() == line && m.cell().orElseThrow().table() == ReportSection.APPLICATIONS);
  }

  /** Table 3 broken by page breaks: page number, blank lines and its three header lines. */
  static String pageBreaks(String canonical, long seed) {
    return tables(canonical, t -> pageBreaksOf(t, seed));
  }

  private static String pageBreaksOf(String tables, long seed) {
    Random random = new Random(seed);
    String[] lines = tables.split("\n", -1);
    List<String> header = new ArrayList<>();
    List<String> out = new ArrayList<>();
    boolean inTable3 = false;
    int page = 1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("（本列数据")) {
        inTable3 = true;
        header.add(line);
        header.add(lines[i + 1]);
        header.add(lines[i + 2]);
      }
      boolean row =
          inTable3 && header.size() == 3 && line.indexOf('\t') > 0 && !header.contains(line);
      if (line.startsWith(ApplicationRow.CARRIED_FORWARD.officialLabel())) {
        inTable3 = false;
      }
      if (row && random.nextInt(5) == 0) {
        // break the row itself: label and some cells, then the page break, then the rest
        String[] cells = line.split("\t", -1);
        int k = 1 + random.nextInt(cells.length - 1);
        out.add(String.join("\t", java.util.Arrays.copyOfRange(cells, 0, k)));
        out.add("");
        out.add("\f- " + ++page + " -");
        out.addAll(header);
        out.add("\t\t" + String.join("\t", java.util.Arrays.copyOfRange(cells, k, cells.length)));
        continue;
      }
      out.add(line);
      if (row && random.nextInt(6) == 0) {
        out.add("");
        out.add("\f- " + ++page + " -");
        out.addAll(header);
      }
    }
    return String.join("\n", out);
  }

  private void assertReadsAs(AnnualReport expected, String layout) throws Exception {
    ReadResult r = text.read(layout);
    assertEquals(expected, r.report(), layout);
    assertEquals(List.of(), r.diagnostics(Diagnostic.Kind.UNPLACED), layout);
    assertEquals(List.of(), r.diagnostics(Diagnostic.Kind.MISSING_CELL), layout);
  }

  @Property(tries = 200)
  void oneCellALineReadsTheSame(@ForAll("numericReports") AnnualReport r) throws Exception {
    assertReadsAs(r, oneCellALine(text.write(r)));
  }

  @Property(tries = 200)
  void spaceSeparatedReadsTheSame(@ForAll("numericReports") AnnualReport r) throws Exception {
    assertReadsAs(r, spaceSeparated(text.write(r)));
  }

  @Property(tries = 100)
  void pipeRowsReadTheSame(@ForAll("numericReports") AnnualReport r) throws Exception {
    assertReadsAs(r, pipeRows(text.write(r)));
  }

  @Property(tries = 100)
  void oneCellALineWithPipesReadsTheSame(@ForAll("numericReports") AnnualReport r)
      throws Exception {
    assertReadsAs(r, valuePipes(text.write(r)));
  }

  @Property(tries = 100)
  void markdownTablesReadTheSame(@ForAll("numericReports") AnnualReport r) throws Exception {
    String md = markdown(text.write(r));
    assertReadsAs(r, md);
    ReadResult read = text.read(md);
    assertEquals(
        6,
        read.diagnostics(Diagnostic.Reason.HEADING_VARIANT).size(),
        read.diagnostics()::toString);
    long rules = md.lines().filter(l -> l.startsWith("| --- |")).count();
    assertEquals(
        rules, read.diagnostics(Diagnostic.Reason.MARKUP).size(), read.diagnostics()::toString);
  }

  @Property(tries = 200)
  void pageBreaksAndRepeatedHeadersReadTheSame(
      @ForAll("numericReports") AnnualReport r, @ForAll long seed) throws Exception {
    assertReadsAs(r, pageBreaks(text.write(r), seed));
  }
}

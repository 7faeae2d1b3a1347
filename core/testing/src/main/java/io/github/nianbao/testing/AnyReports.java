package io.github.nianbao.testing;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.ActiveDisclosureTable;
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
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Procurement;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of any report a format must round-trip, valid or not: blanks, marks, negative and huge
 * counts, broken totals, fee amounts with 0 to 12 decimals, 2019 tables with signed changes, and
 * narrative text with line breaks, tabs, full-width punctuation, quotes and backslashes; and of
 * series of one agency over consecutive years.
 *
 * <p>{@link #reports()} is for formats that hold every report exactly (text, JSON, HTML written by
 * the SDK). {@link #gridReports()} leaves out what a format read through the table grid cannot
 * hold, as documented in docs/reading.md: a tab in a narrative (read as a space), the quoted mark
 * {@code "x"} (beside a group's label the grid reader does not read it as a cell) and the amount
 * {@code 25万3千元} (digits inside Chinese are taken for a label).
 *
 * <p>For reports that satisfy every identity, or break exactly one rule, see {@link
 * ReportArbitraries}.
 */
public final class AnyReports {
  private AnyReports() {}

  /** What the generators draw from: all of it, or what a grid source can hold. */
  private record Profile(
      String[] marks, String narrativeChars, String[] oddAmounts, boolean summable) {}

  private static final String NARRATIVE = "（）()、，。：；“”\"'\\\n 0123456789abcXYZ%$<>&{}[]　";

  private static final Profile ANY =
      new Profile(
          new String[] {"/", "-", "—", "－", "无", "不适用", "*", "N/A", "1.5", "\"x\""},
          NARRATIVE + "\t",
          new String[] {"251,000元", "约25万元", "25万3千元", "0"},
          false);

  private static final Profile GRID =
      new Profile(
          new String[] {"/", "-", "—", "－", "无", "不适用", "*", "N/A", "1.5"},
          NARRATIVE,
          new String[] {"251,000元", "约25万元", "0"},
          false);

  private static final Profile SUMMABLE =
      new Profile(
          new String[] {"/", "-", "—", "无", "不适用"}, NARRATIVE + "\t", new String[] {"0"}, true);

  /**
   * Any count cell: small and large numbers, negative ones, blanks and marks.
   *
   * @return the generator
   */
  public static Arbitrary<Cell> cells() {
    return cells(ANY);
  }

  private static Arbitrary<Cell> cells(Profile p) {
    if (p.summable()) {
      return Arbitraries.frequencyOf(
          Tuple.of(20, Arbitraries.longs().between(0, 50).map(Cell::of)),
          Tuple.of(
              6, Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000_000L).map(Cell::of)),
          Tuple.of(2, Arbitraries.just(Cell.blank())),
          Tuple.of(2, Arbitraries.of(p.marks()).map(Cell::mark)));
    }
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.longs().between(0, 99).map(Cell::of)),
        Tuple.of(4, Arbitraries.longs().map(Cell::of)),
        Tuple.of(2, Arbitraries.longs().between(-99, -1).map(Cell::of)),
        Tuple.of(2, Arbitraries.just(Cell.blank())),
        Tuple.of(2, Arbitraries.of(p.marks()).map(Cell::mark)));
  }

  /**
   * Any fee cell: amounts with 0 to 12 decimals (trailing zeros kept), blanks and marks.
   *
   * @return the generator
   */
  public static Arbitrary<AmountCell> amounts() {
    return amounts(ANY);
  }

  private static Arbitrary<AmountCell> amounts(Profile p) {
    Arbitrary<AmountCell> numbers =
        Combinators.combine(
                p.summable()
                    ? Arbitraries.longs().between(0, 10_000_000_000L)
                    : Arbitraries.longs().between(-1_000_000L, Long.MAX_VALUE),
                Arbitraries.integers().between(0, p.summable() ? 6 : AmountCell.MAX_SCALE))
            .as((unscaled, scale) -> AmountCell.of(BigDecimal.valueOf(unscaled, scale)));
    return Arbitraries.frequencyOf(
        Tuple.of(10, numbers),
        Tuple.of(1, Arbitraries.just(AmountCell.blank())),
        Tuple.of(1, Arbitraries.of(p.marks()).filter(m -> !m.equals("1.5")).map(AmountCell::mark)));
  }

  /**
   * Narrative text: Chinese, ASCII, line breaks, tabs, full-width and special characters.
   *
   * @return the generator
   */
  public static Arbitrary<String> narratives() {
    return narratives(ANY);
  }

  private static Arbitrary<String> narratives(Profile p) {
    return Arbitraries.strings()
        .withCharRange('一', '龥')
        .withChars(p.narrativeChars())
        .ofMaxLength(200);
  }

  /**
   * Any 采购总金额 as printed: amounts with and without a unit, with digit-group commas, blanks, marks
   * and text that merely contains digits.
   *
   * @return the generator
   */
  public static Arbitrary<PrintedAmount> printedAmounts() {
    return printedAmounts(ANY);
  }

  private static Arbitrary<PrintedAmount> printedAmounts(Profile p) {
    Arbitrary<PrintedAmount> numbers =
        Combinators.combine(
                p.summable()
                    ? Arbitraries.longs().between(0, 10_000_000_000L)
                    : Arbitraries.longs().between(-1_000_000L, 1_000_000_000_000L),
                Arbitraries.integers().between(0, 4),
                p.summable() ? Arbitraries.of("", "元", "万元") : Arbitraries.of("", "元", "万元", " 万元"))
            .as(
                (unscaled, scale, unit) ->
                    PrintedAmount.of(BigDecimal.valueOf(unscaled, scale).toPlainString() + unit));
    return Arbitraries.frequencyOf(
        Tuple.of(10, numbers),
        Tuple.of(1, Arbitraries.of(p.oddAmounts()).map(PrintedAmount::of)),
        Tuple.of(1, Arbitraries.just(p.summable() ? PrintedAmount.zero() : PrintedAmount.blank())),
        Tuple.of(1, Arbitraries.just(PrintedAmount.blank())),
        Tuple.of(1, Arbitraries.of(p.marks()).map(PrintedAmount::of)));
  }

  private static Arbitrary<ApplicantCounts> applicantCounts(Profile p) {
    return cells(p).list().ofSize(7).map(l -> ApplicantCounts.from(c -> l.get(c.ordinal())));
  }

  private static Arbitrary<ActiveDisclosure> activeDisclosures(Profile p) {
    return Combinators.combine(cells(p).list().ofSize(9), amounts(p))
        .as(
            (c, fee) ->
                ActiveDisclosure.builder()
                    .rules(DocumentCounts.of(c.get(0), c.get(1), c.get(2)))
                    .normativeDocuments(DocumentCounts.of(c.get(3), c.get(4), c.get(5)))
                    .licensing(c.get(6))
                    .penalties(c.get(7))
                    .enforcement(c.get(8))
                    .administrativeFees(fee)
                    .build());
  }

  private static Arbitrary<ActiveDisclosure2019> activeDisclosures2019(Profile p) {
    return Combinators.combine(cells(p).list().ofSize(21), printedAmounts(p))
        .as(
            (c, amount) ->
                ActiveDisclosure2019.builder()
                    .rules(PublishedDocuments.of(c.get(0), c.get(1), c.get(2)))
                    .normativeDocuments(PublishedDocuments.of(c.get(3), c.get(4), c.get(5)))
                    .licensing(ItemCounts.of(c.get(6), c.get(7), c.get(8)))
                    .otherManagementServices(ItemCounts.of(c.get(9), c.get(10), c.get(11)))
                    .penalties(ItemCounts.of(c.get(12), c.get(13), c.get(14)))
                    .enforcement(ItemCounts.of(c.get(15), c.get(16), c.get(17)))
                    .administrativeFees(FeeItems.of(c.get(18), c.get(19)))
                    .centralizedProcurement(Procurement.of(c.get(20), amount))
                    .build());
  }

  /**
   * Any Table 3 of a format version.
   *
   * @param version the format version
   * @return the generator
   */
  public static Arbitrary<Applications> applications(FormatVersion version) {
    return applications(ANY, version);
  }

  private static Arbitrary<Applications> applications(Profile p, FormatVersion version) {
    List<ApplicationRow> rows = ApplicationRow.rows(version);
    return applicantCounts(p)
        .list()
        .ofSize(rows.size())
        .map(l -> Applications.fromRows(version, r -> l.get(rows.indexOf(r))));
  }

  private static Arbitrary<ReviewAndLitigation> reviews(Profile p) {
    return cells(p)
        .list()
        .ofSize(15)
        .map(
            l ->
                ReviewAndLitigation.from(
                    g -> ReviewOutcomes.from(c -> l.get(g.ordinal() * 5 + c.ordinal()))));
  }

  /**
   * Any report of either format version (one in four of the 2019 format).
   *
   * @return the generator
   */
  public static Arbitrary<AnnualReport> reports() {
    return Arbitraries.<FormatVersion>frequency(
            Tuple.of(3, FormatVersion.V2021), Tuple.of(1, FormatVersion.V2019))
        .flatMap(AnyReports::reports);
  }

  /**
   * Any report of a format version, of any year (a version need not fit its year).
   *
   * @param version the format version
   * @return the generator
   */
  public static Arbitrary<AnnualReport> reports(FormatVersion version) {
    return reports(ANY, version);
  }

  /**
   * Any report that a format read through the table grid holds exactly (see the class comment), of
   * either format version.
   *
   * @return the generator
   */
  public static Arbitrary<AnnualReport> gridReports() {
    return Arbitraries.<FormatVersion>frequency(
            Tuple.of(3, FormatVersion.V2021), Tuple.of(1, FormatVersion.V2019))
        .flatMap(AnyReports::gridReports);
  }

  /**
   * Any report of a format version that a format read through the table grid holds exactly.
   *
   * @param version the format version
   * @return the generator
   */
  public static Arbitrary<AnnualReport> gridReports(FormatVersion version) {
    return reports(GRID, version);
  }

  private static Arbitrary<AnnualReport> reports(Profile p, FormatVersion version) {
    Arbitrary<? extends ActiveDisclosureTable> table2 =
        version == FormatVersion.V2019 ? activeDisclosures2019(p) : activeDisclosures(p);
    return Combinators.combine(
            Arbitraries.strings().withCharRange('一', '龥').withChars("（）·、 ").ofMaxLength(30),
            p.summable()
                ? Arbitraries.just(2023)
                : Arbitraries.integers().between(AnnualReport.MIN_YEAR, 2100),
            p.summable() ? Arbitraries.just(Scope.AGENCY) : Arbitraries.of(Scope.class),
            narratives(p),
            table2,
            applications(p, version),
            reviews(p),
            narratives(p).list().ofSize(2))
        .as(
            (agency, year, scope, overview, t2, t3, t4, texts) ->
                AnnualReport.builder()
                    .agency(agency)
                    .year(year)
                    .scope(scope)
                    .overview(Overview.of(overview))
                    .activeDisclosure(t2)
                    .applications(t3)
                    .reviewAndLitigation(t4)
                    .problemsAndImprovements(texts.get(0))
                    .otherMatters(texts.get(1))
                    .build());
  }

  /**
   * Returns generators whose numbers stay small enough that a handful of reports sum without
   * overflow (counts up to 10¹², amounts up to 10¹⁰ with at most 6 decimals, printed amounts of one
   * of three units), with blanks and marks: for the laws of aggregation.
   *
   * @return the generators
   */
  public static Summable summable() {
    return Summable.INSTANCE;
  }

  /** Generators of reports and cells that sum without overflow; see {@link #summable()}. */
  public static final class Summable {
    private static final Summable INSTANCE = new Summable();

    private Summable() {}

    /**
     * Count cells.
     *
     * @return the generator
     */
    public Arbitrary<Cell> cells() {
      return AnyReports.cells(SUMMABLE);
    }

    /**
     * Fee cells.
     *
     * @return the generator
     */
    public Arbitrary<AmountCell> amounts() {
      return AnyReports.amounts(SUMMABLE);
    }

    /**
     * 采购总金额 cells.
     *
     * @return the generator
     */
    public Arbitrary<PrintedAmount> printedAmounts() {
      return AnyReports.printedAmounts(SUMMABLE);
    }

    /**
     * Reports of either format version (one in four of the 2019 format).
     *
     * @return the generator
     */
    public Arbitrary<AnnualReport> reports() {
      return Arbitraries.<FormatVersion>frequency(
              Tuple.of(3, FormatVersion.V2021), Tuple.of(1, FormatVersion.V2019))
          .flatMap(v -> AnyReports.reports(SUMMABLE, v));
    }

    /**
     * Lists of reports of one format version (either), to sum.
     *
     * @param min the fewest reports
     * @param max the most reports
     * @return the generator
     */
    public Arbitrary<List<AnnualReport>> ofOneVersion(int min, int max) {
      return Arbitraries.of(FormatVersion.values())
          .flatMap(v -> AnyReports.reports(SUMMABLE, v).list().ofMinSize(min).ofMaxSize(max));
    }
  }

  /**
   * A series of one agency's reports over 2 to {@code maxYears} consecutive years of the 2021
   * format, from 2021 on, that carry over as the series rules require: each year's 二、上年结转 is the
   * year before's 四、结转下年度, column by column, and each year's 现行有效件数 of 规章 and 行政规范性文件 is the year
   * before's plus 本年制发 less 本年废止 (those cells numbers). Every other cell is any cell, as in {@link
   * #reports(FormatVersion)}.
   *
   * @param maxYears the most years, at least 2
   * @return the generator, in year order
   */
  public static Arbitrary<List<AnnualReport>> series(int maxYears) {
    if (maxYears < 2) {
      throw new IllegalArgumentException("a series has at least 2 years: " + maxYears);
    }
    Arbitrary<Long> small = Arbitraries.longs().between(0, 999);
    return Combinators.combine(
            reports(ANY, FormatVersion.V2021).list().ofMinSize(2).ofMaxSize(maxYears),
            Arbitraries.integers().between(2021, 2090),
            small.list().ofSize(6 * maxYears))
        .as(
            (reports, first, counts) -> {
              List<AnnualReport> out = new ArrayList<>();
              String agency = reports.get(0).agency();
              long rulesInForce = counts.get(0);
              long normativeInForce = counts.get(1);
              for (int i = 0; i < reports.size(); i++) {
                AnnualReport r = reports.get(i).withAgency(agency).withYear(first + i);
                ActiveDisclosure t2 = r.activeDisclosure2021();
                long rIssued = counts.get(6 * i + 2);
                long rRepealed = Math.min(counts.get(6 * i + 3), rulesInForce + rIssued);
                long nIssued = counts.get(6 * i + 4);
                long nRepealed = Math.min(counts.get(6 * i + 5), normativeInForce + nIssued);
                if (i > 0) {
                  rulesInForce += rIssued - rRepealed;
                  normativeInForce += nIssued - nRepealed;
                }
                t2 =
                    t2.withRules(
                            DocumentCounts.of(
                                Cell.of(rIssued), Cell.of(rRepealed), Cell.of(rulesInForce)))
                        .withNormativeDocuments(
                            DocumentCounts.of(
                                Cell.of(nIssued), Cell.of(nRepealed), Cell.of(normativeInForce)));
                Applications t3 = r.applications();
                if (i > 0) {
                  t3 = t3.withCarriedOver(out.get(i - 1).applications().carriedForward());
                }
                out.add(r.withActiveDisclosure(t2).withApplications(t3));
              }
              return List.copyOf(out);
            });
  }
}

package io.github.nianbao.pdf.internal;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of any report a format must round-trip, valid or not: blanks, marks, negative and huge
 * counts, broken totals, fee amounts with 0 to 12 decimals, and narrative text with line breaks,
 * full-width punctuation, quotes and backslashes. A copy of the serialization module's test
 * generator (test sources are not shared between modules).
 */
final class AnyReports {
  private AnyReports() {}

  /** Marks seen in published reports, and a few odd ones. */
  // not "\"x\"" (which the serialization module's copy has): in the first row of a group, beside
  // the group's label, the grid reader does not read a quoted mark (see WordReadTest)
  static final String[] MARKS = {"/", "-", "—", "－", "无", "不适用", "*", "N/A", "1.5"};

  /** Any count cell: small and large numbers, negative ones, blanks and marks. */
  public static Arbitrary<Cell> cells() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.longs().between(0, 99).map(Cell::of)),
        Tuple.of(4, Arbitraries.longs().map(Cell::of)),
        Tuple.of(2, Arbitraries.longs().between(-99, -1).map(Cell::of)),
        Tuple.of(2, Arbitraries.just(Cell.blank())),
        Tuple.of(2, Arbitraries.of(MARKS).map(Cell::mark)));
  }

  /** Any fee cell: amounts with 0 to 12 decimals (trailing zeros kept), blanks and marks. */
  public static Arbitrary<AmountCell> amounts() {
    Arbitrary<AmountCell> numbers =
        Combinators.combine(
                Arbitraries.longs().between(-1_000_000L, Long.MAX_VALUE),
                Arbitraries.integers().between(0, AmountCell.MAX_SCALE))
            .as((unscaled, scale) -> AmountCell.of(BigDecimal.valueOf(unscaled, scale)));
    return Arbitraries.frequencyOf(
        Tuple.of(10, numbers),
        Tuple.of(1, Arbitraries.just(AmountCell.blank())),
        Tuple.of(1, Arbitraries.of(MARKS).filter(m -> !m.equals("1.5")).map(AmountCell::mark)));
  }

  /**
   * Narrative text: Chinese, ASCII, line breaks, full-width and special characters. No tabs (the
   * serialization module's copy has them): the grid reader reads a paragraph's tab as a space (see
   * WordFormatTest).
   */
  public static Arbitrary<String> narratives() {
    return Arbitraries.strings()
        .withCharRange('一', '龥')
        .withChars("（）()、，。：；“”\"'\\\n 0123456789abcXYZ%$<>&{}[]　")
        .ofMaxLength(200);
  }

  static Arbitrary<ApplicantCounts> applicantCounts() {
    return cells().list().ofSize(7).map(l -> ApplicantCounts.from(c -> l.get(c.ordinal())));
  }

  /** Any Table 2. */
  public static Arbitrary<ActiveDisclosure> activeDisclosures() {
    return Combinators.combine(cells().list().ofSize(9), amounts())
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

  /**
   * Any 采购总金额 as printed: amounts with and without a unit, with digit-group commas, blanks, marks
   * and text that merely contains digits.
   */
  public static Arbitrary<PrintedAmount> printedAmounts() {
    Arbitrary<PrintedAmount> numbers =
        Combinators.combine(
                Arbitraries.longs().between(-1_000_000L, 1_000_000_000_000L),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of("", "元", "万元", " 万元"))
            .as(
                (unscaled, scale, unit) ->
                    PrintedAmount.of(BigDecimal.valueOf(unscaled, scale).toPlainString() + unit));
    return Arbitraries.frequencyOf(
        Tuple.of(10, numbers),
        // not "25万3千元" (which the serialization module's copy has): the grid reader takes text
        // with digits inside Chinese for a label, not a cell (see WordReadTest)
        Tuple.of(1, Arbitraries.of("251,000元", "约25万元", "0").map(PrintedAmount::of)),
        Tuple.of(1, Arbitraries.just(PrintedAmount.blank())),
        Tuple.of(1, Arbitraries.of(MARKS).map(PrintedAmount::of)));
  }

  /** Any Table 2 of the 2019 format, with signed changes. */
  public static Arbitrary<ActiveDisclosure2019> activeDisclosures2019() {
    return Combinators.combine(cells().list().ofSize(21), printedAmounts())
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

  /** Any Table 3 of the 2021 format. */
  public static Arbitrary<Applications> applications() {
    return applications(FormatVersion.V2021);
  }

  /** Any Table 3 of a format version. */
  public static Arbitrary<Applications> applications(FormatVersion version) {
    java.util.List<ApplicationRow> rows = ApplicationRow.rows(version);
    return applicantCounts()
        .list()
        .ofSize(rows.size())
        .map(l -> Applications.fromRows(version, r -> l.get(rows.indexOf(r))));
  }

  /** Any Table 4. */
  public static Arbitrary<ReviewAndLitigation> reviews() {
    return cells()
        .list()
        .ofSize(15)
        .map(
            l ->
                ReviewAndLitigation.from(
                    g -> ReviewOutcomes.from(c -> l.get(g.ordinal() * 5 + c.ordinal()))));
  }

  /** Any report of either format version (one in four of the 2019 format). */
  public static Arbitrary<AnnualReport> reports() {
    return Arbitraries.<FormatVersion>frequency(
            Tuple.of(3, FormatVersion.V2021), Tuple.of(1, FormatVersion.V2019))
        .flatMap(AnyReports::reports);
  }

  /** Any report of a format version, of any year (a version need not fit its year). */
  public static Arbitrary<AnnualReport> reports(FormatVersion version) {
    Arbitrary<? extends ActiveDisclosureTable> table2 =
        version == FormatVersion.V2019 ? activeDisclosures2019() : activeDisclosures();
    return Combinators.combine(
            Arbitraries.strings().withCharRange('一', '龥').withChars("（）·、 ").ofMaxLength(30),
            Arbitraries.integers().between(AnnualReport.MIN_YEAR, 2100),
            Arbitraries.of(Scope.class),
            narratives(),
            table2,
            applications(version),
            reviews(),
            narratives().list().ofSize(2))
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
}

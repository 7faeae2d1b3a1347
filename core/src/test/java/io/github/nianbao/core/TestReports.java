package io.github.nianbao.core;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of tables and reports for the core's own properties: any cells, valid or not. */
final class TestReports {
  private TestReports() {}

  /** Marks seen in published reports. */
  static final String[] MARKS = {"/", "-", "—", "无", "不适用"};

  /** Counts bounded so that sums of a few thousand never overflow. */
  static Arbitrary<Cell> cells() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(0, 50).map(Cell::of)),
        net.jqwik.api.Tuple.of(
            6, Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000_000L).map(Cell::of)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Cell.blank())),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(MARKS).map(Cell::mark)));
  }

  static Arbitrary<AmountCell> amounts() {
    Arbitrary<AmountCell> numbers =
        Combinators.combine(
                Arbitraries.longs().between(0, 10_000_000_000L),
                Arbitraries.integers().between(0, 6))
            .as((unscaled, scale) -> AmountCell.of(BigDecimal.valueOf(unscaled, scale)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, numbers),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(AmountCell.blank())),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(MARKS).map(AmountCell::mark)));
  }

  static Arbitrary<ApplicantCounts> applicantCounts() {
    return cells().list().ofSize(7).map(l -> ApplicantCounts.from(c -> l.get(c.ordinal())));
  }

  static Arbitrary<ActiveDisclosure> activeDisclosures() {
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

  /** Amounts as agencies print 采购总金额: numbers with or without a unit, blanks, marks. */
  static Arbitrary<PrintedAmount> printedAmounts() {
    Arbitrary<PrintedAmount> numbers =
        Combinators.combine(
                Arbitraries.longs().between(0, 10_000_000_000L),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of("", "元", "万元"))
            .as(
                (u, scale, unit) ->
                    PrintedAmount.of(BigDecimal.valueOf(u, scale).toPlainString() + unit));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, numbers),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(PrintedAmount.zero())),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(PrintedAmount.blank())),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(MARKS).map(PrintedAmount::of)));
  }

  static Arbitrary<ActiveDisclosure2019> activeDisclosures2019() {
    return Combinators.combine(cells().list().ofSize(20), printedAmounts())
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
                    .centralizedProcurement(Procurement.of(c.get(0), amount))
                    .build());
  }

  static Arbitrary<Applications> applications() {
    return applications(FormatVersion.V2021);
  }

  static Arbitrary<Applications> applications(FormatVersion version) {
    java.util.List<ApplicationRow> rows = ApplicationRow.rows(version);
    return applicantCounts()
        .list()
        .ofSize(rows.size())
        .map(l -> Applications.fromRows(version, r -> l.get(rows.indexOf(r))));
  }

  static Arbitrary<ReviewAndLitigation> reviews() {
    return cells()
        .list()
        .ofSize(15)
        .map(
            l ->
                ReviewAndLitigation.from(
                    g -> ReviewOutcomes.from(c -> l.get(g.ordinal() * 5 + c.ordinal()))));
  }

  /** Reports of 2023 of either format version, with any cells and short narrative. */
  static Arbitrary<AnnualReport> reports() {
    return Arbitraries.of(FormatVersion.values()).flatMap(TestReports::reports);
  }

  /** Lists of reports of 2023 of one format version. */
  static Arbitrary<java.util.List<AnnualReport>> sameVersionReports(int min, int max) {
    return Arbitraries.of(FormatVersion.values())
        .flatMap(v -> reports(v).list().ofMinSize(min).ofMaxSize(max));
  }

  /** Reports of 2023 of a format version, with any cells and short narrative. */
  static Arbitrary<AnnualReport> reports(FormatVersion version) {
    Arbitrary<? extends ActiveDisclosureTable> table2 =
        version == FormatVersion.V2019 ? activeDisclosures2019() : activeDisclosures();
    return Combinators.combine(
            Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(8),
            table2,
            applications(version),
            reviews(),
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('一', '龥')
                .withChars("\n\t（）、。")
                .ofMaxLength(40))
        .as(
            (agency, t2, t3, t4, text) ->
                AnnualReport.builder()
                    .agency(agency)
                    .year(2023)
                    .overview(Overview.of(text))
                    .activeDisclosure(t2)
                    .applications(t3)
                    .reviewAndLitigation(t4)
                    .problemsAndImprovements(text)
                    .build());
  }
}

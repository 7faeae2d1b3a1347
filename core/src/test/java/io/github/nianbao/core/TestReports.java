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
        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000_000L).map(Cell::of)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Cell.blank())),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(MARKS).map(Cell::mark)));
  }

  static Arbitrary<AmountCell> amounts() {
    Arbitrary<AmountCell> numbers =
        Combinators.combine(
                Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.integers().between(0, 6))
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

  static Arbitrary<Applications> applications() {
    return applicantCounts()
        .list()
        .ofSize(ApplicationRow.values().length)
        .map(l -> Applications.fromRows(r -> l.get(r.ordinal())));
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

  /** Reports of 2023 with any cells and short narrative. */
  static Arbitrary<AnnualReport> reports() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(8),
            activeDisclosures(),
            applications(),
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

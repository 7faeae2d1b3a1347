package io.github.nianbao.serialization;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.Scope;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of any report a format must round-trip, valid or not: blanks, marks, negative and
 * huge counts, broken totals, fee amounts with 0 to 12 decimals, and narrative text with line
 * breaks, full-width punctuation, quotes and backslashes.
 */
public final class AnyReports {
  private AnyReports() {}

  /** Marks seen in published reports, and a few odd ones. */
  static final String[] MARKS = {"/", "-", "—", "－", "无", "不适用", "*", "N/A", "1.5", "\"x\""};

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

  /** Narrative text: Chinese, ASCII, line breaks, tabs, full-width and special characters. */
  public static Arbitrary<String> narratives() {
    return Arbitraries.strings()
        .withCharRange('一', '龥')
        .withChars("（）()、，。：；“”\"'\\\n\t 0123456789abcXYZ%$<>&{}[]　")
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

  /** Any Table 3. */
  public static Arbitrary<Applications> applications() {
    return applicantCounts()
        .list()
        .ofSize(ApplicationRow.values().length)
        .map(l -> Applications.fromRows(r -> l.get(r.ordinal())));
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

  /** Any report. */
  public static Arbitrary<AnnualReport> reports() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('一', '龥').withChars("（）·、 ").ofMaxLength(30),
            Arbitraries.integers().between(AnnualReport.MIN_YEAR, 2100),
            Arbitraries.of(Scope.class),
            narratives(),
            activeDisclosures(),
            applications(),
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

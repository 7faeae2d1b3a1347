package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.NotAssessable;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** {@code COUNT.OVERFLOW} over generated reports: a huge count is never a silent pass. */
class OverflowProperties {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  /** The cells of Tables 3 and 4: every one is in a sum identity. */
  private static final List<CellAddress> IN_SUMS =
      CellAddress.all(io.github.nianbao.core.FormatVersion.V2021).stream()
          .filter(
              a ->
                  a.table() == ReportSection.APPLICATIONS
                      || a.table() == ReportSection.REVIEW_AND_LITIGATION)
          .toList();

  @Provide
  Arbitrary<AnnualReport> valid() {
    return ReportArbitraries.validReports();
  }

  @Provide
  Arbitrary<CellAddress> counts() {
    return Arbitraries.of(
        CellAddress.all(io.github.nianbao.core.FormatVersion.V2021).stream()
            .filter(a -> !a.isAmount())
            .toList());
  }

  /**
   * Any count of a valid report set near {@link Long#MAX_VALUE}: in Tables 3 and 4 an error finding
   * names the cell (as its location or a contributing cell); in Table 2, which sums nothing, there
   * is nothing to overflow.
   */
  @Property(tries = 200)
  void aCountNearTheMaximumIsNeverASilentPass(
      @ForAll("valid") AnnualReport report,
      @ForAll("counts") CellAddress at,
      @ForAll @LongRange(min = 0, max = 1000) long below) {
    ValidationResult result =
        VALIDATOR.validate(report.withCell(at, Cell.of(Long.MAX_VALUE - below)));
    if (IN_SUMS.contains(at)) {
      assertTrue(result.hasErrors(), () -> at + " " + result.findings());
      assertTrue(
          result.findings(Severity.ERROR).stream()
              .anyMatch(f -> f.location().equals(at.path()) || f.contributingCells().contains(at)),
          () -> at + " " + result.findings());
    } else {
      assertEquals(List.of(), result.findings("COUNT.OVERFLOW"));
    }
  }

  @Provide
  Arbitrary<List<Tuple2<CellAddress, Cell>>> hugeCells() {
    Arbitrary<Cell> values =
        Arbitraries.frequencyOf(
            Tuple.of(
                4, Arbitraries.longs().between(Long.MAX_VALUE - 100, Long.MAX_VALUE).map(Cell::of)),
            Tuple.of(
                2,
                Arbitraries.longs()
                    .between(Long.MAX_VALUE / 2 - 50, Long.MAX_VALUE / 2 + 50)
                    .map(Cell::of)),
            Tuple.of(
                2, Arbitraries.longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 100).map(Cell::of)),
            Tuple.of(2, Arbitraries.longs().between(-5, 30).map(Cell::of)),
            Tuple.of(1, Arbitraries.just(Cell.blank())));
    return Combinators.combine(Arbitraries.of(IN_SUMS), values)
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  /**
   * Where an identity notes that its sum overflows, {@code COUNT.OVERFLOW} has an error finding at
   * that place, and nowhere else; each names its cells in both languages.
   */
  @Property(tries = 200)
  void theOverflowFindingsAreWhereTheIdentitiesOverflow(
      @ForAll("valid") AnnualReport report,
      @ForAll("hugeCells") @Size(min = 1) List<Tuple2<CellAddress, Cell>> cells) {
    AnnualReport r = report;
    for (Tuple2<CellAddress, Cell> c : cells) {
      r = r.withCell(c.get1(), c.get2());
    }
    ValidationResult result = VALIDATOR.validate(r);
    List<Finding> overflows = result.findings("COUNT.OVERFLOW");
    assertEquals(
        result.notAssessable().stream()
            .filter(n -> n.reason().equals("the sum overflows"))
            .map(NotAssessable::location)
            .sorted()
            .toList(),
        overflows.stream().map(Finding::location).sorted().toList());
    for (Finding f : overflows) {
      assertEquals(Severity.ERROR, f.severity());
      assertFalse(f.contributingCells().isEmpty());
      assertTrue(f.messageZh().contains("（" + f.location() + "）"), f.messageZh());
      assertTrue(f.messageEn().contains(f.location()), f.messageEn());
      assertTrue(
          f.contributingCells().stream()
              .anyMatch(c -> f.messageEn().contains(" at " + c.path() + ".")),
          f.messageEn());
      assertFalse(f.messageZh().contains("{") || f.messageEn().contains("{"), f.messageEn());
      assertTrue(
          new java.math.BigInteger(f.computed().orElseThrow()).bitLength() > 63, f::toString);
    }
  }
}

package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Aggregation;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of aggregation (docs/format.md, Aggregation) over generated cells and reports. */
class AggregationProperties {

  @Provide
  Arbitrary<Cell> cells() {
    return AnyReports.summable().cells();
  }

  @Provide
  Arbitrary<AmountCell> amounts() {
    return AnyReports.summable().amounts();
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.summable().reports();
  }

  @Provide
  Arbitrary<PrintedAmount> printedAmounts() {
    return AnyReports.summable().printedAmounts();
  }

  @Provide
  Arbitrary<List<AnnualReport>> sameVersion() {
    return AnyReports.summable().ofOneVersion(1, 8);
  }

  @Provide
  Arbitrary<List<AnnualReport>> threeOfOneVersion() {
    return AnyReports.summable().ofOneVersion(3, 3);
  }

  @Property
  void printedAmountPlusIsAssociativeAndCommutativeWithZeroAsIdentity(
      @ForAll("printedAmounts") PrintedAmount a,
      @ForAll("printedAmounts") PrintedAmount b,
      @ForAll("printedAmounts") PrintedAmount c) {
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    assertEquals(a.plus(b), b.plus(a));
    assertEquals(a, a.plus(PrintedAmount.zero()));
  }

  @Property
  void printedAmountsAddOnlyInOneUnit(
      @ForAll("printedAmounts") PrintedAmount a, @ForAll("printedAmounts") PrintedAmount b) {
    PrintedAmount sum = a.plus(b);
    if (a.equals(PrintedAmount.zero()) || b.equals(PrintedAmount.zero())) {
      return;
    }
    boolean sameUnit = a.isNumber() && b.isNumber() && a.unit().equals(b.unit());
    assertEquals(sameUnit, sum.isNumber(), a + " + " + b);
    if (sameUnit) {
      assertEquals(
          0,
          sum.amount()
              .orElseThrow()
              .compareTo(a.amount().orElseThrow().add(b.amount().orElseThrow())));
      assertEquals(a.unit(), sum.unit());
    }
  }

  @Property
  void cellPlusIsAssociativeAndCommutative(
      @ForAll("cells") Cell a, @ForAll("cells") Cell b, @ForAll("cells") Cell c) {
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    assertEquals(a.plus(b), b.plus(a));
  }

  @Property
  void amountPlusIsAssociativeAndCommutative(
      @ForAll("amounts") AmountCell a,
      @ForAll("amounts") AmountCell b,
      @ForAll("amounts") AmountCell c) {
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    assertEquals(a.plus(b), b.plus(a));
  }

  @Property
  void aSumWithABlankOrMarkIsNeverANumber(@ForAll("cells") Cell a, @ForAll("cells") Cell b) {
    assertEquals(a.isNumber() && b.isNumber(), a.plus(b).isNumber());
    if (a.isBlank() || b.isBlank()) {
      assertTrue(a.plus(b).isBlank() || !a.plus(b).isNumber());
      assertFalse(a.plus(b).equals(Cell.zero()));
    }
  }

  @Property
  void tablePlusIsAssociative(@ForAll("threeOfOneVersion") List<AnnualReport> three) {
    AnnualReport a = three.get(0);
    AnnualReport b = three.get(1);
    AnnualReport c = three.get(2);
    assertEquals(
        a.applications().plus(b.applications()).plus(c.applications()),
        a.applications().plus(b.applications().plus(c.applications())));
    assertEquals(
        Aggregation.sum("x", 2023, List.of(Aggregation.sum("y", 2023, List.of(a, b)), c)),
        Aggregation.sum("x", 2023, List.of(a, Aggregation.sum("y", 2023, List.of(b, c)))));
    assertEquals(
        a.reviewAndLitigation().plus(b.reviewAndLitigation()).plus(c.reviewAndLitigation()),
        a.reviewAndLitigation().plus(b.reviewAndLitigation().plus(c.reviewAndLitigation())));
  }

  @Property
  void theReportOfZerosIsTheIdentity(@ForAll("reports") AnnualReport a) {
    AnnualReport zero = Aggregation.sum("0", 2023, a.formatVersion(), List.of());
    assertEquals(a.formatVersion(), zero.formatVersion());
    AnnualReport sum = Aggregation.sum("x", 2023, List.of(a, zero));
    assertEquals(a.activeDisclosure(), sum.activeDisclosure());
    assertEquals(a.applications(), sum.applications());
    assertEquals(a.reviewAndLitigation(), sum.reviewAndLitigation());
    assertEquals(a.applications(), Applications.zero(a.formatVersion()).plus(a.applications()));
  }

  @Property
  void theSumDoesNotDependOnOrderOrGrouping(
      @ForAll("sameVersion") List<AnnualReport> reports, @ForAll long seed) {
    AnnualReport sum = Aggregation.sum("达州市", 2023, reports);
    List<AnnualReport> shuffled = new ArrayList<>(reports);
    Collections.shuffle(shuffled, new Random(seed));
    AnnualReport other = Aggregation.sum("达州市", 2023, shuffled);
    assertEquals(sum, other);
    int split = Math.floorMod(seed, reports.size());
    FormatVersion version = reports.get(0).formatVersion();
    AnnualReport left = Aggregation.sum("a", 2023, version, reports.subList(0, split));
    AnnualReport right =
        Aggregation.sum("b", 2023, version, reports.subList(split, reports.size()));
    assertEquals(sum, Aggregation.sum("达州市", 2023, List.of(left, right)));
    assertEquals(sum, reports.parallelStream().collect(Aggregation.toAggregate("达州市", 2023)));
    assertEquals(Scope.AGGREGATE, sum.scope());
  }

  @Property
  void everySumCellIsTheSumOfItsContributors(@ForAll("sameVersion") List<AnnualReport> reports) {
    AnnualReport sum = Aggregation.sum("x", 2023, reports);
    assertEquals(reports.get(0).formatVersion(), sum.formatVersion());
    for (CellAddress address : CellAddress.all(sum.formatVersion())) {
      if (address.isAmount()) {
        continue;
      }
      boolean allNumbers = reports.stream().allMatch(r -> r.count(address).isNumber());
      Cell cell = sum.count(address);
      assertEquals(allNumbers, cell.isNumber(), address.path());
      if (allNumbers) {
        long expected = reports.stream().mapToLong(r -> r.count(address).value()).sum();
        assertEquals(expected, cell.value(), address.path());
      }
    }
  }

  @Property
  void reportsOfTwoFormatVersionsAreNeverSummed(
      @ForAll("reports") AnnualReport a, @ForAll("reports") AnnualReport b) {
    if (a.formatVersion() == b.formatVersion()) {
      return;
    }
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Aggregation.sum("x", 2023, List.of(a, b)));
    assertTrue(e.getMessage().contains("format"), e.getMessage());
  }
}

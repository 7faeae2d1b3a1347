package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The laws of aggregation (DESIGN 4b) over generated cells and reports. */
class AggregationProperties {

  @Provide
  Arbitrary<Cell> cells() {
    return TestReports.cells();
  }

  @Provide
  Arbitrary<AmountCell> amounts() {
    return TestReports.amounts();
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return TestReports.reports();
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
  void tablePlusIsAssociative(
      @ForAll("reports") AnnualReport a,
      @ForAll("reports") AnnualReport b,
      @ForAll("reports") AnnualReport c) {
    assertEquals(
        a.applications().plus(b.applications()).plus(c.applications()),
        a.applications().plus(b.applications().plus(c.applications())));
    assertEquals(
        a.activeDisclosure().plus(b.activeDisclosure()).plus(c.activeDisclosure()),
        a.activeDisclosure().plus(b.activeDisclosure().plus(c.activeDisclosure())));
    assertEquals(
        a.reviewAndLitigation().plus(b.reviewAndLitigation()).plus(c.reviewAndLitigation()),
        a.reviewAndLitigation().plus(b.reviewAndLitigation().plus(c.reviewAndLitigation())));
  }

  @Property
  void theReportOfZerosIsTheIdentity(@ForAll("reports") AnnualReport a) {
    AnnualReport sum = Aggregation.sum("x", 2023, List.of(a, Aggregation.sum("0", 2023, List.of())));
    assertEquals(a.activeDisclosure(), sum.activeDisclosure());
    assertEquals(a.applications(), sum.applications());
    assertEquals(a.reviewAndLitigation(), sum.reviewAndLitigation());
    assertEquals(a.applications(), Applications.zero().plus(a.applications()));
  }

  @Property
  void theSumDoesNotDependOnOrderOrGrouping(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("reports") AnnualReport> reports,
      @ForAll long seed) {
    AnnualReport sum = Aggregation.sum("达州市", 2023, reports);
    List<AnnualReport> shuffled = new ArrayList<>(reports);
    Collections.shuffle(shuffled, new Random(seed));
    AnnualReport other = Aggregation.sum("达州市", 2023, shuffled);
    assertEquals(sum, other);
    int split = Math.floorMod(seed, reports.size());
    AnnualReport left = Aggregation.sum("a", 2023, reports.subList(0, split));
    AnnualReport right = Aggregation.sum("b", 2023, reports.subList(split, reports.size()));
    assertEquals(sum, Aggregation.sum("达州市", 2023, List.of(left, right)));
    assertEquals(sum, reports.parallelStream().collect(Aggregation.toAggregate("达州市", 2023)));
    assertEquals(Scope.AGGREGATE, sum.scope());
  }

  @Property
  void everySumCellIsTheSumOfItsContributors(
      @ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("reports") AnnualReport> reports) {
    AnnualReport sum = Aggregation.sum("x", 2023, reports);
    for (CellAddress address : CellAddress.all()) {
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
}

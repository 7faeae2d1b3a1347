package io.github.nianbao.core;

import java.util.Objects;
import java.util.stream.Collector;

/**
 * Sums reports cell by cell into an aggregate report (DESIGN 4b), as a county sums its departments
 * by 2月20日, a city by 3月10日 and a province by 3月31日.
 *
 * <p>The sum is associative and order-independent, the report of zeros is its identity, and it
 * keeps blanks distinct from zero: a cell that a contributor left blank or marked is not a number
 * in the sum ({@link Cell#plus(Cell)}), so a rule on it is not assessable rather than wrong. Sums
 * are exact and an overflow throws {@link ArithmeticException}. Since the identities of DESIGN 5
 * are linear, the sum of valid reports is valid.
 *
 * <p>The aggregate has scope {@link Scope#AGGREGATE}, the given agency and year, and empty
 * narrative sections.
 */
public final class Aggregation {

  private Aggregation() {}

  /**
   * Sums reports.
   *
   * @param agency the aggregate's agency, e.g. {@code 达州市通川区}
   * @param year the reporting year of every report
   * @param reports the reports; none gives the report of zeros
   * @return the aggregate report
   * @throws IllegalArgumentException if a report is of another year or format version, naming it
   * @throws ArithmeticException if a sum overflows
   */
  public static AnnualReport sum(String agency, int year, Iterable<? extends AbstractAnnualReport> reports) {
    Sum sum = new Sum(year);
    for (AbstractAnnualReport r : reports) {
      sum.add(r);
    }
    return sum.toReport(agency);
  }

  /**
   * Returns a collector that sums a stream of reports, sequential or parallel.
   *
   * @param agency the aggregate's agency
   * @param year the reporting year of every report
   * @return the collector, with the contract of {@link #sum(String, int, Iterable)}
   */
  public static Collector<AbstractAnnualReport, ?, AnnualReport> toAggregate(String agency, int year) {
    Objects.requireNonNull(agency, "agency");
    return Collector.of(
        () -> new Sum(year), Sum::add, Sum::combine, s -> s.toReport(agency), Collector.Characteristics.UNORDERED);
  }

  /** The running sum of the three tables. */
  private static final class Sum {
    private final int year;
    private ActiveDisclosure activeDisclosure = ActiveDisclosure.zero();
    private Applications applications = Applications.zero();
    private ReviewAndLitigation reviewAndLitigation = ReviewAndLitigation.zero();

    Sum(int year) {
      this.year = year;
    }

    void add(AbstractAnnualReport r) {
      if (r.year() != year) {
        throw new IllegalArgumentException(
            "Cannot sum a report of " + r.year() + " into " + year + ": " + r.agency());
      }
      if (r.formatVersion() != FormatVersion.V2021) {
        throw new IllegalArgumentException(
            "Cannot sum a report of format " + r.formatVersion().key() + ": " + r.agency());
      }
      activeDisclosure = activeDisclosure.plus(r.activeDisclosure());
      applications = applications.plus(r.applications());
      reviewAndLitigation = reviewAndLitigation.plus(r.reviewAndLitigation());
    }

    Sum combine(Sum other) {
      activeDisclosure = activeDisclosure.plus(other.activeDisclosure);
      applications = applications.plus(other.applications);
      reviewAndLitigation = reviewAndLitigation.plus(other.reviewAndLitigation);
      return this;
    }

    AnnualReport toReport(String agency) {
      return AnnualReport.builder()
          .formatVersion(FormatVersion.V2021)
          .agency(agency)
          .year(year)
          .scope(Scope.AGGREGATE)
          .activeDisclosure(activeDisclosure)
          .applications(applications)
          .reviewAndLitigation(reviewAndLitigation)
          .build();
    }
  }
}

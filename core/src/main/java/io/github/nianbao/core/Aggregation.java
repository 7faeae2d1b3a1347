package io.github.nianbao.core;

import java.util.Objects;
import java.util.stream.Collector;

/**
 * Sums reports cell by cell into an aggregate report (docs/format.md, Aggregation), as a county
 * sums its departments by 2月20日, a city by 3月10日 and a province by 3月31日.
 *
 * <p>The sum is associative and order-independent, the report of zeros is its identity, and it
 * keeps blanks distinct from zero: a cell that a contributor left blank or marked is not a number
 * in the sum ({@link Cell#plus(Cell)}), so a rule on it is not assessable rather than wrong. Sums
 * are exact and an overflow throws {@link ArithmeticException}. Since the identities
 * (docs/format.md, The rules) are linear, the sum of valid reports is valid.
 *
 * <p>The aggregate has scope {@link Scope#AGGREGATE}, the given agency and year, the format version
 * of the reports, and empty narrative sections. Reports of the two format versions cannot be summed
 * together: their Tables 2 share no column. No report gives the 2021 format's zeros.
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
   * @throws IllegalArgumentException if a report is of another year, or of another format version
   *     than the first, naming it
   * @throws ArithmeticException if a sum overflows
   */
  public static AnnualReport sum(
      String agency, int year, Iterable<? extends AbstractAnnualReport> reports) {
    Sum sum = new Sum(year);
    for (AbstractAnnualReport r : reports) {
      sum.add(r);
    }
    return sum.toReport(agency);
  }

  /**
   * Sums reports of one format version; no report gives that version's report of zeros, the
   * identity of the sum.
   *
   * @param agency the aggregate's agency
   * @param year the reporting year of every report
   * @param version the format version of every report
   * @param reports the reports
   * @return the aggregate report, of the given version
   * @throws IllegalArgumentException if a report is of another year or format version, naming it
   * @throws ArithmeticException if a sum overflows
   */
  public static AnnualReport sum(
      String agency,
      int year,
      FormatVersion version,
      Iterable<? extends AbstractAnnualReport> reports) {
    Objects.requireNonNull(version, "version");
    Sum sum = new Sum(year);
    sum.join(version, agency);
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
  public static Collector<AbstractAnnualReport, ?, AnnualReport> toAggregate(
      String agency, int year) {
    Objects.requireNonNull(agency, "agency");
    return Collector.of(
        () -> new Sum(year),
        Sum::add,
        Sum::combine,
        s -> s.toReport(agency),
        Collector.Characteristics.UNORDERED);
  }

  /** The running sum of the three tables; the first report added decides the format version. */
  private static final class Sum {
    private final int year;
    private FormatVersion version;
    private String firstAgency;
    private ActiveDisclosureTable activeDisclosure;
    private Applications applications;
    private ReviewAndLitigation reviewAndLitigation = ReviewAndLitigation.zero();

    Sum(int year) {
      this.year = year;
    }

    void add(AbstractAnnualReport r) {
      if (r.year() != year) {
        throw new IllegalArgumentException(
            "Cannot sum a report of " + r.year() + " into " + year + ": " + r.agency());
      }
      join(r.formatVersion(), r.agency());
      activeDisclosure = plus(activeDisclosure, r.activeDisclosure());
      applications = applications.plus(r.applications());
      reviewAndLitigation = reviewAndLitigation.plus(r.reviewAndLitigation());
    }

    void join(FormatVersion other, String agency) {
      if (version == null) {
        version = other;
        firstAgency = agency;
        activeDisclosure =
            other == FormatVersion.V2019 ? ActiveDisclosure2019.zero() : ActiveDisclosure.zero();
        applications = Applications.zero(other);
      } else if (version != other) {
        throw new IllegalArgumentException(
            "Cannot sum a report of the "
                + other.key()
                + " format with one of the "
                + version.key()
                + " format ("
                + firstAgency
                + "): "
                + agency);
      }
    }

    private static ActiveDisclosureTable plus(ActiveDisclosureTable a, ActiveDisclosureTable b) {
      if (a instanceof ActiveDisclosure2019 x) {
        return x.plus((ActiveDisclosure2019) b);
      }
      return ((ActiveDisclosure) a).plus((ActiveDisclosure) b);
    }

    Sum combine(Sum other) {
      if (other.version == null) {
        return this;
      }
      if (version == null) {
        return other;
      }
      join(other.version, other.firstAgency);
      activeDisclosure = plus(activeDisclosure, other.activeDisclosure);
      applications = applications.plus(other.applications);
      reviewAndLitigation = reviewAndLitigation.plus(other.reviewAndLitigation);
      return this;
    }

    AnnualReport toReport(String agency) {
      if (version == null) {
        join(FormatVersion.V2021, agency);
      }
      return AnnualReport.builder()
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

package io.github.nianbao.validation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.constraints.Severities;
import io.github.nianbao.validation.constraints.CarryOverMatches;
import io.github.nianbao.validation.constraints.InForceContinues;
import io.github.nianbao.validation.constraints.TextNotRepeated;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The reports of one agency in several years, ordered by year, for the rules that compare
 * consecutive years ({@code SERIES.*}). Years may have gaps; the rules compare only reports of
 * consecutive years (a gap is noted as not assessable). Violations are located at {@code
 * reports[i].<cell path>}, {@code i} being the index in {@link #reports()}.
 *
 * <p>Immutable. Validate it with {@link ReportValidator#validateSeries(Collection)} or a plain Bean
 * Validation {@code Validator}.
 */
@CarryOverMatches(payload = Severities.Error.class)
@InForceContinues(payload = Severities.Warning.class)
@TextNotRepeated(payload = Severities.Warning.class)
public final class ReportSeries {

  private final List<AnnualReport> reports;

  private ReportSeries(List<AnnualReport> reports) {
    this.reports = reports;
  }

  /**
   * Returns the series of the given reports, ordered by year.
   *
   * @param reports the reports of one agency, in any order
   * @return the series
   * @throws IllegalArgumentException if two reports are of the same year, or of different agencies
   *     (names compared without their white space)
   */
  public static ReportSeries of(Collection<AnnualReport> reports) {
    List<AnnualReport> sorted = new ArrayList<>(reports);
    sorted.forEach(r -> Objects.requireNonNull(r, "report"));
    for (AnnualReport r : sorted) {
      if (!sameAgency(r.agency(), sorted.get(0).agency())) {
        throw new IllegalArgumentException(
            "A series holds the reports of one agency: "
                + sorted.get(0).agency()
                + " ("
                + sorted.get(0).year()
                + ") and "
                + r.agency()
                + " ("
                + r.year()
                + ")");
      }
    }
    sorted.sort(Comparator.comparingInt(AnnualReport::year));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).year() == sorted.get(i - 1).year()) {
        throw new IllegalArgumentException(
            "Two reports of " + sorted.get(i).year() + " in one series");
      }
    }
    return new ReportSeries(List.copyOf(sorted));
  }

  private static boolean sameAgency(String a, String b) {
    return a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
  }

  /**
   * Returns the reports, ordered by year.
   *
   * @return the reports
   */
  public List<AnnualReport> reports() {
    return reports;
  }

  /**
   * Returns whether the report at an index follows the one before it by exactly one year.
   *
   * @param index an index from 1
   * @return {@code true} if {@code reports().get(index)} is of the year after {@code
   *     reports().get(index - 1)}
   */
  public boolean followsPrevious(int index) {
    return index > 0 && reports.get(index).year() == reports.get(index - 1).year() + 1;
  }
}

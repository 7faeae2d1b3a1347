package io.github.nianbao.validation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.constraints.Inferred;
import io.github.nianbao.core.constraints.Severities;
import io.github.nianbao.validation.constraints.CarryOverMatches;
import io.github.nianbao.validation.constraints.InForceContinues;
import io.github.nianbao.validation.constraints.TextNotRepeated;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The reports of one agency in several years, ordered by year, for the rules that compare
 * consecutive years ({@code SERIES.*}). Years may have gaps; the rules compare only reports of
 * consecutive years (a gap is noted as not assessable). Violations are located at {@code
 * reports[i].<cell path>}, {@code i} being the index in {@link #reports()}.
 *
 * <p>Immutable. Validate it with {@link ReportValidator#validateSeries(Collection)} or a plain Bean
 * Validation {@code Validator}.
 */
@CarryOverMatches(
    groups = {Default.class, Inferred.class},
    payload = Severities.Error.class)
@InForceContinues(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
@TextNotRepeated(
    groups = {Default.class, Inferred.class},
    payload = Severities.Warning.class)
public final class ReportSeries {

  private final List<AnnualReport> reports;
  private final Map<String, String> predecessors;

  private ReportSeries(List<AnnualReport> reports, Map<String, String> predecessors) {
    this.reports = reports;
    this.predecessors = predecessors;
  }

  /**
   * Returns the series of the given reports, ordered by year.
   *
   * @param reports the reports of one agency, in any order
   * @return the series
   * @throws IllegalArgumentException if two reports are of the same year, or of different agencies
   *     (names compared without their white space); for a body renamed or merged, use {@link
   *     #builder()} and {@link Builder#predecessor(String, String)}
   */
  public static ReportSeries of(Collection<AnnualReport> reports) {
    return builder().addAll(reports).build();
  }

  /**
   * Returns a builder, for a series whose agency was renamed or merged into another body.
   *
   * <pre>{@code
   * ReportSeries series = ReportSeries.builder()
   *     .predecessor("达州市经济和信息化局", "达州市数字经济局")
   *     .addAll(reports)
   *     .build();
   * ValidationResult result = ReportValidator.standard().validateSeries(series);
   * }</pre>
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportSeries}. */
  public static final class Builder {
    private final List<AnnualReport> reports = new ArrayList<>();
    private final Map<String, String> predecessors = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Says that a body's reports continue under another name: it was renamed, or merged into the
     * successor. The rules over consecutive years ({@code SERIES.CARRY} stays an error) then
     * compare the predecessor's last report with the successor's first. Several predecessors may
     * name one successor (a merger); a series still holds one report a year, so give it the reports
     * whose figures carry on. Names are compared without their white space.
     *
     * @param predecessor the earlier name, as printed
     * @param successor the later name, as printed
     * @return this builder
     * @throws IllegalArgumentException if a name is blank, the two are the same, or the predecessor
     *     was already given another successor
     */
    public Builder predecessor(String predecessor, String successor) {
      String before = key(Objects.requireNonNull(predecessor, "predecessor"));
      String after = key(Objects.requireNonNull(successor, "successor"));
      if (before.isEmpty() || after.isEmpty()) {
        throw new IllegalArgumentException("a predecessor and its successor need names");
      }
      if (before.equals(after)) {
        throw new IllegalArgumentException(predecessor + " cannot be its own predecessor");
      }
      String already = predecessors.get(before);
      if (already != null && !already.equals(after)) {
        throw new IllegalArgumentException(
            predecessor + " already has the successor " + already + ", not " + successor);
      }
      predecessors.put(before, after);
      return this;
    }

    /**
     * Adds a report.
     *
     * @param report the report
     * @return this builder
     */
    public Builder add(AnnualReport report) {
      reports.add(Objects.requireNonNull(report, "report"));
      return this;
    }

    /**
     * Adds reports.
     *
     * @param more the reports, in any order
     * @return this builder
     */
    public Builder addAll(Collection<AnnualReport> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * Builds the series, ordered by year.
     *
     * @return the series
     * @throws IllegalArgumentException if two reports are of the same year; if two reports are of
     *     agencies that are neither the same nor linked by {@link #predecessor(String, String)}; if
     *     the predecessors form a cycle; or if a predecessor's report is not of an earlier year
     *     than every report of its successor — each message names the agencies and years
     */
    public ReportSeries build() {
      Map<String, String> links = Map.copyOf(predecessors);
      List<AnnualReport> sorted = new ArrayList<>(reports);
      sorted.sort(Comparator.comparingInt(AnnualReport::year));
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i).year() == sorted.get(i - 1).year()) {
          throw new IllegalArgumentException(
              "Two reports of " + sorted.get(i).year() + " in one series");
        }
      }
      for (AnnualReport r : sorted) {
        if (!last(r.agency(), links).equals(last(sorted.get(0).agency(), links))) {
          throw new IllegalArgumentException(
              "A series holds the reports of one agency: "
                  + sorted.get(0).agency()
                  + " ("
                  + sorted.get(0).year()
                  + ") and "
                  + r.agency()
                  + " ("
                  + r.year()
                  + ")"
                  + (links.isEmpty()
                      ? "; if one was renamed or merged into the other, say so with"
                          + " ReportSeries.builder().predecessor(...)"
                      : ""));
        }
      }
      // a predecessor reports before its successor
      for (AnnualReport successor : sorted) {
        for (AnnualReport predecessor : sorted) {
          if (predecessor.year() >= successor.year()
              && succeeds(successor.agency(), predecessor.agency(), links)) {
            throw new IllegalArgumentException(
                predecessor.agency()
                    + " ("
                    + predecessor.year()
                    + ") is given as a predecessor of "
                    + successor.agency()
                    + " ("
                    + successor.year()
                    + "), but its report is not of an earlier year");
          }
        }
      }
      return new ReportSeries(List.copyOf(sorted), links);
    }
  }

  private static String key(String agency) {
    StringBuilder out = new StringBuilder(agency.length());
    agency
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The last successor of an agency, following the links. */
  private static String last(String agency, Map<String, String> links) {
    String at = key(agency);
    for (int steps = 0; links.containsKey(at); steps++) {
      if (steps > links.size()) {
        throw new IllegalArgumentException("The predecessors of " + agency + " form a cycle");
      }
      at = links.get(at);
    }
    return at;
  }

  /** Whether {@code later} is a successor (directly or not) of {@code earlier}. */
  private static boolean succeeds(String later, String earlier, Map<String, String> links) {
    String at = key(earlier);
    String target = key(later);
    for (int steps = 0; links.containsKey(at) && steps <= links.size(); steps++) {
      at = links.get(at);
      if (at.equals(target)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the predecessors the series was told of: each earlier name (white space removed) and
   * the name it continues under.
   *
   * @return the links, empty for a series of one name
   */
  public Map<String, String> predecessors() {
    return predecessors;
  }

  /** The same series with each report replaced (the years unchanged): for blanks read as 0. */
  ReportSeries withEach(UnaryOperator<AnnualReport> f) {
    List<AnnualReport> out = new ArrayList<>(reports.size());
    reports.forEach(r -> out.add(f.apply(r)));
    return new ReportSeries(List.copyOf(out), predecessors);
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

package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the caller knows of a report that its text may not print: the agency (报告机关) and the year
 * (报告年度), as an auditor knows them from the portal a page was downloaded from. Immutable.
 *
 * <p>A reader uses them only where the input has none (a page body with no title, a fragment) and
 * then says so with a {@link Diagnostic.Reason#METADATA_INFERRED} diagnostic; where the input
 * prints its own, the input wins, and a different value given here is noted.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().agency("湛江市人民政府地方志办公室").year(2023).build();
 * ReadResult read = ReportFormats.byName("text").orElseThrow().read(reader, options);
 * }</pre>
 */
public final class ReadOptions {
  private static final ReadOptions NONE = new ReadOptions(null, 0);

  private final String agency;
  private final int year;

  private ReadOptions(String agency, int year) {
    this.agency = agency;
    this.year = year;
  }

  /**
   * Returns the options that know nothing: a reader takes everything from the input.
   *
   * @return the empty options
   */
  public static ReadOptions none() {
    return NONE;
  }

  /**
   * Returns a builder of options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the agency to take when the input names none.
   *
   * @return the agency, if given
   */
  public Optional<String> agency() {
    return Optional.ofNullable(agency);
  }

  /**
   * Returns the year to take when the input states none.
   *
   * @return the year, if given
   */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadOptions r && r.year == year && Objects.equals(r.agency, agency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agency, year);
  }

  @Override
  public String toString() {
    return "ReadOptions[agency=" + agency + ", year=" + (year == 0 ? "" : year) + "]";
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder {
    private String agency;
    private int year;

    private Builder() {}

    /**
     * Sets the agency to take when the input names none.
     *
     * @param agency the agency (报告机关), not blank
     * @return this builder
     * @throws IllegalArgumentException if the agency is blank or has a control character
     */
    public Builder agency(String agency) {
      if (agency.isBlank()) {
        throw new IllegalArgumentException("the agency is blank");
      }
      for (int i = 0; i < agency.length(); i++) {
        if (Character.isISOControl(agency.charAt(i))) {
          throw new IllegalArgumentException(
              String.format(
                  "the agency has a control character U+%04X at %d", (int) agency.charAt(i), i));
        }
      }
      this.agency = agency.strip();
      return this;
    }

    /**
     * Sets the year to take when the input states none.
     *
     * @param year the reporting year, from {@link AnnualReport#MIN_YEAR} to {@link
     *     AnnualReport#MAX_YEAR}
     * @return this builder
     * @throws IllegalArgumentException if the year is not a reporting year
     */
    public Builder year(int year) {
      if (year < AnnualReport.MIN_YEAR || year > AnnualReport.MAX_YEAR) {
        throw new IllegalArgumentException(
            "the year "
                + year
                + " is not a reporting year ("
                + AnnualReport.MIN_YEAR
                + " to "
                + AnnualReport.MAX_YEAR
                + ")");
      }
      this.year = year;
      return this;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public ReadOptions build() {
      return agency == null && year == 0 ? NONE : new ReadOptions(agency, year);
    }
  }
}

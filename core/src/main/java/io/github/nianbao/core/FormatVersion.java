package io.github.nianbao.core;

import java.util.Optional;

/**
 * The version of the annual report format (docs/format.md, "Format versions"). The version decides
 * Table 2 and the group （六） of Table 3; Tables 3 and 4 are otherwise the same. A report's version
 * is the version of its tables: {@link AnnualReport#formatVersion()} is derived from them, so that
 * a report cannot claim one version and hold the tables of the other.
 */
public enum FormatVersion {
  /**
   * The trial format of 国办公开办函〔2019〕60号, for reporting years 2019 and 2020: Table 2 is {@link
   * ActiveDisclosure2019} and （六）其他处理 is one row.
   */
  V2019("2019", "国办公开办函〔2019〕60号", 2019, 2020),
  /**
   * 国办公开办函〔2021〕30号, for reporting year 2021 onward: Table 2 is {@link ActiveDisclosure} and
   * （六）其他处理 has three numbered rows ({@link OtherHandling}).
   */
  V2021("2021", "国办公开办函〔2021〕30号", 2021, Integer.MAX_VALUE);

  private final String key;
  private final String document;
  private final int firstYear;
  private final int lastYear;

  FormatVersion(String key, String document, int firstYear, int lastYear) {
    this.key = key;
    this.document = document;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns whether a report of this format fits the reporting year: 2019 and 2020 for {@link
   * #V2019}, 2021 onward for {@link #V2021}. A report that does not fit is still read and checked
   * as its tables show; the rule {@code VERSION.YEAR} warns about it.
   *
   * @param year the reporting year
   * @return {@code true} if the format was the one prescribed for that year
   */
  public boolean fitsYear(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /**
   * Returns the key used in the formats, e.g. {@code "2021"}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the official document that prescribes the format, e.g. {@code 国办公开办函〔2021〕30号}.
   *
   * @return the document number, as officially written
   */
  public String document() {
    return document;
  }

  /**
   * Returns the first reporting year for which this format applies.
   *
   * @return the year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the version with the given key.
   *
   * @param key a key such as {@code "2021"}
   * @return the version, or empty if no version has that key
   */
  public static Optional<FormatVersion> ofKey(String key) {
    for (FormatVersion v : values()) {
      if (v.key.equals(key)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}

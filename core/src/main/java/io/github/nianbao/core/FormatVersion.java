package io.github.nianbao.core;

import java.util.Optional;

/**
 * The version of the annual report format (DESIGN 6a). The version decides the rows of Table 2 and
 * Table 3; {@link AnnualReport#formatVersion()} records it.
 *
 * <p>Only the 2021 format is modelled. The 2019 trial format (国办公开办函〔2019〕60号, reporting
 * years 2019–2020) has other Table 2 columns, a 第二十条第（九）项 政府集中采购 block and a single
 * （六）其他处理 row; it will get a constant here and version-specific table types of its own.
 */
public enum FormatVersion {
  /** 国办公开办函〔2021〕30号, for reporting year 2021 onward. */
  V2021("2021", "国办公开办函〔2021〕30号", 2021);

  private final String key;
  private final String document;
  private final int firstYear;

  FormatVersion(String key, String document, int firstYear) {
    this.key = key;
    this.document = document;
    this.firstYear = firstYear;
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

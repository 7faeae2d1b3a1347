package io.github.nianbao.serialization.internal.json;

/**
 * The four members of the JSON format that are not sections: the report's metadata (docs/format.md,
 * The report, 6).
 *
 * <p>Core names sections, rows and columns through the {@code key()} of its enums, but has no enum
 * for the metadata attributes; their keys are the names of the accessors of {@code AnnualReport},
 * and this is the only place where they are written.
 */
enum Metadata {
  /** {@code AnnualReport.formatVersion()}, written as {@code FormatVersion.key()}. */
  FORMAT_VERSION("formatVersion"),
  /** {@code AnnualReport.agency()}. */
  AGENCY("agency"),
  /** {@code AnnualReport.year()}. */
  YEAR("year"),
  /** {@code AnnualReport.scope()}, written as the constant's name. */
  SCOPE("scope");

  private final String key;

  Metadata(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  static Metadata ofKey(String key) {
    for (Metadata m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }
}

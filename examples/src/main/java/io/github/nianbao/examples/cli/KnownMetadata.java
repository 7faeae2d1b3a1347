package io.github.nianbao.examples.cli;

import io.github.nianbao.serialization.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The options {@code --agency} and {@code --year}: what the user knows of reports whose text prints
 * no title (a page body, a fragment). A reader takes them only where the text has none.
 */
final class KnownMetadata {
  @Option(
      names = "--agency",
      paramLabel = "NAME",
      description = "The agency (报告机关) of a report whose text names none.")
  String agency;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The year (报告年度) of a report whose text states none.")
  Integer year;

  /**
   * Returns the options for the SDK's readers.
   *
   * @throws IllegalArgumentException if the agency is blank or the year is no reporting year
   */
  ReadOptions options() {
    ReadOptions.Builder b = ReadOptions.builder();
    if (agency != null) {
      b.agency(agency);
    }
    if (year != null) {
      b.year(year);
    }
    return b.build();
  }
}

package io.github.nianbao.examples;

import io.github.nianbao.core.Aggregation;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sums the reports of a region's departments of one year into the aggregate report (docs/format.md,
 * Aggregation), as a county does by 2月20日, and prints the aggregate's Table 3 as text.
 */
public final class SumRegionExample {

  private SumRegionExample() {}

  /**
   * Runs the example.
   *
   * @param args the directory of reports, the region's name and the year
   * @throws IOException if a file cannot be read as a report
   */
  public static void main(String[] args) throws IOException {
    AnnualReport sum = sum(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
    print(sum, System.out);
  }

  /**
   * Reads every report of a year in a directory and sums them.
   *
   * @param directory the directory, searched for {@code .txt} and {@code .json} files
   * @param region the aggregate's agency
   * @param year the year; reports of other years are left out
   * @return the aggregate report
   * @throws IOException if a file cannot be read as a report
   */
  public static AnnualReport sum(Path directory, String region, int year) throws IOException {
    List<AnnualReport> reports = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(directory)) {
      files = s.sorted().toList();
    }
    for (Path file : files) {
      var format = ReportFormats.forFileName(file.toString());
      if (format.isEmpty()) {
        continue;
      }
      AnnualReport r = read(format.get(), file);
      if (r.year() == year) {
        reports.add(r);
      }
    }
    return Aggregation.sum(region, year, reports);
  }

  private static AnnualReport read(ReportFormat format, Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return format.read(in).report();
    }
  }

  /**
   * Prints the aggregate as the text tables.
   *
   * @param sum the aggregate report
   * @param out where to print
   */
  public static void print(AnnualReport sum, PrintStream out) {
    out.print(ReportFormats.byName("text").orElseThrow().write(sum));
  }
}

package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes N valid reports in the text format into a directory, as input for the end-to-end timing of
 * {@code nianbao validate DIR} (see {@code benchmarks/README.md}).
 *
 * <p>The reports come from the SDK's generator of valid reports ({@code
 * ReportArbitraries.validReports()}): varied agencies, years and numbers, every accounting identity
 * satisfied by construction. Usage:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.nianbao.benchmarks.GenerateReports DIR [N]
 * }</pre>
 */
public final class GenerateReports {
  private GenerateReports() {}

  /**
   * Writes the reports.
   *
   * @param args the directory, and the number of reports (default 20,000)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: GenerateReports DIR [N]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int count = args.length == 2 ? Integer.parseInt(args[1]) : 20_000;
    Files.createDirectories(dir);
    TextFormat text = new TextFormat();
    Iterator<AnnualReport> reports = Samples.validReportStream().iterator();
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve(String.format("report_%06d.txt", i));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        text.write(reports.next(), out);
      }
    }
    System.out.println("wrote " + count + " reports to " + dir);
  }
}

package io.github.nianbao.examples;

import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a published report, validates it and prints the findings: the quick start of the README.
 *
 * <pre>
 * {@code java -cp nianbao.jar io.github.nianbao.examples.ReadAndValidateExample samples/002_91d5f5a0561784d8.txt}
 * </pre>
 */
public final class ReadAndValidateExample {

  private ReadAndValidateExample() {}

  /**
   * Runs the example.
   *
   * @param args the report file
   * @throws IOException if the file cannot be read as a report
   */
  public static void main(String[] args) throws IOException {
    run(Path.of(args[0]), System.out);
  }

  /**
   * Reads, validates and prints.
   *
   * @param file a {@code .txt} or {@code .json} report
   * @param out where to print
   * @return the validation result
   * @throws IOException if the file cannot be read as a report
   */
  public static ValidationResult run(Path file, PrintStream out) throws IOException {
    ReportFormat format =
        ReportFormats.forFileName(file.toString())
            .orElseThrow(() -> new IOException("no format for " + file));
    ReadResult read;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read = format.read(in);
    }
    ValidationResult result = ReportValidator.standard().validate(read.report());
    out.println(
        read.report().agency()
            + " "
            + read.report().year()
            + "："
            + result.findings().size()
            + " 项发现");
    for (Finding f : result.findings()) {
      out.println(f.severity() + " " + f.code() + " " + f.location() + " " + f.messageZh());
    }
    return result;
  }
}

package io.github.nianbao.examples.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Writing a report in a named format, to standard output or a file. */
final class Formats {
  private Formats() {}

  static ReportFormat named(String name) throws IOException {
    return ReportFormats.byName(name)
        .orElseThrow(
            () ->
                new IOException(
                    "no format named "
                        + name
                        + "; known: "
                        + ReportFormats.all().stream().map(ReportFormat::name).toList()));
  }

  /**
   * Refuses an output FILE named as a format is ({@code -o json}, {@code --output text}): {@code
   * --output} names the file to write in every command, {@code --to} the format; {@code validate
   * --output json} chose the format once, and must not now write a file named {@code json}. A file
   * so named is given with a directory: {@code -o ./json}.
   *
   * @throws CommandLine.ParameterException if it is so named
   */
  static void refuseFormatAsFile(CommandLine commandLine, Path output) {
    if (output == null) {
      return;
    }
    String name = output.toString();
    boolean format =
        name.equalsIgnoreCase("text")
            || name.equalsIgnoreCase("json")
            || name.equalsIgnoreCase("csv")
            || name.equalsIgnoreCase("xlsx")
            || ReportFormats.all().stream().anyMatch(f -> f.name().equalsIgnoreCase(name));
    if (format) {
      throw new CommandLine.ParameterException(
          commandLine,
          "--output "
              + name
              + ": -o/--output names the file to write; the format is chosen with --to "
              + name.toLowerCase(java.util.Locale.ROOT)
              + " (for a file named "
              + name
              + ", give -o ./"
              + name
              + ")");
    }
  }

  static void write(AnnualReport report, ReportFormat format, Path output, PrintWriter out)
      throws IOException {
    if (!format.writes()) {
      // said before any file is opened: no empty file is left behind
      throw new IOException(
          "the "
              + format.name()
              + " format is read only: write with --to text, json, html or docx");
    }
    if (format.binary()) {
      if (output == null) {
        throw new IOException(
            "the "
                + format.name()
                + " format writes a binary file, not text for standard output:"
                + " give the file with -o");
      }
      try (java.io.OutputStream o = Files.newOutputStream(output)) {
        format.write(report, o);
      }
      return;
    }
    if (output == null) {
      format.write(report, out);
      out.flush();
      if (out.checkError()) {
        throw new IOException("cannot write to standard output");
      }
    } else {
      try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        format.write(report, w);
      }
    }
  }

  static void diagnostics(PrintWriter err, Path file, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      // file:line: KIND [cell] message: «text», as compilers print a place
      err.println(Inputs.shown(file) + ":" + d.toString().substring("line ".length()));
    }
  }
}

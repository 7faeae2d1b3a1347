package io.github.nianbao.examples.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.TableCell;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao facts}: every cell of every report as one long table, CSV ({@link Csv}), for
 * DuckDB, pandas or a spreadsheet: a row a cell of the report's format version ({@link
 * CellAddress#all(io.github.nianbao.core.FormatVersion)}, the 2019 format's own cells included), in
 * printed order, with its file, agency, year, format version, key and official label, its kind, its
 * value and, for the one cell printed with a unit, its unit ({@link #rows}). A file that cannot be
 * read is told on standard error and ends the run with exit code 2, after the others are written.
 */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description =
        "把报告的每个单元格列成一张长表（CSV）。 Every cell of every report as one long table: CSV,"
            + " UTF-8 with a BOM.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every report is written",
      "2:an input could not be read (the others are written), the output could not be written,"
          + " or the command line is wrong",
      "141:the reader of standard output closed it (as | head does): the run ends there, quietly"
    })
final class FactsCommand implements Callable<Integer> {

  /** The columns of the table. */
  static final List<String> COLUMNS =
      List.of("file", "agency", "year", "format", "cell", "label", "kind", "value", "unit");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Report files, directories to walk, or - for standard input.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout.")
  Path output;

  @picocli.CommandLine.Mixin KnownMetadata known = new KnownMetadata();

  /**
   * The rows of one report: a cell a row, in printed order; the kind in lower case ({@code number},
   * {@code blank}, {@code mark}), the value (the number as printed, the mark as printed, empty for
   * a blank). The unit is empty but for the 2019 format's 采购总金额, printed with its own unit ({@code
   * 251000元}): its value is the number ({@code 251000}), its unit the rest ({@code 元}), so that the
   * value column holds numbers only where the kind is {@code number}.
   */
  static List<List<Object>> rows(String file, AnnualReport report) {
    List<CellAddress> cells = CellAddress.all(report.formatVersion());
    List<List<Object>> rows = new ArrayList<>(cells.size());
    for (CellAddress a : cells) {
      TableCell cell = report.cell(a);
      String value = cell.printed();
      String unit = "";
      if (cell instanceof PrintedAmount p && p.isNumber()) {
        value = p.amount().orElseThrow().toPlainString();
        unit = p.unit();
      }
      rows.add(
          List.of(
              file,
              report.agency(),
              report.year(),
              report.formatVersion().key(),
              a.path(),
              a.label(),
              cell.kind().name().toLowerCase(Locale.ROOT),
              value,
              unit));
    }
    return rows;
  }

  @Override
  public Integer call() throws Exception {
    Formats.refuseFormatAsFile(spec.commandLine(), output);
    Inputs.stdinOnce(spec.commandLine(), inputs);
    Env env = Nianbao.env(spec);
    PrintWriter err = spec.commandLine().getErr();
    Output file = Csv.open(spec, output);
    PrintWriter out = new PrintWriter(file);
    int unreadable = 0;
    try {
      out.print(Csv.BOM);
      Csv.row(out, COLUMNS);
      for (Inputs.Input input : Inputs.expand(inputs)) {
        String error = input.error();
        if (error == null) {
          Inputs.Read read = Inputs.readOrOutOfMemory(env, input.path(), known.options());
          if (read.ok()) {
            for (List<Object> row : rows(input.path().toString(), read.result().report())) {
              Csv.row(out, row);
            }
            out.flush();
            continue;
          }
          error = read.error();
        }
        unreadable++;
        err.println("nianbao: " + error);
      }
      out.flush();
    } finally {
      file.close();
    }
    return unreadable > 0 ? Nianbao.UNREADABLE : Nianbao.OK;
  }
}

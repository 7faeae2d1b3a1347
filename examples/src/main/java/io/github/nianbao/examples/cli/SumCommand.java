package io.github.nianbao.examples.cli;

import io.github.nianbao.core.Aggregation;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao sum}: the aggregate report of many reports (docs/format.md, Aggregation). */
@Command(
    name = "sum",
    mixinStandardHelpOptions = true,
    description = "汇总多份报告。 Sum reports cell by cell into an aggregate report.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the sum is written",
      "2:an input could not be read (the others are read, and no sum is written), the sum could"
          + " not be written, or the command line is wrong",
      "141:the reader of standard output closed it (as | head does): quietly"
    })
final class SumCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Report files, directories to walk, or - for standard input.")
  List<Path> inputs;

  @Option(
      names = "--agency",
      defaultValue = "汇总",
      description = "The aggregate's agency (default: 汇总).")
  String agency;

  @Option(
      names = "--year",
      description =
          "Sum only the reports of this year (default: the year of the reports, which must agree).")
  Integer year;

  @Option(
      names = "--to",
      defaultValue = "text",
      description = "The format to write: text (default) or json.")
  String to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout (the format is --to's).")
  Path output;

  @Override
  public Integer call() throws Exception {
    Formats.refuseFormatAsFile(spec.commandLine(), output);
    Inputs.stdinOnce(spec.commandLine(), inputs);
    Env env = Nianbao.env(spec);
    PrintWriter err = spec.commandLine().getErr();
    var format = Formats.named(to);
    List<AnnualReport> reports = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    java.util.Map<Path, Path> seen = new java.util.HashMap<>();
    java.util.Map<String, Path> seenReport = new java.util.HashMap<>();
    int unreadable = 0;
    for (Inputs.Input input : Inputs.expand(inputs)) {
      Path file = input.path();
      if (input.error() != null) {
        // an entry of a walk that cannot be read: said, counted, and the others read on
        err.println("nianbao: " + input.error());
        unreadable++;
        continue;
      }
      if (!Inputs.isStdin(file)) {
        Path first = seen.putIfAbsent(realPath(file), file);
        if (first != null) {
          err.println(
              "nianbao: "
                  + Inputs.shown(file)
                  + ": the same file as "
                  + Inputs.shown(first)
                  + ": summed once");
          continue;
        }
      }
      Inputs.Read read = Inputs.readOrOutOfMemory(env, file, ReadOptions.none());
      if (!read.ok()) {
        err.println("nianbao: " + read.error());
        unreadable++;
        continue;
      }
      // every contributor's reader notes, with its file: a note lost here is a cell lost in the sum
      Formats.diagnostics(err, file, read.result().diagnostics());
      AnnualReport r = read.result().report();
      if (year != null && r.year() != year) {
        err.println(
            "nianbao: "
                + Inputs.shown(file)
                + ": a report of "
                + r.year()
                + ", left out of the sum of "
                + year);
        continue;
      }
      if (year == null && !reports.isEmpty() && r.year() != reports.get(0).year()) {
        err.println(
            "nianbao: "
                + Inputs.shown(file)
                + ": a report of "
                + r.year()
                + ", but the first report is of "
                + reports.get(0).year()
                + "; choose one with --year");
        return Nianbao.UNREADABLE;
      }
      if (!reports.isEmpty() && r.formatVersion() != reports.get(0).formatVersion()) {
        err.println(
            "nianbao: "
                + Inputs.shown(file)
                + ": a report of the "
                + r.formatVersion().key()
                + " format ("
                + r.formatVersion().document()
                + "), but "
                + Inputs.shown(files.get(0))
                + " is of the "
                + reports.get(0).formatVersion().key()
                + " format: reports of two formats cannot be summed, their Tables 2 share no column");
        return Nianbao.UNREADABLE;
      }
      if (!r.agency().isEmpty()) {
        Path other = seenReport.putIfAbsent(r.agency() + "\u0000" + r.year(), file);
        if (other != null) {
          err.println(
              "nianbao: "
                  + Inputs.shown(other)
                  + " and "
                  + Inputs.shown(file)
                  + ": two reports of "
                  + r.agency()
                  + " for "
                  + r.year()
                  + "; one report would be summed twice");
          return Nianbao.UNREADABLE;
        }
      }
      reports.add(r);
      files.add(file);
    }
    if (unreadable > 0) {
      err.println(
          "nianbao: "
              + unreadable
              + " file(s) could not be read: no sum is written (it would"
              + " leave them out)");
      return Nianbao.UNREADABLE;
    }
    if (reports.isEmpty()) {
      err.println("nianbao: no report to sum");
      return Nianbao.UNREADABLE;
    }
    int sumYear = year != null ? year : reports.get(0).year();
    AnnualReport sum;
    try {
      sum = Aggregation.sum(agency, sumYear, reports);
    } catch (ArithmeticException e) {
      overflow(err, reports, files);
      return Nianbao.UNREADABLE;
    }
    explainNonNumbers(err, sum, reports, files);
    Formats.write(sum, format, output, spec.commandLine().getOut());
    return Nianbao.OK;
  }

  /**
   * Says which cell's sum passes the largest count and what each contributor printed there: an
   * overflow names the cell and the files, never just "long overflow".
   */
  private static void overflow(PrintWriter err, List<AnnualReport> reports, List<Path> files) {
    for (io.github.nianbao.core.CellAddress a :
        io.github.nianbao.core.CellAddress.all(reports.get(0).formatVersion())) {
      java.math.BigDecimal total = java.math.BigDecimal.ZERO;
      StringBuilder parts = new StringBuilder();
      for (int i = 0; i < reports.size(); i++) {
        io.github.nianbao.core.TableCell c = reports.get(i).cell(a);
        java.math.BigDecimal v =
            c instanceof io.github.nianbao.core.Cell n && n.isNumber()
                ? java.math.BigDecimal.valueOf(n.value())
                : c instanceof io.github.nianbao.core.AmountCell m && m.isNumber()
                    ? m.value()
                    : null;
        if (v != null && v.signum() != 0) {
          total = total.add(v);
          parts
              .append(parts.length() == 0 ? "" : ", ")
              .append(Inputs.shown(files.get(i)))
              .append(" ")
              .append(c.printed());
        }
      }
      boolean tooLarge =
          a.isAmount()
              ? total.precision() > io.github.nianbao.core.AmountCell.MAX_PRECISION
              : total.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                  || total.compareTo(java.math.BigDecimal.valueOf(Long.MIN_VALUE)) < 0;
      if (tooLarge) {
        err.println(
            "nianbao: the sum of "
                + a.path()
                + " ("
                + a.label()
                + ") is "
                + total.toPlainString()
                + ", past the largest number a cell holds: "
                + parts
                + "; no sum is written");
        return;
      }
    }
    err.println("nianbao: a sum passes the largest number a cell holds; no sum is written");
  }

  /** The file's real path, to tell the same file given twice (a link, a directory and a file). */
  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (java.io.IOException | RuntimeException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /**
   * Says, for each cell of the sum that is not a number, which contributors made it so: a blank or
   * a mark in one report makes its column's sum no number (the sum never treats it as 0).
   */
  private static void explainNonNumbers(
      PrintWriter err, AnnualReport sum, List<AnnualReport> reports, List<Path> files) {
    for (io.github.nianbao.core.CellAddress a :
        io.github.nianbao.core.CellAddress.all(sum.formatVersion())) {
      if (sum.cell(a).isNumber()) {
        continue;
      }
      StringBuilder why = new StringBuilder();
      for (int i = 0; i < reports.size(); i++) {
        io.github.nianbao.core.TableCell c = reports.get(i).cell(a);
        if (!c.isNumber()) {
          why.append(why.length() == 0 ? "" : "; ")
              .append(
                  c.kind() == io.github.nianbao.core.CellKind.BLANK
                      ? "blank"
                      : "«" + c.printed() + "»")
              .append(" in ")
              .append(Inputs.shown(files.get(i)));
        }
      }
      err.println("nianbao: " + a.path() + " is not a number in the sum: " + why);
    }
  }
}

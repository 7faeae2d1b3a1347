package io.github.nianbao.examples.cli;

import io.github.nianbao.core.Aggregation;
import io.github.nianbao.core.AnnualReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao sum}: the aggregate report of many reports (DESIGN 4b). */
@Command(
    name = "sum",
    mixinStandardHelpOptions = true,
    description = "汇总多份报告。 Sum reports cell by cell into an aggregate report.")
final class SumCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Report files or directories.")
  List<Path> inputs;

  @Option(names = "--agency", defaultValue = "汇总", description = "The aggregate's agency (default: 汇总).")
  String agency;

  @Option(names = "--year", description = "Sum only the reports of this year (default: the year of the reports, which must agree).")
  Integer year;

  @Option(names = "--to", defaultValue = "text", description = "The format to write: text (default) or json.")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    var format = Formats.named(to);
    List<AnnualReport> reports = new ArrayList<>();
    int unreadable = 0;
    for (Path file : Inputs.expand(inputs)) {
      Inputs.Read read = Inputs.read(file);
      if (!read.ok()) {
        err.println("nianbao: " + read.error());
        unreadable++;
        continue;
      }
      AnnualReport r = read.result().report();
      if (year != null && r.year() != year) {
        err.println("nianbao: " + file + ": a report of " + r.year() + ", left out of the sum of " + year);
        continue;
      }
      if (year == null && !reports.isEmpty() && r.year() != reports.get(0).year()) {
        err.println(
            "nianbao: " + file + ": a report of " + r.year() + ", but the first report is of "
                + reports.get(0).year() + "; choose one with --year");
        return Nianbao.UNREADABLE;
      }
      reports.add(r);
    }
    if (reports.isEmpty()) {
      err.println("nianbao: no report to sum");
      return Nianbao.UNREADABLE;
    }
    int sumYear = year != null ? year : reports.get(0).year();
    AnnualReport sum = Aggregation.sum(agency, sumYear, reports);
    Formats.write(sum, format, output, spec.commandLine().getOut());
    return unreadable > 0 ? Nianbao.UNREADABLE : Nianbao.OK;
  }
}

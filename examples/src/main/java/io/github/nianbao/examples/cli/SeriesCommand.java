package io.github.nianbao.examples.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao series}: the rules over consecutive years of one agency. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = "校验同一机关连续年度的报告。 Validate the reports of one agency across years.")
final class SeriesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description =
          "The agency's reports, one a year: files, directories to walk, or - for"
              + " standard input.")
  List<Path> inputs;

  @Option(
      names = "--lang",
      defaultValue = "zh",
      description = "Language of the messages: zh (default) or en.")
  String lang;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Inputs.locale(lang);
    Inputs.stdinOnce(spec.commandLine(), inputs);
    Env env = Nianbao.env(spec);
    List<AnnualReport> reports = new ArrayList<>();
    Map<Integer, Path> fileOfYear = new TreeMap<>();
    int unreadable = 0;
    for (Inputs.Input input : Inputs.expand(inputs)) {
      Path file = input.path();
      if (input.error() != null) {
        err.println("nianbao: " + input.error());
        unreadable++;
        continue;
      }
      Inputs.Read read = Inputs.readOrOutOfMemory(env, file, ReadOptions.none());
      if (!read.ok()) {
        // said, counted, and the others read on: every unreadable file is named in one run
        err.println("nianbao: " + read.error());
        unreadable++;
        continue;
      }
      AnnualReport report = read.result().report();
      Path other = fileOfYear.putIfAbsent(report.year(), file);
      if (other != null) {
        err.println(
            "nianbao: "
                + Inputs.shown(other)
                + " and "
                + Inputs.shown(file)
                + ": two reports of "
                + report.year()
                + "; a series has one report a year");
        return Nianbao.UNREADABLE;
      }
      reports.add(report);
    }
    if (unreadable > 0) {
      err.println(
          "nianbao: "
              + unreadable
              + " file(s) could not be read: the series is not checked (a"
              + " year missing would hide what it carries over)");
      return Nianbao.UNREADABLE;
    }
    ValidationResult result;
    try {
      result = ReportValidator.standard().validateSeries(reports);
    } catch (IllegalArgumentException e) {
      err.println("nianbao: " + Nianbao.oneLine(e));
      return Nianbao.UNREADABLE;
    }
    Map<String, Integer> byCode = new TreeMap<>();
    for (Finding f : result.findings()) {
      byCode.merge(f.code(), 1, Integer::sum);
      out.println(
          f.year()
              + " "
              + Text.severity(locale, f.severity())
              + " "
              + f.code()
              + " "
              + f.location()
              + " "
              + f.message(locale));
    }
    int errors = result.findings(Severity.ERROR).size();
    Text.summary(
        out,
        locale,
        reports.size(),
        errors > 0 ? 1 : 0,
        errors,
        result.findings(Severity.WARNING).size(),
        0,
        byCode);
    return errors > 0 ? Nianbao.FINDINGS : Nianbao.OK;
  }
}

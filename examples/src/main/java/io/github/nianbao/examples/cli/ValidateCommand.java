package io.github.nianbao.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nianbao.serialization.Diagnostic;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao validate}: reads reports, validates them and prints the findings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "校验报告的勾稽关系。 Validate reports against the rules of the 30号 format.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:no report has an error finding",
      "1:a report has an error finding",
      "2:an input could not be read"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Report files (.txt, .json) or directories to walk.")
  List<Path> inputs;

  @Option(names = "--lang", defaultValue = "zh", description = "Language of the messages: zh (default) or en.")
  String lang;

  @Option(names = "--output", defaultValue = "text", description = "text (default) or json.")
  Output output;

  @Option(names = "--threads", description = "Files read in parallel (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The output formats. */
  enum Output {
    text,
    json
  }

  /** What came of one file, without the report itself: findings and notes only. */
  record Outcome(Path path, String agency, int year, ValidationResult result, List<Diagnostic> diagnostics, String error) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Inputs.locale(lang);
    List<Path> files = Inputs.expand(inputs);
    List<Outcome> outcomes = validateAll(files, err);

    int unreadable = 0;
    int withErrors = 0;
    int errors = 0;
    int warnings = 0;
    Map<String, Integer> byCode = new TreeMap<>();
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        unreadable++;
        err.println("nianbao: " + o.error());
        continue;
      }
      List<Finding> e = o.result().findings(Severity.ERROR);
      errors += e.size();
      warnings += o.result().findings(Severity.WARNING).size();
      withErrors += e.isEmpty() ? 0 : 1;
      o.result().findings().forEach(f -> byCode.merge(f.code(), 1, Integer::sum));
    }
    int reports = outcomes.size() - unreadable;
    if (output == Output.json) {
      printJson(out, outcomes, locale, reports, withErrors, errors, warnings, unreadable, byCode);
    } else {
      printText(out, outcomes, locale);
      Text.summary(out, locale, reports, withErrors, errors, warnings, unreadable, byCode);
    }
    return unreadable > 0 ? Nianbao.UNREADABLE : withErrors > 0 ? Nianbao.FINDINGS : Nianbao.OK;
  }

  private List<Outcome> validateAll(List<Path> files, PrintWriter err)
      throws InterruptedException, ExecutionException {
    ReportValidator validator = ReportValidator.standard();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    Progress progress = new Progress(err, files.size());
    try {
      List<Future<Outcome>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    return validate(validator, f);
                  } finally {
                    progress.step();
                  }
                }));
      }
      List<Outcome> outcomes = new ArrayList<>(files.size());
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
      progress.done();
    }
  }

  private static Outcome validate(ReportValidator validator, Path file) {
    Inputs.Read read = Inputs.read(file);
    if (!read.ok()) {
      return new Outcome(file, null, 0, null, List.of(), read.error());
    }
    var report = read.result().report();
    return new Outcome(
        file, report.agency(), report.year(), validator.validate(report), read.result().diagnostics(), null);
  }

  private static void printText(PrintWriter out, List<Outcome> outcomes, Locale locale) {
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        continue;
      }
      out.println(
          Text.fileLine(
              locale,
              o.path().toString(),
              o.result().findings(Severity.ERROR).size(),
              o.result().findings(Severity.WARNING).size(),
              o.diagnostics().size()));
      for (Finding f : o.result().findings()) {
        out.println("  " + Text.severity(locale, f.severity()) + " " + f.code() + " " + f.location() + " " + f.message(locale));
      }
    }
  }

  private static void printJson(
      PrintWriter out,
      List<Outcome> outcomes,
      Locale locale,
      int reports,
      int withErrors,
      int errors,
      int warnings,
      int unreadable,
      Map<String, Integer> byCode)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode files = root.putArray("reports");
    ArrayNode failed = root.putArray("unreadable");
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        failed.addObject().put("file", o.path().toString()).put("error", o.error());
        continue;
      }
      ObjectNode file = files.addObject();
      file.put("file", o.path().toString()).put("agency", o.agency()).put("year", o.year());
      ArrayNode findings = file.putArray("findings");
      for (Finding f : o.result().findings()) {
        ObjectNode n = findings.addObject();
        n.put("code", f.code()).put("severity", f.severity().name()).put("location", f.location());
        n.put("cell", f.cell().map(c -> c.path()).orElse(null));
        ArrayNode contributing = n.putArray("contributingCells");
        f.contributingCells().forEach(c -> contributing.add(c.path()));
        n.put("reported", f.reported().orElse(null));
        n.put("computed", f.computed().orElse(null));
        n.put("message", f.message(locale));
      }
      ArrayNode notes = file.putArray("diagnostics");
      for (Diagnostic d : o.diagnostics()) {
        ObjectNode n = notes.addObject();
        n.put("kind", d.kind().name()).put("line", d.line());
        n.put("cell", d.cell().map(c -> c.path()).orElse(null));
        n.put("text", d.text()).put("message", d.message());
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("reports", reports).put("reportsWithErrors", withErrors).put("errors", errors);
    summary.put("warnings", warnings).put("unreadable", unreadable);
    ObjectNode codes = summary.putObject("findingsByCode");
    byCode.forEach(codes::put);
    out.println(mapper.writeValueAsString(root));
  }

  /**
   * A progress bar on standard error, drawn only when a person is watching a terminal. Java cannot
   * ask whether standard error alone is a terminal; {@link System#console()} (standard input and
   * output both a terminal) stands in for it, so a redirected run never gets the bar.
   */
  static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
      this.visible = System.console() != null && total > 1;
    }

    void step() {
      int n = done.incrementAndGet();
      if (visible && (n == total || n % Math.max(1, total / 100) == 0)) {
        int width = 30;
        int filled = (int) ((long) n * width / total);
        synchronized (err) {
          err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
          err.flush();
        }
      }
    }

    void done() {
      if (visible) {
        err.print("\r" + " ".repeat(50) + "\r");
        err.flush();
      }
    }
  }
}

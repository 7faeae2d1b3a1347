package io.github.nianbao.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
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
import java.util.function.Consumer;
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
      "2:an input could not be read (the others are validated), the output could not be written,"
          + " or the command line is wrong",
      "141:the reader of standard output closed it (as | head does): the run ends there, quietly"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description =
          "Report files (.txt, .md, .json, .html, .docx, .doc, .pdf…), directories to walk, or -"
              + " for standard input.")
  List<Path> inputs;

  @Option(
      names = "--lang",
      defaultValue = "zh",
      description = "Language of the messages: zh (default) or en.")
  String lang;

  @Option(
      names = {"--to", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "The format to write: text (default), json, csv (a finding a row, UTF-8 with a BOM) or"
              + " xlsx (findings, checks not assessable and reader notes on three sheets; needs"
              + " -o).")
  Format to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout (the format is --to's).")
  Path output;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "Also write a page for people: charts of the findings per rule and per agency, the"
              + " reports worst first, each finding linked to its cell in the report's tables.")
  Path html;

  @picocli.CommandLine.Mixin KnownMetadata known = new KnownMetadata();

  @Option(
      names = "--verbose",
      description = "List the checks that could not run (not assessable), not only their count.")
  boolean verbose;

  @Option(
      names = "--threads",
      description = "Files read in parallel (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The formats of the findings. */
  enum Format {
    text,
    json,
    csv,
    xlsx
  }

  /**
   * What came of one file: findings and notes, and the report itself only when the page of {@code
   * --html} is to show its tables ({@code null} otherwise, so that memory does not grow with the
   * number of files).
   */
  record Outcome(
      Path path,
      String agency,
      int year,
      ValidationResult result,
      List<Diagnostic> diagnostics,
      String error,
      AnnualReport report) {}

  /** The outcomes the page of {@code --html} shows, kept as they come; {@code null} without it. */
  private List<Outcome> kept;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    Formats.refuseFormatAsFile(spec.commandLine(), output);
    if (to == Format.xlsx && output == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--to xlsx writes a binary workbook, not for standard output: give the file with -o,"
              + " as in -o findings.xlsx");
    }
    Inputs.stdinOnce(spec.commandLine(), inputs);
    kept = html == null ? null : new ArrayList<>();
    if (to == Format.xlsx) {
      Xlsx.checkWritable(output);
    }
    // the page's file is opened before the reports are read, as -o's is: a wrong path ends the run
    // before the work, not after it
    Output page = html == null ? null : Output.file(html);
    Env env = Nianbao.env(spec);
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Inputs.locale(lang);
    List<Inputs.Input> files = Inputs.expand(inputs);
    Output file;
    try {
      file =
          to == Format.csv
              ? Csv.open(spec, output)
              : output == null || to == Format.xlsx ? null : Output.file(output);
    } catch (IOException | RuntimeException e) {
      closeQuietly(page);
      throw e;
    }
    PrintWriter out = file == null ? spec.commandLine().getOut() : new PrintWriter(file);
    Totals totals = new Totals();
    try {
      if (to == Format.json) {
        validateJson(env, files, out, err, locale, totals);
      } else if (to == Format.csv) {
        validateCsv(env, files, out, err, totals);
      } else if (to == Format.xlsx) {
        validateXlsx(env, files, out, err, totals);
      } else {
        validateAll(
            env,
            files,
            out,
            err,
            o -> {
              totals.add(o, err);
              if (o.error() == null) {
                printText(out, o, locale);
              }
            });
        Text.summary(
            out,
            locale,
            totals.reports,
            totals.withErrors,
            totals.errors,
            totals.warnings,
            totals.unreadable,
            totals.byCode);
      }
      out.flush();
    } catch (Throwable e) {
      closeQuietly(file);
      closeQuietly(page);
      throw e;
    }
    if (file != null) {
      file.close();
    }
    if (page != null) {
      try {
        page.write(HtmlAudit.page(kept));
      } catch (RuntimeException e) {
        closeQuietly(page);
        throw e;
      }
      page.close();
    }
    return totals.unreadable > 0
        ? Nianbao.UNREADABLE
        : totals.withErrors > 0 ? Nianbao.FINDINGS : Nianbao.OK;
  }

  /** Closes an output after a failure: the first failure is the one to tell. */
  private static void closeQuietly(Output output) {
    if (output != null) {
      try {
        output.close();
      } catch (Output.Lost ignored) {
        // told already, or to be told by the failure that brought us here
      }
    }
  }

  /** The counts of the summary: all that is kept of the reports once they are printed. */
  static final class Totals {
    int reports;
    int unreadable;
    int withErrors;
    int errors;
    int warnings;
    final Map<String, Integer> byCode = new TreeMap<>();

    void add(Outcome o, PrintWriter err) {
      if (o.error() != null) {
        unreadable++;
        err.println("nianbao: " + o.error());
        return;
      }
      reports++;
      List<Finding> e = o.result().findings(Severity.ERROR);
      errors += e.size();
      warnings += o.result().findings(Severity.WARNING).size();
      withErrors += e.isEmpty() ? 0 : 1;
      o.result().findings().forEach(f -> byCode.merge(f.code(), 1, Integer::sum));
    }
  }

  /**
   * Validates the files on the pool and hands each outcome to {@code sink} in the order of the
   * files, as soon as it and those before it are done. At most a few files per thread are in
   * flight, so that memory does not grow with the number of files. An entry of a walk that cannot
   * be read is an outcome with its error; so is a file that runs the heap out (the run goes on).
   */
  private void validateAll(
      Env env, List<Inputs.Input> files, PrintWriter out, PrintWriter err, Consumer<Outcome> sink)
      throws InterruptedException, ExecutionException {
    ReportValidator validator = ReportValidator.standard();
    ReadOptions options = known.options();
    int parallel = Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    Progress progress = new Progress(out, err, files.size(), files.size() > 1 && env.terminal());
    int window = parallel * 8;
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>(window);
      Iterator<Inputs.Input> next = files.iterator();
      while (next.hasNext() || !inFlight.isEmpty()) {
        while (next.hasNext() && inFlight.size() < window) {
          Inputs.Input f = next.next();
          inFlight.add(
              pool.submit(
                  () -> {
                    try {
                      return validate(env, validator, f, options, kept != null);
                    } catch (OutOfMemoryError e) {
                      // this file's memory is free again once its task ends: the run goes on
                      return new Outcome(
                          f.path(),
                          null,
                          0,
                          null,
                          List.of(),
                          Inputs.outOfMemory(f.path(), "reading or validating"),
                          null);
                    } finally {
                      progress.step();
                    }
                  }));
        }
        Outcome o = inFlight.removeFirst().get();
        progress.print(() -> sink.accept(o));
        if (kept != null) {
          kept.add(o);
        }
      }
    } finally {
      pool.shutdownNow();
      progress.done();
    }
  }

  /** Validates one file: an {@link OutOfMemoryError} is the caller's to catch. */
  private static Outcome validate(
      Env env, ReportValidator validator, Inputs.Input input, ReadOptions options, boolean keep) {
    Path file = input.path();
    if (input.error() != null) {
      return new Outcome(file, null, 0, null, List.of(), input.error(), null);
    }
    Inputs.Read read = env.read(file, options);
    if (!read.ok()) {
      return new Outcome(file, null, 0, null, List.of(), read.error(), null);
    }
    var report = read.result().report();
    return new Outcome(
        file,
        report.agency(),
        report.year(),
        validator.validate(report),
        read.result().diagnostics(),
        null,
        keep ? report : null);
  }

  /**
   * Writes the findings as CSV ({@link Csv}, {@link AuditRows#FINDINGS}) as the reports are
   * validated: a byte order mark, the header, a finding a row, a file that could not be read a row
   * with its error.
   */
  private void validateCsv(
      Env env, List<Inputs.Input> files, PrintWriter out, PrintWriter err, Totals totals)
      throws InterruptedException, ExecutionException {
    out.print(Csv.BOM);
    Csv.row(out, AuditRows.FINDINGS);
    validateAll(
        env,
        files,
        out,
        err,
        o -> {
          totals.add(o, err);
          if (o.error() != null) {
            Csv.row(out, AuditRows.unreadable(o));
            return;
          }
          for (Finding f : o.result().findings()) {
            Csv.row(out, AuditRows.finding(o, f));
          }
          out.flush();
        });
  }

  /** Writes the workbook of {@link Xlsx} to the file of {@code -o}. */
  private void validateXlsx(
      Env env, List<Inputs.Input> files, PrintWriter out, PrintWriter err, Totals totals)
      throws IOException, InterruptedException, ExecutionException {
    try (Xlsx book = new Xlsx()) {
      validateAll(
          env,
          files,
          out,
          err,
          o -> {
            totals.add(o, err);
            if (o.error() != null) {
              book.finding(AuditRows.unreadable(o));
              return;
            }
            o.result().findings().forEach(f -> book.finding(AuditRows.finding(o, f)));
            o.result()
                .notAssessable()
                .forEach(n -> book.notAssessable(AuditRows.notAssessable(o, n)));
            o.diagnostics().forEach(d -> book.note(AuditRows.note(o, d)));
          });
      book.write(output);
    }
  }

  /** Whether a reader note is listed under its file: what was lost, or is doubtful. */
  private static boolean listed(Diagnostic d) {
    return d.kind() == Diagnostic.Kind.UNPLACED
        || d.kind() == Diagnostic.Kind.MISSING_CELL
        || d.kind() == Diagnostic.Kind.DOUBTFUL;
  }

  private void printText(PrintWriter out, Outcome o, Locale locale) {
    out.println(
        Text.fileLine(
            locale,
            Inputs.shown(o.path()),
            o.result().findings(Severity.ERROR).size(),
            o.result().findings(Severity.WARNING).size(),
            o.diagnostics().size(),
            (int) o.diagnostics().stream().filter(ValidateCommand::listed).count()));
    for (Finding f : o.result().findings()) {
      out.println(
          "  "
              + Text.severity(locale, f.severity())
              + " "
              + f.code()
              + " "
              + f.location()
              + " "
              + f.message(locale));
    }
    // checks that could not run (a blank or a mark, a sum that overflows): "no findings" must
    // never hide "not checked"
    var notAssessable = o.result().notAssessable();
    if (!notAssessable.isEmpty()) {
      out.println("  " + Text.notAssessable(locale, notAssessable.size(), verbose));
      if (verbose) {
        for (var n : notAssessable) {
          out.println("    " + n.code() + " " + n.location() + ": " + n.reason());
        }
      }
    }
    // what the reader lost is shown, not only counted: a number it could not place, a cell it
    // did not find (the other notes, normalised or ignored text, are in --to json)
    for (Diagnostic d : o.diagnostics()) {
      if (listed(d)) {
        out.println("  " + Text.note(locale, d));
      }
    }
  }

  /**
   * Writes the JSON document as the reports are validated: {@code reports} one by one, then {@code
   * unreadable} and {@code summary}.
   */
  private void validateJson(
      Env env,
      List<Inputs.Input> files,
      PrintWriter out,
      PrintWriter err,
      Locale locale,
      Totals totals)
      throws IOException, InterruptedException, ExecutionException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    List<Outcome> failed = new ArrayList<>();
    Writer unclosed =
        new FilterWriter(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        };
    try (JsonGenerator g = mapper.createGenerator(unclosed)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("reports");
      try {
        validateAll(
            env,
            files,
            out,
            err,
            o -> {
              totals.add(o, err);
              if (o.error() != null) {
                failed.add(o);
                return;
              }
              try {
                mapper.writeTree(g, reportNode(mapper, o, locale));
                // out of the generator's buffer before the progress bar is drawn again
                g.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unreadable");
      for (Outcome o : failed) {
        g.writeStartObject();
        g.writeStringField("file", o.path().toString());
        g.writeStringField("error", o.error());
        g.writeEndObject();
      }
      g.writeEndArray();
      ObjectNode summary = mapper.createObjectNode();
      summary.put("reports", totals.reports).put("reportsWithErrors", totals.withErrors);
      summary.put("errors", totals.errors);
      summary.put("warnings", totals.warnings).put("unreadable", totals.unreadable);
      ObjectNode codes = summary.putObject("findingsByCode");
      totals.byCode.forEach(codes::put);
      g.writeFieldName("summary");
      mapper.writeTree(g, summary);
      g.writeEndObject();
    }
    out.println();
  }

  private static ObjectNode reportNode(ObjectMapper mapper, Outcome o, Locale locale) {
    ObjectNode file = mapper.createObjectNode();
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
      n.put("kind", d.kind().name()).put("reason", d.reason().name()).put("line", d.line());
      n.put("cell", d.cell().map(c -> c.path()).orElse(null));
      n.put("text", d.text());
      // the reader's message is English; the reason's description, Chinese: both kept
      n.put("message", d.message()).put("reasonZh", d.reason().zh());
    }
    return file;
  }

  /**
   * A progress bar on standard error, drawn only when a person is watching a terminal ({@link
   * Env#terminal()}). It is cleared before any line is printed, on standard output or standard
   * error, and drawn again after it, so that no line is glued to it; and cleared at the end.
   */
  static final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final AtomicInteger done = new AtomicInteger();

    /** How many characters of the bar are on the line now, 0 when it is cleared. */
    private int drawn;

    Progress(PrintWriter out, PrintWriter err, int total, boolean visible) {
      this.out = out;
      this.err = err;
      this.total = total;
      this.visible = visible;
    }

    void step() {
      int n = done.incrementAndGet();
      if (visible && (n == total || n % Math.max(1, total / 100) == 0)) {
        synchronized (this) {
          draw();
        }
      }
    }

    /** Prints lines with the bar cleared, then draws it again under them. */
    void print(Runnable lines) {
      if (!visible) {
        lines.run();
        return;
      }
      synchronized (this) {
        clear();
        lines.run();
        // the lines reach the terminal before the bar does
        out.flush();
        err.flush();
        draw();
      }
    }

    /** Clears the bar for good. */
    synchronized void done() {
      if (visible) {
        clear();
      }
    }

    private void draw() {
      int n = done.get();
      int filled = (int) ((long) n * WIDTH / total);
      String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total;
      err.print("\r" + bar);
      err.flush();
      drawn = bar.length();
    }

    private void clear() {
      if (drawn > 0) {
        err.print("\r" + " ".repeat(drawn) + "\r");
        err.flush();
        drawn = 0;
      }
    }
  }
}

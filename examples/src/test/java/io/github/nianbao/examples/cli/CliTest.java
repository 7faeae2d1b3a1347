package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.examples.SampleReports;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command objects run end to end on real files, as a user runs them. */
class CliTest {

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run nianbao(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Nianbao.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path json(String name, AnnualReport report) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(
        p, ReportFormats.byName("json").orElseThrow().write(report), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void noCommandAndNoThreadsAreUsageErrors() {
    Run bare = nianbao();
    assertEquals(2, bare.code());
    assertTrue(bare.err().startsWith("nianbao: a command is needed"), bare.err());
    for (String threads : List.of("0", "-5")) {
      Run run = nianbao("validate", "--threads", threads, "samples");
      assertEquals(2, run.code(), run.out());
      assertTrue(run.err().contains("--threads must be at least 1"), run.err());
    }
  }

  @Test
  void fileNamesThatLookLikeOptionsOrHoldLineBreaksStayFileNames() throws IOException {
    Path dash = dir.resolve("-dash.txt");
    Files.copy(Path.of("samples/002_91d5f5a0561784d8.txt"), dash);
    Run run = nianbao("validate", dash.toString());
    assertEquals(0, run.code(), run.err());
    Path broken = dir.resolve("a\nb.txt");
    Files.writeString(broken, "不是报告");
    Run bad = nianbao("validate", broken.toString());
    assertEquals(2, bad.code());
    assertEquals(1, bad.err().lines().filter(l -> l.contains("a\\nb.txt")).count(), bad.err());
  }

  @Test
  void aSeriesWithTwoReportsOfOneYearNamesBothFiles() throws IOException {
    Path a = json("a.json", SampleReports.all().get(0));
    Path b = json("b.json", SampleReports.all().get(0));
    Run run = nianbao("series", a.toString(), b.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains(a + " and " + b), run.err());
  }

  @Test
  void theFileLineSaysHowManyReaderNotesAreListed() {
    Run run = nianbao("validate", "samples/001_f78362fcf04790d2.txt");
    String line = run.out().lines().findFirst().orElseThrow();
    long listed = run.out().lines().filter(l -> l.startsWith("  读取 ")).count();
    assertTrue(line.contains("（下列 " + listed + " 条为未能放置、缺失或存疑的内容）"), run.out());
  }

  @Test
  void checksThatCouldNotRunAreCountedAndListedWithVerbose() throws IOException {
    Path file =
        json(
            "overflow.json",
            SampleReports.all()
                .get(0)
                .withCell(
                    io.github.nianbao.core.CellAddress.of(
                        io.github.nianbao.core.ApplicationRow.NEWLY_RECEIVED,
                        io.github.nianbao.core.ApplicantCategory.NATURAL_PERSON),
                    io.github.nianbao.core.Cell.of(Long.MAX_VALUE)));
    Run run = nianbao("validate", file.toString());
    assertTrue(run.out().contains("未能检查 "), run.out());
    assertTrue(run.out().contains("--verbose 列出"), run.out());
    Run verbose = nianbao("validate", "--verbose", "--lang", "en", file.toString());
    assertTrue(verbose.out().contains("overflows"), verbose.out());
  }

  @Test
  void lostStandardOutputIsNoSuccess() {
    // a writer that fails as /dev/full does
    java.io.Writer full =
        new java.io.Writer() {
          @Override
          public void write(char[] c, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();
    int code =
        Nianbao.run(
            new PrintWriter(full),
            new PrintWriter(err),
            "validate",
            "samples/002_91d5f5a0561784d8.txt");
    assertEquals(2, code);
    assertTrue(err.toString().contains("standard output could not be written"), err.toString());
  }

  @Test
  void validateReadsADirectoryOfMixedPublishedLayouts() throws IOException {
    Path corpus = Path.of("../serialization/src/test/resources/corpus");
    List<String> files =
        List.of(
            "pg-03-cqjlp-erlang-2022.txt", // pipe rows
            "pg-02-hanyang-qzfb-2022.txt", // one cell a line with pipes
            "made-01-spaces-tongchuan-2023.txt", // pdftotext -layout
            "made-05-paragraphs-quxian-2023.txt", // one cell a paragraph
            "made-06-markdown-tongchuan-2023.md", // Markdown tables
            "made-08-glued-tongchuan-2023.txt"); // glued digits
    for (String f : files) {
      Files.copy(corpus.resolve(f), dir.resolve(f));
    }
    // and one in GBK, as many portals serve text
    String gbk = Files.readString(corpus.resolve("made-04-pipe-rows-hongqiao-2022.txt"));
    Files.write(dir.resolve("gbk.txt"), gbk.getBytes(java.nio.charset.Charset.forName("GB18030")));
    Run run = nianbao("validate", dir.toString());
    assertTrue(run.out().contains("汇总：共 7 份报告"), run.out());
    assertTrue(run.out().contains("无法读取 0 份"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void validateAValidReportExitsZero() throws IOException {
    Path file = json("tongchuan.json", SampleReports.all().get(0));
    Run run = nianbao("validate", file.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains(file + "：0 个错误，0 个警告"), run.out());
    assertTrue(run.out().contains("汇总：共 1 份报告，其中 0 份有错误"), run.out());
  }

  @Test
  void validateAMisprintedReportExitsOneAndNamesTheCell() throws IOException {
    json("a.json", SampleReports.all().get(0));
    json("b.json", SampleReports.all().get(1));
    Run run = nianbao("validate", "--lang", "en", dir.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(
        run.out()
            .contains(
                "ERROR T3.BALANCE applications.carriedForward.naturalPerson Table 3, column naturalPerson"),
        run.out());
    assertTrue(run.out().contains("Summary: 2 report(s), 1 with errors; 2 error(s)"), run.out());
    assertTrue(run.out().contains("  T3.BALANCE 1"), run.out());
  }

  @Test
  void validateAsJsonIsOneDocument() throws IOException {
    json("b.json", SampleReports.all().get(1));
    Run run = nianbao("validate", "--to", "json", dir.toString());
    assertEquals(1, run.code(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode finding = root.get("reports").get(0).get("findings").get(0);
    assertEquals("T3.ROW_TOTAL", finding.get("code").asText());
    assertEquals("ERROR", finding.get("severity").asText());
    assertEquals("applications.carriedForward.total", finding.get("cell").asText());
    assertEquals(6, finding.get("contributingCells").size());
    assertEquals("4", finding.get("reported").asText());
    assertEquals("5", finding.get("computed").asText());
    assertTrue(finding.get("message").asText().startsWith("表三"));
    assertEquals(2, root.get("summary").get("errors").asInt());
    assertEquals(1, root.get("summary").get("findingsByCode").get("T3.BALANCE").asInt());
  }

  @Test
  void anUnreadableFileExitsTwoWithOneLine() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": \"2021\", \"agency\": ", StandardCharsets.UTF_8);
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe});
    Run run =
        nianbao(
            "validate", bad.toString(), binary.toString(), dir.resolve("missing.json").toString());
    assertEquals(2, run.code());
    List<String> lines = run.err().lines().toList();
    assertEquals(3, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("nianbao: " + bad + ": MALFORMED"), lines.get(0));
    assertTrue(lines.get(1).startsWith("nianbao: " + binary + ": "), lines.get(1));
    assertEquals("nianbao: " + dir.resolve("missing.json") + ": no such file", lines.get(2));
    assertFalse(run.err().contains("\tat "), "no stack trace");
    assertTrue(run.out().contains("无法读取 3 份"), run.out());
  }

  @Test
  void debugShowsTheStackTraceOfAnUnexpectedError() {
    Run plain = nianbao("convert", "--to", "yaml", "x.json");
    assertEquals(2, plain.code());
    assertTrue(plain.err().startsWith("nianbao: no format named yaml"), plain.err());
    assertFalse(plain.err().contains("\tat "));
    Run debug = nianbao("--debug", "convert", "--to", "yaml", "x.json");
    assertTrue(debug.err().contains("\tat "), debug.err());
  }

  @Test
  void convertWritesTheOtherFormat() throws IOException {
    Path file = json("t.json", SampleReports.all().get(0));
    Path out = dir.resolve("copy.json");
    Run run = nianbao("convert", "--to", "json", file.toString(), "-o", out.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(Files.readString(file), Files.readString(out));
  }

  @Test
  void sumAddsTheReportsCellByCell() throws IOException {
    json("a.json", SampleReports.all().get(0));
    json("b.json", SampleReports.all().get(0).withAgency("另一个机关"));
    Run run = nianbao("sum", "--agency", "达州市", "--to", "json", dir.toString());
    assertEquals(0, run.code(), run.err());
    AnnualReport sum = ReportFormats.byName("json").orElseThrow().read(run.out()).report();
    assertEquals("达州市", sum.agency());
    assertEquals(128, sum.applications().newlyReceived().total().value());
    assertEquals(io.github.nianbao.core.Scope.AGGREGATE, sum.scope());
  }

  @Test
  void sumSaysWhichContributorsLeaveACellNoNumberAndSumsEachReportOnce() throws IOException {
    Path a = json("a.json", SampleReports.all().get(0));
    json(
        "b.json",
        SampleReports.all()
            .get(0)
            .withAgency("另一个机关")
            .withCell(
                io.github.nianbao.core.CellAddress.of(
                    io.github.nianbao.core.DisclosureRow.LICENSING),
                io.github.nianbao.core.Cell.mark("2,841")));
    // the same file twice: once by the directory, once by name
    Run run = nianbao("sum", "--agency", "达州市", "--to", "json", dir.toString(), a.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("the same file as"), run.err());
    assertTrue(
        run.err().contains("activeDisclosure.licensing is not a number in the sum: «2,841» in "),
        run.err());
    AnnualReport sum = ReportFormats.byName("json").orElseThrow().read(run.out()).report();
    assertEquals(128, sum.applications().newlyReceived().total().value());
  }

  @Test
  void sumRefusesOneReportTwiceAndWritesNoPartialSum() throws IOException {
    json("a.json", SampleReports.all().get(0));
    json("copy.json", SampleReports.all().get(0));
    Run twice = nianbao("sum", "--to", "json", dir.toString());
    assertEquals(2, twice.code());
    assertTrue(twice.err().contains("one report would be summed twice"), twice.err());
    assertEquals("", twice.out());
    Files.delete(dir.resolve("copy.json"));
    Files.writeString(dir.resolve("bad.json"), "{");
    Run partial = nianbao("sum", "--to", "json", dir.toString());
    assertEquals(2, partial.code());
    assertEquals("", partial.out());
    assertTrue(partial.err().contains("no sum is written"), partial.err());
  }

  @Test
  void convertWritesWebPagesAndWordDocumentsThatReadBackAlike() throws IOException {
    Path original = json("report.json", SampleReports.all().get(0));
    Path html = dir.resolve("report.html");
    Path docx = dir.resolve("report.docx");
    assertEquals(
        0, nianbao("convert", "--to", "html", "-o", html.toString(), original.toString()).code());
    assertEquals(
        0, nianbao("convert", "--to", "docx", "-o", docx.toString(), original.toString()).code());
    assertTrue(Files.readString(html).contains("<table"));
    byte[] zip = Files.readAllBytes(docx);
    assertEquals('P', zip[0]);
    assertEquals('K', zip[1]);
    String expected = nianbao("convert", "--to", "json", original.toString()).out();
    assertEquals(expected, nianbao("convert", "--to", "json", html.toString()).out());
    assertEquals(expected, nianbao("convert", "--to", "json", docx.toString()).out());
    Run both = nianbao("validate", "--lang", "en", html.toString(), docx.toString());
    assertTrue(both.out().contains("2 report(s)"), both.out());
    // a .docx is no text for standard output
    Run toStdout = nianbao("convert", "--to", "docx", original.toString());
    assertEquals(2, toStdout.code(), toStdout.err());
    assertTrue(toStdout.err().contains("give the file with -o"), toStdout.err());
    assertEquals("", toStdout.out());
  }

  @Test
  void aWord97DocumentIsReadAndAReadOnlyFormatIsRefusedBeforeAnyFileIsWritten() throws IOException {
    // a .doc as LibreOffice writes it (the word module's fixture) and its source text
    Path fixtures = Path.of("../serialization/word/src/test/resources/libreoffice");
    Path doc = dir.resolve("seed-0.doc");
    Files.copy(fixtures.resolve("seed-0.doc"), doc);
    Run json = nianbao("convert", "--to", "json", doc.toString());
    assertEquals(0, json.code(), json.err());
    assertEquals(
        nianbao("convert", "--to", "json", fixtures.resolve("seed-0.txt").toString()).out(),
        json.out());
    Path out = dir.resolve("again.doc");
    Run refused = nianbao("convert", "--to", "doc", "-o", out.toString(), doc.toString());
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("the doc format is read only"), refused.err());
    assertFalse(Files.exists(out), "no empty file is left behind");
  }

  @Test
  void standardInputIsToldByItsContentAndAPdfIsRead() throws IOException {
    Path original = json("report.json", SampleReports.all().get(0));
    Path docx = dir.resolve("report.docx");
    Path html = dir.resolve("report.html");
    assertEquals(
        0, nianbao("convert", "--to", "docx", "-o", docx.toString(), original.toString()).code());
    assertEquals(
        0, nianbao("convert", "--to", "html", "-o", html.toString(), original.toString()).code());
    String expected = nianbao("convert", "--to", "json", original.toString()).out();
    Path doc = Path.of("../serialization/word/src/test/resources/libreoffice/seed-0.doc");
    Path pdf = Path.of("../serialization/pdf/src/test/resources/fixtures/seed-000-portrait.pdf");
    for (Path p : List.of(docx, html)) {
      Run piped =
          nianbao(
              stdin(new java.io.ByteArrayInputStream(Files.readAllBytes(p))),
              "convert",
              "--to",
              "json",
              "-");
      assertEquals(0, piped.code(), p + ": " + piped.err());
      assertEquals(expected, piped.out(), p.toString());
    }
    for (Path p : List.of(doc, pdf)) {
      Run piped =
          nianbao(
              stdin(new java.io.ByteArrayInputStream(Files.readAllBytes(p))),
              "convert",
              "--to",
              "json",
              "-");
      assertEquals(0, piped.code(), p + ": " + piped.err());
      assertEquals(
          nianbao("convert", "--to", "json", p.toString()).out(), piped.out(), p.toString());
      assertTrue(piped.out().contains("\"applications\""), piped.out());
    }
    Run validate = nianbao("validate", "--lang", "en", pdf.toString());
    assertTrue(validate.out().contains("1 report(s)"), validate.out());
    Path out = dir.resolve("again.pdf");
    Run refused = nianbao("convert", "--to", "pdf", "-o", out.toString(), original.toString());
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("the pdf format is read only"), refused.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aSumThatOverflowsNamesTheCellAndTheFiles() throws IOException {
    AnnualReport r = SampleReports.all().get(0);
    io.github.nianbao.core.CellAddress at =
        io.github.nianbao.core.CellAddress.of(
            io.github.nianbao.core.ApplicationRow.CARRIED_FORWARD,
            io.github.nianbao.core.ApplicantCategory.NATURAL_PERSON);
    AnnualReport huge = r.withCell(at, io.github.nianbao.core.Cell.of(Long.MAX_VALUE));
    json("b.json", huge.withAgency("乙局"));
    json("c.json", huge.withAgency("丙局"));
    Run run = nianbao("sum", "--to", "json", dir.toString());
    assertEquals(2, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .contains("the sum of " + at.path() + " (" + at.label() + ") is 18446744073709551614"),
        run.err());
    assertTrue(
        run.err().contains("b.json 9223372036854775807") && run.err().contains("c.json"),
        run.err());
    assertTrue(run.err().contains("no sum is written"), run.err());
    assertTrue(!run.err().contains("long overflow"), run.err());
  }

  @Test
  void sumRefusesReportsOfDifferentYearsUnlessOneIsChosen() throws IOException {
    json("a.json", SampleReports.all().get(0));
    json("b.json", SampleReports.all().get(0).withYear(2022));
    Run run = nianbao("sum", "--to", "json", dir.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("choose one with --year"), run.err());
    Run chosen = nianbao("sum", "--year", "2022", "--to", "json", dir.toString());
    assertEquals(0, chosen.code(), chosen.err());
    assertTrue(chosen.err().contains("left out of the sum of 2022"), chosen.err());
  }

  @Test
  void seriesComparesConsecutiveYears() throws IOException {
    AnnualReport now = SampleReports.all().get(0);
    json("2023.json", now);
    json("2022.json", now.withYear(2022));
    Run run =
        nianbao(
            "series",
            "--lang",
            "en",
            dir.resolve("2023.json").toString(),
            dir.resolve("2022.json").toString());
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(
        run.out().contains("2023 ERROR SERIES.CARRY applications.carriedOver.naturalPerson"),
        run.out());
  }

  @Test
  void badArgumentsAndHelp() {
    Run none = nianbao("validate");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("Missing required parameter"), none.err());
    for (String command : List.of("validate", "convert", "sum", "series")) {
      Run help = nianbao(command, "--help");
      assertEquals(0, help.code());
      assertTrue(help.out().startsWith("Usage: nianbao " + command), help.out());
    }
    Run version = nianbao("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("nianbao "), version.out());
  }

  @Test
  void theBundledSamplesShowSumAndSeries() {
    // as the README shows them: the reports of 2023 summed, and one agency's two years in a series
    Run sum = nianbao("sum", "--year", "2023", "--to", "json", "samples");
    assertEquals(0, sum.code(), sum.err());
    assertTrue(sum.out().contains("\"year\": 2023"), sum.out());
    assertTrue(sum.out().contains("\"scope\""), sum.out());
    assertTrue(sum.err().contains("a report of 2021, left out of the sum of 2023"), sum.err());
    Run series = nianbao("series", "samples/示例市数字经济局-2022.txt", "samples/示例市数字经济局-2023.txt");
    assertEquals(0, series.code(), series.out() + series.err());
    assertTrue(series.out().contains("汇总：共 2 份报告，其中 0 份有错误"), series.out());
  }

  @Test
  void theReadmesFirstCommandOnTheBundledSamples() {
    Run run = nianbao("validate", "samples");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("汇总：共 8 份报告，其中 1 份有错误；错误 2 个，警告 2 个；无法读取 0 份。"), run.out());
    assertTrue(run.out().contains("  T3.BALANCE 1"), run.out());
    // seed 001 prints six numbers in a row of seven: the note is shown, not only counted, in
    // Chinese
    assertTrue(
        run.out()
            .contains(
                "  读取 第 69 行 MISSING_CELL 四、结转下年度继续办理·自然人（applications.carriedForward.naturalPerson）："
                    + Diagnostic.Reason.MISSING_CELL.zh()),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void convertTextToJsonAndBack() throws IOException {
    Path json = dir.resolve("002.json");
    Run toJson =
        nianbao(
            "convert", "--to", "json", "samples/002_91d5f5a0561784d8.txt", "-o", json.toString());
    assertEquals(0, toJson.code());
    assertTrue(toJson.err().contains("IGNORED"), "reader notes go to stderr: " + toJson.err());
    Run toText = nianbao("convert", "--to", "text", json.toString());
    assertEquals(0, toText.code(), toText.err());
    assertTrue(toText.out().startsWith("达州市通川区2023年政府信息公开工作年度报告"), toText.out());
    assertTrue(toText.out().contains("行政事业性收费\t1953.86"), toText.out());
  }

  @Test
  void emptyDirectoriesUnknownLanguagesAndUnwritableOutputsAreErrors() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Run none = nianbao("validate", empty.toString());
    assertEquals(2, none.code());
    assertEquals(
        "nianbao: " + empty + ": no report file (" + Inputs.endings() + ") in this directory",
        none.err().strip());

    Path file = json("t.json", SampleReports.all().get(0));
    Run french = nianbao("validate", "--lang", "fr", file.toString());
    assertEquals(2, french.code());
    assertEquals("nianbao: --lang fr: the messages exist in zh and en", french.err().strip());

    Run nowhere =
        nianbao(
            "convert",
            "--to",
            "json",
            file.toString(),
            "-o",
            dir.resolve("no/such/dir/x.json").toString());
    assertEquals(2, nowhere.code());
    assertEquals(
        "nianbao: no such file or directory: " + dir.resolve("no/such/dir/x.json"),
        nowhere.err().strip());
  }

  // ---- issue 11: nothing lost, nothing hung ----

  /** A run in an environment of the test's, its standard output a writer of the test's. */
  static Run nianbao(Env env, java.io.Writer stdout, String... args) {
    StringWriter err = new StringWriter();
    int code = Nianbao.run(env, stdout, new PrintWriter(err), args);
    return new Run(code, stdout.toString(), err.toString());
  }

  static Run nianbao(Env env, String... args) {
    return nianbao(env, new StringWriter(), args);
  }

  /** An environment with this standard input, no terminal, and the real reader. */
  static Env stdin(java.io.InputStream in) {
    return new Env(in, () -> false, null);
  }

  /**
   * What a terminal shows of text written to it: a carriage return goes back to the start of the
   * line, and what follows overwrites what was there.
   */
  static List<String> screen(String written) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    int column = 0;
    for (char c : written.toCharArray()) {
      if (c == '\n') {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        column = 0;
      } else if (c == '\r') {
        column = 0;
      } else {
        if (column < line.length()) {
          line.setCharAt(column, c);
        } else {
          line.append(c);
        }
        column++;
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  @Test
  void theProgressBarIsClearedBeforeEveryLineAndAtTheEnd() {
    // one terminal shows both streams, as a person sees them
    StringWriter terminal = new StringWriter();
    Env env = new Env(java.io.InputStream.nullInputStream(), () -> true, null);
    int code =
        Nianbao.run(
            env,
            terminal,
            new PrintWriter(terminal, true),
            "validate",
            "--threads",
            "1",
            "samples");
    assertEquals(1, code, terminal.toString());
    assertTrue(terminal.toString().contains("] 8/8"), "the bar is drawn: " + terminal);
    List<String> shown = screen(terminal.toString());
    List<String> files = shown.stream().filter(l -> l.contains("samples/")).toList();
    assertEquals(8, files.size(), String.join("\n", shown));
    for (String line : shown) {
      assertFalse(line.contains("[#") || line.contains("/8"), "a line glued to the bar: " + line);
    }
    assertTrue(files.get(0).startsWith("samples/000_"), files.get(0));
    assertTrue(shown.get(shown.size() - 5).startsWith("汇总：共 8 份报告"), String.join("\n", shown));
    assertEquals(
        "TEXT.OVERVIEW_LENGTH 1",
        shown.get(shown.size() - 1).strip(),
        "the bar is cleared at the end");
  }

  @Test
  void withoutATerminalThereIsNoBar() {
    StringWriter both = new StringWriter();
    int code =
        Nianbao.run(
            stdin(java.io.InputStream.nullInputStream()),
            both,
            new PrintWriter(both, true),
            "validate",
            "samples");
    assertEquals(1, code);
    assertFalse(both.toString().contains("\r"), both.toString());
  }

  @Test
  void toIsTheFormatAndOutputAFileInEveryCommand() throws IOException {
    Path file = json("t.json", SampleReports.all().get(0));
    // the format is --to's in validate too
    Run json = nianbao("validate", "--to", "json", file.toString());
    assertEquals(0, json.code(), json.err());
    assertEquals(1, new ObjectMapper().readTree(json.out()).get("summary").get("reports").asInt());
    // and -o/--output names a file in validate too
    Path written = dir.resolve("findings.txt");
    Run toFile = nianbao("validate", "-o", written.toString(), file.toString());
    assertEquals(0, toFile.code(), toFile.err());
    assertEquals("", toFile.out());
    assertTrue(Files.readString(written).contains("汇总：共 1 份报告"), Files.readString(written));
    Path writtenJson = dir.resolve("findings.json");
    Run jsonToFile =
        nianbao("validate", "--to", "json", "--output", writtenJson.toString(), file.toString());
    assertEquals(0, jsonToFile.code(), jsonToFile.err());
    assertEquals(
        1, new ObjectMapper().readTree(writtenJson.toFile()).get("summary").get("reports").asInt());

    // the old meaning, and a format given as a file, are usage errors that say what to write
    List<List<String>> olds =
        List.of(
            List.of("validate", "--output", "json", file.toString()),
            List.of("validate", "--output", "text", file.toString()),
            List.of("convert", "--to", "json", "--output", "json", file.toString()),
            List.of("convert", "--to", "text", "-o", "TEXT", file.toString()),
            List.of("sum", "--output", "json", file.toString()));
    for (List<String> old : olds) {
      Path cwdFile =
          Path.of(
              old.get(
                  old.indexOf(
                          old.stream()
                              .filter(a -> a.equals("--output") || a.equals("-o"))
                              .findFirst()
                              .orElseThrow())
                      + 1));
      Run run = nianbao(old.toArray(String[]::new));
      assertEquals(2, run.code(), old + ": " + run.err());
      String format = cwdFile.toString().toLowerCase(java.util.Locale.ROOT);
      assertTrue(run.err().contains("the format is chosen with --to " + format), run.err());
      assertEquals("", run.out(), old.toString());
      assertFalse(Files.exists(cwdFile), "no file named " + cwdFile + " is written");
    }
    // a file named json is still possible, with a directory
    Path named = dir.resolve("json");
    Run explicit = nianbao("convert", "--to", "json", "-o", named.toString(), file.toString());
    assertEquals(0, explicit.code(), explicit.err());
    assertEquals(Files.readString(file), Files.readString(named));
  }

  @Test
  void chineseOutputShowsReaderNotesInChineseAndEnglishOutputInEnglish() throws IOException {
    List<String> samples =
        List.of("samples/000_da43b1e554017db7.txt", "samples/001_f78362fcf04790d2.txt");
    List<Diagnostic> listed = new java.util.ArrayList<>();
    for (String sample : samples) {
      ReportFormats.byName("text")
          .orElseThrow()
          .read(
              Files.readAllBytes(Path.of(sample)),
              io.github.nianbao.serialization.ReadOptions.none())
          .diagnostics()
          .stream()
          .filter(
              d ->
                  d.kind() == Diagnostic.Kind.UNPLACED
                      || d.kind() == Diagnostic.Kind.MISSING_CELL
                      || d.kind() == Diagnostic.Kind.DOUBTFUL)
          .forEach(listed::add);
    }
    assertTrue(listed.size() >= 5, listed.toString());
    Run zh = nianbao(new String[] {"validate", samples.get(0), samples.get(1)});
    Run en = nianbao(new String[] {"validate", "--lang", "en", samples.get(0), samples.get(1)});
    for (Diagnostic d : listed) {
      assertFalse(
          zh.out().contains(d.message()), "an English note in Chinese output: " + d.message());
      assertTrue(zh.out().contains(d.reason().zh()), zh.out());
      assertTrue(en.out().contains(d.message()), en.out());
    }
    List<String> noteLines = zh.out().lines().filter(l -> l.startsWith("  读取 ")).toList();
    assertEquals(listed.size(), noteLines.size(), zh.out());
    for (String line : noteLines) {
      assertTrue(line.matches("  读取 第 \\d+ 行 [A-Z_]+[ ：].*"), line);
      assertFalse(line.matches(".*[a-z]{3,} [a-z]{3,}.*"), "English words in: " + line);
    }
    assertTrue(zh.out().contains("：«0»"), "the source text is quoted: " + zh.out());
    // JSON keeps the reader's message and the reason with its Chinese description
    JsonNode note =
        new ObjectMapper()
                .readTree(nianbao("validate", "--to", "json", samples.get(1)).out())
                .get("reports")
                .get(0)
                .get("diagnostics")
                .findParents("reason")
                .stream()
                .filter(n -> n.get("reason").asText().equals("MISSING_CELL"))
                .findFirst()
                .orElseThrow();
    assertEquals(Diagnostic.Reason.MISSING_CELL.zh(), note.get("reasonZh").asText());
    assertEquals("an empty cell: it is blank", note.get("message").asText());
  }

  @Test
  void everyReasonOfAReaderNoteHasAChineseDescription() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Diagnostic.Reason r : Diagnostic.Reason.values()) {
      assertTrue(
          r.zh()
              .codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          r.name());
      assertTrue(seen.add(r.zh()), "two reasons, one description: " + r.zh());
    }
  }

  /** The command line's own main, in a JVM of its own, as a user starts the jar. */
  private static ProcessBuilder nianbaoProcess(String... args) {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Nianbao.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static String finish(Process p) throws IOException, InterruptedException {
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "it finishes");
    return err;
  }

  @Test
  void aRunPrintsNoHibernateValidatorBannerOnStandardError() throws Exception {
    Process p = nianbaoProcess("validate", "samples/002_91d5f5a0561784d8.txt").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = finish(p);
    assertEquals(0, p.exitValue(), err);
    assertTrue(out.contains("汇总：共 1 份报告"), out);
    assertFalse(err.contains("HV000001"), err);
    assertEquals("", err);
    // nor does Apache POI's logging (the Word format) when a .docx is written and read
    Path docx = dir.resolve("quiet.docx");
    Process write =
        nianbaoProcess(
                "convert",
                "--to",
                "docx",
                "-o",
                docx.toString(),
                "samples/002_91d5f5a0561784d8.txt")
            .start();
    write.getInputStream().readAllBytes();
    String writeErr = finish(write);
    assertEquals(0, write.exitValue(), writeErr);
    assertFalse(writeErr.contains("Log4j"), writeErr);
    Process read = nianbaoProcess("validate", docx.toString()).start();
    read.getInputStream().readAllBytes();
    String readErr = finish(read);
    assertFalse(readErr.contains("Log4j"), readErr);
  }

  /** A writer that fails as a closed pipe or a full disk does, after {@code good} characters. */
  static java.io.Writer failing(String reason, int good) {
    return new StringWriter() {
      @Override
      public void write(char[] c, int off, int len) {
        check();
        super.write(c, off, len);
      }

      @Override
      public void write(String str, int off, int len) {
        check();
        super.write(str, off, len);
      }

      @Override
      public void flush() {
        check();
      }

      private void check() {
        if (getBuffer().length() >= good) {
          throw new java.io.UncheckedIOException(new IOException(reason));
        }
      }
    };
  }

  /** A writer that throws the IOException of a closed pipe or a full disk. */
  static java.io.Writer throwing(String reason) {
    return new java.io.Writer() {
      @Override
      public void write(char[] c, int off, int len) throws IOException {
        throw new IOException(reason);
      }

      @Override
      public void flush() throws IOException {
        throw new IOException(reason);
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aClosedPipeEndsTheRunQuietlyAndAFailedWriteIsAnError() {
    for (String command : List.of("text", "json")) {
      Run pipe =
          nianbao(
              stdin(java.io.InputStream.nullInputStream()),
              throwing("Broken pipe"),
              "validate",
              "--to",
              command,
              "samples");
      assertEquals(Nianbao.PIPE_CLOSED, pipe.code(), pipe.err());
      assertEquals("", pipe.err());
      Run full =
          nianbao(
              stdin(java.io.InputStream.nullInputStream()),
              throwing("No space left on device"),
              "validate",
              "--to",
              command,
              "samples");
      assertEquals(2, full.code(), full.err());
      assertEquals(
          "nianbao: standard output could not be written: No space left on device",
          full.err().strip());
    }
    Run convert =
        nianbao(
            stdin(java.io.InputStream.nullInputStream()),
            throwing("Broken pipe"),
            "convert",
            "--to",
            "text",
            "samples/002_91d5f5a0561784d8.txt");
    assertEquals(Nianbao.PIPE_CLOSED, convert.code(), convert.err());
    assertFalse(convert.err().contains("could not be written"), convert.err());
    Run help =
        nianbao(
            stdin(java.io.InputStream.nullInputStream()),
            throwing("Broken pipe"),
            "validate",
            "--help");
    assertEquals(Nianbao.PIPE_CLOSED, help.code(), help.err());
    assertEquals("", help.err());
  }

  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
  void theJarsMainTellsAClosedPipeFromAFullDisk() throws Exception {
    Process full =
        nianbaoProcess("validate", "samples")
            .redirectOutput(ProcessBuilder.Redirect.to(new java.io.File("/dev/full")))
            .start();
    String fullErr = finish(full);
    assertEquals(2, full.exitValue(), fullErr);
    assertEquals(
        "nianbao: standard output could not be written: No space left on device", fullErr.strip());

    Process pipe = nianbaoProcess("validate", "samples").start();
    // the reader goes away before the run writes its first line, as head does after its lines
    pipe.getInputStream().close();
    String pipeErr = finish(pipe);
    assertEquals(Nianbao.PIPE_CLOSED, pipe.exitValue(), pipeErr);
    assertEquals("", pipeErr);
  }

  @Test
  void minusReadsStandardInputOnceByItsContent() throws IOException {
    byte[] text = Files.readAllBytes(Path.of("samples/002_91d5f5a0561784d8.txt"));
    Run run = nianbao(stdin(new java.io.ByteArrayInputStream(text)), "validate", "-");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("(standard input)：0 个错误"), run.out());
    // JSON told by its first character
    byte[] json = Files.readAllBytes(json("t.json", SampleReports.all().get(0)));
    Run converted =
        nianbao(stdin(new java.io.ByteArrayInputStream(json)), "convert", "--to", "text", "-");
    assertEquals(0, converted.code(), converted.err());
    assertTrue(converted.out().startsWith(SampleReports.all().get(0).agency()), converted.out());
    // with files, and to sum
    Run sum =
        nianbao(
            stdin(new java.io.ByteArrayInputStream(json)),
            "sum",
            "--to",
            "json",
            "-",
            json("other.json", SampleReports.all().get(0).withAgency("另一个机关")).toString());
    assertEquals(0, sum.code(), sum.err());
    assertEquals(
        128,
        ReportFormats.byName("json")
            .orElseThrow()
            .read(sum.out())
            .report()
            .applications()
            .newlyReceived()
            .total()
            .value());
    // once
    Run twice = nianbao(stdin(new java.io.ByteArrayInputStream(text)), "validate", "-", "-");
    assertEquals(2, twice.code());
    assertTrue(twice.err().contains("- (standard input) is given more than once"), twice.err());
  }

  @Test
  void standardInputIsReadUpToTheLimitOfAFile() {
    long[] read = new long[1];
    java.io.InputStream endless =
        new java.io.InputStream() {
          @Override
          public int read() {
            read[0]++;
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            read[0] += len;
            return len;
          }
        };
    Run run = nianbao(stdin(endless), "validate", "-");
    assertEquals(2, run.code(), run.err());
    assertEquals(
        "nianbao: (standard input): larger than "
            + io.github.nianbao.serialization.ReportFormat.MAX_INPUT_BYTES
            + " bytes: not read",
        run.err().strip());
    assertEquals(io.github.nianbao.serialization.ReportFormat.MAX_INPUT_BYTES + 1, read[0]);
  }

  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
  void aPipeNamedAsAFileIsRefusedWithTheWayToPipeInput() throws Exception {
    Path fifo = dir.resolve("report.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertTrue(mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(0, mkfifo.exitValue());
    // no writer: reading it would block for ever
    Run run =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(30), () -> nianbao("validate", fifo.toString()));
    assertEquals(2, run.code());
    assertEquals(
        "nianbao: "
            + fifo
            + ": not a regular file (a pipe or a device): not read; for piped input"
            + " give - (standard input), as in: cat FILE | nianbao validate -",
        run.err().strip());
  }

  @Test
  void aWalkGoesOnPastAPathTooLongALinkLoopAndALinkToNothing() throws IOException {
    Path root = Files.createDirectories(dir.resolve("walk"));
    Path sample = Path.of("samples/002_91d5f5a0561784d8.txt").toAbsolutePath();
    Files.copy(sample, root.resolve("good.txt"));
    // a directory deeper than PATH_MAX (4096 bytes), made through a link, since no call takes a
    // path that long
    String name = "d".repeat(100);
    Path deep = root.toAbsolutePath();
    while (deep.toString().length() + 1 + name.length() <= 3990) {
      deep = deep.resolve(name);
    }
    Files.createDirectories(deep);
    Path shortcut = dir.resolve("shortcut");
    Files.createSymbolicLink(shortcut, deep);
    String last = "e".repeat(250);
    Path below = shortcut.resolve(last);
    Files.createDirectories(below);
    Files.copy(sample, below.resolve("deep.txt"));
    Files.delete(shortcut);
    // a link back to the directory it is in, and a link to nothing
    Files.createSymbolicLink(root.resolve("loop"), root.toAbsolutePath());
    Files.createSymbolicLink(root.resolve("gone.txt"), dir.resolve("nothing.txt"));
    try {
      assertTrue(deep.resolve(last).toString().length() > 4096);
      Run run = nianbao("validate", root.toString());
      assertEquals(2, run.code(), run.err());
      assertTrue(run.out().contains(root.resolve("good.txt") + "：0 个错误"), run.out());
      assertTrue(run.out().contains("汇总：共 1 份报告，其中 0 份有错误；错误 0 个，警告 1 个；无法读取 3 份。"), run.out());
      List<String> lines = run.err().lines().toList();
      assertEquals(3, lines.size(), run.err());
      assertTrue(
          lines.contains(
              "nianbao: " + root.resolve("gone.txt") + ": a symbolic link to nothing: not read"),
          run.err());
      assertTrue(
          lines.contains(
              "nianbao: "
                  + root.resolve("loop")
                  + ": a symbolic link back to a directory above it (a loop): not walked again"),
          run.err());
      assertTrue(
          lines.stream()
              .anyMatch(
                  l ->
                      l.startsWith("nianbao: " + root)
                          && l.endsWith(": File name too long: not walked")),
          run.err());
      assertFalse(run.err().contains("Exception"), run.err());

      Run sum = nianbao("sum", root.toString());
      assertEquals(2, sum.code());
      assertEquals("", sum.out());
      assertTrue(sum.err().contains(": File name too long: not walked"), sum.err());
      assertTrue(sum.err().contains("3 file(s) could not be read: no sum is written"), sum.err());

      Run series = nianbao("series", root.toString());
      assertEquals(2, series.code());
      assertTrue(
          series.err().contains("3 file(s) could not be read: the series is not checked"),
          series.err());
    } finally {
      // what is deeper than PATH_MAX, @TempDir cannot delete: through the link again
      Files.createSymbolicLink(shortcut, deep);
      Files.delete(below.resolve("deep.txt"));
      Files.delete(below);
      Files.delete(shortcut);
    }
  }

  @Test
  void aDirectoryWithoutReportsDoesNotEndTheRun() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path file = json("t.json", SampleReports.all().get(0));
    Run run = nianbao("validate", empty.toString(), file.toString());
    assertEquals(2, run.code());
    assertTrue(run.out().contains(file + "：0 个错误"), run.out());
    assertEquals(
        "nianbao: " + empty + ": no report file (" + Inputs.endings() + ") in this directory",
        run.err().strip());
  }

  @Test
  void runningOutOfMemoryOnOneFileIsThatFilesErrorAndTheRunGoesOn() throws IOException {
    Path big = Path.of("samples/001_f78362fcf04790d2.txt");
    Path a = json("a.json", SampleReports.all().get(0));
    Path b = json("b.json", SampleReports.all().get(0).withAgency("另一个机关"));
    Env env =
        new Env(
            java.io.InputStream.nullInputStream(),
            () -> false,
            (file, options) -> {
              if (file.equals(big) || file.equals(b)) {
                throw new OutOfMemoryError("Java heap space");
              }
              return Inputs.read(file, options, java.io.InputStream.nullInputStream());
            });
    Run run = nianbao(env, "validate", "samples");
    assertEquals(2, run.code(), run.err());
    assertEquals(
        "nianbao: "
            + big
            + ": out of memory reading or validating this file ("
            + Files.size(big)
            + " bytes); java -Xmx gives Java more (as java -Xmx4g -jar nianbao.jar)",
        run.err().strip());
    assertTrue(run.out().contains("汇总：共 7 份报告，其中 1 份有错误；错误 2 个，警告 1 个；无法读取 1 份。"), run.out());

    Run sum = nianbao(env, "sum", dir.toString());
    assertEquals(2, sum.code());
    assertEquals("", sum.out());
    assertTrue(
        sum.err()
            .contains(
                "nianbao: "
                    + b
                    + ": out of memory reading this file ("
                    + Files.size(b)
                    + " bytes)"),
        sum.err());
    assertFalse(sum.err().contains(a.toString()), "the other file is read: " + sum.err());
    assertTrue(sum.err().contains("1 file(s) could not be read: no sum is written"), sum.err());
  }
}

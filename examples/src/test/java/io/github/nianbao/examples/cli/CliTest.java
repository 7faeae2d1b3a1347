package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.examples.SampleReports;
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
    Files.writeString(p, ReportFormats.byName("json").orElseThrow().write(report), StandardCharsets.UTF_8);
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
        run.out().contains("ERROR T3.BALANCE applications.carriedForward.naturalPerson Table 3, column naturalPerson"),
        run.out());
    assertTrue(run.out().contains("Summary: 2 report(s), 1 with errors; 2 error(s)"), run.out());
    assertTrue(run.out().contains("  T3.BALANCE 1"), run.out());
  }

  @Test
  void validateAsJsonIsOneDocument() throws IOException {
    json("b.json", SampleReports.all().get(1));
    Run run = nianbao("validate", "--output", "json", dir.toString());
    assertEquals(1, run.code());
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
    Run run = nianbao("validate", bad.toString(), binary.toString(), dir.resolve("missing.json").toString());
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
                io.github.nianbao.core.CellAddress.of(io.github.nianbao.core.DisclosureRow.LICENSING),
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
    Run run = nianbao("series", "--lang", "en", dir.resolve("2023.json").toString(), dir.resolve("2022.json").toString());
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("2023 ERROR SERIES.CARRY applications.carriedOver.naturalPerson"), run.out());
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
  void theReadmesFirstCommandOnTheBundledSamples() {
    Run run = nianbao("validate", "samples");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("汇总：共 7 份报告，其中 1 份有错误；错误 2 个，警告 1 个；无法读取 0 份。"), run.out());
    assertTrue(run.out().contains("  T3.BALANCE 1"), run.out());
    // seed 001 prints six numbers in a row of seven: the note is shown, not only counted
    assertTrue(
        run.out().contains("  读取 line 69: MISSING_CELL/MISSING_CELL [applications.carriedForward.naturalPerson] an empty cell: it is blank"),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void convertTextToJsonAndBack() throws IOException {
    Path json = dir.resolve("002.json");
    Run toJson = nianbao("convert", "--to", "json", "samples/002_91d5f5a0561784d8.txt", "-o", json.toString());
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
    assertEquals("nianbao: " + empty + ": no report file (.txt, .md, .json) in this directory", none.err().strip());

    Path file = json("t.json", SampleReports.all().get(0));
    Run french = nianbao("validate", "--lang", "fr", file.toString());
    assertEquals(2, french.code());
    assertEquals("nianbao: --lang fr: the messages exist in zh and en", french.err().strip());

    Run nowhere = nianbao("convert", "--to", "json", file.toString(), "-o", dir.resolve("no/such/dir/x.json").toString());
    assertEquals(2, nowhere.code());
    assertEquals(
        "nianbao: no such file or directory: " + dir.resolve("no/such/dir/x.json"), nowhere.err().strip());
  }
}

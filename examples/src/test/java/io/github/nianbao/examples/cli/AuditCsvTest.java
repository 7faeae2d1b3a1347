package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.examples.SampleReports;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --to csv}: a finding a row, RFC 4180, UTF-8 with a BOM, read back. */
class AuditCsvTest {

  @TempDir Path dir;

  static final Path SAMPLES = Path.of("samples");

  /** The findings the validator gives each bundled sample, computed here, by file. */
  static Map<String, ValidationResult> samplesValidated() throws IOException {
    Map<String, ValidationResult> byFile = new HashMap<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path p : files.sorted().toList()) {
        Inputs.Read read = Inputs.read(p, ReadOptions.builder().build(), System.in);
        assertTrue(read.ok(), read.error());
        byFile.put(p.toString(), ReportValidator.standard().validate(read.result().report()));
      }
    }
    return byFile;
  }

  /** A record as a map from the header's names to its fields. */
  static List<Map<String, String>> named(List<List<String>> records) {
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      assertEquals(header.size(), r.size(), "fields of " + r);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** What a row must say of a finding: its fields, by the columns' names. */
  static Map<String, String> expected(String file, Finding f) {
    Map<String, String> row = new HashMap<>();
    row.put("file", file);
    row.put("agency", f.agency());
    row.put("year", Integer.toString(f.year()));
    row.put("code", f.code());
    row.put("severity", f.severity().name());
    row.put("cell", f.location());
    row.put("label", f.cell().map(CellAddress::label).orElse(""));
    row.put("reported", f.reported().orElse(""));
    row.put("computed", f.computed().orElse(""));
    row.put("fingerprint", f.fingerprint());
    row.put("message_zh", f.messageZh());
    row.put("message_en", f.messageEn());
    return row;
  }

  @Test
  void theSamplesGiveARowForEveryFindingTheValidatorReturns() throws IOException {
    Map<String, ValidationResult> results = samplesValidated();
    CliTest.Run run = CliTest.nianbao("validate", "--to", "csv", SAMPLES.toString());
    boolean errors = results.values().stream().anyMatch(ValidationResult::hasErrors);
    assertEquals(errors ? 1 : 0, run.code(), run.err());
    List<List<String>> records = CsvParser.parseWithBom(run.out());
    assertEquals(AuditRows.FINDINGS, records.get(0));
    List<Map<String, String>> expected = new ArrayList<>();
    results.keySet().stream()
        .sorted()
        .forEach(f -> results.get(f).findings().forEach(x -> expected.add(expected(f, x))));
    assertEquals(expected, named(records));
  }

  @Test
  void formatIsASecondNameOfTo() {
    CliTest.Run to = CliTest.nianbao("validate", "--to", "csv", SAMPLES.toString());
    CliTest.Run format = CliTest.nianbao("validate", "--format", "csv", SAMPLES.toString());
    assertEquals(to, format);
    CliTest.Run json = CliTest.nianbao("validate", "--format", "json", SAMPLES.toString());
    assertTrue(json.out().startsWith("{"), json.out());
  }

  /** A mutated report: 结转下年度继续办理·合计 printed one more than its row sums to. */
  static AnnualReport mutated() {
    AnnualReport valid = SampleReports.all().get(0);
    assertTrue(ReportValidator.standard().validate(valid).findings(Severity.ERROR).isEmpty());
    CellAddress total = CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL);
    long printed = valid.count(total).value();
    return valid.withCell(total, Cell.of(printed + 1));
  }

  @Test
  void aMutatedReportsFindingIsItsRowAndAnUnreadableFileARowWithItsError() throws IOException {
    AnnualReport report = mutated();
    Path file = dir.resolve("mutated.json");
    Files.writeString(
        file, ReportFormats.byName("json").orElseThrow().write(report), StandardCharsets.UTF_8);
    Path broken = dir.resolve("broken.txt");
    Files.writeString(broken, "不是报告");
    Path csv = dir.resolve("findings.csv");
    CliTest.Run run =
        CliTest.nianbao("validate", "--to", "csv", "-o", csv.toString(), dir.toString());
    assertEquals(2, run.code(), "an unreadable file is exit code 2: " + run.err());
    assertTrue(run.err().contains("broken.txt"), run.err());
    byte[] bytes = Files.readAllBytes(csv);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
    List<Map<String, String>> rows =
        named(CsvParser.parseWithBom(new String(bytes, StandardCharsets.UTF_8)));
    Map<String, String> unreadable = rows.get(0);
    assertEquals(broken.toString(), unreadable.get("file"));
    assertEquals("UNREADABLE", unreadable.get("severity"));
    assertEquals("", unreadable.get("year"));
    assertTrue(unreadable.get("message_en").contains("broken.txt"), unreadable.toString());
    Map<String, String> rowTotal =
        rows.stream()
            .filter(r -> r.get("code").equals("T3.ROW_TOTAL"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rows.toString()));
    long printed =
        report.count(CellAddress.parse("applications.carriedForward.total").get()).value();
    assertEquals(file.toString(), rowTotal.get("file"));
    assertEquals("applications.carriedForward.total", rowTotal.get("cell"));
    assertEquals("四、结转下年度继续办理·总计", rowTotal.get("label"));
    assertEquals(Long.toString(printed), rowTotal.get("reported"));
    assertEquals(Long.toString(printed - 1), rowTotal.get("computed"));
    assertEquals("ERROR", rowTotal.get("severity"));
    assertEquals(report.agency(), rowTotal.get("agency"));
    assertEquals(Integer.toString(report.year()), rowTotal.get("year"));
    assertEquals(16, rowTotal.get("fingerprint").length());
    List<Map<String, String>> expected = new ArrayList<>();
    ReportValidator.standard()
        .validate(report)
        .findings()
        .forEach(f -> expected.add(expected(file.toString(), f)));
    assertEquals(expected, rows.subList(1, rows.size()));
  }

  @Test
  void messagesWithCommasQuotesAndLineBreaksAreQuotedAndReadBack() {
    String zh = "表三，\"结转\"\n第二行\r\n第三行";
    String en = "a, \"b\"\nc";
    Finding f =
        new Finding(
            "USER.RULE",
            Severity.WARNING,
            2023,
            "示例市,\"数字\"局",
            "applications.carriedForward.total",
            CellAddress.parse("applications.carriedForward.total"),
            List.of(),
            Optional.of(" 4"),
            Optional.empty(),
            zh,
            en);
    ValidateCommand.Outcome o =
        new ValidateCommand.Outcome(
            Path.of("a,b \"c\".txt"),
            f.agency(),
            2023,
            null, // a row is the finding's and the file's: the result is not read
            List.of(),
            null,
            null);
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    Csv.row(out, AuditRows.FINDINGS);
    Csv.row(out, AuditRows.finding(o, f));
    out.flush();
    assertEquals(expected("a,b \"c\".txt", f), named(CsvParser.parse(s.toString())).get(0));
  }

  /**
   * The jar's main on a platform whose encoding is ASCII (as Java 17 has it in the C locale): the
   * CSVs on standard output are UTF-8 with their BOM all the same, the Chinese intact.
   */
  @Test
  void csvOnStandardOutputIsUtf8WhateverThePlatformsEncoding() throws Exception {
    for (List<String> args :
        List.of(
            List.of("facts", "samples/000_da43b1e554017db7.txt"),
            List.of("validate", "--to", "csv", "samples"))) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          List.of(
              "-Dfile.encoding=US-ASCII",
              "-cp",
              System.getProperty("java.class.path"),
              Nianbao.class.getName()));
      command.addAll(args);
      Process p = new ProcessBuilder(command).redirectError(dir.resolve("err").toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
      assertTrue(p.exitValue() <= 1, Files.readString(dir.resolve("err")));
      assertArrayEquals(
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(out, 3));
      String text = new String(out, StandardCharsets.UTF_8);
      assertFalse(text.contains("?"), text.substring(0, Math.min(400, text.length())));
      List<List<String>> records = CsvParser.parseWithBom(text);
      assertTrue(records.size() > 1, args.toString());
      assertTrue(text.contains("局"), "the Chinese is there: " + args);
    }
  }

  @Property
  void anyFieldsReadBackAsWritten(@ForAll List<String> fields) {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    List<String> record = fields.isEmpty() ? List.of("") : fields;
    Csv.row(out, record);
    out.flush();
    assertEquals(List.of(record), CsvParser.parse(s.toString()));
  }
}

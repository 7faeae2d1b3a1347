package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Scope;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each runnable example, run as a user would run it, on the bundled samples. */
class ExamplesTest {

  static final Path SAMPLES = Path.of("samples");

  private static String capture(ThrowingConsumer<PrintStream> body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    body.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingConsumer<T> {
    void accept(T t) throws IOException;
  }

  @Test
  void readAndValidateAPublishedReport() throws IOException {
    ValidationResult[] result = new ValidationResult[1];
    String out =
        capture(
            o ->
                result[0] =
                    ReadAndValidateExample.run(SAMPLES.resolve("002_91d5f5a0561784d8.txt"), o));
    // its 一、总体情况 is 2,024 characters long, twice what the format asks for: one warning
    assertEquals(
        java.util.List.of("TEXT.OVERVIEW_LENGTH"),
        result[0].findings().stream().map(f -> f.code()).toList(),
        out);
    assertTrue(out.startsWith("达州市通川区 2023：1 项发现"), out);

    String misprint =
        capture(
            o ->
                result[0] =
                    ReadAndValidateExample.run(SAMPLES.resolve("示例市数字经济局-2023-印错.json"), o));
    assertEquals(2, result[0].findings(Severity.ERROR).size(), misprint);
    assertTrue(
        misprint.contains("ERROR T3.BALANCE applications.carriedForward.naturalPerson"), misprint);
  }

  @Test
  void theReportBuiltInCodeIsValidAndIsTheBundledSample() throws IOException {
    AnnualReport report = RenderTextExample.report();
    assertEquals(0, ReportValidator.standard().validate(report).findings().size());
    for (ApplicationRow row : ApplicationRow.rows(io.github.nianbao.core.FormatVersion.V2021)) {
      assertTrue(report.applications().get(row, ApplicantCategory.TOTAL).value() > 0, row.key());
    }
    String text = ReportFormats.byName("text").orElseThrow().write(report);
    assertEquals(Files.readString(SAMPLES.resolve("示例市数字经济局-2023.txt")), text);
  }

  @Test
  void sumARegionsReports() throws IOException {
    AnnualReport sum = SumRegionExample.sum(SAMPLES, "示例地区", 2023);
    assertEquals(Scope.AGGREGATE, sum.scope());
    long expected = 0;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path f : files.toList()) {
        AnnualReport r =
            ReportFormats.forFileName(f.toString())
                .orElseThrow()
                .read(Files.readString(f))
                .report();
        if (r.year() == 2023) {
          expected += r.applications().newlyReceived().total().value();
        }
      }
    }
    assertEquals(expected, sum.applications().newlyReceived().total().value());
    assertEquals(
        64 + 2 * RenderTextExample.report().applications().newlyReceived().total().value(),
        expected);
    String printed = capture(o -> SumRegionExample.print(sum, o));
    assertTrue(printed.startsWith("示例地区2023年政府信息公开工作年度报告"), printed);
  }

  @Test
  void theReadmeQuickStartWorksAsWritten() throws Exception {
    io.github.nianbao.serialization.ReportFormat text = ReportFormats.byName("text").orElseThrow();
    io.github.nianbao.serialization.ReadResult read =
        text.read(Files.readString(Path.of("samples/002_91d5f5a0561784d8.txt")));
    assertTrue(read.diagnostics().size() > 0);
    AnnualReport report = read.report();

    ValidationResult result = ReportValidator.standard().validate(report);
    // the one finding: its 一、总体情况 of 2,024 characters
    assertEquals(
        java.util.List.of("TEXT.OVERVIEW_LENGTH"),
        result.findings().stream().map(f -> f.code()).toList());

    String json = ReportFormats.byName("json").orElseThrow().write(report);
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new io.github.nianbao.serialization.json.NianbaoJsonModule());
    assertEquals(report, mapper.readValue(json, AnnualReport.class));
  }
}

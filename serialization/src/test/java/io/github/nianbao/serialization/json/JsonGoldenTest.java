package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON of one report, compared with the expected file: keys, order, layout and digits. */
class JsonGoldenTest {

  private final ReportFormat json = new JsonFormat();

  static String golden() throws IOException {
    try (InputStream in = JsonGoldenTest.class.getResourceAsStream("/json/sample-report.json")) {
      assertNotNull(in, "test resource /json/sample-report.json");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheExpectedJson() throws IOException {
    assertEquals(golden(), json.write(GoldenReports.sample()));
  }

  @Test
  void readsTheExpectedJsonAsTheReport() throws IOException {
    ReadResult read = json.read(golden());
    assertEquals(GoldenReports.sample(), read.report());
    assertTrue(read.diagnostics().isEmpty(), read.diagnostics()::toString);
  }

  @Test
  void theSeedLikeReportsRoundTripWithoutDiagnostics() throws ReportParseException {
    for (io.github.nianbao.core.AnnualReport r : GoldenReports.all()) {
      ReadResult read = json.read(json.write(r));
      assertEquals(r, read.report());
      assertTrue(read.diagnostics().isEmpty(), read.diagnostics()::toString);
    }
  }

  @Test
  void keepsTheFeeDigitsExactly() throws ReportParseException {
    String text = json.write(GoldenReports.sample());
    assertTrue(text.contains("\"administrativeFees\": 1953.86\n"), text);
  }
}

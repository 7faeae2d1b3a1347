package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON of one report of each format version, compared with the expected file: keys, order,
 * layout and digits.
 */
class JsonGoldenTest {

  private final ReportFormat json = new JsonFormat();

  static String golden() throws IOException {
    return resource("/json/sample-report.json");
  }

  /**
   * The JSON of {@link GoldenReports#sample2019()}, a report of the 2019 format (docs/format.md,
   * Format versions).
   */
  static String golden2019() throws IOException {
    return resource("/json-2019/sample-report.json");
  }

  /** The golden document of a format version. */
  static String golden(FormatVersion version) throws IOException {
    return version == FormatVersion.V2019 ? golden2019() : golden();
  }

  /** The golden report of a format version. */
  static AnnualReport goldenReport(FormatVersion version) {
    return version == FormatVersion.V2019 ? GoldenReports.sample2019() : GoldenReports.sample();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JsonGoldenTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void writesTheExpectedJson(FormatVersion version) throws IOException {
    assertEquals(golden(version), json.write(goldenReport(version)));
  }

  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void readsTheExpectedJsonAsTheReport(FormatVersion version) throws IOException {
    ReadResult read = json.read(golden(version));
    assertEquals(goldenReport(version), read.report());
    assertEquals(version, read.report().formatVersion());
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

  @Test
  void writesThe2019TablesAsDesign6aShowsThem() throws ReportParseException {
    String text = json.write(GoldenReports.sample2019());
    List<String> lines = List.of(text.split("\n"));
    assertEquals("  \"formatVersion\": \"2019\",", lines.get(1));
    for (String line :
        new String[] {
          "    \"licensing\": {\"previousYearItems\": 35, \"change\": -3, \"decisions\": 1204},",
          "    \"administrativeFees\": {\"previousYearItems\": 4, \"change\": -1},",
          "    \"centralizedProcurement\": {\"projects\": 9, \"totalAmount\": \"251000元\"}",
          "      \"otherHandling\": {\"naturalPerson\": 2, \"commercialEnterprise\": 0,"
              + " \"researchInstitution\": 0, \"publicWelfareOrganization\": 0,"
              + " \"legalServiceInstitution\": 0, \"other\": 0, \"total\": 2},"
        }) {
      assertTrue(lines.contains(line), line);
    }
  }
}

package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.json.JsonFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's format, {@code LinesFormat} of the test sources, registered only in the test resources'
 * {@code META-INF/services/io.github.nianbao.serialization.ReportFormat}, is found by name next to
 * the SDK's, exactly as a user's format on the class path is.
 *
 * <p>Surefire runs this class in a separate execution on the class path ({@code
 * useModulePath=false}, see the module's pom): in the default execution the test classes are
 * patched into the named module, where the JDK ignores {@code META-INF/services} files, so a
 * provider of the test sources cannot be declared there.
 */
class UserFormatClassPathTest {

  @Test
  void runsOnTheClassPath() {
    assertFalse(ReportFormats.class.getModule().isNamed());
  }

  @Test
  void theJacksonModuleKnowsItsVersionOnTheClassPath() {
    ReportFormatsTest.assertBuildVersion(
        new io.github.nianbao.serialization.json.NianbaoJsonModule().version());
  }

  @Test
  void theBuiltInJsonFormatIsFoundThroughItsServicesFile() {
    assertInstanceOf(JsonFormat.class, ReportFormats.byName("json").orElseThrow());
  }

  @Test
  void aUsersFormatIsFoundByNameAndWorks() throws ReportParseException {
    ReportFormat lines = ReportFormats.byName("lines").orElseThrow();
    assertEquals(
        "io.github.nianbao.serialization.userformat.LinesFormat", lines.getClass().getName());
    assertEquals(
        lines.getClass(), ReportFormats.forFileName("report.lines").orElseThrow().getClass());
    List<String> names = ReportFormats.all().stream().map(ReportFormat::name).toList();
    assertTrue(names.containsAll(List.of("json", "lines")), names::toString);
    AnnualReport report =
        new JsonFormat()
            .read(
                "{\"formatVersion\": \"2021\", \"agency\": \"某局\", \"year\": 2023,"
                    + " \"activeDisclosure\": {\"licensing\": 7, \"administrativeFees\": \"/\"}}")
            .report();
    assertEquals(report, lines.read(lines.write(report)).report());
  }
}

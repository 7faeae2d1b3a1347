package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.json.JsonFormat;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The SDK's formats are found by name through ServiceLoader on the module path, where the tests run
 * as the patched module: discovery there goes through {@code provides} in module-info (a {@code
 * META-INF/services} file of a named module is ignored by the JDK). The class path route is tested
 * by {@link UserFormatClassPathTest}.
 */
class ReportFormatsTest {

  /** The version the build wrote, as the parent pom gives it. */
  static void assertBuildVersion(com.fasterxml.jackson.core.Version v) {
    assertEquals("io.github.nianbao", v.getGroupId());
    assertEquals("nianbao-serialization", v.getArtifactId());
    String expected = System.getProperty("nianbao.version");
    assertTrue(expected != null && !expected.isEmpty(), "surefire passes the project's version");
    assertEquals(expected, v.toString());
  }

  @Test
  void theJacksonModuleKnowsItsVersionOnTheModulePath() {
    assertBuildVersion(new io.github.nianbao.serialization.json.NianbaoJsonModule().version());
  }

  @Test
  void theBuiltInJsonFormatIsFoundByName() {
    assertTrue(ReportFormats.class.getModule().isNamed(), "runs on the module path");
    ReportFormat json = ReportFormats.byName("json").orElseThrow();
    assertInstanceOf(JsonFormat.class, json);
    assertEquals(".json", json.fileExtensions().get(0));
    assertInstanceOf(JsonFormat.class, ReportFormats.byName("JSON").orElseThrow());
    assertInstanceOf(JsonFormat.class, ReportFormats.forFileName("达州 2023.JSON").orElseThrow());
    assertTrue(ReportFormats.byName("yaml").isEmpty());
  }

  /** A format of a user's, of any name and endings. */
  private static final class UsersFormat implements ReportFormat {
    private final String name;

    UsersFormat(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<String> fileExtensions() {
      return List.of(".json");
    }

    @Override
    public ReadResult read(Reader in) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void write(AnnualReport report, Writer out) {
      throw new UnsupportedOperationException();
    }
  }

  /** The test's stand-ins for a user's formats live in an SDK package: told apart by class. */
  private static final Predicate<ReportFormat> SDKS = f -> !(f instanceof UsersFormat);

  @Test
  void theOrderIsTheSameWhateverOrderTheLoaderFindsThemIn() {
    ReportFormat sdkJson = new JsonFormat();
    ReportFormat sdkText = new TextFormat();
    ReportFormat usersCsv = new UsersFormat("csv");
    ReportFormat usersXml = new UsersFormat("xml");
    List<ReportFormat> found = List.of(sdkText, usersXml, sdkJson, usersCsv);
    List<ReportFormat> expected = List.of(usersCsv, usersXml, sdkJson, sdkText);
    assertEquals(expected, ReportFormats.ordered(found, SDKS));
    List<ReportFormat> reversed = new ArrayList<>(found);
    Collections.reverse(reversed);
    assertEquals(expected, ReportFormats.ordered(reversed, SDKS));
  }

  @Test
  void twoFormatsOfOneNameAreAClearError() {
    ReportFormat usersJson = new UsersFormat("json");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ReportFormats.ordered(List.of(new JsonFormat(), usersJson), SDKS));
    assertTrue(e.getMessage().contains("two formats claim the name json"), e.getMessage());
    assertTrue(e.getMessage().contains(JsonFormat.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(UsersFormat.class.getName()), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> ReportFormats.ordered(List.of(new UsersFormat("a"), new UsersFormat("a")), SDKS));
  }
}

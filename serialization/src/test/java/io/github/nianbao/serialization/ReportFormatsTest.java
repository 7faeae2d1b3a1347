package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.json.JsonFormat;
import org.junit.jupiter.api.Test;

/**
 * The SDK's formats are found by name through ServiceLoader on the module path, where the tests
 * run as the patched module: discovery there goes through {@code provides} in module-info (a
 * {@code META-INF/services} file of a named module is ignored by the JDK). The class path route is
 * tested by {@link UserFormatClassPathTest}.
 */
class ReportFormatsTest {

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
    public java.util.List<String> fileExtensions() {
      return java.util.List.of(".json");
    }

    @Override
    public ReadResult read(java.io.Reader in) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void write(io.github.nianbao.core.AnnualReport report, java.io.Writer out) {
      throw new UnsupportedOperationException();
    }
  }

  /** The test's stand-ins for a user's formats live in an SDK package: told apart by class. */
  private static final java.util.function.Predicate<ReportFormat> SDKS =
      f -> !(f instanceof UsersFormat);

  @Test
  void theOrderIsTheSameWhateverOrderTheLoaderFindsThemIn() {
    ReportFormat sdkJson = new JsonFormat();
    ReportFormat sdkText = new io.github.nianbao.serialization.text.TextFormat();
    ReportFormat usersJson = new UsersFormat("json");
    ReportFormat usersCsv = new UsersFormat("csv");
    java.util.List<ReportFormat> found = java.util.List.of(sdkText, sdkJson, usersJson, usersCsv);
    java.util.List<ReportFormat> expected = java.util.List.of(usersCsv, usersJson, sdkText);
    assertEquals(expected, ReportFormats.ordered(found, SDKS));
    java.util.List<ReportFormat> reversed = new java.util.ArrayList<>(found);
    java.util.Collections.reverse(reversed);
    assertEquals(expected, ReportFormats.ordered(reversed, SDKS));
    // without the user's json, the SDK's is found
    assertEquals(
        java.util.List.of(sdkJson, sdkText), ReportFormats.ordered(java.util.List.of(sdkText, sdkJson), SDKS));
  }
}

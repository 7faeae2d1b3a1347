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
}

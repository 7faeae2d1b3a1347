package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The LibreOffice fixtures (src/test/fixtures/make-fixtures.sh): each .doc reads back to its source. */
class LibreOfficeDocTest {
  private static final ReportFormat TEXT = ReportFormats.byName("text").orElseThrow();
  private final DocFormat doc = new DocFormat();

  static byte[] resource(String name) throws Exception {
    try (InputStream in = LibreOfficeDocTest.class.getResourceAsStream("/libreoffice/" + name)) {
      return in.readAllBytes();
    }
  }

  static AnnualReport source(String name) throws Exception {
    return TEXT.read(new String(resource(name + ".txt"), StandardCharsets.UTF_8)).report();
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-0", "seed-1", "seed-2", "seed-3", "seed-4", "wps-styled", "blank-cells"})
  void eachDocReadsBackToItsSource(String name) throws Exception {
    AnnualReport source = source(name);
    ReadResult read = doc.read(resource(name + ".doc"), ReadOptions.none());
    assertEquals(TEXT.write(source), TEXT.write(read.report()));
    assertEquals(source, read.report());
    System.out.println(name + ": " + read.diagnostics());
  }
}

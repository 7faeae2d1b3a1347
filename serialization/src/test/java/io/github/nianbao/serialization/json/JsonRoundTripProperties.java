package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.AnyReports;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonRoundTripProperties {

  private final JsonFormat json = new JsonFormat();

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  @Property(tries = 300)
  void readOfWriteIsTheReport(@ForAll("reports") AnnualReport report)
      throws ReportParseException {
    ReadResult read = json.read(json.write(report));
    assertEquals(report, read.report());
    assertTrue(read.diagnostics().isEmpty(), read.diagnostics()::toString);
  }

  @Property(tries = 200)
  void writingIsDeterministic(@ForAll("reports") AnnualReport report)
      throws ReportParseException {
    String once = json.write(report);
    assertEquals(once, new JsonFormat().write(report));
    assertEquals(once, json.write(json.read(once).report()));
  }
}

package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.testing.AnyReports;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every report of either format version reads back as written (AnyReports: one in four 2019). */
class JsonRoundTripProperties {

  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private final JsonFormat json = new JsonFormat();

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  @Property(tries = 300)
  void readOfWriteIsTheReport(@ForAll("reports") AnnualReport report) throws ReportParseException {
    ReadResult read = json.read(json.write(report));
    assertEquals(report, read.report());
    assertTrue(read.diagnostics().isEmpty(), read.diagnostics()::toString);
  }

  @Property(tries = 200)
  void aReportReadBackWritesTheSameText(@ForAll("reports") AnnualReport report)
      throws ReportParseException {
    String once = json.write(report);
    assertEquals(once, json.write(json.read(once).report()));
  }

  /** The members of the report in any order, formatVersion after the tables included. */
  @Property(tries = 100)
  void theMembersMayComeInAnyOrder(@ForAll("reports") AnnualReport report, @ForAll long seed)
      throws IOException {
    ObjectNode tree = (ObjectNode) TREES.readTree(json.write(report));
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    Collections.shuffle(names, new Random(seed));
    ObjectNode shuffled = TREES.createObjectNode();
    for (String n : names) {
      shuffled.set(n, tree.get(n));
    }
    ReadResult read = json.read(TREES.writeValueAsString(shuffled));
    assertEquals(report, read.report());
    assertTrue(read.diagnostics().isEmpty(), read.diagnostics()::toString);
  }

  /** A report declared as the other version is refused at its first Table 2 key, never misread. */
  @Property(tries = 100)
  void aReportDeclaredAsTheOtherVersionIsRefused(@ForAll("reports") AnnualReport report) {
    FormatVersion other =
        report.formatVersion() == FormatVersion.V2019 ? FormatVersion.V2021 : FormatVersion.V2019;
    String text =
        json.write(report)
            .replaceFirst(
                "\"formatVersion\": \"" + report.formatVersion().key() + "\"",
                "\"formatVersion\": \"" + other.key() + "\"");
    ReportParseException e = assertThrows(ReportParseException.class, () -> json.read(text));
    assertEquals(ReportParseException.ErrorType.INVALID_VALUE, e.errorType(), e::getMessage);
    assertEquals(
        other == FormatVersion.V2019
            ? "activeDisclosure.rules.issued"
            : "activeDisclosure.rules.newlyMade",
        e.location());
  }
}

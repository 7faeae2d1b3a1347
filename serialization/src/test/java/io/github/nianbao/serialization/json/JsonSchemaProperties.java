package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Scope;
import io.github.nianbao.testing.AnyReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The published JSON Schema (draft 2020-12) describes what {@link JsonFormat} writes, for both
 * format versions: every written report conforms, and the schema requires every cell of the
 * report's version at its path and no other key — none of the other version either.
 */
class JsonSchemaProperties {

  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JsonFormat.jsonSchema());

  private final JsonFormat json = new JsonFormat();

  private static List<Error> errors(String document) throws IOException {
    return SCHEMA.validate(TREES.readTree(document));
  }

  private static List<Error> errors(JsonNode document) {
    return SCHEMA.validate(document);
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  @Property(tries = 200)
  void everyWrittenReportConforms(@ForAll("reports") AnnualReport report) throws IOException {
    List<Error> errors = errors(json.write(report));
    assertTrue(errors.isEmpty(), errors::toString);
  }

  @Property(tries = 100)
  void everyWritten2019ReportConforms(@ForAll("reports2019") AnnualReport report)
      throws IOException {
    List<Error> errors = errors(json.write(report));
    assertTrue(errors.isEmpty(), errors::toString);
  }

  @Provide
  Arbitrary<AnnualReport> reports2019() {
    return AnyReports.reports(FormatVersion.V2019);
  }

  @Example
  void theGoldenFilesAndTheSeedLikeReportsConform() throws IOException {
    for (FormatVersion v : FormatVersion.values()) {
      List<Error> errors = errors(JsonGoldenTest.golden(v));
      assertTrue(errors.isEmpty(), errors::toString);
    }
    for (AnnualReport r : GoldenReports.all()) {
      List<Error> e = errors(json.write(r));
      assertTrue(e.isEmpty(), e::toString);
    }
    assertEquals(Scope.AGGREGATE, GoldenReports.aggregate().scope());
  }

  @Example
  void theSchemaIsTheResourceAndDeclaresDraft202012() throws IOException {
    try (InputStream in =
        JsonSchemaProperties.class.getResourceAsStream(
            "/io/github/nianbao/serialization/json/annual-report.schema.json")) {
      String resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(resource, JsonFormat.jsonSchema());
    }
    assertEquals(
        "https://json-schema.org/draft/2020-12/schema",
        TREES.readTree(JsonFormat.jsonSchema()).get("$schema").asText());
  }

  @Provide
  Arbitrary<CellAddress> cells() {
    return Arbitraries.of(CellAddress.all());
  }

  private static ObjectNode parentOf(JsonNode root, String path) {
    String[] keys = path.split("\\.");
    JsonNode n = root;
    for (int i = 0; i < keys.length - 1; i++) {
      n = n.get(keys[i]);
    }
    return (ObjectNode) n;
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** The golden document of a version that has the cell: of 2021 where both have it. */
  private static JsonNode goldenWith(CellAddress a) throws IOException {
    return TREES.readTree(
        JsonGoldenTest.golden(
            a.appliesTo(FormatVersion.V2021) ? FormatVersion.V2021 : FormatVersion.V2019));
  }

  @Property(tries = 200)
  void everyCellIsRequired(@ForAll("cells") CellAddress a) throws IOException {
    JsonNode doc = goldenWith(a);
    parentOf(doc, a.path()).remove(last(a.path()));
    assertFalse(errors(doc).isEmpty(), a::path);
  }

  @Property(tries = 200)
  void noOtherKeyIsAllowedBesideACell(@ForAll("cells") CellAddress a) throws IOException {
    JsonNode doc = goldenWith(a);
    parentOf(doc, a.path()).put(last(a.path()) + "X", 0);
    assertFalse(errors(doc).isEmpty(), a::path);
  }

  @Property(tries = 200)
  void aCountCellRefusesFractionsBooleansAndQuotedNumbers(
      @ForAll("counts") CellAddress a, @ForAll("badCounts") String value) throws IOException {
    JsonNode doc = goldenWith(a);
    parentOf(doc, a.path()).set(last(a.path()), TREES.readTree(value));
    assertFalse(errors(doc).isEmpty(), () -> a.path() + " = " + value);
  }

  @Provide
  Arbitrary<CellAddress> counts() {
    return Arbitraries.of(CellAddress.all()).filter(a -> !a.isAmount());
  }

  @Provide
  Arbitrary<String> badCounts() {
    return Arbitraries.of("1.5", "true", "{}", "[]", "\"12\"", "\"\"", "\" \"", "\"-3\"");
  }

  @Example
  void theProcurementAmountIsAStringOrNull() throws IOException {
    CellAddress a =
        CellAddress.of(
            DisclosureRow2019.CENTRALIZED_PROCUREMENT, DisclosureColumn2019.TOTAL_AMOUNT);
    for (String bad : new String[] {"251000", "25.1", "true", "{}", "[]", "\"\"", "\" \""}) {
      JsonNode doc = goldenWith(a);
      parentOf(doc, a.path()).set(last(a.path()), TREES.readTree(bad));
      assertFalse(errors(doc).isEmpty(), bad);
    }
    for (String good : new String[] {"null", "\"251000元\"", "\"25.1万元\"", "\"无\""}) {
      JsonNode doc = goldenWith(a);
      parentOf(doc, a.path()).set(last(a.path()), TREES.readTree(good));
      assertTrue(errors(doc).isEmpty(), good);
    }
  }

  @Example
  void theTablesMustBeOfTheDeclaredVersion() throws IOException {
    JsonNode v2021 = TREES.readTree(JsonGoldenTest.golden());
    JsonNode v2019 = TREES.readTree(JsonGoldenTest.golden2019());
    for (String table : new String[] {"activeDisclosure", "applications"}) {
      ObjectNode mixed = v2019.deepCopy();
      mixed.set(table, v2021.get(table));
      assertFalse(errors(mixed).isEmpty(), "2019 with the 2021 " + table);
      mixed = v2021.deepCopy();
      mixed.set(table, v2019.get(table));
      assertFalse(errors(mixed).isEmpty(), "2021 with the 2019 " + table);
    }
    ObjectNode otherHandling = v2019.deepCopy();
    ((ObjectNode) otherHandling.get("applications").get("outcomes"))
        .set("otherHandling", v2021.at("/applications/outcomes/otherHandling"));
    assertFalse(errors(otherHandling).isEmpty(), "2019 with the three rows of （六）");
    ObjectNode noVersion = v2019.deepCopy();
    noVersion.remove("formatVersion");
    assertFalse(errors(noVersion).isEmpty(), "formatVersion is required");
    assertFalse(
        errors(JsonGoldenTest.golden2019().replace("\"2019\"", "\"2021\"")).isEmpty(),
        "the 2019 tables declared 2021");
  }

  @Example
  void metadataIsChecked() throws IOException {
    String g = JsonGoldenTest.golden();
    for (String bad :
        new String[] {
          g.replace("\"2021\"", "\"2019\""),
          g.replace("\"year\": 2023", "\"year\": 2007"),
          g.replace("\"AGENCY\"", "\"COUNTY\""),
          g.replace("\"otherMatters\": \"", "\"otherMatter\": \""),
          g.replaceFirst("\n", "\n\"extra\": 1,")
        }) {
      assertFalse(errors(bad).isEmpty(), bad);
    }
  }
}

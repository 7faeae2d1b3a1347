package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.PrintedAmount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The module on a user's own {@code ObjectMapper}: the same JSON as {@link JsonFormat}. */
class NianbaoJsonModuleTest {

  private final ObjectMapper users =
      JsonMapper.builder().addModule(new NianbaoJsonModule()).build();

  /** Canonical compact text of a JSON document: same members, same order, same number text. */
  static String compact(String json) throws IOException {
    ObjectMapper plain =
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .build();
    JsonNode tree = plain.readTree(json);
    return plain.writeValueAsString(tree);
  }

  private static List<String> keysInOrder(JsonNode node, String prefix, List<String> out) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      String path = prefix.isEmpty() ? k : prefix + "." + k;
      out.add(path);
      keysInOrder(node.get(k), path, out);
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void theKeysAreTheDesignPathsInOrder(FormatVersion version) throws IOException {
    JsonNode tree = users.readTree(users.writeValueAsString(JsonGoldenTest.goldenReport(version)));
    List<String> keys = keysInOrder(tree, "", new ArrayList<>());
    List<String> cellPaths = CellAddress.all(version).stream().map(CellAddress::path).toList();
    List<String> leaves =
        keys.stream().filter(k -> !tree.at("/" + k.replace('.', '/')).isObject()).toList();
    List<String> tableLeaves = leaves.stream().filter(k -> k.contains(".")).toList();
    assertEquals(cellPaths, tableLeaves, "every cell, at its path, in printed order");
    assertEquals(
        List.of(
            "formatVersion",
            "agency",
            "year",
            "scope",
            "overview",
            "activeDisclosure",
            "applications",
            "reviewAndLitigation",
            "problemsAndImprovements",
            "otherMatters"),
        keys.stream().filter(k -> !k.contains(".")).toList());
  }

  @Test
  void theFeeIsPlainDigitsWhateverTheMapperSays() throws IOException {
    ObjectMapper odd =
        JsonMapper.builder()
            .addModule(new NianbaoJsonModule())
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    AmountCell tiny = AmountCell.of("0.000000001000");
    assertEquals("0.000000001000", odd.writeValueAsString(tiny));
    assertEquals(tiny, odd.readValue("0.000000001000", AmountCell.class));
    assertEquals("100000000000000000000", odd.writeValueAsString(AmountCell.of("1E+20")));
  }

  @Test
  void singleCellsAreNumberNullOrMark() throws IOException {
    assertEquals("42", users.writeValueAsString(Cell.of(42)));
    assertEquals("null", users.writeValueAsString(Cell.blank()));
    assertEquals("\"—\"", users.writeValueAsString(Cell.mark("—")));
    assertEquals(Cell.blank(), users.readValue("null", Cell.class));
    assertEquals(Cell.mark("无"), users.readValue("\"无\"", Cell.class));
    assertEquals(AmountCell.blank(), users.readValue("null", AmountCell.class));
    assertThrows(MismatchedInputException.class, () -> users.readValue("1.5", Cell.class));
    assertThrows(MismatchedInputException.class, () -> users.readValue("\"12\"", Cell.class));
    assertEquals("\"251000元\"", users.writeValueAsString(PrintedAmount.of("251000元")));
    assertEquals("\"无\"", users.writeValueAsString(PrintedAmount.of("无")));
    assertEquals("null", users.writeValueAsString(PrintedAmount.blank()));
    assertEquals(PrintedAmount.of("25.1万元"), users.readValue("\"25.1万元\"", PrintedAmount.class));
    assertEquals(PrintedAmount.blank(), users.readValue("null", PrintedAmount.class));
    assertThrows(
        MismatchedInputException.class, () -> users.readValue("251000", PrintedAmount.class));
    assertThrows(
        MismatchedInputException.class, () -> users.readValue("\"\"", PrintedAmount.class));
  }

  @Test
  void aKeyOfTheOtherVersionNamesItsPathOnAUsersMapperToo() throws IOException {
    String text =
        JsonGoldenTest.golden2019()
            .replace("\"licensing\": {", "\"licensing\": {\"inForce\": 1, ")
            .replace("\"rules\": {", "\"rules\": {\"inForce\": 1, ");
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class, () -> users.readValue(text, AnnualReport.class));
    assertTrue(e.getMessage().startsWith("activeDisclosure.rules.inForce: "), e::getMessage);
    assertEquals(8, e.getLocation().getLineNr());
  }

  @Test
  void anUnknownKeyFollowsJacksonsRule() throws IOException {
    String text = JsonGoldenTest.golden().replaceFirst("\n", "\n\"extra\": [1],\n");
    UnrecognizedPropertyException e =
        assertThrows(
            UnrecognizedPropertyException.class, () -> users.readValue(text, AnnualReport.class));
    assertEquals("extra", e.getPropertyName());
    ObjectMapper lenient =
        JsonMapper.builder()
            .addModule(new NianbaoJsonModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    assertEquals(GoldenReports.sample(), lenient.readValue(text, AnnualReport.class));
  }

  @Test
  void aMissingCellFailsUnlessTheFeatureIsDisabled() throws IOException {
    String text = JsonGoldenTest.golden().replace("{\"naturalPerson\": 55, ", "{");
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class, () -> users.readValue(text, AnnualReport.class));
    assertTrue(e.getMessage().contains("applications.newlyReceived.naturalPerson"), e::getMessage);
    NianbaoJsonModule module =
        new NianbaoJsonModule().without(NianbaoJsonModule.Feature.FAIL_ON_MISSING_CELLS);
    assertFalse(module.isEnabled(NianbaoJsonModule.Feature.FAIL_ON_MISSING_CELLS));
    AnnualReport read =
        JsonMapper.builder().addModule(module).build().readValue(text, AnnualReport.class);
    CellAddress a = CellAddress.parse("applications.newlyReceived.naturalPerson").orElseThrow();
    assertEquals(Reports.withCell(GoldenReports.sample(), a, Cell.blank()), read);
  }

  @Test
  void anInvalidCellNamesItsPathOnAUsersMapperToo() throws IOException {
    String text = JsonGoldenTest.golden().replace("\"licensing\": 136302", "\"licensing\": 1e3");
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class, () -> users.readValue(text, AnnualReport.class));
    assertTrue(e.getMessage().startsWith("activeDisclosure.licensing: "), e::getMessage);
    assertEquals(10, e.getLocation().getLineNr());
  }

  @Test
  void findAndRegisterModulesFindsIt() throws IOException {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertTrue(
        found.getRegisteredModuleIds().contains(new NianbaoJsonModule().getTypeId()),
        () -> "registered: " + found.getRegisteredModuleIds());
    AnnualReport sample = GoldenReports.sample();
    assertEquals(
        compact(new JsonFormat().write(sample)), compact(found.writeValueAsString(sample)));
  }

  @Test
  void indentedOutputOfAUsersMapperIsStillTheFormat() throws IOException {
    ObjectMapper pretty =
        JsonMapper.builder()
            .addModule(new NianbaoJsonModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    AnnualReport sample = GoldenReports.sample();
    String text = pretty.writeValueAsString(sample);
    assertEquals(sample, new JsonFormat().read(text).report());
  }
}

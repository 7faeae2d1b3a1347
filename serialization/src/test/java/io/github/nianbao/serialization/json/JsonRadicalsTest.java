package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.Overview;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text that names Chinese characters by Kangxi radicals or compatibility ideographs (as text copied
 * out of some PDFs does) reads from JSON as the ideographs they show, with one {@code ENCODING}
 * note, as the text reader reads it; so a JSON report written as text reads back as the JSON read
 * (the text/JSON fuzzer's finding: U+FAD9 in an overview).
 */
class JsonRadicalsTest {

  /** U+FAD9, a CJK compatibility ideograph, and the unified ideograph it shows (U+9F8E). */
  private static final char COMPATIBILITY = '\uFAD9';

  private static final char UNIFIED = '\u9F8E';

  /** U+2F00 KANGXI RADICAL ONE, for 一. */
  private static final char KANGXI_ONE = '\u2F00';

  private final JsonFormat json = new JsonFormat();
  private final TextFormat text = new TextFormat();

  private static String golden() throws IOException {
    return JsonGoldenTest.golden();
  }

  private static String overview() {
    return GoldenReports.sample().overview().text();
  }

  /** The golden report with another overview. */
  private static AnnualReport withOverview(String overview) {
    return AnnualReport.copyOf(GoldenReports.sample()).withOverview(Overview.of(overview));
  }

  private static List<Diagnostic> encoding(ReadResult read) {
    return read.diagnostics(Diagnostic.Reason.ENCODING);
  }

  /** The JSON read, written as text and read back, is the JSON read, without diagnostics. */
  private void roundTripsThroughText(ReadResult read) throws ReportParseException {
    ReadResult back = text.read(text.write(read.report()));
    assertEquals(read.report(), back.report());
    assertEquals(List.of(), back.diagnostics());
    ReadResult again = json.read(json.write(read.report()));
    assertEquals(read.report(), again.report());
    assertEquals(List.of(), again.diagnostics());
  }

  @Test
  void theFuzzersFindingACompatibilityIdeographInTheOverview() throws IOException {
    String overview = overview().replace("全年", "全" + COMPATIBILITY + "年");
    String document = golden().replace(json(overview()), json(overview));
    assertTrue(document.indexOf(COMPATIBILITY) > 0);
    ReadResult read = json.read(document);
    assertEquals(withOverview(overview.replace(COMPATIBILITY, UNIFIED)), read.report());
    List<Diagnostic> notes = encoding(read);
    assertEquals(1, notes.size(), read.diagnostics()::toString);
    Diagnostic d = notes.get(0);
    assertEquals(Diagnostic.Kind.NORMALISED, d.kind());
    assertEquals(6, d.line()); // the overview's line
    assertEquals(Optional.empty(), d.cell());
    assertEquals("1 characters", d.text());
    assertTrue(d.message().contains("compatibility ideographs"), d.message());
    assertTrue(d.message().endsWith(" in overview"), d.message());
    // nothing else: the text is not also noted as normalised
    assertEquals(1, read.diagnostics().size(), read.diagnostics()::toString);
    roundTripsThroughText(read);
  }

  @Test
  void aKangxiRadicalInTheOverviewReadsAsTheIdeograph() throws IOException {
    assertTrue(overview().contains("（一）"));
    String overview = overview().replace('一', KANGXI_ONE);
    ReadResult read = json.read(golden().replace(json(overview()), json(overview)));
    assertEquals(GoldenReports.sample(), read.report());
    List<Diagnostic> notes = encoding(read);
    assertEquals(1, notes.size(), read.diagnostics()::toString);
    assertEquals("1 characters", notes.get(0).text());
    assertEquals(6, notes.get(0).line());
    roundTripsThroughText(read);
  }

  @Test
  void theAgencyTheNarrativesAndAMarkReadAsTheIdeographsWithOneNote() throws IOException {
    AnnualReport sample = GoldenReports.sample();
    CellAddress address =
        CellAddress.parse("applications.outcomes.withheld.stateSecret.other").orElseThrow();
    assertEquals(Cell.mark("/"), sample.cell(address));
    // ⼈⺠ (U+2F08, U+2EA0) for 人民; ⽆ (U+2F46) for 无; 龎 (U+FAD9) for 龎 (U+9F8E)
    String document =
        golden()
            .replace(json(sample.agency()), json("某县\u2F08\u2EA0政府"))
            .replace("\"other\": \"/\"", "\"other\": \"\u2F46\"")
            .replace(
                json(sample.otherMatters()), json(sample.otherMatters() + COMPATIBILITY + "字"));
    ReadResult read = json.read(document);
    AnnualReport expected =
        Reports.withCell(
            AnnualReport.copyOf(sample)
                .withAgency("某县人民政府")
                .withOtherMatters(sample.otherMatters() + UNIFIED + "字"),
            address,
            Cell.mark("无"));
    assertEquals(expected, read.report());
    List<Diagnostic> notes = encoding(read);
    assertEquals(1, notes.size(), read.diagnostics()::toString);
    Diagnostic d = notes.get(0);
    assertEquals("4 characters", d.text());
    assertEquals(3, d.line()); // the agency's line, the first that holds one
    assertEquals(Optional.empty(), d.cell()); // more than one place
    assertTrue(
        d.message()
            .endsWith(" in agency, applications.outcomes.withheld.stateSecret.other, otherMatters"),
        d.message());
    assertEquals(1, read.diagnostics().size(), read.diagnostics()::toString);
    roundTripsThroughText(read);
  }

  @Test
  void aNoteOfOneCellNamesTheCell() throws IOException {
    CellAddress address =
        CellAddress.parse("applications.outcomes.withheld.stateSecret.other").orElseThrow();
    ReadResult read =
        json.read(golden().replace("\"other\": \"/\"", "\"other\": \"\u2F46\u2F46\""));
    assertEquals(Cell.mark("无无"), read.report().cell(address));
    List<Diagnostic> notes = encoding(read);
    assertEquals(1, notes.size(), read.diagnostics()::toString);
    assertEquals(Optional.of(address), notes.get(0).cell());
    assertEquals("2 characters", notes.get(0).text());
    roundTripsThroughText(read);
  }

  @Test
  void aMarkWithRadicalsAndExtraWhiteSpaceHasBothNotes() throws IOException {
    ReadResult read = json.read(golden().replace("\"other\": \"/\"", "\"other\": \" \u2F46 \""));
    assertEquals(1, encoding(read).size(), read.diagnostics()::toString);
    assertEquals(1, read.diagnostics(Diagnostic.Reason.TEXT_NORMALISED).size());
    assertEquals(
        " 无 ", read.diagnostics(Diagnostic.Reason.TEXT_NORMALISED).get(0).text(), "as unified");
  }

  @Test
  void aUsersOwnMapperReadsTheIdeographsToo() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(new NianbaoJsonModule()).build();
    String overview = overview().replace('一', KANGXI_ONE).replace("全年", "全" + COMPATIBILITY + "年");
    AnnualReport read =
        mapper.readValue(
            golden().replace(json(overview()), json(overview)).replace("\"/\"", "\"\u2F46\""),
            AnnualReport.class);
    assertEquals(
        overview.replace(KANGXI_ONE, '一').replace(COMPATIBILITY, UNIFIED), read.overview().text());
    assertEquals(
        Cell.mark("无"),
        read.cell(
            CellAddress.parse("applications.outcomes.withheld.stateSecret.other").orElseThrow()));
    assertEquals(Cell.mark("无"), mapper.readValue("\"\u2F46\"", Cell.class));
  }

  @Test
  void aReportWithoutRadicalsHasNoNote() throws IOException {
    ReadResult read = json.read(golden());
    assertFalse(
        read.diagnostics().stream().anyMatch(d -> d.reason() == Diagnostic.Reason.ENCODING));
  }

  /** A text as a JSON string literal, as the writer writes it. */
  private static String json(String s) {
    try {
      return new ObjectMapper().writeValueAsString(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

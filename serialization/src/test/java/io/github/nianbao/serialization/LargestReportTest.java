package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Overview;
import io.github.nianbao.serialization.json.JsonFormat;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The formats' limits fit the model's: the largest report the model holds (its three narratives at
 * {@link AnnualReport#MAX_NARRATIVE_CHARS} characters, of the text each format writes longest) is
 * written by each format within the limits of both, and reads back the same: text → model → JSON →
 * model and JSON → text → model, from strings and from bytes.
 */
class LargestReportTest {

  private static final ReportFormat TEXT = new TextFormat();
  private static final ReportFormat JSON = new JsonFormat();
  private static final int MAX = AnnualReport.MAX_NARRATIVE_CHARS;

  /**
   * A narrative of {@code length} characters that each format writes as long as it can: lines the
   * text format escapes (a heading, page furniture, a line of the escape) and characters that JSON
   * escapes (quotes, backslashes, line breaks, tabs).
   */
  static String longestWritten(int length) {
    String block = "一、总体情况\n\"\\\"\\\n- 2 -\n\\\n\"\t\"\n";
    StringBuilder b = new StringBuilder(length + block.length());
    while (b.length() < length) {
      b.append(block);
    }
    b.setLength(length - 1);
    return b.append('。').toString();
  }

  private static AnnualReport largest() throws ReportParseException {
    String canonical = new String(readResource("/canonical/report.txt"), StandardCharsets.UTF_8);
    String narrative = longestWritten(MAX);
    return TEXT.read(canonical)
        .report()
        .withOverview(Overview.of(narrative))
        .withProblemsAndImprovements(narrative)
        .withOtherMatters(narrative);
  }

  private static byte[] readResource(String name) {
    try (var in = LargestReportTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (java.io.IOException | NullPointerException e) {
      throw new AssertionError("missing resource " + name, e);
    }
  }

  @Test
  void theLargestReportRoundTripsThroughBothFormats() throws Exception {
    AnnualReport report = largest();
    assertEquals(MAX, report.overview().text().length());
    assertEquals(MAX, report.otherMatters().length());

    String json = JSON.write(report);
    assertTrue(json.length() > 3 * MAX, "the narratives are written escaped: " + json.length());
    assertTrue(json.length() <= JsonFormat.MAX_DOCUMENT_LENGTH, "json: " + json.length());
    String text = TEXT.write(report);
    assertTrue(
        text.length() > 3 * MAX, "the narratives' lines are written escaped: " + text.length());
    assertTrue(text.length() <= TextFormat.MAX_INPUT_CHARS, "text: " + text.length());

    ReadResult fromText = TEXT.read(text);
    assertEquals(report, fromText.report());
    assertEquals(0, fromText.diagnostics().size(), fromText.diagnostics().toString());
    // text → model → JSON → model
    assertEquals(report, JSON.read(JSON.write(fromText.report())).report());
    // JSON → text → model
    ReadResult fromJson = JSON.read(json);
    assertEquals(report, fromJson.report());
    assertEquals(0, fromJson.diagnostics().size(), fromJson.diagnostics().toString());
    assertEquals(report, TEXT.read(TEXT.write(fromJson.report())).report());
    // and as bytes, as files are read
    ReadOptions none = ReadOptions.none();
    assertEquals(report, JSON.read(json.getBytes(StandardCharsets.UTF_8), none).report());
    assertEquals(
        report,
        TEXT.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), none).report());
  }

  @Test
  void aJsonNarrativeLongerThanTheModelHoldsIsAnInvalidValueAtItsKey() throws Exception {
    String json = JSON.write(largest());
    String longer = json.replace("。\"\n}", "。。\"\n}");
    assertEquals(json.length() + 1, longer.length(), "the last narrative, otherMatters, is longer");
    ReportParseException e = assertThrows(ReportParseException.class, () -> JSON.read(longer));
    assertEquals(ReportParseException.ErrorType.INVALID_VALUE, e.errorType());
    assertEquals("otherMatters", e.location());
    assertTrue(
        e.getMessage().contains("section 六 has " + (MAX + 1) + " characters"), e.getMessage());
  }
}

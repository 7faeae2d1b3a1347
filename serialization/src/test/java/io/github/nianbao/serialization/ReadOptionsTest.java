package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.StringReader;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the caller knows of a report that its text does not print. */
class ReadOptionsTest {
  private final ReportFormat text = ReportFormats.byName("text").orElseThrow();

  private static final String FRAGMENT =
      String.join("\n", "一、总体情况", "我局认真落实条例。", "二、主动公开政府信息情况", "第二十条第（一）项");

  @Test
  void aFragmentWithNoYearIsRefusedWithAHintAndReadWithTheCallersYear() throws Exception {
    ReportParseException e = assertThrows(ReportParseException.class, () -> text.read(FRAGMENT));
    assertEquals(ErrorType.NO_YEAR, e.errorType());
    assertTrue(e.detail().contains("ReadOptions"), e.detail());
    ReadResult read =
        text.read(
            new StringReader(FRAGMENT), ReadOptions.builder().agency("某县司法局").year(2023).build());
    assertEquals(2023, read.report().year());
    assertEquals("某县司法局", read.report().agency());
    assertEquals(
        2, read.diagnostics(Reason.METADATA_INFERRED).size(), read.diagnostics()::toString);
  }

  @Test
  void withoutACallersAgencyTheMissingAgencyIsNoted() throws Exception {
    ReadResult read =
        text.read(new StringReader(FRAGMENT), ReadOptions.builder().year(2023).build());
    assertEquals("", read.report().agency());
    assertEquals(1, read.diagnostics(Reason.MISSING_METADATA).size());
  }

  @Test
  void aPrintedTitleWinsAndTheDifferenceIsNoted() throws Exception {
    ReadResult read =
        text.read(
            new StringReader("某局2022年政府信息公开工作年度报告\n" + FRAGMENT),
            ReadOptions.builder().agency("他局").year(2023).build());
    assertEquals(2022, read.report().year());
    assertEquals("某局", read.report().agency());
    assertEquals(
        2, read.diagnostics(Reason.METADATA_INFERRED).size(), read.diagnostics()::toString);
  }

  @Test
  void theBuilderRefusesWhatIsNoAgencyOrYear() {
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().agency(" "));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().agency("a\u0001b"));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().year(1999));
    assertEquals(OptionalInt.empty(), ReadOptions.none().year());
    assertEquals(ReadOptions.none(), ReadOptions.builder().build());
  }

  @Test
  void bytesInGb18030AreDetectedAndNoted() throws Exception {
    String report = "某局2023年政府信息公开工作年度报告\n" + FRAGMENT;
    ReadResult read =
        text.read(report.getBytes(java.nio.charset.Charset.forName("GB18030")), ReadOptions.none());
    assertEquals("某局", read.report().agency());
    Diagnostic encoding = read.diagnostics(Reason.ENCODING).get(0);
    assertEquals("GB18030", encoding.text());
    ReadResult utf8 =
        text.read(report.getBytes(java.nio.charset.StandardCharsets.UTF_8), ReadOptions.none());
    assertEquals(java.util.List.of(), utf8.diagnostics(Reason.ENCODING));
  }
}

package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that is not a report: a typed error that says why and where. */
class JsonReadErrorsTest {

  private final JsonFormat json = new JsonFormat();

  private ReportParseException refused(String text) {
    return assertThrows(ReportParseException.class, () -> json.read(text));
  }

  private static String golden() throws IOException {
    return JsonGoldenTest.golden();
  }

  private void assertRefused(ErrorType type, String location, String text) {
    ReportParseException e = refused(text);
    assertEquals(type, e.errorType(), e::getMessage);
    assertEquals(location, e.location(), e::getMessage);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t\r\n  ", "\uFEFF", "\uFEFF  \n"})
  void emptyInput(String text) {
    assertRefused(ErrorType.EMPTY, "", text);
  }

  @Test
  void aNulByteIsBinaryAndSaysWhere() throws IOException {
    String text = golden().replace("\"year\": 2023", "\"year\": 20\u000023");
    ReportParseException e = refused(text);
    assertEquals(ErrorType.BINARY, e.errorType());
    assertEquals(4, e.line());
    assertEquals(13, e.column());
  }

  @Test
  void bytesOfAnImageAreBinary() {
    assertRefused(ErrorType.BINARY, "", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR");
  }

  @Test
  void aDocumentOverTheLimitIsTooLargeWithoutBeingReadToTheEnd() {
    Reader endless =
        new Reader() {
          long served;

          @Override
          public int read(char[] buf, int off, int len) {
            served += len;
            if (served > 10L * JsonFormat.MAX_DOCUMENT_LENGTH) {
              throw new AssertionError("read too far");
            }
            java.util.Arrays.fill(buf, off, off + len, ' ');
            return len;
          }

          @Override
          public void close() {}
        };
    ReportParseException e = assertThrows(ReportParseException.class, () -> json.read(endless));
    assertEquals(ErrorType.TOO_LARGE, e.errorType());
  }

  @Test
  void aNarrativeLongerThanTheModelHoldsIsAnInvalidValueAtItsKey() throws IOException {
    // within the document's limit, which is the text format's: over the model's
    String text =
        golden().replace("\"otherMatters\": \"", "\"otherMatters\": \"" + "报".repeat(1 << 20));
    assertRefused(ErrorType.INVALID_VALUE, "otherMatters", text);
  }

  @Test
  void aHugeNarrativeIsTooLarge() throws IOException {
    String text =
        golden()
            .replace(
                "\"otherMatters\": \"",
                "\"otherMatters\": \"" + "报".repeat(JsonFormat.MAX_DOCUMENT_LENGTH));
    assertRefused(ErrorType.TOO_LARGE, "", text);
  }

  @Test
  void deepNestingIsTooLarge() throws IOException {
    int depth = JsonFormat.MAX_NESTING_DEPTH + 5;
    String text =
        golden().replaceFirst("\n", "\n\"deep\": " + "[".repeat(depth) + "]".repeat(depth) + ",");
    ReportParseException e = refused(text);
    assertEquals(ErrorType.TOO_LARGE, e.errorType(), e::getMessage);
    assertEquals(2, e.line());
  }

  @Test
  void aLongNumberIsTooLarge() throws IOException {
    String text = golden().replace("\"licensing\": 136302", "\"licensing\": " + "9".repeat(200));
    ReportParseException e = refused(text);
    assertEquals(ErrorType.TOO_LARGE, e.errorType(), e::getMessage);
    assertEquals("activeDisclosure.licensing", e.location());
    assertEquals(10, e.line());
  }

  @Test
  void aLongKeyIsTooLarge() throws IOException {
    String text = golden().replaceFirst("\n", "\n\"" + "k".repeat(1000) + "\": 1,");
    assertRefused(ErrorType.TOO_LARGE, "", text);
  }

  @Test
  void tooManyTokensIsTooLarge() throws IOException {
    String text =
        golden()
            .replaceFirst("\n", "\n\"many\": [" + "0,".repeat(JsonFormat.MAX_TOKEN_COUNT) + "0],");
    assertRefused(ErrorType.TOO_LARGE, "many", text);
  }

  @Test
  void aSyntaxErrorSaysWhere() throws IOException {
    String text = golden().replace("\"penalties\": 5584,", "\"penalties\": 5584,,");
    ReportParseException e = refused(text);
    assertEquals(ErrorType.MALFORMED, e.errorType());
    assertEquals("activeDisclosure.penalties", e.location());
    assertEquals(11, e.line());
    assertEquals(23, e.column());
  }

  @Test
  void aTruncatedDocumentIsMalformed() throws IOException {
    String g = golden();
    ReportParseException e = refused(g.substring(0, g.indexOf("\"withheld\"")));
    assertEquals(ErrorType.MALFORMED, e.errorType());
    assertEquals(21, e.line(), "the end of the input");
    assertEquals("applications.outcomes.partiallyDisclosed", e.location(), "the last key read");
  }

  @Test
  void trailingContentIsMalformed() throws IOException {
    assertRefused(ErrorType.MALFORMED, "", golden() + "{}");
  }

  @Test
  void duplicateKeysAreMalformed() throws IOException {
    assertRefused(
        ErrorType.MALFORMED,
        "year",
        golden().replace("\"year\": 2023,", "\"year\": 2023, \"year\": 2024,"));
    assertRefused(
        ErrorType.MALFORMED,
        "applications.newlyReceived.total",
        golden().replace("\"total\": 64}", "\"total\": 64, \"total\": 65}"));
  }

  @Test
  void aDuplicateKeyIsReportedWhereTheSecondKeyStands() throws IOException {
    String text = golden().replace("\"total\": 64}", "\"total\": 64, \"total\": 65}");
    ReportParseException e = refused(text);
    assertEquals(ErrorType.MALFORMED, e.errorType(), e::getMessage);
    assertEquals("applications.newlyReceived.total", e.location());
    int at = text.indexOf("\"total\": 65");
    String before = text.substring(0, at);
    assertEquals(before.split("\n", -1).length, e.line(), "the line of the second key");
    assertEquals(at - before.lastIndexOf('\n'), e.column(), "the column of the second key");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"[]", "[{}]", "\"report\"", "42", "true", "null", "{}", "{\"title\": \"x\"}"})
  void aValueThatIsNoReportObject(String text) {
    assertRefused(ErrorType.NOT_A_REPORT, "", text);
  }

  @Test
  void theAgencyIsRequired() throws IOException {
    String text = golden().replaceFirst("\n  \"agency\": [^\n]*", "");
    assertRefused(ErrorType.NOT_A_REPORT, "agency", text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "\"year\": \"2023\",",
        "\"year\": 2007,",
        "\"year\": 10000,",
        "\"year\": 2023.5,",
        "\"year\": null,",
        "\"year\": 99999999999999999999,"
      })
  void theYearIsRequiredAndAReportingYear(String member) throws IOException {
    String text = golden().replace("\"year\": 2023,", member);
    assertRefused(ErrorType.NO_YEAR, "year", text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "\"formatVersion\": \"2020\",",
        "\"formatVersion\": 2021,",
        "\"formatVersion\": 2019,",
        "\"formatVersion\": null,",
        "\"formatVersion\": \"2021 \",",
        "\"formatVersion\": \"V2019\","
      })
  void theFormatVersionIsRequiredAndOneOfTheKnown(String member) throws IOException {
    String text = golden().replace("\"formatVersion\": \"2021\",", member);
    assertRefused(ErrorType.UNSUPPORTED_VERSION, "formatVersion", text);
  }

  @Test
  void wrongTypesOfMembersAreInvalidValues() throws IOException {
    String g = golden();
    assertRefused(ErrorType.INVALID_VALUE, "scope", g.replace("\"AGENCY\"", "\"COUNTY\""));
    assertRefused(ErrorType.INVALID_VALUE, "scope", g.replace("\"AGENCY\"", "\"agency\""));
    assertRefused(
        ErrorType.INVALID_VALUE, "agency", g.replace("\"agency\": \"", "\"agency\": 4, \"x\": \""));
    assertRefused(
        ErrorType.INVALID_VALUE,
        "overview",
        g.replaceFirst("\"overview\": \"[^\n]*\",", "\"overview\": null,"));
    assertRefused(
        ErrorType.INVALID_VALUE,
        "applications",
        g.replaceFirst("(?s)\"applications\": \\{.*?\n  },", "\"applications\": [],"));
    assertRefused(
        ErrorType.INVALID_VALUE,
        "applications.outcomes.withheld",
        g.replaceFirst("(?s)\"withheld\": \\{.*?\n      },", "\"withheld\": 0,"));
  }

  @Test
  void aReaderThatFailsIsAnIoErrorNotAParseError() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    IOException e = assertThrows(IOException.class, () -> json.read(failing));
    assertEquals("disk gone", e.getMessage());
    assertEquals(false, e instanceof ReportParseException);
  }

  @Test
  void theReaderIsNotClosed() throws IOException {
    boolean[] closed = {false};
    Reader in =
        new StringReader(golden()) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    json.read(in);
    assertEquals(false, closed[0]);
  }
}

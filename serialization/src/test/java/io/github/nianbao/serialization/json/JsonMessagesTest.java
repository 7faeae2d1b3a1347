package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import org.junit.jupiter.api.Test;

/** JSON errors say what and where in the SDK's words, without Jackson's internals. */
class JsonMessagesTest {
  private final JsonFormat json = new JsonFormat();

  private ReportParseException error(String document) {
    return assertThrows(ReportParseException.class, () -> json.read(document));
  }

  @Test
  void aTruncatedDocumentNamesNoSourceDescription() {
    ReportParseException e = error("{\"agency\": \"x\", \"year\": 2023, \"applications\": {");
    assertEquals(ErrorType.MALFORMED, e.errorType());
    assertEquals(1, e.line());
    assertFalse(e.getMessage().contains("Source:"), e.getMessage());
    assertFalse(e.getMessage().contains("StreamReadFeature"), e.getMessage());
  }

  @Test
  void aTooLongNumberNamesNoJacksonSetting() {
    ReportParseException e =
        error("{\"agency\": \"x\", \"year\": 2023, \"licensing\": " + "1".repeat(2000) + "}");
    assertEquals(ErrorType.TOO_LARGE, e.errorType());
    assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
  }

  @Test
  void aDocumentCutShortAfterTheYearIsMalformedNotAWrongYear() {
    assertEquals(ErrorType.MALFORMED, error("{\"agency\": \"x\", \"year\": 20").errorType());
    assertEquals(ErrorType.NO_YEAR, error("{\"agency\": \"x\", \"year\": 20}").errorType());
  }
}

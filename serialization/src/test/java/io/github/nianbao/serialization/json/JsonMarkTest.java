package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.serialization.ReportParseException;
import org.junit.jupiter.api.Test;

/** A string that the model refuses as a mark is a typed error at its cell. */
class JsonMarkTest {

  @Test
  void anOfficialLabelInACellIsAnInvalidValue() {
    JsonFormat json = new JsonFormat();
    AnnualReport report =
        GoldenReports.allZero()
            .withCell(
                CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD),
                Cell.mark("/"));
    String text = json.write(report).replace("\"upheld\": \"/\"", "\"upheld\": \"结果维持\"");
    ReportParseException e = assertThrows(ReportParseException.class, () -> json.read(text));
    assertEquals(ReportParseException.ErrorType.INVALID_VALUE, e.errorType());
    assertEquals("reviewAndLitigation.administrativeReview.upheld", e.location());
    assertTrue(e.getMessage().contains("An official label is not a mark"), e.getMessage());
  }

  @Test
  void aControlCharacterInANarrativeIsAnInvalidValue() {
    JsonFormat json = new JsonFormat();
    String text =
        json.write(GoldenReports.allZero().withOtherMatters("未收取信息处理费。"))
            .replace("未收取信息处理费。", "\\u0000未收取信息处理费。");
    ReportParseException e = assertThrows(ReportParseException.class, () -> json.read(text));
    assertEquals(ReportParseException.ErrorType.INVALID_VALUE, e.errorType());
    assertTrue(
        e.getMessage().contains("section 六 holds the control character U+0000"), e.getMessage());
  }
}

package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text as {@code pdftotext -layout} prints Table 3 (the made corpus fixture made-01): the group
 * label one character a line, labels over three lines with the numbers on the middle one, a group
 * label beside a sub-row's middle line, a page footer inside a row.
 */
class PdfLayoutTest {
  private final ReadResult read;

  PdfLayoutTest() throws Exception {
    read =
        new TextFormat()
            .read(
                Files.readString(
                    Path.of("src/test/resources/corpus/made-01-spaces-tongchuan-2023.txt")));
  }

  @Test
  void theVerticalGroupLabelIsReadOnceAndLeavesNoText() {
    List<Diagnostic> vertical = read.diagnostics(Reason.VERTICAL_LABEL);
    assertEquals(1, vertical.size());
    assertEquals("三、本年度办理结果", vertical.get(0).text());
    assertEquals(List.of(), read.diagnostics(Diagnostic.Kind.UNPLACED));
  }

  @Test
  void labelsOverThreeLinesTakeTheNumbersOfTheirMiddleLine() {
    assertEquals(
        Cell.of(12),
        read.report()
            .cell(CellAddress.of(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantCategory.TOTAL)));
    assertEquals(
        Cell.of(0),
        read.report()
            .cell(
                CellAddress.of(
                    ApplicationRow.OTHER_HANDLING_UNPAID_FEE, ApplicantCategory.NATURAL_PERSON)));
    List<String> broken =
        read.diagnostics(Reason.LABEL_BROKEN).stream().map(d -> d.line() + ":" + d.text()).toList();
    assertEquals(4, broken.size(), broken::toString);
  }

  @Test
  void aRowBrokenByAPageFooterKeepsItsCells() {
    assertEquals(
        Cell.of(2),
        read.report()
            .cell(CellAddress.of(ApplicationRow.NOT_PROCESSED_DUPLICATE, ApplicantCategory.TOTAL)));
    assertEquals(2, read.diagnostics(Reason.PAGE_FURNITURE).size());
  }
}

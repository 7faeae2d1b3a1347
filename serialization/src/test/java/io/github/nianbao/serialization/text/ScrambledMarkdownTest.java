package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Markdown from a PDF converter (the made corpus fixture made-07): Table 3's labels as wrapped
 * text, then bare rows of numbers. What can be placed with certainty is; the numbers after the
 * block of labels are reported, never given to the block's last label.
 */
class ScrambledMarkdownTest {

  @Test
  void numbersAfterABlockOfLabelsAreReportedNotGuessed() throws Exception {
    ReadResult read =
        new TextFormat()
            .read(
                Files.readString(
                    Path.of(
                        "src/test/resources/corpus/made-07-markdown-scrambled-tongchuan-2023.md")));
    for (ApplicationRow r : ApplicationRow.rows(io.github.nianbao.core.FormatVersion.V2021)) {
      boolean outcome =
          r.ordinal() >= ApplicationRow.DISCLOSED.ordinal()
              && r.ordinal() < ApplicationRow.OUTCOMES_TOTAL.ordinal();
      if (outcome) {
        for (ApplicantCategory c : ApplicantCategory.values()) {
          assertEquals(Cell.blank(), read.report().cell(CellAddress.of(r, c)), r + " " + c);
        }
      }
    }
    // 予以公开's numbers (17 1 5 0 0 0 23) are among those reported
    assertTrue(
        read.diagnostics(Reason.UNPLACED_CELL).stream().anyMatch(d -> d.text().equals("17")),
        read.diagnostics()::toString);
    assertEquals(
        Cell.of(61),
        read.report().cell(CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.TOTAL)));
  }
}

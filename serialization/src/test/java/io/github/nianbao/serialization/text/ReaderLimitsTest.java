package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The text reader's limits on what it keeps of a line, a table section and a narrative: beyond them
 * it reads no more, and says so with a diagnostic at the line, never silently.
 */
class ReaderLimitsTest {

  private static final TextFormat TEXT = new TextFormat();

  private static String canonical() {
    return Seeds.text("canonical/report.txt");
  }

  /** The 1-based number of the first line of {@code text} that starts with {@code start}. */
  private static int lineOf(String text, String start) {
    List<String> lines = text.lines().collect(Collectors.toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  private static List<Diagnostic> unplacedAt(ReadResult result, int line) {
    return result.diagnostics().stream()
        .filter(d -> d.reason() == Diagnostic.Reason.UNPLACED_TEXT && d.line() == line)
        .collect(Collectors.toList());
  }

  private static final CellAddress RULES_ISSUED =
      CellAddress.of(DisclosureRow.RULES, DisclosureColumn.ISSUED);

  @Test
  void aLineOfMoreCellsThanAnyRowIsNotCutAndIsReportedWithItsLine() throws Exception {
    String text = canonical().replace("规章\t0\t0\t0", "规章" + "\t7".repeat(65));
    ReadResult result = TEXT.read(text);
    int line = lineOf(text, "规章");
    List<Diagnostic> notes = unplacedAt(result, line);
    assertEquals(1, notes.size(), result.diagnostics().toString());
    assertTrue(notes.get(0).text().startsWith("规章\t7\t7"), notes.get(0).text());
    assertTrue(notes.get(0).message().contains("66 pieces"), notes.get(0).message());
    // the row is not read from it: blank, and said so
    assertEquals(Cell.blank(), result.report().cell(RULES_ISSUED));
    assertTrue(
        result.diagnostics().stream()
            .anyMatch(
                d ->
                    d.reason() == Diagnostic.Reason.MISSING_ROW
                        && RULES_ISSUED.equals(d.cell().orElse(null))),
        result.diagnostics().toString());
  }

  @Test
  void aLineOfAsManyCellsAsALineIsCutIntoIsRead() throws Exception {
    // the label and 63 numbers: 64 cells, cut as ever: three cells, the others surplus
    String text = canonical().replace("规章\t0\t0\t0", "规章" + "\t7".repeat(63));
    ReadResult result = TEXT.read(text);
    assertEquals(Cell.of(7), result.report().cell(RULES_ISSUED));
    assertEquals(0, unplacedAt(result, lineOf(text, "规章")).size());
    assertEquals(
        60,
        result.diagnostics().stream()
            .filter(d -> d.reason() == Diagnostic.Reason.SURPLUS_CELL)
            .count());
  }

  @Test
  void aMillionNumbersBetweenSpacesAreOneLineNotRead() throws Exception {
    String text = canonical().replace("规章\t0\t0\t0", "规章 " + "1 ".repeat(1_000_000) + "\n规章 0 0 0");
    ReadResult result = TEXT.read(text);
    List<Diagnostic> notes = unplacedAt(result, lineOf(text, "规章 1 1"));
    assertEquals(1, notes.size(), result.diagnostics().toString());
    assertTrue(notes.get(0).message().contains("1000001 pieces"), notes.get(0).message());
    assertEquals(Cell.of(0), result.report().cell(RULES_ISSUED));
  }

  @Test
  void emptyCellsAroundTheNumbersStillDoNotCount() throws Exception {
    // empty cells are no cells that count: a million tabs and three numbers are a row
    String text = canonical().replace("规章\t0\t0\t0", "规章" + "\t".repeat(1_000_000) + "1\t0\t4");
    ReadResult result = TEXT.read(text);
    assertEquals(Cell.of(1), result.report().cell(RULES_ISSUED));
    assertEquals(0, unplacedAt(result, lineOf(text, "规章")).size());
  }

  @Test
  void aTableSectionPastItsLimitIsReadUpToItAndTheRestReportedOnce() throws Exception {
    // after Table 2's rows, 100,000 lines of a number and an empty cell (two tokens each)
    int lines = 100_000;
    String junk = "9\t\n".repeat(lines);
    String text = canonical().replace("行政事业性收费\t1953.86\n", "行政事业性收费\t1953.86\n" + junk);
    ReadResult result = TEXT.read(text);
    AnnualReport r = result.report();
    assertEquals(Cell.of(0), r.cell(RULES_ISSUED));
    int first = lineOf(text, "9\t");
    // the table's rows took a few dozen tokens: the lines from about the 50,000th are not read
    List<Diagnostic> notRead =
        result.diagnostics().stream()
            .filter(d -> d.reason() == Diagnostic.Reason.UNPLACED_TEXT)
            .filter(d -> d.message().contains("is not read"))
            .collect(Collectors.toList());
    assertEquals(1, notRead.size(), notRead.toString());
    Diagnostic d = notRead.get(0);
    assertTrue(d.line() > first + 49_000 && d.line() < first + 50_000, d.toString());
    int last = first + lines - 1;
    int unread = last - d.line() + 1;
    assertTrue(d.message().contains("with the " + (unread - 1) + " lines after it"), d.message());
    // no line number in the message: a grid's source (a page, a document) has other lines than
    // the text the reader is fed, and only a diagnostic's own line is placed there
    assertTrue(d.message().contains("not blank, to the section's end"), d.message());
    assertFalse(d.message().matches("(?s).*line \\d.*"), d.message());
    assertEquals("9", d.text());
    // every other line is reported on its own, as ever (up to the diagnostics' limit)
    assertTrue(
        result.diagnostics().stream()
            .anyMatch(x -> x.reason() == Diagnostic.Reason.UNPLACED_CELL && x.line() == first));
  }

  @Test
  void aNarrativeLongerThanTheModelHoldsIsCutThereAndTheCutIsReported() throws Exception {
    int max = AnnualReport.MAX_NARRATIVE_CHARS;
    // lines of 99 characters and a line break: the cap falls inside a line
    String line = "文".repeat(99);
    int count = max / 100 + 50;
    String overview = (line + "\n").repeat(count).strip();
    String text = canonical().replace("（一）主动公开。公开信息 7319 条。", overview);
    ReadResult result = TEXT.read(text);
    String read = result.report().overview().text();
    assertEquals(max, read.length());
    assertEquals(overview.substring(0, max), read);
    int overviewLine = lineOf(text, line);
    // the cut: after max characters, in the line (max / 100) after the first
    int cutLine = overviewLine + max / 100;
    List<Diagnostic> notes = unplacedAt(result, cutLine);
    assertEquals(1, notes.size(), result.diagnostics().toString());
    String message = notes.get(0).message();
    assertTrue(message.contains("一、总体情况 has " + overview.length() + " characters"), message);
    assertTrue(message.contains("first " + (max % 100) + " characters of this line"), message);
    assertTrue(
        message.contains(
            "the rest, "
                + (overview.length() - max)
                + " characters to the section's end, is not read"),
        message);
    assertFalse(message.matches("(?s).*line \\d.*"), message);
  }

  @Test
  void aNarrativeAtTheLimitIsReadWhole() throws Exception {
    int max = AnnualReport.MAX_NARRATIVE_CHARS;
    String overview = "文".repeat(max - 1) + "。";
    String text = canonical().replace("（一）主动公开。公开信息 7319 条。", "\n" + overview + "\n\n");
    ReadResult result = TEXT.read(text);
    assertEquals(overview, result.report().overview().text());
    assertFalse(
        result.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNPLACED),
        result.diagnostics().toString());
  }
}

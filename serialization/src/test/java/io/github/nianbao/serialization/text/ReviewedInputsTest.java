package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Inputs a reviewer found the reader placed wrongly, or too slowly. */
class ReviewedInputsTest {

  private static final TextFormat TEXT = new TextFormat();

  private static String canonical() {
    return Seeds.text("canonical/report.txt");
  }

  private static ReadResult read(String text) throws Exception {
    return TEXT.read(text);
  }

  @Test
  void aTableOfContentsDoesNotTakeTheSectionsHeadings() throws Exception {
    String toc =
        "目录\n"
            + Stream.of(ReportSection.values())
                .map(ReportSection::heading)
                .collect(Collectors.joining("\n"))
            + "\n";
    String text = canonical().replaceFirst("\n", "\n" + toc);
    ReadResult result = read(text);
    assertEquals(read(canonical()).report(), result.report());
    List<Diagnostic> ignored = result.diagnostics(Diagnostic.Kind.IGNORED);
    assertEquals(
        6,
        ignored.stream().filter(d -> d.message().contains("table of contents")).count(),
        ignored.toString());
  }

  @Test
  void aRowWithFewerCellsThanColumnsPlacesNone() throws Exception {
    String text =
        canonical()
            .replace("二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0", "二、上年结转政府信息公开申请数量\t3\t1\t1\t0\t2\t7");
    ReadResult result = read(text);
    AnnualReport r = result.report();
    for (ApplicantCategory c : ApplicantCategory.values()) {
      assertEquals(Cell.blank(), r.applications().get(ApplicationRow.CARRIED_OVER, c), c.key());
    }
    assertEquals(
        6, result.diagnostics(Diagnostic.Kind.UNPLACED).size(), result.diagnostics().toString());
    assertEquals(
        7,
        result.diagnostics(Diagnostic.Kind.MISSING_CELL).stream()
            .filter(d -> d.cell().map(a -> a.row() == ApplicationRow.CARRIED_OVER).orElse(false))
            .count());
  }

  @Test
  void strayTextAmongTheCellsIsUnplacedBeforeAnyNumber() throws Exception {
    String text = canonical().replace("行政规范性文件\t1\t0\t10", "行政规范性文件\t1\t注\t0\t10");
    ReadResult result = read(text);
    AnnualReport r = result.report();
    assertEquals(
        Cell.of(10),
        r.cell(CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE)));
    assertEquals(
        Cell.of(0),
        r.cell(CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED)));
    assertTrue(
        result.diagnostics(Diagnostic.Kind.UNPLACED).stream().anyMatch(d -> d.text().equals("注")),
        result.diagnostics().toString());
  }

  @Test
  void aRowOfAMillionTabsIsReadInOnePass() throws Exception {
    String text = canonical().replace("规章\t0\t0\t0", "规章" + "\t".repeat(1_000_000) + "1\t0\t4");
    AnnualReport r = read(text).report();
    assertEquals(Cell.of(1), r.cell(CellAddress.of(DisclosureRow.RULES, DisclosureColumn.ISSUED)));
    assertEquals(
        Cell.of(4), r.cell(CellAddress.of(DisclosureRow.RULES, DisclosureColumn.IN_FORCE)));
  }
}

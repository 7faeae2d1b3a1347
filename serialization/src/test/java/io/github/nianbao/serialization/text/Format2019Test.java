package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FeeItems;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ItemCounts;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Procurement;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import org.junit.jupiter.api.Test;

/** The 2019 trial format in the text format: written in its own layout and read back. */
class Format2019Test {

  private final TextFormat text = new TextFormat();

  static AnnualReport report2020() {
    return AnnualReport.builder()
        .agency("某县")
        .year(2020)
        .activeDisclosure(
            ActiveDisclosure2019.builder()
                .rules(PublishedDocuments.of(1, 2, 3))
                .normativeDocuments(PublishedDocuments.of(4, 5, 6))
                .licensing(ItemCounts.of(10, -2, 300))
                .otherManagementServices(ItemCounts.of(7, 0, 8))
                .penalties(ItemCounts.of(5, 1, 40))
                .enforcement(ItemCounts.of(2, 0, 3))
                .administrativeFees(FeeItems.of(Cell.of(12), Cell.of(-1)))
                .centralizedProcurement(Procurement.of(Cell.of(3), PrintedAmount.of("251000元")))
                .build())
        .applications(Applications.zero(FormatVersion.V2019))
        .reviewAndLitigation(ReviewAndLitigation.zero())
        .build();
  }

  @Test
  void aReportOf2020RoundTrips() throws Exception {
    AnnualReport r = report2020();
    String w = text.write(r);
    ReadResult read = text.read(w);
    assertEquals(r, read.report());
  }

  /** The canonical text of a report without its 格式： line. */
  private String withoutFormatLine(AnnualReport r) throws Exception {
    String w = text.write(r);
    return w.replaceFirst("\n格式：[^\n]*", "");
  }

  @Test
  void theTablesDecideTheVersionAndAYearThatDoesNotFitIsNoted() throws Exception {
    AnnualReport late = AnnualReport.builder().from(report2020()).year(2023).build();
    assertTrue(text.write(late).contains("\n格式：国办公开办函〔2019〕60号\n"), "named when it does not fit");
    ReadResult read = text.read(withoutFormatLine(late));
    assertEquals(late, read.report());
    assertEquals(FormatVersion.V2019, read.report().formatVersion());
    assertEquals(1, read.diagnostics(Diagnostic.Reason.VERSION_FROM_TABLES).size());
    assertTrue(
        read.diagnostics(Diagnostic.Reason.VERSION_FROM_TABLES).get(0).message().contains("2023"));
    // the same text of 2020 fits its year: nothing to say
    ReadResult fitting = text.read(withoutFormatLine(report2020()));
    assertEquals(report2020(), fitting.report());
    assertEquals(java.util.List.of(), fitting.diagnostics());
  }

  @Test
  void aFormatLineThatTheTablesContradictIsNotedAndTheTablesWin() throws Exception {
    String w = text.write(report2020()).replace("格式：国办公开办函〔2019〕60号", "格式：国办公开办函〔2021〕30号");
    ReadResult read = text.read(w);
    assertEquals(report2020(), read.report());
    assertEquals(1, read.diagnostics(Diagnostic.Reason.VERSION_FROM_TABLES).size());
  }

  @Test
  void aTable3OfTheOtherFormatIsNotedAndItsRowsAreNotPlaced() throws Exception {
    String v2019 = text.write(report2020());
    AnnualReport v2021 = TextFormatTest.report();
    String w2021 = text.write(v2021);
    // Table 2 of 2019, Table 3 of 2021
    String t2 = v2019.substring(v2019.indexOf("二、主动公开"), v2019.indexOf("三、收到和处理"));
    String t3 = w2021.substring(w2021.indexOf("三、收到和处理"));
    String mixed = v2019.substring(0, v2019.indexOf("二、主动公开")) + t2 + t3;
    ReadResult read = text.read(mixed);
    assertEquals(FormatVersion.V2019, read.report().formatVersion());
    assertEquals(1, read.diagnostics(Diagnostic.Reason.VERSION_MISMATCH).size());
    // the three 2021 rows of （六） are not placed anywhere, and the 2019 row is blank, noted
    assertFalse(read.diagnostics(Diagnostic.Kind.UNPLACED).isEmpty());
    CellAddress one = CellAddress.of(ApplicationRow.OTHER_HANDLING, ApplicantCategory.TOTAL);
    assertEquals(Cell.blank(), read.report().cell(one));
    // the rows both formats share read as printed
    CellAddress disclosed = CellAddress.of(ApplicationRow.DISCLOSED, ApplicantCategory.TOTAL);
    assertEquals(v2021.cell(disclosed), read.report().cell(disclosed));
  }

  @Test
  void aReportOf2020WithoutTablesIsReadAs2021AndSaysSo() throws Exception {
    ReadResult read = text.read("某局2020年政府信息公开工作年度报告\n一、总体情况\n无。\n");
    assertEquals(FormatVersion.V2021, read.report().formatVersion());
    assertEquals(1, read.diagnostics(Diagnostic.Reason.VERSION_ASSUMED).size());
    ReadResult later = text.read("某局2022年政府信息公开工作年度报告\n一、总体情况\n无。\n");
    assertEquals(0, later.diagnostics(Diagnostic.Reason.VERSION_ASSUMED).size());
  }

  @Test
  void signedChangesAndAmountsAsPrintedRead() throws Exception {
    String w =
        text.write(report2020())
            .replace("行政许可\t10\t-2\t300", "行政许可\t10\t－2\t300")
            .replace("251000元", "25.1 万元");
    ReadResult read = text.read(w);
    ActiveDisclosure2019 t2 = read.report().activeDisclosure2019();
    assertEquals(PrintedAmount.of("25.1 万元"), t2.centralizedProcurement().totalAmount());
    assertEquals("万元", t2.centralizedProcurement().totalAmount().unit());
    assertEquals(Cell.of(-1), t2.administrativeFees().change());
    // a full-width minus is read as the sign it is, or kept as a mark; never as 2
    Cell change = t2.licensing().change();
    assertTrue(change.equals(Cell.of(-2)) || change.mark().isPresent(), change.toString());
  }
}

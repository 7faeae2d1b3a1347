package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.FeeItems;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ItemCounts;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Procurement;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.core.ReviewAndLitigation;
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
}

package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The model snippet of README.md, so that it keeps compiling and saying the truth. */
class ReadmeSnippetTest {

  @Test
  void theReadmeSnippetWorksAsDocumented() {
    AnnualReport report =
        AnnualReport.builder()
            .agency("达州市通川区")
            .year(2023)
            .activeDisclosure(ActiveDisclosure.zero().withLicensing(Cell.of(136302)))
            .applications(
                Applications.zero().withNewlyReceived(ApplicantCounts.ofParts(55, 4, 5, 0, 0, 0)))
            .reviewAndLitigation(ReviewAndLitigation.zero())
            .build();

    Cell cell = report.applications().newlyReceived().total();
    CellAddress where = CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL);
    assertEquals(Cell.of(64), cell);
    assertEquals("applications.newlyReceived.total", where.path());
    assertEquals("一、本年新收政府信息公开申请数量·总计", where.label());
    assertEquals(cell, report.cell(where));
  }
}

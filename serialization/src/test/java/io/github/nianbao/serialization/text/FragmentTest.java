package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A page cut from a report: tables without their section headings read with what they have. */
class FragmentTest {
  private final TextFormat text = new TextFormat();
  private final ReadOptions year = ReadOptions.builder().year(2023).build();

  @Test
  void tablesWithoutTheirHeadingsAreFoundByTheirLabels() throws Exception {
    String page =
        String.join(
            "\n",
            "- 3 -",
            "第二十条第（一）项",
            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
            "规章\t0\t0\t2",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5");
    ReadResult read = text.read(new StringReader(page), year);
    assertEquals(
        Cell.of(2),
        read.report().cell(CellAddress.of(DisclosureRow.RULES, DisclosureColumn.IN_FORCE)));
    assertEquals(
        Cell.of(5),
        read.report().cell(CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL)));
    assertEquals(2, read.diagnostics(Reason.SECTION_WITHOUT_HEADING).size());
    // the rest of the report is blank, each missing row noted
    assertEquals(Cell.blank(), read.report().cell(CellAddress.of(DisclosureRow.LICENSING)));
  }

  @Test
  void aNarrativeThatNamesAClauseIsNoTable() {
    String text2 = "根据《中华人民共和国政府信息公开条例》第二十条第（一）项的规定，我局主动公开了规章和行政规范性文件。";
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> text.read(new StringReader(text2), year));
    assertEquals(ReportParseException.ErrorType.NOT_A_REPORT, e.errorType());
  }
}

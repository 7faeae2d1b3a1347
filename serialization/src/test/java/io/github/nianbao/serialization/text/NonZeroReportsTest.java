package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our own test reports in the published layouts, with a distinct non-zero number in every cell, so
 * that a row or column mix-up cannot pass: Table 3 row r (0-based, printed order), column c holds
 * (r+1)·10 + c + 1; Table 2 holds 901…909 and the fee; Table 4 holds 1001…1015.
 */
class NonZeroReportsTest {

  /** The expected printed cell, by the rule of the class comment. */
  static String expected(CellAddress a, String fee) {
    if (a.row() instanceof ApplicationRow r) {
      int row = ApplicationRow.rows(FormatVersion.V2021).indexOf(r);
      return Integer.toString((row + 1) * 10 + ((ApplicantCategory) a.column()).ordinal() + 1);
    }
    if (a.row() instanceof ReviewCase g) {
      return Integer.toString(1001 + g.ordinal() * 5 + ((ReviewColumn) a.column()).ordinal());
    }
    if (a.row() == DisclosureRow.ADMINISTRATIVE_FEES) {
      return fee;
    }
    return Integer.toString(901 + CellAddress.all().indexOf(a));
  }

  @Test
  void pdfLayoutWithTabsPageBreaksAndRepeatedHeaders() {
    ReadResult r = Seeds.read("reports/pdf_tabs_page_breaks.txt");
    SeedAssertions.assertCells(r, a -> expected(a, "24252.311082"));
    assertEquals("测试县农业农村局", r.report().agency());
    assertEquals(2024, r.report().year());
    // the stray 77 after 行政强制, and nothing else
    assertEquals(List.of("36:77"), SeedAssertions.lines(r, Diagnostic.Kind.UNPLACED));
    assertEquals(List.of(), r.diagnostics(Diagnostic.Kind.MISSING_CELL));
    List<String> ignored = SeedAssertions.lines(r, Diagnostic.Kind.IGNORED);
    assertEquals(4, ignored.size(), ignored::toString);
    assertTrue(ignored.get(0).startsWith("7:根据《中华人民共和国政府信息公开条例》"));
    assertEquals("64:- 2 -", ignored.get(1));
    assertEquals("78:办理结果占比情况：", ignored.get(2));
    assertEquals("96:- 5 -", ignored.get(3));
    assertTrue(
        r.diagnostics(Diagnostic.Kind.NORMALISED).stream()
            .anyMatch(d -> d.line() == 66 && d.message().contains("repeated table header")));
    SeedAssertions.assertNarrative(
        r.report().overview().text(), "2024 年，测试县农业农村局", "（五）监督保障。开展培训 2 次。");
    assertEquals(5, r.report().overview().parts().size());
    assertEquals("主要问题：公开内容不够丰富。\n\n改进措施：一是加强培训；二是丰富公开形式。", r.report().problemsAndImprovements());
    assertEquals("本机关 2024 年未收取信息处理费。", r.report().otherMatters());
  }

  @Test
  void htmlLayoutWithOneCellALine() {
    ReadResult r = Seeds.read("reports/html_one_cell_a_line.txt");
    SeedAssertions.assertCells(r, a -> expected(a, "0.50"));
    assertEquals(2, r.report().activeDisclosure2021().administrativeFees().value().scale());
    assertEquals("测试市测试区市场监督管理局", r.report().agency());
    assertEquals(2024, r.report().year());
    assertEquals(List.of(), r.diagnostics(Diagnostic.Kind.UNPLACED));
    assertEquals(List.of(), r.diagnostics(Diagnostic.Kind.MISSING_CELL));
    assertEquals(5, r.diagnostics(Diagnostic.Kind.IGNORED).size());
    assertEquals("2024年,未收取信息处理费。", SeedAssertions.strip(r.report().otherMatters()));
    assertFalse(r.report().otherMatters().contains("分享到"));
    SeedAssertions.assertNarrative(r.report().problemsAndImprovements(), "一是公开质量有待提高。", "二是培训不够。");
    assertEquals(5, r.report().overview().parts().size());
  }

  @Test
  void pdfLayoutWithSpaceSeparatedCells() {
    ReadResult r = Seeds.read("reports/space_separated.txt");
    SeedAssertions.assertCells(r, a -> expected(a, "12.5"));
    assertEquals("测试镇人民政府", r.report().agency());
    assertEquals(2024, r.report().year());
    assertEquals(List.of(), r.diagnostics(Diagnostic.Kind.UNPLACED));
    assertEquals(List.of(), r.diagnostics(Diagnostic.Kind.MISSING_CELL));
    assertEquals("本镇全年公开信息 30 条。", r.report().overview().text());
    assertEquals("无。", r.report().problemsAndImprovements());
    assertEquals("未收取信息处理费。", r.report().otherMatters());
  }

  @Test
  void eachOfTheseReadsBackFromItsCanonicalLayout() throws Exception {
    TextFormat text = new TextFormat();
    for (String name :
        List.of(
            "reports/pdf_tabs_page_breaks.txt",
            "reports/html_one_cell_a_line.txt",
            "reports/space_separated.txt")) {
      ReadResult r = Seeds.read(name);
      String written = text.write(r.report());
      ReadResult again = text.read(written);
      assertEquals(r.report(), again.report(), name);
      assertEquals(List.of(), again.diagnostics(), name);
      assertEquals(written, text.write(again.report()), name);
    }
  }
}

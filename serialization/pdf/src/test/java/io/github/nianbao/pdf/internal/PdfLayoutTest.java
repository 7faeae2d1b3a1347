package io.github.nianbao.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.pdf.internal.PdfText.Glyph;
import io.github.nianbao.pdf.internal.PdfText.Page;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.grid.GridReader;
import io.github.nianbao.serialization.text.TextFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layout's rules one by one, on glyphs placed here. */
class PdfLayoutTest {
  private static final TextFormat TEXT = new TextFormat();

  @Test
  void pageNumbersAreScannedNotGuessed() {
    for (String s : List.of("-1-", "- 12 -", "—3—", "第 2 页", "第2页 共6页", "3/6", "7")) {
      assertTrue(PdfLayout.isPageNumber(s), s);
    }
    for (String s : List.of("一、总体情况", "规章 1 0 11", "2024年", "", "第二十条")) {
      assertFalse(PdfLayout.isPageNumber(s), s);
    }
  }

  @Test
  void valuesAreNumbersAndMarks() {
    for (String s :
        List.of(
            "0", "3119", "96171.6", "1,234", "-5", "12件", "3.5万元", "/", "—", "无", "不适用", "N/A",
            "１２")) {
      assertTrue(PdfLayout.isValue(s), s);
    }
    for (String s : List.of("规章", "1.属于国家秘密", "约3万", "2024年度", "")) {
      assertFalse(PdfLayout.isValue(s), s);
    }
  }

  /**
   * A running header (the same line at the top of every page) and page numbers at the foot are left
   * out, each with a note naming its page; the rest of the page is read.
   */
  @Test
  void runningHeadersAndPageNumbersAreDroppedWithNotes() {
    List<Page> pages = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      List<Glyph> g = new ArrayList<>();
      draw(g, "某县人民政府办公室文件", 200, 40);
      draw(g, p == 1 ? "某县人民政府2023年政府信息公开工作年度报告" : "正文第" + p + "页的内容。", 72, 120);
      draw(g, "第 " + p + " 页 共 3 页", 260, 800);
      pages.add(new Page(p, 595, 842, g));
    }
    PdfLayout.Result r = PdfLayout.layout(pages);
    List<String> dropped = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) {
      assertEquals(Diagnostic.Reason.PAGE_FURNITURE, d.reason());
      dropped.add(d.text());
    }
    assertEquals(
        List.of(
            "某县人民政府办公室文件",
            "第 1 页 共 3 页",
            "某县人民政府办公室文件",
            "第 2 页 共 3 页",
            "某县人民政府办公室文件",
            "第 3 页 共 3 页"),
        dropped);
    assertEquals(3, r.grid().rows().size());
    assertEquals("某县人民政府2023年政府信息公开工作年度报告", r.grid().rows().get(0).cells().get(0).text());
  }

  /**
   * Table 3 broken across pages with its header printed again at the head of the next page reads as
   * one table, with and without ruling lines: the repeated header is passed over with a note.
   */
  @ParameterizedTest(name = "ruled {0}")
  @ValueSource(booleans = {true, false})
  void aTableBrokenAcrossPagesWithItsHeaderRepeatedReadsAsOne(boolean ruled) throws Exception {
    String seed = io.github.nianbao.testing.Seeds.text("000_da43b1e554017db7.txt");
    AnnualReport report = TEXT.read(seed).report();
    List<String> lines = new ArrayList<>(List.of(TEXT.write(report).split("\n", -1)));
    int t3 = lines.indexOf("三、收到和处理政府信息公开申请情况");
    int header = t3 + 2; // the heading, a blank line, then the header's three lines
    List<String> head = new ArrayList<>(lines.subList(header, header + 3));
    assertTrue(head.get(0).startsWith("（本列数据"), head.toString());
    int cut = find(lines, "5．属于三类内部事务信息");
    // blank lines up to the page's foot, so that the page breaks right before the row, then the
    // header again at the head of the next page
    List<String> padded = new ArrayList<>(lines.subList(0, cut));
    for (int i = 0; i < (48 - cut % 48) % 48; i++) {
      padded.add("");
    }
    padded.addAll(head);
    padded.addAll(lines.subList(cut, lines.size()));
    List<Page> pages = PdfLayoutProperties.layout(String.join("\n", padded), ruled);
    assertTrue(pages.size() >= 2);
    ReadResult read = GridReader.read(PdfLayout.layout(pages).grid(), ReadOptions.none());
    for (CellAddress a : CellAddress.all(report.formatVersion())) {
      assertEquals(report.cell(a), read.report().cell(a), a.toString());
    }
    assertFalse(
        read.diagnostics(Diagnostic.Reason.REPEATED_HEADER).isEmpty(),
        read.diagnostics().toString());
  }

  private static int find(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError(prefix);
  }

  /**
   * A line placed far below its page (the fuzzer's {@code Td} of 2147483648) or a gap at a pitch of
   * nearly nothing makes at most {@link PdfLayout#MAX_BLANK_LINES} empty paragraphs: before, the
   * layout added one for every pitch of the gap, two billion of them, and the read never ended.
   */
  @Test
  void aGapMakesAtMostAPagesWorthOfEmptyParagraphs() {
    List<Glyph> g = new ArrayList<>();
    draw(g, "某县人民政府2023年政府信息公开工作年度报告", 72, 100);
    draw(g, "一、总体情况", 72, 130);
    draw(g, "本年度，我县认真贯彻落实条例。", 72, 2147483648f);
    PdfLayout.Result r = PdfLayout.layout(List.of(new Page(1, 595, 842, g)));
    List<String> texts = new ArrayList<>();
    r.grid().rows().forEach(row -> texts.add(row.cells().get(0).text()));
    assertEquals("本年度，我县认真贯彻落实条例。", texts.get(texts.size() - 1));
    int blank = (int) texts.stream().filter(String::isEmpty).count();
    assertTrue(blank >= 1 && blank <= PdfLayout.MAX_BLANK_LINES, "empty paragraphs: " + blank);

    assertEquals(55, PdfLayout.blankLines(2147483648f, 15, 842)); // a page's height, at most
    assertEquals(PdfLayout.MAX_BLANK_LINES, PdfLayout.blankLines(100, 0, 842));
    assertEquals(PdfLayout.MAX_BLANK_LINES, PdfLayout.blankLines(Float.NaN, 15, 842));
    assertEquals(55, PdfLayout.blankLines(842, 15, 842));
    assertEquals(
        PdfLayout.MAX_BLANK_LINES, PdfLayout.blankLines(842, 5, 842)); // 167 lines: at most 100
    assertEquals(1, PdfLayout.blankLines(30, 15, 842));
    assertEquals(2, PdfLayout.blankLines(45, 15, 842));
    assertEquals(1, PdfLayout.blankLines(45, 15, -1));
  }

  private static void draw(List<Glyph> glyphs, String text, float x, float y) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      float w = ch < 0x2E80 ? 5 : 10;
      glyphs.add(new Glyph(String.valueOf(ch), x, y, w, 10));
      x += w;
    }
  }
}

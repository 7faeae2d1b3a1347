package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.text.TextFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traditional ideographs in the official wording's place read as the simplified ones. */
class TraditionalFormsTest {

  @Test
  void readsTraditionalFormsAsSimplifiedOnes() {
    assertEquals('总', TraditionalForms.simplified('總'));
    assertEquals('项', TraditionalForms.simplified('項'));
    assertEquals('万', TraditionalForms.simplified('萬'));
    assertEquals('处', TraditionalForms.simplified('處'));
    assertEquals('总', TraditionalForms.simplified('总'));
    assertEquals('a', TraditionalForms.simplified('a'));
    assertEquals("本年收费金额（单位：万元）", TraditionalForms.simplified("本年收費金額（單位：萬元）"));
    String simplified = "行政许可";
    assertSame(simplified, TraditionalForms.simplified(simplified));
  }

  @Test
  void eachSimplifiedFormIsFinal() {
    for (char c = '\u3400'; c <= '\u9FFF'; c++) {
      char s = TraditionalForms.simplified(c);
      assertEquals(s, TraditionalForms.simplified(s), String.valueOf(c));
    }
  }

  @Test
  void noCharacterOfTheOfficialWordingIsATraditionalForm() {
    // so that the official labels' normal forms are what they were without the table
    List<String> official = new ArrayList<>();
    for (ReportSection s : ReportSection.values()) {
      official.add(s.heading());
    }
    for (Vocabulary.TableSpec t : Vocabulary.SPECS) {
      t.rows().forEach(r -> official.add(r.label().official()));
      t.structure().forEach(l -> official.add(l.official()));
      official.addAll(t.headers());
    }
    official.addAll(Vocabulary.EXTRAS);
    official.addAll(Vocabulary.MARKS);
    official.addAll(WrittenNumber.UNITS);
    for (String text : official) {
      for (char c : text.toCharArray()) {
        assertEquals(c, TraditionalForms.simplified(c), text);
      }
    }
    assertTrue(official.size() > 100, "the official wording: " + official.size() + " texts");
  }

  @Test
  void labelsHeadingsAndHeadersInTraditionalScriptMatchTheOfficialOnes() {
    assertEquals(LabelText.normal("第二十条第（一）项"), LabelText.normal("第二十條第(一)項"));
    assertEquals(LabelText.normal("行政处罚"), LabelText.normal("行政處罰"));
    assertEquals(ReportSection.OVERVIEW, Layout.heading("一、總體情況"));
    assertEquals(ReportSection.APPLICATIONS, Layout.heading("三、收到和處理政府信息公開申請情況"));
  }

  @Test
  void pageFurnitureInTraditionalScript() {
    assertTrue(Vocabulary.isFurniture("第 3 頁"));
    assertTrue(Vocabulary.isFurniture("第3頁，共12頁"));
    char[] line = "x\n第 3 頁\n".toCharArray();
    assertEquals(Layout.FURNITURE, Layout.classify(line, 2, 7));
  }

  @Test
  void theWordOfTaiwanUsageIsReadBackInTraditionalScriptOnly() {
    assertEquals(LabelText.normal("规范性文件"), LabelText.normal("規範性檔案"));
    // simplified 档案 is a word of its own, and punctuation between 档 and 案 is no word
    assertEquals("人事档案", LabelText.normal("人事档案"));
    assertEquals("归档案卷", LabelText.normal("归档、案卷"));
  }

  @Test
  void marksInTraditionalScriptAreMarksAsPrinted() throws Exception {
    // a published table cut at white space (made-01 of the corpus): its row 规章 with the mark 无,
    // the whole text in traditional script
    String text =
        new String(
            getClass()
                .getResourceAsStream("/corpus/made-01-spaces-tongchuan-2023.txt")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    String row =
        "              规章                       0                     0                     0";
    assertTrue(text.contains(row));
    String printed =
        TraditionalText.everywhere(
            text.replace(
                row,
                "              规章                       无                     0                     0"));
    assertTrue(printed.contains("規章") && printed.contains("無"));
    AnnualReport read = new TextFormat().read(printed).report();
    ActiveDisclosure table = (ActiveDisclosure) read.activeDisclosure();
    assertEquals(Cell.mark("無"), table.rules().issued());
    assertEquals(Cell.of(0), table.rules().repealed());
  }

  @Test
  void titleFieldAndStatisticsPeriodInTraditionalScript() {
    assertEquals(2023, Title.statedYear("本報告所列數據的統計期限自2023年1月1日起。", false));
    assertEquals("XX市", Title.parse("標題：XX市2023年政府信息公開工作年度報告").agency());
    assertEquals("XX市", Title.parse("标题：XX市2023年政府信息公开工作年度报告").agency());
  }

  @Test
  void unitsOfWrittenNumbersInTraditionalScript() {
    assertEquals(new WrittenNumber("26.55", "万元"), WrittenNumber.parse("26.55萬元"));
    assertEquals(new WrittenNumber("12", "条"), WrittenNumber.parse("12條"));
    assertEquals(new WrittenNumber("3", "项"), WrittenNumber.parse("3項"));
  }
}

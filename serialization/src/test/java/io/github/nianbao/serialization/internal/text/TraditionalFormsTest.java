package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ReportSection;
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
    // the word a conversion to Taiwan's usage changes: 文件 printed as 檔案
    assertEquals(LabelText.normal("规范性文件"), LabelText.normal("規範性檔案"));
  }

  @Test
  void pageFurnitureInTraditionalScript() {
    assertTrue(Vocabulary.isFurniture("第 3 頁"));
    assertTrue(Vocabulary.isFurniture("第3頁，共12頁"));
    char[] line = "x\n第 3 頁\n".toCharArray();
    assertEquals(Layout.FURNITURE, Layout.classify(line, 2, 7));
  }

  @Test
  void unitsOfWrittenNumbersInTraditionalScript() {
    assertEquals(new WrittenNumber("26.55", "万元"), WrittenNumber.parse("26.55萬元"));
    assertEquals(new WrittenNumber("12", "条"), WrittenNumber.parse("12條"));
    assertEquals(new WrittenNumber("3", "项"), WrittenNumber.parse("3項"));
  }
}

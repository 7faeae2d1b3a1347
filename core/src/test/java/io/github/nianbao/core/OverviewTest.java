package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewTest {

  @Test
  void findsTheFivePartsFullOrHalfWidth() {
    String text =
        "2023 年，市数字经济局坚持……\n\n（一）主动公开。在政府信息公开栏公开信息 83 条。\n\n"
            + "(二) 依申请公开。2023 年度，未收到依申请公开政府信息。\n"
            + "(三) 政府信息管理。未制发行政规范性文件。\n"
            + "  (四) 政府信息公开平台建设。及时更新。\n"
            + "\u3000(五) 监督保障。安排专人维护。\n";
    Overview o = Overview.of(text);
    assertEquals(5, o.parts().size());
    assertEquals(
        List.of(OverviewTopic.values()), o.parts().stream().map(OverviewPart::topic).toList());
    assertEquals(
        "（一）主动公开。在政府信息公开栏公开信息 83 条。", o.part(OverviewTopic.ACTIVE_DISCLOSURE).orElseThrow());
    assertEquals("(五) 监督保障。安排专人维护。", o.part(OverviewTopic.SUPERVISION).orElseThrow());
    assertEquals("2023 年，市数字经济局坚持……", o.introduction());
    assertEquals(text.strip(), o.text());
  }

  @Test
  void aNumberingInsideAPartOrOutOfOrderDoesNotSplitIt() {
    String text = "（一）主动公开\n一是……\n（一）重复的小标题\n（三）政府信息管理\n（二）不在行首的顺序\n";
    Overview o = Overview.of(text);
    assertEquals(
        List.of(OverviewTopic.ACTIVE_DISCLOSURE, OverviewTopic.INFORMATION_MANAGEMENT),
        o.parts().stream().map(OverviewPart::topic).toList());
    assertEquals("（一）主动公开\n一是……\n（一）重复的小标题", o.parts().get(0).text());
    assertEquals(Optional.empty(), o.part(OverviewTopic.DISCLOSURE_ON_REQUEST));
  }

  @Test
  void noPartsInPlainText() {
    Overview o = Overview.of("本年度无依申请公开。");
    assertEquals(List.of(), o.parts());
    assertEquals("本年度无依申请公开。", o.introduction());
    assertEquals(Overview.of("本年度无依申请公开。"), o);
  }
}

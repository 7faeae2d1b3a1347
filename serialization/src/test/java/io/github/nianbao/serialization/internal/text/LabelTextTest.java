package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The normal form and the bounded similarity by which labels are matched. */
class LabelTextTest {

  @Test
  void theNormalFormIgnoresWhiteSpacePunctuationAndWidth() {
    assertEquals("规章", LabelText.normal("规 章"));
    assertEquals("危及三安全一稳定", LabelText.normal("危及“三安全一稳定”"));
    assertEquals(LabelText.normal("本年收费金额（单位：万元）"), LabelText.normal("本年收费金额(单位:万元)"));
    assertEquals("结果维持", LabelText.normal("结果\u3000维持"));
    assertEquals("2023", LabelText.normal("２０２３"));
  }

  @Test
  void theThresholdIsOneCharacterPerFive() {
    assertEquals(0, LabelText.threshold(4));
    assertEquals(1, LabelText.threshold(5));
    assertEquals(2, LabelText.threshold(12));
  }

  @Test
  void labelsWithAMissingCharacterMatchWithinTheBound() {
    assertEquals(1, LabelText.match("他法律行政法规禁止公开", "其他法律行政法规禁止公开"));
    assertEquals(1, LabelText.match("有现成信息需要另行制作", "没有现成信息需要另行制作"));
    assertEquals(2, LabelText.match("存在的主要问题及改进措施", "存在的主要问题及改进情况"));
    assertEquals(0, LabelText.match("危及三安全一稳定", LabelText.normal("危及“三安全一稳定”")));
  }

  @Test
  void otherLabelsDoNotMatch() {
    assertEquals(-1, LabelText.match("其他", "其他处理"));
    assertEquals(-1, LabelText.match("属于三类内部事务信息", "属于四类过程性信息"));
    assertEquals(-1, LabelText.match("结转下年度继续办理", "政府信息公开行政复议行政诉讼情况"));
    assertEquals(-1, LabelText.match("", "规章"));
  }

  @Test
  void theDistanceIsBoundedAndCheapForLongText() {
    assertEquals(3, LabelText.distance("a".repeat(1_000_000), "规章", 2));
    assertEquals(1, LabelText.distance("abc", "abd", 5));
    assertEquals(3, LabelText.distance("kitten", "sitting", 5));
  }

  @Test
  void escapingIsUndoneExactly() {
    for (String line :
        List.of(
            "二、主动公开政府信息情况",
            "\\二、主动公开政府信息情况",
            "\\\\x",
            "\\",
            "",
            "分享到:",
            "正文",
            "\t一、总体情况",
            "\\".repeat(5000) + "分享到:")) {
      assertEquals(line, Layout.unescape(Layout.escape(line)), line);
    }
    assertEquals("\\二、主动公开政府信息情况", Layout.escape("二、主动公开政府信息情况"));
    assertEquals("\\x", Layout.escape("\\x"));
  }
}

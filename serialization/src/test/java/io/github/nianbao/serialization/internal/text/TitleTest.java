package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The title forms agencies print, and the years a text states without a title. */
class TitleTest {

  @Test
  void agencyFirstAndYearFirst() {
    assertEquals(new Title("达州市通川区", 2023, false), Title.parse("达州市通川区2023年政府信息公开工作年度报告"));
    assertEquals(new Title("上海市科委", 2024, false), Title.parse("2024年上海市科委政府信息公开工作年度报告"));
    assertEquals(new Title("宁陕县梅子镇人民政府", 2024, false), Title.parse("宁陕县梅子镇人民政府2024年度政府信息公开工作年度报告"));
    assertEquals(new Title("上海市科委", 2024, false), Title.parse("2024年度上海市科委政府信息公开工作年度报告"));
  }

  @Test
  void whiteSpaceInsideIsIgnoredButKeptInTheAgency() {
    assertEquals(new Title("某 局", 2024, false), Title.parse("  某 局 2024 年 政府信息公开 工作年度报告 "));
  }

  @Test
  void chineseNumeralAndFullWidthYears() {
    assertEquals(new Title("某县", 2023, true), Title.parse("某县二〇二三年政府信息公开工作年度报告"));
    assertEquals(new Title("某县", 2023, true), Title.parse("某县二零二三年政府信息公开工作年度报告"));
    assertEquals(new Title("某县", 2023, false), Title.parse("某县２０２３年政府信息公开工作年度报告"));
  }

  @Test
  void markdownBulletsAndAFieldName() {
    assertEquals(new Title("某局", 2023, true), Title.parse("# 某局2023年政府信息公开工作年度报告"));
    assertEquals(new Title("某局", 2023, true), Title.parse("**某局2023年政府信息公开工作年度报告**"));
    assertEquals(
        new Title("海棠区卫生健康委员会", 2022, true), Title.parse("  • 标    题:海棠区卫生健康委员会2022年政府信息公开工作年度报告"));
  }

  @Test
  void variantsWithoutWordsOfTheOfficialTitle() {
    assertEquals(new Title("自然资源部", 2024, true), Title.parse("自然资源部2024年政府信息公开工作报告"));
    assertEquals(new Title("大路镇人民政府", 2019, true), Title.parse("大路镇人民政府2019年信息公开年度报告"));
    assertEquals(new Title("某局", 2020, true), Title.parse("某局2020年政府信息公开年度报告"));
  }

  @Test
  void titlesWithoutAYearOrWithoutAnything() {
    assertEquals(new Title("", 0, false), Title.parse("政府信息公开工作年度报告"));
    assertEquals(new Title("保康县农业农村局", 0, false), Title.parse("保康县农业农村局政府信息公开工作年度报告"));
  }

  @Test
  void linesThatAreNoTitle() {
    assertNull(Title.parse("一、总体情况"));
    assertNull(Title.parse("根据条例，现将我办2022年度政府信息公开情况报告如下"));
    // 年 with no year before it
    assertNull(Title.parse("某局年政府信息公开工作年度报告"));
    assertNull(Title.parse("某局" + "很".repeat(300) + "2023年政府信息公开工作年度报告"));
  }

  @Test
  void theYearAPreambleStates() {
    assertEquals(2022, Title.statedYear("本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。", true));
    assertEquals(2022, Title.statedYear("现将我办2022年度政府信息公开情况报告如下:", true));
    assertEquals(2023, Title.statedYear("特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。", true));
    assertEquals(2020, Title.statedYear("現將我局2020年度政府信息公開情況報告如下。", true));
    assertEquals(2023, Title.statedYear("截至2023年12月31日，我局…", false));
    assertEquals(0, Title.statedYear("2023年，我局主动公开政府信息50条。", true));
    assertEquals(-1, Title.statedYear("统计期限自2022年1月1日起至2023年12月31日止", true));
    // a longer number is no year
    assertEquals(0, Title.statedYear("统计编号12022年1月1日", true));
  }

  @Test
  void whatAnOverviewSaysOfOtherYearsIsNoStatement() {
    // an overview cites last year's report; a rule takes effect on a first of January
    assertEquals(0, Title.statedYear("我局发布了2022年政府信息公开工作年度报告", false));
    assertEquals(0, Title.statedYear("《办法》自2024年1月1日起施行。", false));
    assertEquals(0, Title.statedYear("对照2022年政府信息公开工作要点", false));
  }

  @Test
  void yearsAnOverviewMentions() {
    Map<Integer, Integer> counts = new TreeMap<>();
    Title.mentionedYears("2020 年,我单位对形成的政府信息实现了依法、有序", counts);
    Title.mentionedYears("2020年，在区政府的指导下；2021 年，我局将", counts);
    Title.mentionedYears("第12020年 不算", counts);
    assertEquals(Map.of(2020, 2, 2021, 1), counts);
  }
}

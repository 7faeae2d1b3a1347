package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every printed form of a title gives back its agency and year. */
class TitleProperties {

  @Provide
  Arbitrary<String> agencies() {
    // agencies as printed: Chinese characters, no digit, never ending in 年 or 年度
    return Arbitraries.strings()
        .withChars("市县区镇局委办公室人民政府街道司法统计卫生健康达州通川")
        .ofMinLength(1)
        .ofMaxLength(20);
  }

  private static String numerals(int year) {
    StringBuilder b = new StringBuilder();
    for (char c : Integer.toString(year).toCharArray()) {
      b.append("〇一二三四五六七八九".charAt(c - '0'));
    }
    return b.toString();
  }

  @Property
  void agencyFirst(
      @ForAll("agencies") String agency, @ForAll @IntRange(min = 2008, max = 2099) int year) {
    Title t = Title.parse(agency + year + "年政府信息公开工作年度报告");
    assertEquals(agency, t.agency());
    assertEquals(year, t.year());
  }

  @Property
  void yearFirstWithSpacesAndNumerals(
      @ForAll("agencies") String agency,
      @ForAll @IntRange(min = 2008, max = 2099) int year,
      @ForAll boolean useNumerals,
      @ForAll boolean spaces) {
    String y = useNumerals ? numerals(year) : Integer.toString(year);
    String sp = spaces ? " " : "";
    Title t = Title.parse(y + sp + "年度" + agency + sp + "政府信息公开工作年度报告");
    assertEquals(agency, t.agency());
    assertEquals(year, t.year());
  }

  @Property
  void aStatementOfTheStatisticsPeriodGivesItsYear(
      @ForAll @IntRange(min = 2008, max = 2099) int year) {
    assertEquals(year, Title.statedYear("统计期限自" + year + "年1月1日起至" + year + "年12月31日止。", false));
  }
}

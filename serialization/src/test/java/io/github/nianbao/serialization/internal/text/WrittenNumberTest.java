package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Numbers as people write them in cells. */
class WrittenNumberTest {

  @Test
  void thousandsSeparatorsFullWidthSignsAndUnits() {
    assertEquals(new WrittenNumber("1234", ""), WrittenNumber.parse("1,234"));
    assertEquals(new WrittenNumber("1234", ""), WrittenNumber.parse("1，234"));
    assertEquals(new WrittenNumber("1234567", ""), WrittenNumber.parse("1,234,567"));
    assertEquals(new WrittenNumber("12", ""), WrittenNumber.parse("１２"));
    assertEquals(new WrittenNumber("5", ""), WrittenNumber.parse("+5"));
    assertEquals(new WrittenNumber("12", "件"), WrittenNumber.parse("12件"));
    assertEquals(new WrittenNumber("12", "件"), WrittenNumber.parse("12 件"));
    assertEquals(new WrittenNumber("3.5", "万元"), WrittenNumber.parse("3.5万元"));
    assertEquals(new WrittenNumber("35000", "元"), WrittenNumber.parse("35,000元"));
    assertEquals(new WrittenNumber("-3", ""), WrittenNumber.parse("－3"));
  }

  @Test
  void plainNumbersNeedNoNormalising() {
    assertNull(WrittenNumber.parse("1234"));
    assertNull(WrittenNumber.parse("-3"));
    assertNull(WrittenNumber.parse("1953.86"));
  }

  @Test
  void whatIsNoNumber() {
    assertNull(WrittenNumber.parse("1,23"));
    assertNull(WrittenNumber.parse("12,3456"));
    assertNull(WrittenNumber.parse("1234,567"));
    assertNull(WrittenNumber.parse(",123"));
    assertNull(WrittenNumber.parse("12斤"));
    assertNull(WrittenNumber.parse("件"));
    assertNull(WrittenNumber.parse("1."));
    assertNull(WrittenNumber.parse("/"));
    assertNull(WrittenNumber.parse("1.属于国家秘密"));
    assertNull(WrittenNumber.parse(""));
  }

  @Property
  void groupedDigitsReadBack(@ForAll @LongRange(min = 1000, max = Long.MAX_VALUE / 10) long n) {
    String grouped = String.format(java.util.Locale.ROOT, "%,d", n);
    assertEquals(new WrittenNumber(Long.toString(n), ""), WrittenNumber.parse(grouped));
    assertEquals(new WrittenNumber(Long.toString(n), "件"), WrittenNumber.parse(grouped + "件"));
  }
}

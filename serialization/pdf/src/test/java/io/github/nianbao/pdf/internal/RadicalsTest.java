package io.github.nianbao.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.nianbao.pdf.internal.PdfText.Glyph;
import io.github.nianbao.pdf.internal.PdfText.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadicalsTest {

  @Test
  void kangxiRadicalsSimplifiedRadicalsAndCompatibilityIdeographsAreTheIdeographsTheyShow() {
    // ⼀ U+2F00, ⼯ U+2F2F, ⺠ U+2EA0, ⻔ U+2ED4, ⻓ U+2ED3, U+F900 (a compatibility ideograph)
    assertEquals("一、总体情况", Radicals.unify("⼀、总体情况"));
    assertEquals("工作", Radicals.unify("⼯作"));
    assertEquals("人民政府门户", Radicals.unify("⼈⺠政府⻔户"));
    assertEquals("长", Radicals.unify("⻓"));
    assertEquals("\u8C48", Radicals.unify("\uF900"));
    // U+FA11 is a unified ideograph of that block, not a compatibility one: left as it is
    assertNull(Radicals.unify("\uFA11"));
  }

  @Test
  void textWithoutThemIsLeftAsItIs() {
    assertNull(Radicals.unify("一、总体情况 123 /"));
    // a radical that stands for no whole character stays (⺌ U+2E8C)
    assertNull(Radicals.unify("\u2E8C"));
  }

  @Test
  void theGlyphsAreReplacedAndCountedOnce() {
    Page page =
        new Page(
            1, 595, 842, List.of(new Glyph("⼀", 10, 10, 5, 10), new Glyph("2", 20, 10, 5, 10)));
    Radicals.Unified u = Radicals.unify(List.of(page));
    assertEquals(1, u.count());
    assertEquals("一", u.pages().get(0).glyphs().get(0).text());
    assertEquals("2", u.pages().get(0).glyphs().get(1).text());
    assertEquals(1, u.diagnostics().size());
    assertEquals(0, Radicals.unify(List.of(u.pages().get(0))).count());
  }
}

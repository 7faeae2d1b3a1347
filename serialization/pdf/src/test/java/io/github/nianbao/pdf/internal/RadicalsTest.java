package io.github.nianbao.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.pdf.internal.PdfText.Glyph;
import io.github.nianbao.pdf.internal.PdfText.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadicalsTest {

  // the table itself is tested with the grid's Radicals (RadicalsTextTest); here, the pages

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

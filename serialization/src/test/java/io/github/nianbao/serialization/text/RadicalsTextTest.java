package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.grid.Radicals;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text copied out of a PDF that names Chinese characters by radicals (as Chrome's PDFs do) reads as
 * the text it shows, with one note.
 */
class RadicalsTextTest {

  @Test
  void aSeedWrittenWithRadicalsReadsAsTheSeed() throws Exception {
    String seed = Seeds.text("seeds/002_91d5f5a0561784d8.txt");
    // ⼀ U+2F00 for 一, ⼯ U+2F2F for 工, ⺠ U+2EA0 for 民, ⻔ U+2ED4 for 门
    String radicals = seed.replace('一', '⼀').replace('工', '⼯').replace('民', '⺠').replace('门', '⻔');
    long replaced =
        radicals.chars().filter(c -> c != 0 && Radicals.ideograph((char) c) != 0).count();
    assertTrue(replaced > 50, replaced + " characters replaced");
    ReadResult plain = new TextFormat().read(seed);
    ReadResult read = new TextFormat().read(radicals);
    assertEquals(plain.report(), read.report());
    List<Diagnostic> encoding = read.diagnostics(Diagnostic.Reason.ENCODING);
    assertEquals(1, encoding.size(), encoding::toString);
    assertEquals(replaced + " characters", encoding.get(0).text());
    assertEquals(plain.diagnostics().size() + 1, read.diagnostics().size());
  }

  @Test
  void theTableOfRadicals() {
    assertEquals('一', Radicals.ideograph('⼀'));
    assertEquals('民', Radicals.ideograph('⺠'));
    assertEquals('长', Radicals.ideograph('⻓'));
    assertEquals('\u8C48', Radicals.ideograph('\uF900'));
    assertEquals(0, Radicals.ideograph('一'));
    assertEquals(0, Radicals.ideograph('\u2E8C')); // a radical that is no whole character
    assertEquals(0, Radicals.ideograph('\uFA11')); // a unified ideograph of the compatibility block
    assertEquals("人民", Radicals.unify("⼈⺠"));
    // as the PDF reader's glyphs come (moved here from its RadicalsTest, which now tests pages)
    assertEquals("一、总体情况", Radicals.unify("⼀、总体情况"));
    assertEquals("工作", Radicals.unify("⼯作"));
    assertEquals("人民政府门户", Radicals.unify("⼈⺠政府⻔户"));
    assertNull(Radicals.unify("人民 2023"));
  }
}

package io.github.nianbao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.text.TextFormat;
import io.github.nianbao.testing.Seeds;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A page printed in traditional script, as a portal's 繁體 page or a mirror converts it, reads to the
 * tables of the simplified page: labels, headers and headings are matched as the official
 * simplified ones, each label noted as a variant.
 */
class TraditionalPageTest {

  /** Simplified characters of the template's wording and a traditional form of each. */
  private static final String FORMS =
      "总總体體况況动動开開条條项項处處罚罰强強费費额額单單万萬许許规規范範发發废廢现現数數计計结結"
          + "办辦请請诉訴复復议議审審维維纠糾属屬国國关關护護权權类類务務过過执執询詢级級对對业業"
          + "与與这這区區据據认認为為应應产產节節称稱报報时時际際";

  private static String traditional(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      int i = FORMS.indexOf(c);
      b.append(i >= 0 && i % 2 == 0 ? FORMS.charAt(i + 1) : c);
    }
    return b.toString();
  }

  @Test
  void aPageInTraditionalScriptReadsTheTablesOfTheSimplifiedOne() throws Exception {
    HtmlFormat html = new HtmlFormat();
    AnnualReport report = new TextFormat().read(Seeds.text("000_da43b1e554017db7.txt")).report();
    String page = traditional(html.write(report));
    assertNotEquals(html.write(report), page);
    ReadResult read = html.read(page.getBytes(StandardCharsets.UTF_8), ReadOptions.none());
    AnnualReport r = read.report();
    assertEquals(report.year(), r.year());
    assertEquals(report.formatVersion(), r.formatVersion());
    assertEquals(report.activeDisclosure(), r.activeDisclosure());
    assertEquals(report.applications(), r.applications());
    assertEquals(report.reviewAndLitigation(), r.reviewAndLitigation());
    assertFalse(read.diagnostics(Diagnostic.Reason.LABEL_VARIANT).isEmpty());
    // the narrative stays as printed
    assertEquals(traditional(report.overview().text()), r.overview().text());
  }
}

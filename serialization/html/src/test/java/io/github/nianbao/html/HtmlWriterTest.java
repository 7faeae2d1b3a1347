package io.github.nianbao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.TableHeading;
import io.github.nianbao.testing.AnyReports;
import java.util.List;
import net.jqwik.api.Example;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The written page has the official template's shape. */
class HtmlWriterTest {

  private static AnnualReport sample(FormatVersion v) {
    return AnyReports.reports(v).generator(10).next(new java.util.Random(7)).value();
  }

  private static Document written(FormatVersion v) {
    return Jsoup.parse(new HtmlFormat().write(sample(v)));
  }

  @Example
  void aStandalonePageWithTheTitleAndTheSixHeadings() {
    AnnualReport r = sample(FormatVersion.V2021);
    Document d = Jsoup.parse(new HtmlFormat().write(r));
    assertEquals("utf-8", d.selectFirst("meta[charset]").attr("charset"));
    assertTrue(d.selectFirst("h1").text().endsWith(TableHeading.REPORT_TITLE.label()));
    List<String> headings = d.select("h2").eachText();
    assertEquals(6, headings.size());
    for (ReportSection s : ReportSection.values()) {
      assertEquals(s.heading(), headings.get(s.ordinal()));
    }
    assertEquals(3, d.select("table").size());
  }

  @Example
  void table3HasTheTemplatesMergedCells() {
    Element t3 = written(FormatVersion.V2021).select("table").get(1);
    Element corner = t3.selectFirst("tr").child(0);
    assertEquals(TableHeading.BALANCE_NOTE.label(), corner.text());
    assertEquals("3", corner.attr("rowspan"));
    assertEquals("3", corner.attr("colspan"));
    assertEquals(List.of("22", "8", "3", "5", "3"), t3.select("td[rowspan]").eachAttr("rowspan"));
    assertEquals(3 + 2 + 22 + 1, t3.select("tr").size());
  }

  @Example
  void the2019TemplateHasOneRowOfOtherHandling() {
    Document d = written(FormatVersion.V2019);
    Element t3 = d.select("table").get(1);
    assertEquals(List.of("20", "8", "3", "5"), t3.select("td[rowspan]").eachAttr("rowspan"));
    assertTrue(d.select("p.meta").text().contains(FormatVersion.V2019.document()));
  }

  @Example
  void narrativesKeepTheirLinesSpacesAndMarkup() throws Exception {
    AnnualReport r = sample(FormatVersion.V2021);
    String text =
        "第一行\n\n  缩进的行 <b>&amp;</b>\n" + ReportSection.OTHER_MATTERS.heading() + "\n\\末　行";
    AnnualReport with = AnnualReport.builder().from(r).problemsAndImprovements(text).build();
    HtmlFormat html = new HtmlFormat();
    String page = html.write(with);
    // a line that reads as a heading is escaped as the text format escapes it
    assertEquals(7, Jsoup.parse(page).select("h2").size() + 1);
    assertEquals(text, html.read(page).report().problemsAndImprovements());
  }

  @Example
  void table4HasThreeHeaderRowsAndFifteenCells() {
    Element t4 = written(FormatVersion.V2021).select("table").get(2);
    assertEquals(4, t4.select("tr").size());
    assertEquals(15, t4.select("tr").get(3).select("td").size());
    assertEquals(List.of("5", "10"), t4.select("tr").get(0).select("th").eachAttr("colspan"));
  }
}

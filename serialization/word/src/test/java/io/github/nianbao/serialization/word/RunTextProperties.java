package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.testing.AnyReports;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * {@link RunText} is POI's {@link XWPFParagraph#getText()} on paragraphs built from random runs of
 * text, tabs, breaks, symbols, fields, rubies and deleted text, in hyperlinks, simple fields, track
 * changes, smart tags, content controls and custom XML, nested, and text boxes (VML, and DrawingML
 * with its VML fallback); in the body and in table cells. A paragraph's own text (its shapes passed
 * over) is POI's text of it with its shapes removed. The writer's documents of random reports are
 * read by the walk alone, to the same text.
 */
class RunTextProperties {

  @Property(tries = 200)
  void theWalkedTextIsPois(@ForAll("paragraphs") List<String> paragraphs) throws Exception {
    try (XWPFDocument doc = RunTextTest.document(paragraphs)) {
      for (XWPFParagraph p : RunTextTest.paragraphs(doc)) {
        String text = RunText.walked(p);
        Statistics.collect(text == null ? "POI" : "walked");
        assertEquals(p.getText(), RunText.of(p));
        if (text != null) {
          assertEquals(p.getText(), text);
        }
        String own = RunText.own(p);
        Statistics.label("own").collect(own == null ? "POI" : "walked");
        if (own != null) {
          assertEquals(DocxReader.ownTextOfCopy(p), own);
        }
        assertEquals(
            DocxReader.hasTextBox(p.getCTP()) ? DocxReader.ownTextOfCopy(p) : p.getText(),
            DocxReader.ownText(p));
      }
    }
    // the walk, not POI, must give many of the texts compared (the rest: capitals, a hyperlink
    // or a simple field in a track change)
    Statistics.coverage(c -> c.check("walked").percentage(p -> p > 40));
    // and the walk that passes over shapes gives most paragraphs' own text, shapes and all
    Statistics.label("own").coverage(c -> c.check("walked").percentage(p -> p > 40));
  }

  @Property(tries = 30)
  void aWrittenReportsTextIsPoisWithoutPoi(@ForAll("reports") AnnualReport r) throws Exception {
    try (XWPFDocument doc = RunTextTest.open(new WordFormat().toBytes(r))) {
      int all = RunTextTest.paragraphs(doc).size();
      assertEquals(all, RunTextTest.assertSameText(doc, "a written report"));
    }
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return Arbitraries.oneOf(AnyReports.gridReports(), AnyReports.gridReports(FormatVersion.V2019));
  }

  @Provide
  Arbitrary<List<String>> paragraphs() {
    return pieces(2)
        .list()
        .ofMaxSize(6)
        .map(l -> String.join("", l))
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("ab 政府\t&<>'\"")
        .ofMaxLength(5)
        .map(s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  /**
   * An element of a run; a ruby only outside a ruby (POI's walk of a ruby in a ruby is its own).
   */
  private static Arbitrary<String> inRun(boolean ruby) {
    return Arbitraries.frequencyOf(
        Tuple.of(8, text().map(RunTextTest::t)),
        Tuple.of(
            6,
            Arbitraries.of(
                "<w:tab/>",
                "<w:ptab w:relativeTo=\"margin\" w:alignment=\"left\" w:leader=\"none\"/>",
                "<w:br/>",
                "<w:br w:type=\"page\"/>",
                "<w:cr/>",
                "<w:noBreakHyphen/>",
                "<w:softHyphen/>",
                "<w:sym w:font=\"Symbol\" w:char=\"F0B7\"/>",
                "<w:lastRenderedPageBreak/>",
                "<w:t/>",
                "<w:fldChar w:fldCharType=\"begin\"/>",
                "<w:fldChar w:fldCharType=\"separate\"/>",
                "<w:fldChar w:fldCharType=\"end\"/>",
                "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")),
        Tuple.of(1, text().map(s -> "<w:delText>" + s + "</w:delText>")),
        Tuple.of(ruby ? 2 : 0, ruby ? ruby() : text()));
  }

  private static Arbitrary<String> ruby() {
    Arbitrary<String> part =
        inRun(false).list().ofMaxSize(3).map(l -> RunTextTest.r(String.join("", l)));
    return Combinators.combine(part, part, Arbitraries.of(true, false))
        .as(
            (rt, base, rtFirst) -> {
              String a = "<w:rt>" + rt + "</w:rt>";
              String b = "<w:rubyBase>" + base + "</w:rubyBase>";
              return "<w:ruby><w:rubyPr><w:hps w:val=\"10\"/></w:rubyPr>"
                  + (rtFirst ? a + b : b + a)
                  + "</w:ruby>";
            });
  }

  private static Arbitrary<String> run() {
    Arbitrary<String> pr =
        Arbitraries.frequency(
            Tuple.of(16, ""),
            Tuple.of(4, "<w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr>"),
            Tuple.of(1, "<w:rPr><w:caps/></w:rPr>"));
    Arbitrary<String> content = inRun(true).list().ofMaxSize(4).map(l -> String.join("", l));
    return Combinators.combine(pr, content).as((p, c) -> RunTextTest.r(p + c));
  }

  private static Arbitrary<String> runs() {
    return run().list().ofMaxSize(3).map(l -> String.join("", l));
  }

  private static Arbitrary<String> pieces(int depth) {
    Arbitrary<String> inner =
        depth == 0 ? runs() : pieces(depth - 1).list().ofMaxSize(3).map(l -> String.join("", l));
    return Arbitraries.frequencyOf(
        Tuple.of(10, run()),
        Tuple.of(2, runs().map(s -> "<w:hyperlink w:anchor=\"x\">" + s + "</w:hyperlink>")),
        Tuple.of(1, runs().map(s -> "<w:fldSimple w:instr=\" PAGE \">" + s + "</w:fldSimple>")),
        Tuple.of(
            2,
            Combinators.combine(Arbitraries.of("ins", "del", "moveFrom", "moveTo"), inner)
                .as(
                    (tag, s) ->
                        "<w:" + tag + " w:id=\"1\" w:author=\"a\">" + s + "</w:" + tag + ">")),
        Tuple.of(
            1, inner.map(s -> "<w:smartTag w:uri=\"u\" w:element=\"e\">" + s + "</w:smartTag>")),
        Tuple.of(
            1, runs().map(s -> "<w:sdt><w:sdtPr/><w:sdtContent>" + s + "</w:sdtContent></w:sdt>")),
        Tuple.of(1, inner.map(s -> "<w:customXml w:element=\"c\">" + s + "</w:customXml>")),
        Tuple.of(
            1,
            Combinators.combine(text(), text(), Arbitraries.of(true, false))
                .as(
                    (a, b, vml) ->
                        vml ? DocxTextBoxTest.vml(a, b) : DocxTextBoxTest.alternateContent(a, b))),
        Tuple.of(
            1,
            Arbitraries.of(
                "<w:bookmarkStart w:id=\"0\" w:name=\"b\"/>",
                "<w:bookmarkEnd w:id=\"0\"/>",
                "<w:proofErr w:type=\"gramStart\"/>")));
  }
}

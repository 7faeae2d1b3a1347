package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * {@link RunText} against POI's {@link XWPFParagraph#getText()}: every paragraph of every .docx the
 * tests reach (the seeds as the writer writes them, the LibreOffice and WPS files, documents built
 * here with each construct, in the body and in table cells) has the same text; the constructs
 * {@link RunText} reads itself are read without POI's help, the rarer ones are left to POI.
 */
class RunTextTest {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final ReportFormat TEXT = ReportFormats.byName("text").orElseThrow();

  /** Every paragraph of a document: body, cells (nested too), text boxes, headers, notes. */
  static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> all = new ArrayList<>();
    elements(doc.getBodyElements(), all);
    for (XWPFHeaderFooter h : doc.getHeaderList()) {
      elements(h.getBodyElements(), all);
    }
    for (XWPFHeaderFooter f : doc.getFooterList()) {
      elements(f.getBodyElements(), all);
    }
    for (XWPFAbstractFootnoteEndnote n : doc.getFootnotes()) {
      elements(n.getBodyElements(), all);
    }
    for (XWPFAbstractFootnoteEndnote n : doc.getEndnotes()) {
      elements(n.getBodyElements(), all);
    }
    return all;
  }

  private static void elements(List<IBodyElement> elements, List<XWPFParagraph> all) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        all.add(p);
        for (XmlObject box : DocxReader.textBoxes(p.getCTP())) {
          for (XmlObject o : box.selectPath("declare namespace w='" + W + "' ./w:p")) {
            CTP ctp = o instanceof CTP typed ? typed : parse(o);
            all.add(new XWPFParagraph(ctp, p.getBody()));
          }
        }
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            elements(cell.getBodyElements(), all);
          }
        }
      }
    }
  }

  private static CTP parse(XmlObject o) {
    try {
      return CTP.Factory.parse(o.xmlText());
    } catch (org.apache.xmlbeans.XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asserts that each paragraph's text is POI's; returns how many were read without POI. */
  static int assertSameText(XWPFDocument doc, String what) {
    int walked = 0;
    List<XWPFParagraph> all = paragraphs(doc);
    for (int i = 0; i < all.size(); i++) {
      XWPFParagraph p = all.get(i);
      String expected = p.getText();
      assertEquals(expected, RunText.of(p), what + ", paragraph " + i);
      String text = RunText.walked(p);
      if (text != null) {
        assertEquals(expected, text, what + ", paragraph " + i + " (walked)");
        walked++;
      }
      String own = RunText.own(p);
      if (own != null) {
        assertEquals(DocxReader.ownTextOfCopy(p), own, what + ", paragraph " + i + " (own)");
      }
      // the reader's own text: without the shapes where the paragraph holds a text box
      assertEquals(
          DocxReader.hasTextBox(p.getCTP()) ? DocxReader.ownTextOfCopy(p) : expected,
          DocxReader.ownText(p),
          what + ", paragraph " + i + " (ownText)");
    }
    return walked;
  }

  static XWPFDocument open(byte[] bytes) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  @Test
  void theSeedsAsWrittenHaveTheSameTextAndNeedNoFallback() throws Exception {
    WordFormat docx = new WordFormat();
    for (String name : Seeds.names()) {
      byte[] bytes = docx.toBytes(TEXT.read(Seeds.text(name)).report());
      try (XWPFDocument doc = open(bytes)) {
        int all = paragraphs(doc).size();
        assertTrue(all > 50, name + ": " + all + " paragraphs");
        assertEquals(all, assertSameText(doc, name), name + ": paragraphs read without POI");
      }
    }
  }

  @Test
  void theFixturesHaveTheSameText() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/libreoffice"))) {
      files = s.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
    }
    assertTrue(files.size() >= 10, files.toString());
    int walked = 0;
    for (Path f : files) {
      try (XWPFDocument doc = open(Files.readAllBytes(f))) {
        walked += assertSameText(doc, f.getFileName().toString());
      }
    }
    assertTrue(walked > 100, walked + " paragraphs walked");
  }

  /** A document whose body is the paragraphs given as XML (their content), then a table of them. */
  static XWPFDocument document(List<String> paragraphs) throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String xml : paragraphs) {
        doc.createParagraph().getCTP().set(paragraph(xml));
      }
      XWPFTable table = doc.createTable(1, paragraphs.size());
      for (int i = 0; i < paragraphs.size(); i++) {
        table
            .getRow(0)
            .getCell(i)
            .getParagraphs()
            .get(0)
            .getCTP()
            .set(paragraph(paragraphs.get(i)));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return open(out.toByteArray());
    }
  }

  static CTP paragraph(String content) throws Exception {
    return CTP.Factory.parse(
        "<xml-fragment xmlns:w=\""
            + W
            + "\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">"
            + content
            + "</xml-fragment>");
  }

  static String r(String content) {
    return "<w:r>" + content + "</w:r>";
  }

  static String t(String text) {
    return "<w:t xml:space=\"preserve\">" + text + "</w:t>";
  }

  private static final String RUBY =
      "<w:ruby><w:rubyPr><w:rubyAlign w:val=\"center\"/><w:hps w:val=\"10\"/></w:rubyPr>"
          + "<w:rt><w:r><w:rPr><w:sz w:val=\"10\"/></w:rPr>"
          + t("xíng")
          + "</w:r></w:rt><w:rubyBase><w:r>"
          + t("行")
          + "<w:tab/></w:r></w:rubyBase></w:ruby>";

  /** Constructs the walk reads itself: each paragraph's text is POI's, and POI is not asked. */
  private static final List<String> WALKED =
      List.of(
          r(t("  政府信息公开  ") + "<w:tab/>" + t("a") + "<w:br/>" + t("b") + "<w:cr/>"),
          r("<w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/>" + t("x")),
          r(t("a") + "<w:noBreakHyphen/>" + t("b") + "<w:softHyphen/>" + t("c")),
          r(t("a") + "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/>" + t("b")),
          r("<w:lastRenderedPageBreak/>" + t("a") + "<w:t/>" + "<w:br w:type=\"page\"/>"),
          "<w:pPr><w:jc w:val=\"center\"/><w:rPr><w:caps/></w:rPr></w:pPr>"
              + "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/>"
              + r(t("a"))
              + "<w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellStart\"/>"
              + r(t("b")),
          "<w:hyperlink w:anchor=\"x\">"
              + r(t("link"))
              + "<w:smartTag w:uri=\"u\" w:element=\"e\">"
              + r(t("dropped"))
              + "</w:smartTag>"
              + r(t("2"))
              + "</w:hyperlink>"
              + r(t("after")),
          "<w:fldSimple w:instr=\" PAGE \">" + r(t("3")) + "</w:fldSimple>" + r(t("x")),
          r("<w:fldChar w:fldCharType=\"begin\"/>")
              + r("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
              + r("<w:fldChar w:fldCharType=\"separate\"/>")
              + r(t("7"))
              + r("<w:fldChar w:fldCharType=\"end\"/>"),
          r(t("kept") + "<w:delInstrText>x</w:delInstrText>"),
          "<w:ins w:id=\"1\" w:author=\"a\">" + r(t("inserted")) + "</w:ins>" + r(t("!")),
          "<w:del w:id=\"1\" w:author=\"a\">"
              + r("<w:delText>deleted</w:delText>")
              + r("<w:tab/>")
              + "</w:del>"
              + r(t("x")),
          r(t("a") + "<w:delText>b</w:delText>") + r(t("c")),
          "<w:ins w:id=\"1\" w:author=\"a\">"
              + r(t("1"))
              + "<w:ins w:id=\"2\" w:author=\"a\">"
              + r(t("2"))
              + "<w:smartTag w:uri=\"u\" w:element=\"e\">"
              + r(t("3"))
              + "</w:smartTag>"
              + "<w:del w:id=\"3\" w:author=\"a\">"
              + r(t("4"))
              + "</w:del>"
              + "</w:ins>"
              + r(t("5"))
              + "<w:del w:id=\"4\" w:author=\"a\">"
              + r(t("6"))
              + "</w:del>"
              + "</w:ins>",
          "<w:moveFrom w:id=\"1\" w:author=\"a\">"
              + r(t("from"))
              + "</w:moveFrom><w:moveTo w:id=\"2\" w:author=\"a\">"
              + r(t("to"))
              + "</w:moveTo>",
          "<w:smartTag w:uri=\"u\" w:element=\"e\">"
              + r(t("s"))
              + "<w:hyperlink w:anchor=\"x\">"
              + r(t("h"))
              + "</w:hyperlink>"
              + "<w:smartTag w:uri=\"u\" w:element=\"f\">"
              + r(t("t"))
              + "</w:smartTag></w:smartTag>",
          "<w:customXml w:element=\"c\">" + r(t("custom")) + "</w:customXml>" + r(t("x")),
          "<w:dir w:val=\"rtl\">" + r(t("dir")) + "</w:dir>" + r(t("x")),
          "<m:oMath><m:r><m:t>x</m:t></m:r></m:oMath>" + r(t("math")),
          "<w:sdt><w:sdtPr><w:alias w:val=\"a\"/></w:sdtPr><w:sdtContent>"
              + r(t("in control"))
              + r("<w:delText>deleted but kept</w:delText>")
              + "<w:hyperlink w:anchor=\"x\">"
              + r(t("dropped"))
              + "</w:hyperlink>"
              + "</w:sdtContent></w:sdt>"
              + r(t("after")),
          "<w:sdt><w:sdtPr/></w:sdt>" + r(t("empty control")),
          r(t("a") + RUBY + t("b")),
          r(RUBY + RUBY),
          r(
              "<w:ruby><w:rubyBase><w:r>"
                  + t("base")
                  + "</w:r></w:rubyBase><w:rt><w:r>"
                  + t("rt")
                  + "</w:r></w:rt></w:ruby>"),
          r(
              "<w:ruby><w:rt><w:r><w:t/></w:r></w:rt><w:rubyBase><w:r>"
                  + t("b")
                  + "</w:r>"
                  + "</w:rubyBase></w:ruby>"),
          "<w:hyperlink w:anchor=\"x\">" + r(RUBY) + "</w:hyperlink>",
          r("<w:rPr><w:b/><w:color w:val=\"FF0000\"/></w:rPr>" + t("&lt;&amp;&gt; \"'")),
          r("<w:commentReference w:id=\"0\"/><w:object/>" + t("x")),
          "");

  @Test
  void eachConstructTheWalkReadsHasPoisText() throws Exception {
    try (XWPFDocument doc = document(WALKED)) {
      List<XWPFParagraph> all = paragraphs(doc);
      assertEquals(2 * WALKED.size(), all.size());
      for (int i = 0; i < all.size(); i++) {
        XWPFParagraph p = all.get(i);
        String what = "construct " + i % WALKED.size() + (i < WALKED.size() ? "" : " in a cell");
        assertNotNull(RunText.walked(p), what + " read without POI");
      }
      assertEquals(all.size(), assertSameText(doc, "constructs"));
    }
  }

  @Test
  void theConstructsReadAsPoiPrintsThem() throws Exception {
    // a few of POI's texts spelt out, so a change in POI's rules shows here first
    try (XWPFDocument doc = document(WALKED)) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      assertEquals("  政府信息公开  \ta\nb\n", RunText.of(ps.get(0)));
      assertEquals("a\u2011bc", RunText.of(ps.get(2)));
      assertEquals("link2after", RunText.of(ps.get(6)));
      assertEquals("7", RunText.of(ps.get(8)));
      assertEquals("\tx", RunText.of(ps.get(11)));
      assertEquals("c", RunText.of(ps.get(12)));
      assertEquals("15234", RunText.of(ps.get(13)));
      assertEquals("x", RunText.of(ps.get(16)));
      assertEquals("in controldeleted but keptafter", RunText.of(ps.get(19)));
      assertEquals("a行\tb (xíng)", RunText.of(ps.get(21)));
    }
  }

  /** Constructs left to POI: its text, read another way, or too rare to follow. */
  private static final List<String> FALLBACK =
      List.of(
          r("<w:rPr><w:caps/></w:rPr>" + t("caps")),
          r("<w:rPr><w:smallCaps w:val=\"0\"/></w:rPr>" + t("not small caps")),
          r(
                  "<w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"c\"/><w:checkBox>"
                      + "<w:sizeAuto/><w:default w:val=\"1\"/></w:checkBox></w:ffData></w:fldChar>")
              + r("<w:fldChar w:fldCharType=\"end\"/>"),
          "<w:sdt><w:sdtContent>"
              + r(t("a"))
              + "<w:sdt><w:sdtContent>"
              + r(t("b"))
              + "</w:sdtContent></w:sdt>"
              + r(t("c"))
              + "</w:sdtContent></w:sdt>",
          "<w:ins w:id=\"1\" w:author=\"a\"><w:ins w:id=\"2\" w:author=\"a\">"
              + "<w:hyperlink w:anchor=\"x\">"
              + r(t("h"))
              + "</w:hyperlink></w:ins></w:ins>",
          r(
              "<w:ruby><w:rt><w:r>"
                  + t("a")
                  + "</w:r></w:rt><w:rubyBase><w:r>"
                  + RUBY
                  + "</w:r></w:rubyBase></w:ruby>"),
          r(t("a") + "<w:pict><w:t>in a picture</w:t></w:pict>"));

  @Test
  void theRarerConstructsAreLeftToPoi() throws Exception {
    try (XWPFDocument doc = document(FALLBACK)) {
      for (XWPFParagraph p : paragraphs(doc)) {
        assertNull(RunText.walked(p), p.getText());
      }
      assertEquals(0, assertSameText(doc, "rarer constructs"));
    }
  }

  @Test
  void notesAndTextBoxesHaveTheSameText() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument()) {
      var note = doc.createFootnote();
      note.createParagraph().createRun().setText("the note");
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("noted");
      p.getCTP().addNewR().addNewFootnoteReference().setId(note.getId());
      p.createRun().setText(" and more");
      var end = doc.createEndnote();
      end.createParagraph().createRun().setText("the end note");
      XWPFParagraph q = doc.createParagraph();
      q.getCTP().addNewR().addNewEndnoteReference().setId(end.getId());
      q.getCTP().addNewR().addNewEndnoteReference().setId(java.math.BigInteger.valueOf(99));
      XWPFParagraph boxed = doc.createParagraph();
      boxed.getCTP().set(paragraph(r(t("anchor")) + DocxTextBoxTest.vml("in", "a box")));
      XWPFParagraph shaped = doc.createParagraph();
      shaped.getCTP().set(paragraph(DocxTextBoxTest.alternateContent("shape") + r(t("x"))));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      bytes = out.toByteArray();
    }
    try (XWPFDocument doc = open(bytes)) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      String noted = ps.get(0).getText();
      assertTrue(noted.startsWith("noted[footnoteRef:") && noted.endsWith(": the note] "), noted);
      assertNotNull(RunText.walked(ps.get(0)));
      assertNotNull(RunText.walked(ps.get(1)));
      assertSameText(doc, "notes and text boxes");
      // a text box's own paragraphs are read as the reader reads them, its shapes left out
      assertEquals("anchor", DocxReader.ownText(ps.get(2)));
      assertEquals("x", DocxReader.ownText(ps.get(3)));
    }
  }
}

package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;

/**
 * Text boxes, headers and footers of a .docx: a text box's paragraphs are read in place (after the
 * paragraph that anchors it), once even where Word writes it twice (a DrawingML shape in {@code
 * mc:Choice}, its VML copy in {@code mc:Fallback}); headers and footers are left out with a
 * PAGE_FURNITURE note each.
 */
class DocxTextBoxTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private final WordFormat docx = new WordFormat();

  private static String box(String... paragraphs) {
    StringBuilder b = new StringBuilder("<w:txbxContent>");
    for (String p : paragraphs) {
      b.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p).append("</w:t></w:r></w:p>");
    }
    return b.append("</w:txbxContent>").toString();
  }

  /** A run holding a text box as Word 2010+ writes it: a shape, and its VML fallback. */
  static String alternateContent(String... paragraphs) {
    return "<w:r xmlns:w=\""
        + W
        + "\">"
        + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
        + "<mc:Choice xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        + " Requires=\"wps\"><w:drawing>"
        + "<wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " behindDoc=\"0\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" locked=\"0\""
        + " layoutInCell=\"1\" allowOverlap=\"1\" relativeHeight=\"2\">"
        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:txbx>"
        + box(paragraphs)
        + "</wps:txbx></wps:wsp>"
        + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>"
        + box(paragraphs)
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
  }

  /** A run holding a text box as older Word and WPS write it: VML only. */
  static String vml(String... paragraphs) {
    return "<w:r xmlns:w=\""
        + W
        + "\"><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\">"
        + "<v:textbox>"
        + box(paragraphs)
        + "</v:textbox></v:shape></w:pict></w:r>";
  }

  private static void append(XWPFParagraph p, String runXml) throws Exception {
    XmlObject run = XmlObject.Factory.parse(runXml);
    try (XmlCursor from = run.newCursor();
        XmlCursor to = p.getCTP().newCursor()) {
      from.toFirstChild();
      to.toEndToken();
      from.copyXml(to);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream()
        .filter(p -> DocxReader.ownText(p).equals(text))
        .findFirst()
        .orElseThrow();
  }

  /** The paragraph after {@code heading} moved into a text box anchored in the heading. */
  static String moveIntoBox(XWPFDocument doc, String heading, boolean vmlOnly) throws Exception {
    XWPFParagraph h = paragraph(doc, heading);
    int at = doc.getPosOfParagraph(h);
    XWPFParagraph next = (XWPFParagraph) doc.getBodyElements().get(at + 1);
    String text = next.getText();
    assertTrue(!text.isEmpty(), heading);
    doc.removeBodyElement(at + 1);
    append(h, vmlOnly ? vml(text) : alternateContent(text));
    return text;
  }

  static byte[] bytes(XWPFDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  @Test
  void aTextBoxIsReadInPlaceOnceAndAVmlTextBoxToo() throws Exception {
    AnnualReport seed = WordFormatTest.seed();
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toBytes(seed)))) {
      moveIntoBox(doc, ReportSection.OVERVIEW.heading(), false);
      moveIntoBox(doc, ReportSection.PROBLEMS_AND_IMPROVEMENTS.heading(), true);
      bytes = bytes(doc);
    }
    // the heading paragraphs hold the text boxes: POI's text of them has none of the boxes' text
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertEquals(
          1,
          DocxReader.textBoxes(paragraph(doc, ReportSection.OVERVIEW.heading()).getCTP()).size());
      assertEquals(
          1,
          DocxReader.textBoxes(
                  paragraph(doc, ReportSection.PROBLEMS_AND_IMPROVEMENTS.heading()).getCTP())
              .size());
    }
    ReadResult read = docx.read(bytes, ReadOptions.none());
    assertEquals(seed, read.report());
    // the box's paragraph counts as a row: the diagnostics stand at the lines of the plain file
    assertEquals(
        docx.read(docx.toBytes(seed), ReadOptions.none()).diagnostics(), read.diagnostics());
  }

  /** A text box inside a text box, and one in a table cell, are read too. */
  @Test
  void nestedTextBoxesAndTextBoxesInCellsAreRead() throws Exception {
    AnnualReport seed = WordFormatTest.seed();
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toBytes(seed)))) {
      XWPFParagraph h = paragraph(doc, ReportSection.OTHER_MATTERS.heading());
      append(h, alternateContent("外框"));
      // a second box inside the first box's paragraph
      XmlObject outer = DocxReader.textBoxes(h.getCTP()).get(0);
      XmlObject p = outer.selectPath("declare namespace w='" + W + "' ./w:p")[0];
      XmlObject inner = XmlObject.Factory.parse(vml("内框"));
      try (XmlCursor from = inner.newCursor();
          XmlCursor to = p.newCursor()) {
        from.toFirstChild();
        to.toEndToken();
        from.copyXml(to);
      }
      append(doc.getTables().get(0).getRow(2).getCell(1).getParagraphs().get(0), vml("格中框"));
      bytes = bytes(doc);
    }
    ReadResult read = docx.read(bytes, ReadOptions.none());
    assertTrue(read.report().otherMatters().startsWith("外框\n内框\n"), read.report().otherMatters());
    // the cell (规章's 本年制发件数) holds "0" and, on a line of its own, its text box's "格中框":
    // the grid reader reads a cell's lines as one, so the cell is kept as printed, no number taken
    assertEquals(
        "0 格中框",
        read.report().cell(CellAddress.of(DisclosureRow.RULES, DisclosureColumn.ISSUED)).printed());
  }

  @Test
  void headersAndFootersAreNotedNotRead() throws Exception {
    AnnualReport seed = WordFormatTest.seed();
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toBytes(seed)))) {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("达州市数字经济局");
      doc.createHeader(HeaderFooterType.FIRST).createParagraph();
      XWPFParagraph f = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
      f.createRun().setText("第 ");
      f.getCTP().addNewFldSimple().setInstr("PAGE");
      f.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("3");
      f.createRun().setText(" 页");
      bytes = bytes(doc);
    }
    ReadResult read = docx.read(bytes, ReadOptions.none());
    assertEquals(seed, read.report());
    List<Diagnostic> notes = read.diagnostics(Diagnostic.Reason.PAGE_FURNITURE);
    // the empty first-page header makes no note
    assertEquals(List.of("达州市数字经济局", "第 3 页"), notes.stream().map(Diagnostic::text).toList());
    assertTrue(notes.stream().allMatch(d -> d.line() == 0 && d.kind() == Diagnostic.Kind.IGNORED));
    assertEquals(
        docx.read(docx.toBytes(seed), ReadOptions.none()).diagnostics(),
        read.diagnostics().stream()
            .filter(d -> d.reason() != Diagnostic.Reason.PAGE_FURNITURE)
            .toList());
  }
}

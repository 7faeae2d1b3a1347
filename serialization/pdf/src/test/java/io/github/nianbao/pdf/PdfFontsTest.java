package io.github.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.junit.jupiter.api.Test;

/** CJK text with and without a ToUnicode map. */
class PdfFontsTest {

  /**
   * A CJK font without a ToUnicode map whose encoding is a predefined Unicode CMap (UniGB-UCS2-H
   * over Adobe-GB1, not embedded, as older Chinese PDF printers write): the text is read.
   */
  @Test
  void aPredefinedUnicodeCMapNeedsNoToUnicodeMap() throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "GB1");
    info.setInt(COSName.SUPPLEMENT, 2);
    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
    cid.setName(COSName.BASE_FONT, "STSong-Light");
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setInt(COSName.DW, 1000);
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    descriptor.setItem(
        COSName.FONT_BBOX,
        new COSArray(
            java.util.List.of(
                COSInteger.get(-25),
                COSInteger.get(-254),
                COSInteger.get(1000),
                COSInteger.get(880))));
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.STEM_V, 93);
    cid.setItem(COSName.FONT_DESC, descriptor);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
    font.setName(COSName.ENCODING, "UniGB-UCS2-H");
    font.setItem(COSName.DESCENDANT_FONTS, new COSArray(java.util.List.of(cid)));
    PDResources res = new PDResources();
    res.put(COSName.getPDFName("F1"), PDFontFactory.createFont(font));
    page.setResources(res);
    StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 760 Td ");
    for (String line : new String[] {"某县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "本年度共主动公开信息12条。"}) {
      content.append('<');
      for (char c : line.toCharArray()) {
        content.append(String.format("%04X", (int) c));
      }
      content.append("> Tj 0 -24 Td ");
    }
    content.append("ET");
    COSStream contents = doc.getDocument().createCOSStream();
    try (OutputStream o = contents.createOutputStream()) {
      o.write(content.toString().getBytes(StandardCharsets.US_ASCII));
    }
    page.getCOSObject().setItem(COSName.CONTENTS, contents);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    doc.close();
    AnnualReport r = new PdfFormat().read(out.toByteArray(), ReadOptions.none()).report();
    assertEquals("某县人民政府", r.agency());
    assertEquals(2023, r.year());
    assertEquals("本年度共主动公开信息12条。", r.overview().text());
  }

  /**
   * The fixture's embedded CJK fonts with their ToUnicode maps removed: their glyphs cannot be
   * told, so the file is refused with the page and the font, never read as guessed characters.
   */
  @Test
  void embeddedCjkFontsWithoutToUnicodeAreRefusedWithPageAndFont() throws Exception {
    PDDocument doc = Loader.loadPDF(PdfFixturesTest.fixture("seed-000-portrait.pdf"));
    int removed = 0;
    for (PDPage p : doc.getPages()) {
      COSDictionary fonts = p.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
      for (COSName f : fonts.keySet()) {
        COSDictionary d = (COSDictionary) fonts.getDictionaryObject(f);
        if (d.containsKey(COSName.TO_UNICODE)) {
          d.removeItem(COSName.TO_UNICODE);
          removed++;
        }
      }
    }
    assertTrue(removed > 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    doc.close();
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> new PdfFormat().read(out.toByteArray(), ReadOptions.none()));
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.getMessage().contains("page 1"), e.getMessage());
    assertTrue(e.getMessage().contains("NotoSerifCJK"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot be mapped to Unicode"), e.getMessage());
  }
}

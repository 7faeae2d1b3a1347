package io.github.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.pdf.internal.PdfText;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Hostile and foreign input: a typed {@link ReportParseException} saying what and where, never a
 * stack trace, never a hang; bounded memory and time.
 */
class HostilePdfTest {
  private final PdfFormat pdf = new PdfFormat();

  private ReportParseException refused(byte[] bytes) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> assertThrows(ReportParseException.class, () -> pdf.read(bytes, ReadOptions.none())));
  }

  private static byte[] save(PDDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    doc.close();
    return out.toByteArray();
  }

  @Test
  void emptyInputIsEmpty() {
    assertEquals(ErrorType.EMPTY, refused(new byte[0]).errorType());
  }

  @Test
  void inputOverTheLimitIsTooLarge() {
    assertEquals(
        ErrorType.TOO_LARGE, refused(new byte[ReportFormat.MAX_INPUT_BYTES + 1]).errorType());
  }

  @Test
  void textIsNoPdf() {
    ReportParseException e = refused("一、总体情况\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(ErrorType.MALFORMED, e.errorType());
    assertTrue(e.getMessage().contains("not a PDF"), e.getMessage());
  }

  @Test
  void aTruncatedFileIsMalformedAndSaysSo() throws Exception {
    byte[] whole = PdfFixturesTest.fixture("seed-000-portrait.pdf");
    ReportParseException e = refused(Arrays.copyOf(whole, whole.length / 2));
    assertEquals(ErrorType.MALFORMED, e.errorType());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  /**
   * The middle of the file overwritten with garbage, its end kept: PDFBox repairs the cross
   * references, but the fonts' objects are gone, so their characters cannot be told: refused with
   * the page, never read as guessed characters.
   */
  @Test
  void aFileDamagedInsideIsRefusedNotGuessed() throws Exception {
    byte[] bytes = PdfFixturesTest.fixture("seed-000-portrait.pdf");
    for (int i = bytes.length / 3; i < bytes.length / 2; i++) {
      bytes[i] = (byte) (i * 31);
    }
    ReportParseException e = refused(bytes);
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.getMessage().contains("page 1"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot be mapped to Unicode"), e.getMessage());
  }

  @Test
  void aPdfEncryptedWithAPasswordIsUnsupported() throws Exception {
    PDDocument doc = Loader.loadPDF(PdfFixturesTest.fixture("seed-000-portrait.pdf"));
    StandardProtectionPolicy p =
        new StandardProtectionPolicy("owner", "user", new AccessPermission());
    p.setEncryptionKeyLength(128);
    doc.protect(p);
    ReportParseException e = refused(save(doc));
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
  }

  /** A PDF that only an owner password protects (no password to open it) is read. */
  @Test
  void aPdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
    PDDocument doc = Loader.loadPDF(PdfFixturesTest.fixture("seed-000-portrait.pdf"));
    StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "", new AccessPermission());
    p.setEncryptionKeyLength(128);
    doc.protect(p);
    AnnualReport r = pdf.read(save(doc), ReadOptions.none()).report();
    AnnualReport seed = PdfFixturesTest.seed("000_da43b1e554017db7.txt");
    for (CellAddress a : CellAddress.all(seed.formatVersion())) {
      assertEquals(seed.cell(a), r.cell(a), a.toString());
    }
  }

  @Test
  void aScanIsRefusedAsHavingOnlyImages() throws Exception {
    ReportParseException e = refused(PdfFixturesTest.fixture("seed-000-scan.pdf"));
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.getMessage().contains("only images"), e.getMessage());
    assertTrue(e.getMessage().contains("5 of its 5 pages"), e.getMessage());
  }

  @Test
  void blankPagesAreEmpty() throws Exception {
    PDDocument doc = new PDDocument();
    doc.addPage(new PDPage(PDRectangle.A4));
    assertEquals(ErrorType.EMPTY, refused(save(doc)).errorType());
  }

  @Test
  void tooManyPagesAreTooLarge() throws Exception {
    PDDocument doc = new PDDocument();
    for (int i = 0; i <= PdfText.MAX_PAGES; i++) {
      doc.addPage(new PDPage(PDRectangle.A4));
    }
    ReportParseException e = refused(save(doc));
    assertEquals(ErrorType.TOO_LARGE, e.errorType());
    assertTrue(e.getMessage().contains("pages"), e.getMessage());
  }

  @Test
  void textThatIsNoReportIsNotAReport() throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(72, 700);
      cs.showText("Minutes of the meeting, 12 May");
      cs.endText();
    }
    assertEquals(ErrorType.NOT_A_REPORT, refused(save(doc)).errorType());
  }

  /**
   * Characters that cannot be mapped to Unicode (a font without a ToUnicode map whose encoding
   * names glyphs no list knows) are a typed error naming the page and the font, never digits
   * guessed from the character codes.
   */
  @Test
  void unmappableCharactersAreRefusedNotGuessed() throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE1);
    font.setName(COSName.BASE_FONT, "Helvetica");
    COSDictionary enc = new COSDictionary();
    enc.setItem(COSName.TYPE, COSName.ENCODING);
    COSArray diff = new COSArray();
    diff.add(COSInteger.get(48));
    for (int i = 0; i < 10; i++) {
      diff.add(COSName.getPDFName("g" + (17 + i) + "x"));
    }
    enc.setItem(COSName.DIFFERENCES, diff);
    font.setItem(COSName.ENCODING, enc);
    PDResources res = new PDResources();
    res.put(COSName.getPDFName("F1"), PDFontFactory.createFont(font));
    page.setResources(res);
    COSStream contents = doc.getDocument().createCOSStream();
    try (OutputStream o = contents.createOutputStream()) {
      o.write("BT /F1 12 Tf 72 700 Td (3119 3050) Tj ET".getBytes(StandardCharsets.US_ASCII));
    }
    page.getCOSObject().setItem(COSName.CONTENTS, contents);
    ReportParseException e = refused(save(doc));
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.getMessage().contains("page 1"), e.getMessage());
    assertTrue(e.getMessage().contains("ToUnicode"), e.getMessage());
    assertTrue(e.getMessage().contains("Helvetica"), e.getMessage());
  }

  /** More characters than the reader keeps (a page of a million glyphs) are too large. */
  @Test
  void tooManyCharactersAreTooLarge() throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    PDResources res = new PDResources();
    res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    page.setResources(res);
    COSStream contents = doc.getDocument().createCOSStream();
    try (OutputStream o = contents.createOutputStream(COSName.FLATE_DECODE)) {
      o.write("BT /F1 1 Tf 0 Tc (".getBytes(StandardCharsets.US_ASCII));
      byte[] ones = new byte[PdfText.MAX_GLYPHS + 1];
      Arrays.fill(ones, (byte) '1');
      o.write(ones);
      o.write(") Tj ET".getBytes(StandardCharsets.US_ASCII));
    }
    page.getCOSObject().setItem(COSName.CONTENTS, contents);
    ReportParseException e = refused(save(doc));
    assertEquals(ErrorType.TOO_LARGE, e.errorType());
    assertTrue(e.getMessage().contains("characters"), e.getMessage());
  }

  /**
   * A PDF bomb: a content stream of a few hundred KiB that inflates to more than the reader lets
   * PDFBox hold in memory is refused as too large, in bounded time.
   */
  @Test
  void aPdfBombIsTooLarge() throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream z =
        new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (long n = 0; n <= PdfText.MAX_CONTENT_BYTES; n += spaces.length) {
        z.write(spaces);
      }
    }
    COSStream contents = doc.getDocument().createCOSStream();
    try (OutputStream o = contents.createRawOutputStream()) {
      deflated.writeTo(o);
    }
    contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    page.getCOSObject().setItem(COSName.CONTENTS, contents);
    byte[] bomb = save(doc);
    assertTrue(bomb.length < 2_000_000, "the bomb is small: " + bomb.length);
    long start = System.nanoTime();
    ReportParseException e = refused(bomb);
    assertEquals(ErrorType.TOO_LARGE, e.errorType(), e.getMessage());
    assertTrue(e.getMessage().contains("PDF bomb"), e.getMessage());
    assertTrue(System.nanoTime() - start < 20_000_000_000L, "refused within seconds");
  }
}

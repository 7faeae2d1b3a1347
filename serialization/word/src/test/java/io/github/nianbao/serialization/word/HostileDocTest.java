package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFDocumentCore;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Hostile and foreign input to the doc format: a typed ReportParseException, never a stack trace.
 */
class HostileDocTest {
  private final DocFormat doc = new DocFormat();

  private ReportParseException refused(byte[] bytes) {
    return assertThrows(ReportParseException.class, () -> doc.read(bytes, ReadOptions.none()));
  }

  private static byte[] seedDoc() throws Exception {
    return LibreOfficeDocTest.resource("seed-0.doc");
  }

  /** The .doc with its WordDocument stream changed by {@code change}. */
  private static byte[] withWordDocument(byte[] file, java.util.function.Consumer<byte[]> change)
      throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      byte[] stream;
      try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
        stream = in.readAllBytes();
      }
      change.accept(stream);
      fs.createOrUpdateDocument(new ByteArrayInputStream(stream), "WordDocument");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
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
  void textIsNoDoc() {
    ReportParseException e = refused("一、总体情况".getBytes(StandardCharsets.UTF_8));
    assertEquals(ErrorType.MALFORMED, e.errorType());
    assertTrue(e.detail().contains("not a .doc"), e.detail());
  }

  @Test
  void charactersAreRefusedAndNothingIsWritten() throws Exception {
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> doc.read(new java.io.StringReader("x")));
    assertEquals(ErrorType.BINARY, e.errorType());
    assertTrue(doc.binary());
    var seed = WordFormatTest.seed();
    UnsupportedOperationException w =
        assertThrows(
            UnsupportedOperationException.class,
            () -> doc.write(seed, new ByteArrayOutputStream()));
    assertTrue(w.getMessage().contains("read only"), w.getMessage());
    assertThrows(
        UnsupportedOperationException.class, () -> doc.write(seed, new java.io.StringWriter()));
  }

  @Test
  void aWord95DocumentIsRefused() throws Exception {
    // nFib 101: Word 6.0/95
    byte[] old =
        withWordDocument(
            seedDoc(),
            s -> {
              s[2] = 101;
              s[3] = 0;
            });
    ReportParseException e = refused(old);
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.detail().contains("Word 6.0/95"), e.detail());
  }

  @Test
  void anEncryptedDocIsRefused() throws Exception {
    byte[] encrypted;
    HWPFDocument d = new HWPFDocument(new ByteArrayInputStream(seedDoc()));
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.write(out);
      encrypted = out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    ReportParseException e = refused(encrypted);
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.detail().contains("encrypted"), e.detail());
  }

  @Test
  void anExcelWorkbookIsRefusedAsSuch() throws Exception {
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("表三").createRow(0).createCell(0).setCellValue("一、本年新收政府信息公开申请数量");
      wb.write(out);
      xls = out.toByteArray();
    }
    for (ReportFormat f : new ReportFormat[] {doc, new WordFormat()}) {
      ReportParseException e =
          assertThrows(ReportParseException.class, () -> f.read(xls, ReadOptions.none()));
      assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
      assertTrue(e.detail().contains("Excel"), e.detail());
    }
  }

  @Test
  void anOle2FileOfOtherStreamsIsRefusedNamingThem() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[64]), "Contents");
      fs.writeFilesystem(out);
    }
    ReportParseException e = refused(out.toByteArray());
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.detail().contains("Contents"), e.detail());
  }

  /** A WordDocument stream of zeros: its FIB says a version before Word 97. */
  @Test
  void aWordDocumentStreamOfZerosIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
      fs.writeFilesystem(out);
    }
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, refused(out.toByteArray()).errorType());
  }

  @Test
  void aTruncatedDocIsMalformed() throws Exception {
    byte[] whole = seedDoc();
    for (int n : new int[] {8, 100, 512, 4096, whole.length / 2, whole.length - 512}) {
      ReportParseException e = refused(Arrays.copyOf(whole, n));
      assertEquals(ErrorType.MALFORMED, e.errorType(), () -> n + ": " + e.getMessage());
    }
  }

  @Test
  void rtfAndWebPagesNamedDocAreRefusedAsSuch() {
    ReportParseException rtf = refused("{\\rtf1\\ansi 一、总体情况}".getBytes(StandardCharsets.US_ASCII));
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, rtf.errorType());
    assertTrue(rtf.detail().contains("RTF"), rtf.detail());
    ReportParseException page =
        refused(
            "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body>一、总体情况</body></html>"
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, page.errorType());
    assertTrue(page.detail().contains("html format"), page.detail());
  }

  /** A record over HWPF's limit (here lowered to 4 KiB for the test) is TOO_LARGE. */
  @Test
  void aRecordOverTheLimitIsTooLarge() throws Exception {
    int limit = HWPFDocumentCore.getMaxRecordLength();
    HWPFDocumentCore.setMaxRecordLength(4096);
    try {
      ReportParseException e = refused(seedDoc());
      assertEquals(ErrorType.TOO_LARGE, e.errorType(), e::getMessage);
    } finally {
      HWPFDocumentCore.setMaxRecordLength(limit);
    }
  }

  @Test
  void hwpfsRecordLimitIsTightened() throws Exception {
    doc.read(seedDoc(), ReadOptions.none());
    assertTrue(HWPFDocumentCore.getMaxRecordLength() <= DocReader.MAX_RECORD_LENGTH);
  }

  /**
   * A .doc with bytes overwritten anywhere (the header, the FAT, the FIB, the text, the tables) is
   * read or refused with a typed error, within seconds: never another exception, never a hang.
   */
  @Property(tries = 150)
  void aDamagedDocIsReadOrRefused(
      @ForAll @IntRange(min = 0, max = 52735) int at, @ForAll @Size(min = 1, max = 16) byte[] junk)
      throws Exception {
    byte[] damaged = seedDoc();
    int from = at % damaged.length;
    for (int i = 0; i < junk.length && from + i < damaged.length; i++) {
      damaged[from + i] = junk[i];
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try {
            doc.read(damaged, ReadOptions.none());
          } catch (ReportParseException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
          }
        });
  }

  /** The same in the WordDocument stream alone, where HWPF's own structures are. */
  @Property(tries = 150)
  void aDamagedWordDocumentStreamIsReadOrRefused(
      @ForAll @IntRange(min = 0, max = 4095) int at, @ForAll @Size(min = 1, max = 8) byte[] junk)
      throws Exception {
    byte[] damaged =
        withWordDocument(
            seedDoc(),
            s -> {
              for (int i = 0; i < junk.length && at + i < s.length; i++) {
                s[at + i] = junk[i];
              }
            });
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try {
            doc.read(damaged, ReadOptions.none());
          } catch (ReportParseException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
          }
        });
  }
}

package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Hostile and foreign input: a typed ReportParseException saying what, never a stack trace. */
class HostileDocxTest {
  private final WordFormat docx = new WordFormat();

  private ReportParseException refused(byte[] bytes) {
    return assertThrows(ReportParseException.class, () -> docx.read(bytes, ReadOptions.none()));
  }

  private byte[] written() throws Exception {
    return docx.toBytes(WordFormatTest.seed());
  }

  @Test
  void emptyInputIsEmpty() {
    assertEquals(ErrorType.EMPTY, refused(new byte[0]).errorType());
  }

  @Test
  void inputOverTheLimitIsTooLarge() {
    ReportParseException e = refused(new byte[ReportFormat.MAX_INPUT_BYTES + 1]);
    assertEquals(ErrorType.TOO_LARGE, e.errorType());
  }

  @Test
  void textIsNoDocx() {
    ReportParseException e = refused("一、总体情况".getBytes(StandardCharsets.UTF_8));
    assertEquals(ErrorType.MALFORMED, e.errorType());
    assertTrue(e.detail().contains("not a .docx"), e.detail());
  }

  @Test
  void aZipThatIsNoDocxIsMalformed() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertEquals(ErrorType.MALFORMED, refused(out.toByteArray()).errorType());
  }

  @Test
  void aTruncatedDocxIsMalformed() throws Exception {
    byte[] whole = written();
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertEquals(ErrorType.MALFORMED, refused(half).errorType());
  }

  @Test
  void anEncryptedDocxIsRefused() throws Exception {
    byte[] plain = written();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain));
          OutputStream os = enc.getDataStream(fs)) {
        pkg.save(os);
      }
      fs.writeFilesystem(out);
    }
    ReportParseException e = refused(out.toByteArray());
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.detail().contains("encrypted"), e.detail());
  }

  /**
   * An OLE2 file with a WordDocument stream goes to the .doc reader (a .doc named .docx is read,
   * see LibreOfficeDocTest), whose error this stream of zeros gets: its FIB is older than Word 97.
   */
  @Test
  void aWordDocumentGivenToTheDocxFormatGoesToTheDocReader() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
      fs.writeFilesystem(out);
    }
    ReportParseException e = refused(out.toByteArray());
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.detail().contains("Word 6.0/95"), e.detail());
  }

  @Test
  void aMacroEnabledDocumentIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(written()))) {
      PackagePartName name = PackagingURIHelper.createPartName("/word/vbaProject.bin");
      try (OutputStream os =
          pkg.createPart(name, "application/vnd.ms-office.vbaProject").getOutputStream()) {
        os.write(new byte[] {1, 2, 3});
      }
      pkg.save(out);
    }
    ReportParseException e = refused(out.toByteArray());
    assertEquals(ErrorType.UNSUPPORTED_DOCUMENT, e.errorType());
    assertTrue(e.detail().contains("macro"), e.detail());
  }

  /** A document.xml padded with 30 MB of white space: it inflates over 100 times its size. */
  @Test
  void aPartThatInflatesTooMuchIsTooLarge() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
        if (e.getName().equals("word/document.xml")) {
          zip.write(" ".repeat(30 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        }
        zip.closeEntry();
      }
    }
    ReportParseException e = refused(out.toByteArray());
    assertEquals(ErrorType.TOO_LARGE, e.errorType(), e.getMessage());
  }
}

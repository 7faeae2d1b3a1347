package io.github.nianbao.serialization.word;

import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a Word file by what its bytes are, not by its name: a zip package is a .docx, an OLE2
 * compound file with a {@code WordDocument} stream a .doc (sites often publish one named as the
 * other). Everything else is refused with a typed error that says what the file is.
 */
final class WordFiles {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private WordFiles() {}

  /**
   * Reads a .docx or a .doc.
   *
   * @param bytes the file
   * @param options what the caller knows of the report
   * @param format the format asked, {@code docx} or {@code doc}, for the messages
   * @return the report and the diagnostics
   * @throws ReportParseException if the file is refused or holds no report
   */
  static ReadResult read(byte[] bytes, ReadOptions options, String format)
      throws ReportParseException {
    if (bytes.length > ReportFormat.MAX_INPUT_BYTES) {
      throw new ReportParseException(
          ErrorType.TOO_LARGE,
          0,
          0,
          "",
          "the input exceeds " + ReportFormat.MAX_INPUT_BYTES + " bytes");
    }
    if (bytes.length == 0) {
      throw new ReportParseException(ErrorType.EMPTY, 0, 0, "", "the input is empty");
    }
    if (startsWith(bytes, ZIP)) {
      return DocxReader.read(bytes).read(options);
    }
    if (startsWith(bytes, OLE2)) {
      try (POIFSFileSystem fs = wordDocument(bytes)) {
        return DocReader.read(fs).read(options);
      } catch (ReportParseException e) {
        throw e;
      } catch (IOException e) {
        // closing a file system in memory: nothing to fail
        throw DocReader.malformed("not a readable .doc: " + e, e);
      }
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("{\\rtf")) {
      throw new ReportParseException(
          ErrorType.UNSUPPORTED_DOCUMENT,
          0,
          0,
          "",
          "an RTF document (often named .doc) is not read: save it as .docx");
    }
    if (head.startsWith("mime-version")
        || head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("w:worddocument")) {
      throw new ReportParseException(
          ErrorType.UNSUPPORTED_DOCUMENT,
          0,
          0,
          "",
          "a web page (HTML or MHT) or Word 2003 XML saved with a Word ending is no ."
              + format
              + ": read a web page with the html format");
    }
    throw new ReportParseException(
        ErrorType.MALFORMED,
        0,
        0,
        "",
        "not a ."
            + format
            + ": a .docx is a zip package (starting PK), a .doc an OLE2 compound file");
  }

  /**
   * Opens an OLE2 compound file that holds a Word document.
   *
   * @param bytes the file, starting with the OLE2 signature
   * @return the file system
   * @throws ReportParseException UNSUPPORTED_DOCUMENT if it is encrypted or holds no Word document
   *     (naming what it holds), MALFORMED if it is damaged
   */
  static POIFSFileSystem wordDocument(byte[] bytes) throws ReportParseException {
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw DocReader.malformed("a damaged OLE2 compound file (truncated?): " + e.getMessage(), e);
    }
    DirectoryNode root = fs.getRoot();
    String what;
    if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
      what = "an encrypted (password-protected) Word document is not read";
    } else if (root.hasEntry("WordDocument")) {
      return fs;
    } else if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
      what = "an Excel workbook (.xls), not a Word document";
    } else if (root.hasEntry("PowerPoint Document")) {
      what = "a PowerPoint presentation (.ppt), not a Word document";
    } else {
      List<String> names = new ArrayList<>();
      for (Entry e : root) {
        if (names.size() == 5) {
          names.add("…");
          break;
        }
        names.add(e.getName());
      }
      what = "an OLE2 compound file that holds no Word document (its entries: " + names + ")";
    }
    try {
      fs.close();
    } catch (IOException e) {
      // in memory: nothing to close
    }
    throw new ReportParseException(ErrorType.UNSUPPORTED_DOCUMENT, 0, 0, "", what);
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}

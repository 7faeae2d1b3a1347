package io.github.nianbao.serialization.word;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import io.github.nianbao.serialization.grid.GridReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The {@code docx} format: the report as a Word document (Office Open XML, .docx), read and
 * written with Apache POI. Find it with {@code ReportFormats.byName("docx")} or by the ending
 * {@code .docx}.
 *
 * <h2>Reading</h2>
 *
 * <p>The body's paragraphs and tables, in document order, become a {@link
 * io.github.nianbao.serialization.grid.Grid} that {@link GridReader} reads as the text format
 * reads text (see {@link io.github.nianbao.serialization.text.TextFormat}): a paragraph is a row
 * of one cell, a table row a row of its cells, a merged cell ({@code gridSpan}, {@code vMerge})
 * one cell with its spans, standing in its first row only. A diagnostic's line {@code n} is the
 * {@code n}-th paragraph or table row of the body. Refused with a {@link ReportParseException}:
 * input over {@link #MAX_INPUT_BYTES} bytes, or a part that inflates beyond POI's zip limits
 * ({@code TOO_LARGE}); an encrypted or macro-enabled document, or a Word 97–2003 {@code .doc}
 * ({@code UNSUPPORTED_DOCUMENT}); anything else that is no .docx ({@code MALFORMED}, or {@code
 * EMPTY}). A .docx is binary: read it from bytes or a stream, never as characters.
 *
 * <h2>Writing</h2>
 *
 * <p>{@link #write(AnnualReport, OutputStream)} writes the official layout: the title paragraph,
 * the six section headings, each narrative line a paragraph, the tables with the official header
 * rows and merged cells, for both format versions. {@code read(write(r))} equals {@code r} with
 * no diagnostics.
 *
 * <p>Class path only: the module has no {@code module-info} (POI's own module descriptors pull
 * in more than a report needs); on the module path it is an automatic module.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordFormat implements ReportFormat {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** Creates the format. */
  public WordFormat() {}

  /**
   * Returns {@code docx}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return "docx";
  }

  /**
   * Returns {@code .docx}.
   *
   * @return the endings
   */
  @Override
  public List<String> fileExtensions() {
    return List.of(".docx");
  }

  /**
   * Refuses: a .docx is binary, not characters.
   *
   * @param in not read
   * @return never
   * @throws ReportParseException always, {@code BINARY}
   */
  @Override
  public ReadResult read(Reader in) throws ReportParseException {
    throw new ReportParseException(
        ErrorType.BINARY,
        0,
        0,
        "",
        "a Word document is binary: read it from its bytes or an InputStream, not as characters");
  }

  /**
   * Reads a report from a .docx file's bytes, as the class documentation says.
   *
   * @param bytes the file
   * @param options what the caller knows of the report
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is refused or holds no report, with its error type
   */
  @Override
  public ReadResult read(byte[] bytes, ReadOptions options) throws ReportParseException {
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new ReportParseException(
          ErrorType.TOO_LARGE, 0, 0, "", "the input exceeds " + MAX_INPUT_BYTES + " bytes");
    }
    if (bytes.length == 0) {
      throw new ReportParseException(ErrorType.EMPTY, 0, 0, "", "the input is empty");
    }
    if (startsWith(bytes, OLE2)) {
      throw ole2(bytes);
    }
    if (!startsWith(bytes, ZIP)) {
      throw new ReportParseException(
          ErrorType.MALFORMED, 0, 0, "", "not a .docx: a .docx is a zip package, starting PK");
    }
    return GridReader.read(DocxReader.read(bytes), options);
  }

  /**
   * Reads a report from a .docx stream (at most {@link #MAX_INPUT_BYTES} bytes are read).
   *
   * @param in the stream; not closed
   * @param options what the caller knows of the report
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is refused or holds no report
   * @throws IOException if reading fails
   */
  @Override
  public ReadResult read(InputStream in, ReadOptions options) throws IOException {
    return read(in.readNBytes(MAX_INPUT_BYTES + 1), options);
  }

  /**
   * Writes a report as a .docx in the official layout.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(AnnualReport report, OutputStream out) throws IOException {
    DocxWriter.write(report, out);
  }

  /**
   * Returns {@code true}: a .docx is a zip, written with {@link #write(AnnualReport,
   * OutputStream)}.
   *
   * @return {@code true}
   */
  @Override
  public boolean binary() {
    return true;
  }

  /**
   * Returns a report as the bytes of a .docx in the official layout.
   *
   * @param report the report
   * @return the file
   */
  public byte[] toBytes(AnnualReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("A ByteArrayOutputStream does not fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Refuses: a .docx is binary, not characters. Use {@link #write(AnnualReport, OutputStream)}.
   *
   * @param report not written
   * @param out not written to
   * @throws UnsupportedOperationException always
   */
  @Override
  public void write(AnnualReport report, Writer out) {
    throw new UnsupportedOperationException(
        "a Word document is binary: write it with write(AnnualReport, OutputStream)");
  }

  /** The error for an OLE2 file: an encrypted .docx, a .doc, or another Office file. */
  private static ReportParseException ole2(byte[] bytes) {
    String what;
    try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
        new java.io.ByteArrayInputStream(bytes))) {
      var root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        what = "an encrypted (password-protected) Word document is not read";
      } else if (root.hasEntry("WordDocument")) {
        what = "a Word 97–2003 document (.doc) is not read by the docx format";
      } else {
        what = "an OLE2 compound file that is no Word document";
      }
    } catch (IOException | RuntimeException e) {
      return new ReportParseException(
          ErrorType.MALFORMED, 0, 0, "", "a damaged OLE2 compound file: " + e.getMessage(), e);
    }
    return new ReportParseException(ErrorType.UNSUPPORTED_DOCUMENT, 0, 0, "", what);
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

package io.github.nianbao.serialization.word;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The {@code docx} format: the report as a Word document (Office Open XML, .docx), read and written
 * with Apache POI. Find it with {@code ReportFormats.byName("docx")} or by the ending {@code
 * .docx}.
 *
 * <h2>Reading</h2>
 *
 * <p>The body's paragraphs and tables, in document order, become a {@link
 * io.github.nianbao.serialization.grid.Grid} that {@link
 * io.github.nianbao.serialization.grid.GridReader} reads as the text format reads text (see {@link
 * io.github.nianbao.serialization.text.TextFormat}): a paragraph is a row of one cell, a table row
 * a row of its cells, a merged cell ({@code gridSpan}, {@code vMerge}) one cell with its spans,
 * standing in its first row only. The paragraphs of a text box ({@code w:txbxContent}) are read in
 * place, after the paragraph that anchors it; a text box that Word writes twice, as a shape and as
 * its VML fallback ({@code mc:AlternateContent}), is read once. Headers and footers are page
 * furniture: left out, with a {@link
 * io.github.nianbao.serialization.Diagnostic.Reason#PAGE_FURNITURE} note at line 0 for each that
 * holds text. A diagnostic's line {@code n} is the {@code n}-th paragraph or table row of the body
 * (a text box's paragraphs count).
 *
 * <p>The file is read by what it is, not by its name: a Word 97–2003 document (an OLE2 compound
 * file), as sites often publish under a .docx name, is read as the {@link DocFormat doc} format
 * reads it. Refused with a {@link ReportParseException}: input over {@link #MAX_INPUT_BYTES} bytes,
 * or a part that inflates beyond POI's zip limits ({@code TOO_LARGE}); an encrypted or
 * macro-enabled document, an OLE2 file that holds no Word document (an .xls), an RTF file or a web
 * page ({@code UNSUPPORTED_DOCUMENT}); anything else that is no Word document ({@code MALFORMED},
 * or {@code EMPTY}). A .docx is binary: read it from bytes or a stream, never as characters.
 *
 * <h2>Writing</h2>
 *
 * <p>{@link #write(AnnualReport, OutputStream)} writes the official layout: the title paragraph,
 * the six section headings, each narrative line a paragraph, the tables with the official header
 * rows and merged cells, for both format versions. {@code read(write(r))} equals {@code r} with no
 * diagnostics.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordFormat implements ReportFormat {
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
    return WordFiles.read(bytes, options, "docx");
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
}

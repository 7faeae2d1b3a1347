package io.github.nianbao.serialization.word;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The {@code doc} format: the report as a Word 97–2003 document (.doc), <b>read only</b>, with
 * Apache POI's HWPF. Find it with {@code ReportFormats.byName("doc")} or by the ending {@code
 * .doc}.
 *
 * <h2>Reading</h2>
 *
 * <p>The main text's paragraphs and tables, in document order, become the same {@link
 * io.github.nianbao.serialization.grid.Grid} that the {@link WordFormat docx} format builds: a
 * paragraph is a row of one cell (fields read as their results), a table row a row of its cells. A
 * .doc has no grid of columns: a cell's column and column span are found from its edges among all
 * the edges of its table (a cell as wide as three columns spans three, as Word and LibreOffice
 * write a horizontal merge; the old merge flags of Word 97 widen the cell before); a vertical merge
 * is a row span. Headers and footers are page furniture: left out, with a {@link
 * io.github.nianbao.serialization.Diagnostic.Reason#PAGE_FURNITURE} note at line 0 if they hold
 * text. Text boxes, footnotes, endnotes and comments, which a .doc keeps apart from the main text,
 * are not read: an {@link io.github.nianbao.serialization.Diagnostic.Reason#OUTSIDE_REPORT} note at
 * line 0 quotes the text of each kind that holds any. A diagnostic's line {@code n} is the {@code
 * n}-th paragraph or table row of the main text.
 *
 * <p>The file is read by what it is, not by its name: a .docx named .doc is read as the docx format
 * reads it. Refused with a {@link ReportParseException}: input over {@link #MAX_INPUT_BYTES} bytes
 * or a record over HWPF's limit ({@code TOO_LARGE}); a Word 6.0/95 (or older) document, an
 * encrypted document, an OLE2 file that holds no Word document (an .xls, a .ppt), an RTF file or a
 * web page saved as .doc ({@code UNSUPPORTED_DOCUMENT}); a damaged or truncated file, or anything
 * else ({@code MALFORMED}, or {@code EMPTY}).
 *
 * <h2>Writing</h2>
 *
 * <p>Not supported: {@link #write(AnnualReport, OutputStream)} and {@link #write(AnnualReport,
 * Writer)} throw {@link UnsupportedOperationException}; write a Word document with the {@link
 * WordFormat docx} format. So this format is the one exception to the SPI's round trip, which holds
 * for the formats that write; {@link #writes()} says so. {@link #binary()} is {@code true}: a .doc
 * is no text.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocFormat implements ReportFormat {

  /** Creates the format. */
  public DocFormat() {}

  /**
   * Returns {@code doc}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return "doc";
  }

  /**
   * Returns {@code .doc}.
   *
   * @return the endings
   */
  @Override
  public List<String> fileExtensions() {
    return List.of(".doc");
  }

  /**
   * Refuses: a .doc is binary, not characters.
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
   * Reads a report from a .doc file's bytes, as the class documentation says.
   *
   * @param bytes the file
   * @param options what the caller knows of the report
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is refused or holds no report, with its error type
   */
  @Override
  public ReadResult read(byte[] bytes, ReadOptions options) throws ReportParseException {
    return WordFiles.read(bytes, options, "doc");
  }

  /**
   * Returns {@code true}: a .doc is no text.
   *
   * @return {@code true}
   */
  @Override
  public boolean binary() {
    return true;
  }

  /**
   * Returns {@code false}: the format only reads.
   *
   * @return false
   */
  @Override
  public boolean writes() {
    return false;
  }

  /**
   * Refuses: the doc format is read only.
   *
   * @param report not written
   * @param out not written to
   * @throws UnsupportedOperationException always
   */
  @Override
  public void write(AnnualReport report, OutputStream out) {
    throw new UnsupportedOperationException(
        "the doc format is read only: write a Word document with the docx format");
  }

  /**
   * Refuses: the doc format is read only.
   *
   * @param report not written
   * @param out not written to
   * @throws UnsupportedOperationException always
   */
  @Override
  public void write(AnnualReport report, Writer out) {
    throw new UnsupportedOperationException(
        "the doc format is read only: write a Word document with the docx format");
  }
}

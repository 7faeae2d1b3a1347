package io.github.nianbao.pdf;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.pdf.internal.PdfLayout;
import io.github.nianbao.pdf.internal.PdfText;
import io.github.nianbao.pdf.internal.Radicals;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import io.github.nianbao.serialization.grid.GridReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code pdf} format: a report published as a PDF, read from the text layer's positioned
 * characters with Apache PDFBox. Find it with {@code ReportFormats.byName("pdf")} or by the ending
 * {@code .pdf}. The format reads only: it writes no PDF.
 *
 * <h2>Reading</h2>
 *
 * <p>Every character is read with its position, and the pages become a {@link
 * io.github.nianbao.serialization.grid.Grid} that {@link GridReader} reads as it reads any source:
 *
 * <ul>
 *   <li>characters whose baselines differ by at most 0.3 of their font size stand on one line; a
 *       gap wider than 0.9 of the font size separates two cells; a space character, or a gap wider
 *       than 0.4 of the font size, is a space;
 *   <li>a table drawn with ruling lines (as Word, WPS and LibreOffice print them) is read from its
 *       lines: a cell is the box they enclose, a merged cell one box with its row and column spans
 *       standing in its first row, its text every character inside, so that a label wrapped over
 *       lines, header words broken over lines and a group label printed one character a line
 *       (三、本年度办理结果, noted {@link Diagnostic.Reason#VERTICAL_LABEL}) are each one cell; a row or
 *       merged cell that a page break cut in two is joined ({@link
 *       Diagnostic.Reason#LABEL_BROKEN});
 *   <li>in a table drawn without lines, a line whose cells end in numbers (or marks: / — 无 不适用) is
 *       a table row: its numbers are placed in the columns of its table (the x-ranges its values
 *       occupy, and its lowest header's cells for a column no row fills), so that a blank cell
 *       stays blank in its column; its other cells are its labels; a group label printed one
 *       character a line beside the rows is joined ({@link Diagnostic.Reason#VERTICAL_LABEL});
 *   <li>a page number ({@code -1-}, {@code 第 2 页}, {@code 3/6}) at a page's top or bottom, and a
 *       line printed in the same place on several pages (a running header or footer), are left out,
 *       each with a {@link Diagnostic.Reason#PAGE_FURNITURE} note, so that a table broken across
 *       pages reads as one (a header printed again is passed over by the recogniser);
 *   <li>the narrative is read in reading order, verbatim: a line that runs to the right margin
 *       followed by a line that starts at the left margin (not indented) right below it is one
 *       paragraph, joined without a line break; a wider gap is an empty paragraph.
 * </ul>
 *
 * <p>A diagnostic's line {@code n} is the {@code n}-th line of text of the document, counted from
 * the top of the first page (its message names the page where the layout notes it).
 *
 * <p>Refused with a {@link ReportParseException}: input over {@link #MAX_INPUT_BYTES} bytes, over
 * 500 pages or 1 Mi characters, whose content streams decode to more than 64 MiB (a PDF bomb), that
 * needs more than 256 MiB of PDFBox's stream memory, or whose text takes longer than 60 seconds to
 * extract ({@code TOO_LARGE}; the deadline covers the extraction, not the layout after it); a file
 * that is no PDF, or truncated (no {@code %%EOF} at its end), or damaged beyond PDFBox's repair
 * ({@code MALFORMED}); a PDF encrypted with a password; a PDF whose pages are only images, as a
 * scan is ({@code UNSUPPORTED_DOCUMENT}, saying that the file has only images); a PDF with
 * characters that cannot be mapped to Unicode, as in a font with no ToUnicode map and no usable
 * encoding ({@code UNSUPPORTED_DOCUMENT}, with the page and the font: the reader never guesses
 * characters, so never reads garbage digits). A PDF is binary: read it from bytes or a stream,
 * never as characters.
 *
 * <p>The format reads only: {@code write} throws {@link UnsupportedOperationException} (the SPI's
 * round trip holds for the formats that write; write a report as {@code docx} or {@code html} and
 * print that to PDF).
 *
 * <p>Immutable and thread-safe.
 */
public final class PdfFormat implements ReportFormat {

  /** Creates the format. */
  public PdfFormat() {}

  /**
   * Returns {@code pdf}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return "pdf";
  }

  /**
   * Returns {@code .pdf}.
   *
   * @return the endings
   */
  @Override
  public List<String> fileExtensions() {
    return List.of(".pdf");
  }

  /**
   * Refuses: a PDF is binary, not characters.
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
        "a PDF is binary: read it from its bytes or an InputStream, not as characters");
  }

  /**
   * Reads a report from a PDF file's bytes, as the class documentation says.
   *
   * @param bytes the file
   * @param options what the caller knows of the report
   * @return the report, with the layout's notes (page furniture left out, labels joined) first and
   *     then the recogniser's
   * @throws ReportParseException if the file is refused or holds no report, with its error type
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
    Radicals.Unified unified = Radicals.unify(PdfText.read(bytes));
    List<PdfText.Page> pages = unified.pages();
    PdfLayout.Result layout;
    try {
      layout = PdfLayout.layout(pages);
    } catch (RuntimeException e) {
      // a safety net, as the grid reader's: the layout is meant never to get here
      throw new ReportParseException(
          ErrorType.MALFORMED, 0, 0, "", "the PDF's text could not be laid out: " + e, e);
    }
    ReadResult read = GridReader.read(layout.grid(), options);
    if (layout.diagnostics().isEmpty() && unified.count() == 0) {
      return read;
    }
    List<Diagnostic> all = new ArrayList<>(unified.diagnostics());
    all.addAll(layout.diagnostics());
    all.addAll(read.diagnostics());
    return new ReadResult(read.report(), all);
  }

  /**
   * Returns {@code true}: a PDF is binary.
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
   * Refuses: the format reads PDFs only (write a report as {@code docx} and print that to PDF).
   *
   * @param report not written
   * @param out not written to
   * @throws UnsupportedOperationException always
   */
  @Override
  public void write(AnnualReport report, Writer out) {
    throw new UnsupportedOperationException(
        "the pdf format reads only: write the report as docx or html and print that to PDF");
  }

  /**
   * Refuses: the format reads PDFs only.
   *
   * @param report not written
   * @param out not written to
   * @throws UnsupportedOperationException always
   */
  @Override
  public void write(AnnualReport report, OutputStream out) {
    throw new UnsupportedOperationException(
        "the pdf format reads only: write the report as docx or html and print that to PDF");
  }
}

package io.github.nianbao.serialization.text;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.internal.text.TextReader;
import io.github.nianbao.serialization.internal.text.TextWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The {@code text} format: the 30号 report as published, section headings, then the tables a row a
 * line. Find it with {@code ReportFormats.byName("text")}, or create it directly:
 *
 * <pre>{@code
 * ReportFormat text = new TextFormat();
 * ReadResult result = text.read(Files.newBufferedReader(path));
 * }</pre>
 *
 * <h2>The canonical layout (what {@link #write} writes)</h2>
 *
 * <ol>
 *   <li>The title line: agency, year and {@code 年政府信息公开工作年度报告}, as real reports print it, e.g.
 *       {@code 达州市通川区2023年政府信息公开工作年度报告}.
 *   <li>Only when not the default: {@code 格式：} and the document of the {@linkplain
 *       AnnualReport#formatVersion() format version} (default 国办公开办函〔2021〕30号), and {@code
 *       范围：AGGREGATE} for the {@linkplain AnnualReport#scope() scope} (default {@code AGENCY}).
 *   <li>The six sections, each its official heading (e.g. {@code 一、总体情况}) between blank lines, then
 *       its content.
 *   <li>A narrative section is its text verbatim, but a line that the reader would take for a
 *       section heading or for page furniture (and a line that starts with {@code \} before such a
 *       line) gets a leading {@code \}, which the reader removes.
 *   <li>A table is its official header lines and one row a line: the official label (with its
 *       numbering, full-width as published) and the row's cells, separated by tabs. A number is
 *       written in digits (the fee with its printed decimals), a blank cell as nothing, a mark as
 *       printed. Group headings （三）不予公开 … （六）其他处理 and 三、本年度办理结果 have a line of their own. Table 4
 *       is three header lines and one line of 15 cells.
 *   <li>Lines end with {@code \n}; the text is UTF-8 when written to bytes.
 * </ol>
 *
 * <p>{@code read(write(r)).report()} equals {@code r} for every report, valid or not, and {@code
 * write(read(write(r)).report())} is {@code write(r)} to the byte. One limit: narrative text with
 * control characters other than tab and line breaks cannot be read back (the reader refuses control
 * characters as {@code BINARY}).
 *
 * <h2>The reader</h2>
 *
 * <p>The reader is lenient: it reads real published text, whether tab- or space-separated (PDF
 * extraction) or one cell a line (web pages), and reports what it did as {@link Diagnostic}s.
 *
 * <ul>
 *   <li><b>Limits and errors.</b> Input over {@value #MAX_INPUT_CHARS} characters is {@code
 *       TOO_LARGE}; memory is a small multiple of the input's size, whatever its shape; a NUL or
 *       other control character (but tab, line breaks, form feed) is {@code BINARY}; nothing but
 *       white space is {@code EMPTY}; no section heading at all is {@code NOT_A_REPORT}; no title
 *       line with a year from 2008 before the first section is {@code NO_YEAR}; a {@code 格式：} line
 *       naming an unknown format is {@code UNSUPPORTED_VERSION}.
 *   <li><b>Title.</b> The year and the agency come from the title line: agency and year on one line
 *       (with or without spaces, 年 or 年度, the year also before the agency), or the agency on the
 *       line before. A published report without the {@code 格式：}/{@code 范围：} lines reads as format
 *       2021, scope AGENCY. Any other text before 一、总体情况 (such as a preamble 根据《条例》…) is IGNORED
 *       with its line.
 *   <li><b>Labels.</b> Headings and labels are matched by a normal form (NFKC, so full- and
 *       half-width alike, without white space, punctuation and symbols; numberings 一、, （一）, 1．
 *       parsed apart and compared by value) and a bounded similarity: a Levenshtein distance of at
 *       most one character per five of the official label. A variant read as an official label is
 *       NORMALISED. Headings may be preceded by bullets; 五、存在的主要问题及改进措施 reads as the official
 *       heading of section 五.
 *   <li><b>Narrative sections</b> are the lines between their heading and the next, verbatim but
 *       for page furniture (web-page lines such as {@code • 来源:} and {@code 分享到:}, page numbers),
 *       which is IGNORED. A section longer than the model holds ({@link
 *       AnnualReport#MAX_NARRATIVE_CHARS} characters) is cut there, with an UNPLACED diagnostic at
 *       the line of the cut that says how much is not read.
 *   <li><b>Tables.</b> Rows are matched in any order (the next rows in printed order preferred). A
 *       row's cells are the numbers and marks after its label, across line and page breaks and
 *       repeated headers; group labels such as （三）不予公开 sharing the line, numberings on their own
 *       and known extras such as 办理结果占比情况 (IGNORED) are recognised. When a row has more cells than
 *       its width, empty cells (between tabs) are dropped, from the end, then from the start, then
 *       inside; surplus cells left are UNPLACED. A cell not found, or empty in a row that is not
 *       exactly its label and its cells, is blank with a MISSING_CELL diagnostic, as is every cell
 *       of a row not found; the cells of a row printed twice are UNPLACED. A line of more than 64
 *       cells that are not empty (or labels and numbers) is no row: it is not cut into cells and is
 *       UNPLACED as a whole, as is a line with more than 4,096 characters of text between its
 *       numbers (longer than any label); a table section's lines after its first 100,000 cells and
 *       labels are not read, with one UNPLACED diagnostic that says from which line. A whole number
 *       is a number; in the fee a plain decimal is; anything else is a mark.
 *   <li>The canonical layout reads back without any diagnostic.
 *   <li>The reader never invents a number, and everything it could not place is reported with its
 *       line. Known extras, page furniture and marks are data, one item a line: the resources
 *       {@code META-INF/nianbao/text/extras.txt} (labels), {@code furniture.txt} (regular
 *       expressions) and {@code marks.txt}. Extend them by putting files of the same names on the
 *       class path; every file found is read.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextFormat implements ReportFormat {

  /**
   * The largest input the reader reads, in characters (10 MiB); larger input is TOO_LARGE. The JSON
   * format reads documents as long ({@code JsonFormat.MAX_DOCUMENT_LENGTH}), and every report the
   * model holds is written in less (its narratives at most {@link AnnualReport#MAX_NARRATIVE_CHARS}
   * characters each), so that a report read from either format can be written in the other and read
   * back.
   */
  public static final int MAX_INPUT_CHARS = 10 * 1024 * 1024;

  /** The reader's limits and layout for this format. */
  private static final TextReader.Settings SETTINGS = TextReader.Settings.text(MAX_INPUT_CHARS);

  /** Creates the format. */
  public TextFormat() {}

  /**
   * Returns {@code text}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return "text";
  }

  /**
   * Returns {@code .txt} and {@code .md}: Markdown, as document converters write reports, is read
   * as text.
   *
   * @return the endings
   */
  @Override
  public List<String> fileExtensions() {
    return List.of(".txt", ".md");
  }

  /**
   * Reads a report leniently, as described in the class documentation.
   *
   * @param in the text; not closed
   * @return the report and the reader's diagnostics
   * @throws ReportParseException if the input is not a report, with its error type
   * @throws IOException if reading fails
   */
  @Override
  public ReadResult read(Reader in) throws IOException {
    return read(in, ReadOptions.none());
  }

  /**
   * Reads a report leniently, with what the caller knows of it: the agency and year to take where
   * the text prints none.
   *
   * @param in the text; not closed. An exception its own reading throws is passed on as it is
   * @param options what the caller knows of the report
   * @return the report and the reader's diagnostics
   * @throws ReportParseException if the input is not a report, with its error type
   * @throws IOException if reading fails
   */
  @Override
  public ReadResult read(Reader in, ReadOptions options) throws IOException {
    // the caller's reader first, outside the safety net: its own exceptions are its own
    String text = TextReader.slurp(in, MAX_INPUT_CHARS);
    return readChecked(text, options);
  }

  /**
   * Reads a report from a whole text: the same as {@link #read(Reader)} on a reader of it, without
   * copying the text.
   *
   * @param text the text
   * @return the report and the diagnostics
   * @throws ReportParseException as {@link #read(Reader)}
   */
  @Override
  public ReadResult read(String text) throws ReportParseException {
    return readChecked(text, ReadOptions.none());
  }

  /**
   * Reads a report from a whole text, with what the caller knows of it: the same as {@link
   * #read(Reader, ReadOptions)} on a reader of it, without copying the text.
   *
   * @param text the text
   * @param options what the caller knows of the report
   * @return the report and the diagnostics
   * @throws ReportParseException as {@link #read(Reader)}
   */
  @Override
  public ReadResult read(String text, ReadOptions options) throws ReportParseException {
    return readChecked(text, options);
  }

  /**
   * Writes a report in the canonical layout.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(AnnualReport report, Writer out) throws IOException {
    TextWriter.write(report, out);
  }

  /** Reads a whole text with the reader's safety net: it is meant never to throw anything else. */
  private static ReadResult readChecked(String text, ReadOptions options)
      throws ReportParseException {
    try {
      return TextReader.read(text, options, SETTINGS);
    } catch (RuntimeException e) {
      throw new ReportParseException(
          ReportParseException.ErrorType.MALFORMED,
          0,
          0,
          "",
          "the reader failed on this input: " + e,
          e);
    }
  }
}

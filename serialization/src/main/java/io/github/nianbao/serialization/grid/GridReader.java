package io.github.nianbao.serialization.grid;

import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.internal.text.TextReader;
import io.github.nianbao.serialization.text.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a report from a {@link Grid}: the recogniser of the text format (section headings, titles,
 * row labels, column headers, page furniture, numbers as people write them, glued digits), fed with
 * the grid's rows, its diagnostics placed at the lines of the source.
 *
 * <p>Each row of several cells is a table row whose cells stand as they are (an empty cell is an
 * empty cell; a cell that spans {@code k} columns is followed by {@code k − 1} empty ones; a row of
 * a label and exactly its row's cells takes no text from the rows after it; the span of a row's
 * leading labels, the cells before its first empty cell, number or mark, is their width only and
 * adds no empty cells, so that a blank last cell of a row whose label spans three columns stays in
 * its column); a row of one cell is a paragraph, its line breaks kept. A cell that spans rows
 * stands in its first row only: a value cell merged down over rows is not carried into the rows
 * below (the template merges only labels). Tab and line-break characters inside a cell of a table
 * row are read as spaces, and so is a paragraph's tab. A table row that stands in a narrative
 * section (a small table inside 一、总体情况) is a line of that narrative, its cells separated by spaces.
 */
public final class GridReader {
  private GridReader() {}

  /**
   * Reads a report from a grid.
   *
   * @param grid the grid
   * @param options what the caller knows of the report
   * @return the report with the diagnostics, at the source's lines
   * @throws ReportParseException if the grid holds no report, at the source's line
   */
  public static ReadResult read(Grid grid, ReadOptions options) throws ReportParseException {
    Objects.requireNonNull(options, "options");
    try {
      return readGrid(grid, options);
    } catch (ReportParseException e) {
      throw e;
    } catch (RuntimeException e) {
      // a safety net, as the text format's: the recogniser is meant never to get here
      throw new ReportParseException(
          ReportParseException.ErrorType.MALFORMED,
          0,
          0,
          "",
          "the reader failed on this grid: " + e,
          e);
    }
  }

  private static ReadResult readGrid(Grid grid, ReadOptions options) throws ReportParseException {
    List<GridRow> rows = grid.rows();
    int rowCount = rows.size();
    Text text = new Text(rows);
    for (int r = 0; r < rowCount; r++) {
      GridRow row = rows.get(r);
      List<GridCell> cells = row.cells();
      int cellCount = cells.size();
      if (cellCount == 1 && cells.get(0).colSpan() == 1) {
        GridCell c = cells.get(0);
        text.paragraph(c.text(), c.line());
        continue;
      }
      int line = row.line();
      boolean first = true;
      boolean leading = true;
      for (int i = 0; i < cellCount; i++) {
        GridCell c = cells.get(i);
        String s = c.text();
        leading = leading && isLabel(s);
        // a leading label's span is the label's width, not cells: no empty cells for it
        int width = leading ? 1 : c.colSpan();
        for (int k = 0; k < width; k++) {
          if (!first) {
            text.append('\t', line);
          }
          first = false;
          if (k == 0) {
            text.cell(s, line);
          }
        }
      }
      text.endLine(line);
    }
    ReadResult read;
    try {
      read =
          TextReader.readLines(
              text.chars,
              text.lineFrom,
              text.lines,
              text.radicals,
              options,
              TextReader.Settings.grid(TextFormat.MAX_INPUT_CHARS));
    } catch (ReportParseException e) {
      throw new ReportParseException(
          e.errorType(), e.line() == 0 ? 0 : text.origin(e.line()), 0, e.location(), e.detail(), e);
    }
    List<Diagnostic> placed = new ArrayList<>(read.diagnostics().size());
    for (Diagnostic d : read.diagnostics()) {
      placed.add(
          Diagnostic.of(
              d.reason(),
              d.line() == 0 ? 0 : text.origin(d.line()),
              d.cell().orElse(null),
              d.text(),
              d.message()));
    }
    return new ReadResult(read.report(), placed);
  }

  /**
   * The grid's text, built in one array and cut into lines as it is built: where each line starts,
   * and the source line of each. The text is checked as it is copied, so that the text reader need
   * not read it again for that: a character that is not text is refused at its cell's line, a
   * radical that stands for an ideograph is read as the ideograph (and counted), a leading byte
   * order mark is dropped. The array is sized from the cells, grows by doubling only for spans
   * wider than the template's, never past {@link TextFormat#MAX_INPUT_CHARS}.
   */
  private static final class Text {
    char[] chars;
    int length;

    /** Where each line starts; at {@code [lines]}, where the next would start. */
    int[] lineFrom;

    /** The source line of each line. */
    int[] origin;

    int lines;
    int radicals;

    Text(List<GridRow> rows) {
      // sized once from the cells: each cell's text, a separator and an empty cell for each column
      // more it spans, as wide as the template's tables (a wider span grows the array)
      long size = 16;
      int count = rows.size();
      for (int r = 0; r < count; r++) {
        List<GridCell> cells = rows.get(r).cells();
        for (int i = 0, n = cells.size(); i < n; i++) {
          GridCell c = cells.get(i);
          size += c.text().length() + Math.min(c.colSpan(), 16);
        }
      }
      chars = new char[(int) Math.min(size, TextFormat.MAX_INPUT_CHARS)];
      lineFrom = new int[count + 16];
      origin = new int[count + 16];
    }

    /** The source line of a line of the text, 1-based; 0 if none. */
    int origin(int line) {
      return line <= lines ? origin[line - 1] : 0;
    }

    /** Appends a paragraph: each of its lines a line of the text, tabs as spaces. */
    void paragraph(String s, int line) throws ReportParseException {
      copyChecked(s, line, true);
      endLine(line);
    }

    /** Appends a cell of a table row, on one line: tabs and line breaks as spaces. */
    void cell(String s, int line) throws ReportParseException {
      copyChecked(s, line, false);
    }

    /**
     * Copies a text to the end and checks it: tabs as spaces; line breaks ({@code \n}, {@code
     * \r\n}, a lone {@code \r} as {@code \n}) end lines of a paragraph, and are spaces in a cell;
     * any other character {@link #other}.
     */
    private void copyChecked(String s, int line, boolean paragraph) throws ReportParseException {
      int from = copy(s, line);
      char[] b = chars;
      for (int i = from, n = length; i < n; i++) {
        char ch = b[i];
        if (ch >= 0x7F) {
          if (!plain(ch)) {
            other(b, i, line);
          }
        } else if (ch >= 0x20) {
          continue;
        } else if (ch == '\t' || (!paragraph && (ch == '\r' || ch == '\n'))) {
          b[i] = ' ';
        } else if (ch == '\n') {
          endLineAt(i + 1, line);
        } else if (ch == '\r') {
          if (i + 1 == n || b[i + 1] != '\n') {
            // a lone \r (also at the end, where the row's \n follows) a break of its own
            b[i] = '\n';
            endLineAt(i + 1, line);
          }
        } else {
          other(b, i, line);
        }
      }
    }

    /**
     * Whether a character is text as it stands: not one the text reader refuses, nor one that may
     * stand for an ideograph.
     */
    private static boolean plain(char ch) {
      return !TextReader.isBinary(ch) && !Radicals.inBlocks(ch);
    }

    /**
     * A character other than plain text and the breaks: one that is not text is refused; a radical
     * is read as its ideograph.
     */
    private void other(char[] b, int i, int line) throws ReportParseException {
      char ch = b[i];
      if (TextReader.isBinary(ch)) {
        throw TextReader.notText(ch, line, 0);
      }
      char u = Radicals.ideograph(ch);
      if (u != 0) {
        b[i] = u;
        radicals++;
      }
    }

    /** Copies a text to the end (a byte order mark at the very start dropped); returns where. */
    private int copy(String s, int line) throws ReportParseException {
      int skip = length == 0 && !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
      int more = s.length() - skip;
      int from = length;
      ensure(more, line);
      s.getChars(skip, s.length(), chars, from);
      length += more;
      return from;
    }

    void append(char c, int line) throws ReportParseException {
      ensure(1, line);
      chars[length++] = c;
    }

    /** Ends the line with a line break. */
    void endLine(int line) throws ReportParseException {
      append('\n', line);
      endLineAt(length, line);
    }

    /** Ends the line before {@code next}, where the next line starts. */
    private void endLineAt(int next, int line) {
      if (lines + 1 == lineFrom.length) {
        lineFrom = java.util.Arrays.copyOf(lineFrom, lineFrom.length * 2);
        origin = java.util.Arrays.copyOf(origin, lineFrom.length);
      }
      origin[lines] = line;
      lineFrom[++lines] = next;
    }

    private void ensure(int more, int line) throws ReportParseException {
      if ((long) length + more > TextFormat.MAX_INPUT_CHARS) {
        throw new ReportParseException(
            ReportParseException.ErrorType.TOO_LARGE,
            line,
            0,
            "",
            "the grid's text exceeds " + TextFormat.MAX_INPUT_CHARS + " characters");
      }
      if (length + more > chars.length) {
        chars =
            java.util.Arrays.copyOf(
                chars,
                (int)
                    Math.min(
                        TextFormat.MAX_INPUT_CHARS, Math.max(length + more, 2L * chars.length)));
      }
    }
  }

  /**
   * Whether a cell's text is a label: longer than three characters (the marks 无 and 不适用 are not)
   * with a Chinese character in it (numbers and marks such as {@code /} have none).
   */
  private static boolean isLabel(String text) {
    if (text.length() <= 3) {
      return false;
    }
    char first = text.charAt(0);
    if (first >= '\u4E00' && first <= '\u9FEF') {
      // the common label, starting with an ideograph: long enough without its trailing white space
      int b = text.length();
      while (b > 1 && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      return b > 3;
    }
    int a = 0;
    int b = text.length();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (b - a <= 3) {
      return false;
    }
    for (int i = a; i < b; ) {
      char c = text.charAt(i);
      if (c >= '\u4E00' && c <= '\u9FEF') {
        // the CJK Unified Ideographs assigned since Unicode 11, all of them Han: what the script
        // lookup below would answer, without its search
        return true;
      }
      int cp = text.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}

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
 * row are read as spaces.
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
    Origin origin = new Origin();
    for (int r = 0; r < rowCount; r++) {
      GridRow row = rows.get(r);
      List<GridCell> cells = row.cells();
      int cellCount = cells.size();
      if (cellCount == 1 && cells.get(0).colSpan() == 1) {
        GridCell c = cells.get(0);
        // each line of the paragraph a line of text (\r\n, \r and \n as the text reader splits
        // them), tabs as spaces
        int from = text.append(c.text(), c.line());
        char[] b = text.chars;
        for (int i = from, n = text.length; i < n; i++) {
          char ch = b[i];
          if (ch == '\n') {
            origin.add(c.line());
          } else if (ch == '\r' && (i + 1 == n || b[i + 1] != '\n')) {
            // a lone \r (also at the end, where the row's \n follows) a break of its own
            b[i] = '\n';
            origin.add(c.line());
          } else if (ch == '\t') {
            b[i] = ' ';
          }
        }
        text.append('\n', c.line());
        origin.add(c.line());
        continue;
      }
      boolean first = true;
      boolean leading = true;
      for (int i = 0; i < cellCount; i++) {
        GridCell c = cells.get(i);
        leading = leading && isLabel(c.text());
        // a leading label's span is the label's width, not cells: no empty cells for it
        int width = leading ? 1 : c.colSpan();
        for (int k = 0; k < width; k++) {
          if (!first) {
            text.append('\t', row.line());
          }
          first = false;
          if (k == 0) {
            // the cell's text on one line: tabs and line breaks as spaces
            int from = text.append(c.text(), row.line());
            char[] b = text.chars;
            for (int j = from, n = text.length; j < n; j++) {
              char ch = b[j];
              if (ch == '\t' || ch == '\r' || ch == '\n') {
                b[j] = ' ';
              }
            }
          }
        }
      }
      text.append('\n', row.line());
      origin.add(row.line());
    }
    ReadResult read;
    try {
      read =
          TextReader.read(
              text.chars,
              text.length,
              options,
              TextReader.Settings.grid(TextFormat.MAX_INPUT_CHARS));
    } catch (ReportParseException e) {
      throw new ReportParseException(
          e.errorType(), e.line() == 0 ? 0 : at(origin, e.line()), 0, e.location(), e.detail(), e);
    }
    List<Diagnostic> placed = new ArrayList<>(read.diagnostics().size());
    for (Diagnostic d : read.diagnostics()) {
      placed.add(
          Diagnostic.of(
              d.reason(),
              d.line() == 0 ? 0 : at(origin, d.line()),
              d.cell().orElse(null),
              d.text(),
              d.message()));
    }
    return new ReadResult(read.report(), placed);
  }

  private static int at(Origin origin, int line) {
    return line <= origin.size ? origin.lines[line - 1] : 0;
  }

  /**
   * The grid's text, built in one array: sized once from the cells (each cell's text, a separator
   * and an empty cell for each column more it spans, as wide as the template's tables), grown by
   * doubling only for wider spans, never past {@link TextFormat#MAX_INPUT_CHARS}.
   */
  private static final class Text {
    char[] chars;
    int length;

    Text(List<GridRow> rows) {
      long size = 16;
      for (int r = 0, rowCount = rows.size(); r < rowCount; r++) {
        List<GridCell> cells = rows.get(r).cells();
        for (int i = 0, n = cells.size(); i < n; i++) {
          GridCell c = cells.get(i);
          // a span's empty cells counted up to the template's widths; a wider one grows the array
          size += c.text().length() + Math.min(c.colSpan(), 16);
        }
      }
      chars = new char[(int) Math.min(size, TextFormat.MAX_INPUT_CHARS)];
    }

    /** Appends a text; returns where it starts. */
    int append(String s, int line) throws ReportParseException {
      int from = length;
      ensure(s.length(), line);
      s.getChars(0, s.length(), chars, from);
      length += s.length();
      return from;
    }

    void append(char c, int line) throws ReportParseException {
      ensure(1, line);
      chars[length++] = c;
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

  /** The source line of each line of the grid's text. */
  private static final class Origin {
    int[] lines = new int[256];
    int size;

    void add(int line) {
      if (size == lines.length) {
        lines = java.util.Arrays.copyOf(lines, size * 2);
      }
      lines[size++] = line;
    }
  }

  /**
   * Whether a cell's text is a label: longer than three characters (the marks 无 and 不适用 are not)
   * with a Chinese character in it (numbers and marks such as {@code /} have none).
   */
  private static boolean isLabel(String text) {
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

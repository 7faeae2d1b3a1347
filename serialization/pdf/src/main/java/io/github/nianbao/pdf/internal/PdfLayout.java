package io.github.nianbao.pdf.internal;

import io.github.nianbao.pdf.internal.PdfText.Glyph;
import io.github.nianbao.pdf.internal.PdfText.Page;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridCell;
import io.github.nianbao.serialization.grid.GridRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From positioned glyphs to a {@link Grid}: lines by baseline, cells by the gaps between glyphs,
 * table rows' values placed in the columns of their table, page numbers and running headers and
 * footers dropped (with a note), a group label printed one character a line joined, a label wrapped
 * over lines joined, and narrative lines joined into their paragraphs.
 *
 * <p>A line's number (where diagnostics point) is its place among all the document's lines of text,
 * counted from the first page's top.
 */
public final class PdfLayout {
  private PdfLayout() {}

  /** Glyphs whose baselines differ by at most this many font sizes stand on one line. */
  static final float SAME_LINE = 0.3f;

  /** A gap wider than this many font sizes between glyphs separates two cells. */
  static final float CELL_GAP = 0.9f;

  /** A gap wider than this many font sizes, with no space glyph in it, is a space. */
  static final float WORD_GAP = 0.4f;

  /** The band at a page's top, as a share of its height, where a running header may stand. */
  static final float TOP_BAND = 0.09f;

  /** The band at a page's bottom where a page number or running footer may stand. */
  static final float BOTTOM_BAND = 0.12f;

  /**
   * The most empty paragraphs one gap in the flow makes: a page's worth of lines and more. A gap is
   * counted at most a page's height, so that a line placed far below the page (a {@code Td} of
   * 2147483648, found by the fuzzer) or a pitch near zero (a font size of 0) makes no more than
   * these, not billions.
   */
  static final int MAX_BLANK_LINES = 100;

  /** The grid and the layout's own notes. */
  public record Result(Grid grid, List<Diagnostic> diagnostics) {}

  /** A cell of a line: its text and its horizontal extent. */
  record Cell(String text, float x0, float x1, float size) {
    float centre() {
      return (x0 + x1) / 2;
    }
  }

  /** A line of text: its cells left to right. */
  static final class Line {
    final int page;
    final float y;
    final float size;
    final float pageWidth;
    final float pageHeight;
    int number;
    List<Cell> cells;

    /** The line's cells in the table's columns, where it is a row of values; else null. */
    List<String> row;

    boolean table;
    boolean dropped;

    /** The cells of a ruled table's row ({@link PdfTable}), or null. */
    List<PdfTable.Cell> ruled;

    /** The ruled table the row belongs to. */
    PdfTable.Table part;

    /** Whether a space glyph ends the line (a space before the page wrapped it). */
    boolean trailingSpace;

    /** Empty paragraphs before this line (a wide gap above it in the flow). */
    int blankBefore;

    /** Text joined onto this line from the lines after it (a paragraph, a wrapped label). */
    StringBuilder joined;

    Line(int page, float y, float size, float pageWidth, float pageHeight, List<Cell> cells) {
      this.page = page;
      this.y = y;
      this.size = size;
      this.pageWidth = pageWidth;
      this.pageHeight = pageHeight;
      this.cells = cells;
    }

    /** A line at this one's place and number that holds only the cell. */
    Line withOnly(Cell cell) {
      Line l = new Line(page, y, size, pageWidth, pageHeight, new ArrayList<>(List.of(cell)));
      l.number = number;
      return l;
    }

    float x0() {
      return cells.get(0).x0();
    }

    float x1() {
      return cells.get(cells.size() - 1).x1();
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (Cell c : cells) {
        if (b.length() > 0) {
          b.append("    ");
        }
        b.append(c.text());
      }
      return b.toString();
    }

    int values() {
      int n = 0;
      for (Cell c : cells) {
        if (isValue(c.text())) {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * Lays out the pages.
   *
   * @param pages the pages' glyphs
   * @return the grid and the notes on what was dropped or joined
   */
  public static Result layout(List<Page> pages) {
    List<Line> lines = new ArrayList<>();
    for (Page p : pages) {
      lines.addAll(lines(p));
    }
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).number = i + 1;
    }
    List<Diagnostic> notes = new ArrayList<>();
    dropFurniture(lines, pages.size(), notes);
    List<Line> kept = new ArrayList<>();
    for (Line l : lines) {
      if (!l.dropped) {
        kept.add(l);
      }
    }
    continuedCells(kept, notes);
    verticalLabels(kept, notes);
    kept.removeIf(l -> l.cells.isEmpty());
    columns(kept);
    joinParagraphs(kept);
    List<GridRow> rows = new ArrayList<>(kept.size());
    for (Line l : kept) {
      if (l.dropped) {
        continue;
      }
      if (l.ruled != null) {
        List<GridCell> cells = new ArrayList<>(l.ruled.size());
        for (PdfTable.Cell c : l.ruled) {
          if (c.vertical) {
            notes.add(
                Diagnostic.of(
                    Diagnostic.Reason.VERTICAL_LABEL,
                    l.number,
                    null,
                    c.text,
                    "a cell printed one character a line on page "
                        + l.page
                        + " read as one label"));
          }
          cells.add(
              new GridCell(
                  c.text,
                  l.number,
                  c.col + 1,
                  Math.min(c.rowSpan, GridCell.MAX_SPAN),
                  Math.min(c.colSpan, GridCell.MAX_SPAN)));
        }
        if (!cells.isEmpty()) {
          rows.add(new GridRow(cells));
        }
      } else if (l.row != null) {
        List<GridCell> cells = new ArrayList<>(l.row.size());
        int col = 1;
        for (String s : l.row) {
          cells.add(GridCell.of(s, l.number, col++));
        }
        rows.add(new GridRow(cells));
      } else {
        String text = l.text();
        if (l.joined != null) {
          text = text + l.joined;
        }
        for (int k = 0; k < l.blankBefore; k++) {
          rows.add(GridRow.paragraph("", l.number));
        }
        rows.add(GridRow.paragraph(text, l.number));
      }
    }
    return new Result(new Grid(rows), notes);
  }

  // ---------------------------------------------------------------- lines and cells

  private static List<Line> lines(Page p) {
    List<Glyph> gs = new ArrayList<>(p.glyphs());
    List<PdfTable.Table> tables = PdfTable.find(p.rules(), gs);
    List<Line> out = flowLines(p, gs);
    for (PdfTable.Table t : tables) {
      for (List<PdfTable.Cell> row : t.rows()) {
        boolean any = false;
        List<Cell> cells = new ArrayList<>(row.size());
        float size = 0;
        for (PdfTable.Cell c : row) {
          any |= !c.text.isEmpty();
          float s = c.glyphs.isEmpty() ? 0 : c.glyphs.get(0).size();
          size = Math.max(size, s);
          cells.add(new Cell(c.text, c.left, c.right, s));
        }
        if (!any) {
          continue;
        }
        Line l = new Line(p.number(), row.get(0).top, size, p.width(), p.height(), cells);
        l.ruled = new ArrayList<>(row);
        l.part = t;
        l.table = true;
        out.add(l);
      }
    }
    // reading order: top to bottom (a table's row at its top rule)
    out.sort(Comparator.comparingDouble(l -> l.y));
    return out;
  }

  private static List<Line> flowLines(Page p, List<Glyph> gs) {
    gs.sort(Comparator.comparingDouble(Glyph::y));
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i < gs.size()) {
      float y = gs.get(i).y();
      float size = gs.get(i).size();
      int j = i;
      float maxSize = 0;
      while (j < gs.size() && gs.get(j).y() - y <= SAME_LINE * Math.max(size, gs.get(j).size())) {
        maxSize = Math.max(maxSize, gs.get(j).size());
        j++;
      }
      List<Glyph> line = new ArrayList<>(gs.subList(i, j));
      line.sort(Comparator.comparingDouble(Glyph::x));
      List<Cell> cells = cells(line);
      if (!cells.isEmpty()) {
        Line l = new Line(p.number(), y, maxSize, p.width(), p.height(), cells);
        l.trailingSpace = line.get(line.size() - 1).text().isBlank();
        out.add(l);
      }
      i = j;
    }
    return out;
  }

  /** Cuts a line's glyphs, sorted by x, into cells at the wide gaps. */
  static List<Cell> cells(List<Glyph> line) {
    List<Cell> cells = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Glyph first = null;
    Glyph last = null;
    boolean space = false;
    for (Glyph g : line) {
      if (g.text().isBlank()) {
        space = last != null;
        continue;
      }
      if (last != null) {
        // a glyph drawn twice over itself (bold by overprinting) is one glyph
        if (g.text().equals(last.text()) && Math.abs(g.x() - last.x()) < 0.3f * last.width()) {
          continue;
        }
        float size = Math.max(g.size(), last.size());
        float gap = g.x() - last.right();
        if (gap > CELL_GAP * size) {
          cells.add(new Cell(text.toString(), first.x(), last.right(), size));
          text.setLength(0);
          first = null;
        } else if (space || gap > WORD_GAP * size) {
          text.append(' ');
        }
      }
      if (first == null) {
        first = g;
      }
      text.append(g.text());
      last = g;
      space = false;
    }
    if (first != null) {
      cells.add(new Cell(text.toString(), first.x(), last.right(), last.size()));
    }
    return cells;
  }

  // ---------------------------------------------------------------- page furniture

  private static void dropFurniture(List<Line> lines, int pages, List<Diagnostic> notes) {
    // running headers and footers: the same text (digits aside) in a page's top or bottom band
    // on more than one page
    Map<String, Integer> seen = new HashMap<>();
    for (Line l : lines) {
      if (inBand(l)) {
        seen.merge(band(l) + shape(l.text()), 1, Integer::sum);
      }
    }
    for (Line l : lines) {
      if (!inBand(l) || l.ruled != null) {
        continue;
      }
      String t = l.text();
      boolean number = isPageNumber(t);
      boolean running = pages > 1 && seen.getOrDefault(band(l) + shape(t), 0) > 1;
      if (number || running) {
        l.dropped = true;
        notes.add(
            Diagnostic.of(
                Diagnostic.Reason.PAGE_FURNITURE,
                l.number,
                null,
                t,
                (number ? "page number" : "running header or footer")
                    + " of page "
                    + l.page
                    + " left out"));
      }
    }
  }

  private static boolean inBand(Line l) {
    return l.y < TOP_BAND * l.pageHeight || l.y > (1 - BOTTOM_BAND) * l.pageHeight;
  }

  private static String band(Line l) {
    return l.y < TOP_BAND * l.pageHeight ? "top:" : "bottom:";
  }

  /** The text with its digits as {@code #}, spaces removed: a running line's shape. */
  private static String shape(String t) {
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      b.append(Character.isDigit(c) ? '#' : c);
    }
    return b.toString();
  }

  /**
   * Whether a line is a page number: digits, with dashes around them ({@code -1-}, {@code — 2 —}),
   * 第…页 (and 共…页), or {@code n/m}; scanned, not matched by a pattern.
   */
  static boolean isPageNumber(String text) {
    String t = shape(text);
    if (t.isEmpty() || t.length() > 20) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '#') {
        digits++;
      } else if ("-—–―－/第页共PpageofＰ·.".indexOf(c) < 0) {
        return false;
      }
    }
    return digits > 0 && digits <= 8;
  }

  // ---------------------------------------------------------------- ruled tables over pages

  /**
   * Joins a cell that a page break cut in two ({@code （四）无} at a page's foot, {@code 法提供} at the
   * next page's head): the first row of a ruled table at the head of a page, right after a ruled
   * table at the foot of the page before, gives a label cell's text to the cell at the same x that
   * reaches the foot of that table, when the text starts no label of its own (（五）, 2.), neither is
   * a value, and the cell is merged over rows, or its row has no values (the rest of a row cut by
   * the break) and the cell above is full to its right edge (its text went on).
   */
  private static void continuedCells(List<Line> lines, List<Diagnostic> notes) {
    Line prev = null;
    for (Line l : lines) {
      if (l.ruled == null) {
        prev = null;
        continue;
      }
      if (prev != null
          && prev.part != l.part
          && l.page == prev.page + 1
          && l.ruled.get(0).row == 0) {
        PdfTable.Table before = prev.part;
        boolean noValues = true;
        for (PdfTable.Cell c : l.ruled) {
          noValues &= !isValue(c.text);
        }
        for (var it = l.ruled.iterator(); it.hasNext(); ) {
          PdfTable.Cell c = it.next();
          // the rest of a cut row has no values (they stand in its first part); a merged cell
          // goes on over the rows after
          if (c.text.isEmpty()
              || isValue(c.text)
              || startsLabel(c.text)
              || !(noValues || c.rowSpan > 1)) {
            continue;
          }
          PdfTable.Cell up = null;
          for (List<PdfTable.Cell> row : before.rows()) {
            for (PdfTable.Cell d : row) {
              if (d.row + d.rowSpan == before.rowCount()
                  && Math.abs(d.left - c.left) <= 2
                  && Math.abs(d.right - c.right) <= 2
                  && !d.text.isEmpty()
                  && !isValue(d.text)) {
                up = d;
              }
            }
          }
          if (up != null && (c.rowSpan > 1 || up.full())) {
            notes.add(
                Diagnostic.of(
                    Diagnostic.Reason.LABEL_BROKEN,
                    l.number,
                    null,
                    up.text + c.text,
                    "a merged cell cut by the break before page "
                        + l.page
                        + " read as one: «"
                        + up.text
                        + "» and «"
                        + c.text
                        + "»"));
            up.text = up.text + c.text;
            it.remove();
          }
        }
        if (l.ruled.isEmpty()) {
          l.dropped = true;
        }
      }
      prev = l;
    }
  }

  // ---------------------------------------------------------------- vertical group labels

  /**
   * Joins a group label printed one character a line (三、 本 年 度 …) beside a table's rows: the first
   * cells of successive lines, at one x, each of one or two characters that are no value, three or
   * more of them, become one line of the label before the first of them.
   */
  private static void verticalLabels(List<Line> lines, List<Diagnostic> notes) {
    int i = 0;
    while (i < lines.size()) {
      Line l = lines.get(i);
      if (l.ruled != null || l.cells.isEmpty()) {
        i++;
        continue;
      }
      Cell c = l.cells.get(0);
      if (!isStackPiece(c)) {
        i++;
        continue;
      }
      List<Integer> stack = new ArrayList<>();
      stack.add(i);
      float lastY = l.y;
      int lastPage = l.page;
      for (int k = i + 1; k < lines.size(); k++) {
        Line m = lines.get(k);
        if (m.ruled != null
            || m.cells.isEmpty()
            || m.page != lastPage
            || m.y - lastY > 4 * m.size) {
          break;
        }
        Cell d = m.cells.get(0);
        if (Math.abs(d.x0() - c.x0()) <= 0.5f * c.size() && isStackPiece(d)) {
          stack.add(k);
          lastY = m.y;
        } else if (d.x0() < c.x0() - 0.5f * c.size()) {
          break; // something stands further left: the stack has ended
        }
      }
      if (stack.size() < 3) {
        i++;
        continue;
      }
      StringBuilder label = new StringBuilder();
      for (int k : stack) {
        Line m = lines.get(k);
        label.append(m.cells.get(0).text().strip());
        m.cells = new ArrayList<>(m.cells.subList(1, m.cells.size()));
      }
      Line head = l.withOnly(new Cell(label.toString(), c.x0(), c.x1(), c.size()));
      notes.add(
          Diagnostic.of(
              Diagnostic.Reason.VERTICAL_LABEL,
              l.number,
              null,
              label.toString(),
              "a label printed one character a line on page "
                  + l.page
                  + " (lines "
                  + l.number
                  + "–"
                  + lines.get(stack.get(stack.size() - 1)).number
                  + ") read as one label"));
      lines.add(i, head);
      i = stack.get(stack.size() - 1) + 2;
    }
  }

  private static boolean isStackPiece(Cell c) {
    String t = c.text().strip();
    if (t.isEmpty() || t.length() > 2 || isValue(t)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN && ch != '、') {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- table rows and columns

  /**
   * Places each row's values in its table's columns: a table is a run of lines with values; its
   * columns are the x-ranges its values occupy (overlapping ranges one column), and the cells of
   * its lowest header line where these name more columns (a column no row fills); a row has each
   * value in the column it stands under and an empty cell where none does. A row whose values do
   * not each fall in one column keeps them as printed, in order.
   */
  private static void columns(List<Line> lines) {
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).ruled != null || lines.get(i).values() == 0) {
        i++;
        continue;
      }
      // the table: from this line to the last line with values before a section heading
      int end = i;
      for (int k = i; k < lines.size(); k++) {
        Line m = lines.get(k);
        if (m.ruled != null) {
          break;
        }
        if (m.values() > 0) {
          end = k;
        } else if (isBreak(m)) {
          break;
        }
      }
      int added = sideLabels(lines, i, end);
      end += added;
      table(lines.subList(i, end + 1), header(lines, i));
      i = end + 1;
    }
  }

  /**
   * The table's lowest header line: of the few lines of several cells right above its first row,
   * the one with the most cells.
   */
  private static Line header(List<Line> lines, int first) {
    Line best = null;
    for (int k = first - 1; k >= 0 && k >= first - 6; k--) {
      Line l = lines.get(k);
      if (l.ruled != null || l.values() > 0 || isBreak(l)) {
        break;
      }
      if (l.cells.size() >= 2 && (best == null || l.cells.size() > best.cells.size())) {
        best = l;
      }
    }
    return best;
  }

  /** A line that ends a table: a section heading or a clause of Table 2, or a long paragraph. */
  private static boolean isBreak(Line l) {
    String t = l.text().replace(" ", "");
    if (t.startsWith("第二十条")) {
      return true;
    }
    if (t.length() >= 6
        && "一二三四五六".indexOf(t.charAt(0)) >= 0
        && t.charAt(1) == '、'
        && (t.endsWith("情况") || t.endsWith("事项"))) {
      return true;
    }
    return l.cells.size() == 1 && t.length() > 40;
  }

  /**
   * Lifts out of a table's lines the pieces of a group label that stands in a column left of the
   * item labels (1.属于国家秘密 …) and is wrapped over lines beside them ({@code （三）不} / {@code 予公开}):
   * each such piece (at most six characters, wholly left of the item labels' column) leaves its
   * line, and the pieces at one x that follow each other are joined, a piece that starts a label
   * ({@code （四）}, {@code 2.}) starting a new one. The joined label becomes a line of its own, where
   * its first piece stood; after that line's values when the piece stood on the values' line below
   * the row's own label.
   *
   * @return how many lines were added
   */
  private static int sideLabels(List<Line> lines, int from, int to) {
    float itemX = Float.MAX_VALUE;
    for (int k = from; k <= to; k++) {
      for (Cell c : lines.get(k).cells) {
        if (isItemLabel(c.text())) {
          itemX = Math.min(itemX, c.x0());
        }
      }
    }
    if (itemX == Float.MAX_VALUE) {
      return 0;
    }
    List<Line> block = new ArrayList<>(lines.subList(from, to + 1));
    List<Line> out = new ArrayList<>(block.size() + 8);
    Line open = null; // the joined label being built
    Cell openPiece = null;
    for (int k = 0; k < block.size(); k++) {
      Line l = block.get(k);
      List<Cell> keep = new ArrayList<>(l.cells.size());
      Cell piece = null;
      for (Cell c : l.cells) {
        if (piece == null && isSidePiece(c, itemX) && !isValue(c.text())) {
          piece = c;
        } else {
          keep.add(c);
        }
      }
      if (piece != null && l.values() > 0 && valueStartIndex(l) == 1 && k > 0) {
        // the piece is this value line's only label: it is the row's label unless the line just
        // above holds an item label without values (the row's own label)
        Line above = block.get(k - 1);
        boolean ownLabelAbove =
            !above.cells.isEmpty()
                && above.values() == 0
                && above.page == l.page
                && l.y - above.y <= 1.6f * l.size
                && above.x1() > itemX;
        if (!ownLabelAbove) {
          piece = null;
          keep = l.cells;
        }
      }
      if (piece == null) {
        out.add(l);
        continue;
      }
      l.cells = keep;
      boolean continues =
          open != null
              && Math.abs(piece.x0() - openPiece.x0()) <= 0.6f * piece.size()
              && !startsLabel(piece.text());
      if (continues) {
        open.cells =
            new ArrayList<>(
                List.of(
                    new Cell(
                        open.cells.get(0).text() + piece.text().strip(),
                        openPiece.x0(),
                        piece.x1(),
                        piece.size())));
        open = null; // a group label wraps over two lines at most here
      } else {
        Line head =
            l.withOnly(new Cell(piece.text().strip(), piece.x0(), piece.x1(), piece.size()));
        open = head;
        openPiece = piece;
        if (l.values() > 0) {
          out.add(l);
          out.add(head);
        } else {
          out.add(head);
          if (!l.cells.isEmpty()) {
            out.add(l);
          }
        }
        continue;
      }
      if (!l.cells.isEmpty()) {
        out.add(l);
      }
    }
    List<Line> target = lines.subList(from, to + 1);
    target.clear();
    target.addAll(out);
    return out.size() - block.size();
  }

  private static int valueStartIndex(Line l) {
    return l.cells.size() - valueCells(l).size();
  }

  private static boolean isSidePiece(Cell c, float itemX) {
    String t = c.text().strip();
    return !t.isEmpty() && t.length() <= 6 && c.x1() < itemX - 0.3f * c.size() && !isItemLabel(t);
  }

  /** An item label: a digit, then {@code .}, {@code ．} or {@code 、}, then a Chinese character. */
  private static boolean isItemLabel(String text) {
    String t = text.strip();
    return t.length() > 2
        && t.charAt(0) >= '1'
        && t.charAt(0) <= '9'
        && ".．、".indexOf(t.charAt(1)) >= 0
        && Character.UnicodeScript.of(t.charAt(2)) == Character.UnicodeScript.HAN;
  }

  /** Whether a piece starts a label: （一）…（九）, 一、…, or an item's number. */
  private static boolean startsLabel(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return c == '（' || c == '(' || (t.length() > 1 && t.charAt(1) == '、') || isItemLabel(t);
  }

  private static void table(List<Line> rows, Line header) {
    float size = 0;
    boolean labels = false;
    float labelRight = -Float.MAX_VALUE;
    List<float[]> spans = new ArrayList<>();
    for (Line l : rows) {
      l.table = true;
      int values = valueCells(l).size();
      if (values > 0 && values < l.cells.size()) {
        labels = true;
        labelRight = Math.max(labelRight, l.cells.get(l.cells.size() - values - 1).x1());
      }
      for (Cell c : valueCells(l)) {
        size = Math.max(size, c.size());
        spans.add(new float[] {c.x0(), c.x1()});
      }
    }
    List<float[]> cols = clusters(spans, 0.3f * size);
    if (header != null) {
      // the lowest header line's cells over the values (not over the labels, where the rows have
      // labels) add the columns that no row fills, when it has a cell for each column the values
      // show
      List<float[]> heads = new ArrayList<>();
      for (Cell c : header.cells) {
        if (!labels || c.x0() > labelRight) {
          heads.add(new float[] {c.x0(), c.x1()});
        }
      }
      if (heads.size() > cols.size()) {
        List<float[]> all = new ArrayList<>(spans);
        all.addAll(heads);
        List<float[]> merged = clusters(all, 0.3f * size);
        if (merged.size() == heads.size()) {
          cols = merged;
        }
      }
    }
    int n = cols.size();
    for (Line l : rows) {
      List<Cell> v = valueCells(l);
      if (v.isEmpty()) {
        continue;
      }
      List<String> row = new ArrayList<>();
      for (Cell c : l.cells.subList(0, l.cells.size() - v.size())) {
        row.add(c.text());
      }
      String[] placed = new String[n];
      boolean ok = true;
      int prev = -1;
      for (Cell c : v) {
        int col = column(c, cols, prev);
        if (col < 0) {
          ok = false;
          break;
        }
        placed[col] = c.text();
        prev = col;
      }
      if (!ok) {
        for (Cell c : v) {
          row.add(c.text());
        }
      } else {
        for (String s : placed) {
          row.add(s == null ? "" : s);
        }
      }
      l.row = row;
    }
  }

  /** Intervals merged where they overlap (or lie within {@code slack}), left to right. */
  private static List<float[]> clusters(List<float[]> spans, float slack) {
    List<float[]> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingDouble(a -> a[0]));
    List<float[]> out = new ArrayList<>();
    for (float[] s : sorted) {
      float[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s[0] <= last[1] + slack) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        out.add(new float[] {s[0], s[1]});
      }
    }
    return out;
  }

  /** The column a value stands in: after {@code prev}, the one its centre falls in, else -1. */
  private static int column(Cell c, List<float[]> cols, int prev) {
    for (int k = prev + 1; k < cols.size(); k++) {
      if (c.centre() >= cols.get(k)[0] - 0.5f && c.centre() <= cols.get(k)[1] + 0.5f) {
        return k;
      }
    }
    return -1;
  }

  /** A line's values: the run of value cells that ends it. */
  private static List<Cell> valueCells(Line l) {
    int k = l.cells.size();
    while (k > 0 && isValue(l.cells.get(k - 1).text())) {
      k--;
    }
    return l.cells.subList(k, l.cells.size());
  }

  /**
   * Whether a cell is a value: a number as reports print them (digits, with separators, a decimal
   * point, a sign or a unit after them), or a mark of an empty cell (/, -, —, 无, 不适用).
   */
  static boolean isValue(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 24) {
      return false;
    }
    switch (t) {
      case "/", "／", "-", "—", "－", "–", "——", "无", "不适用", "*", "×", "N/A", "n/a" -> {
        return true;
      }
      default -> {
        // fall through to the number scan
      }
    }
    int i = 0;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      i++;
    }
    int digits = 0;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        digits++;
      } else if (c == '.' || c == ',' || c == '，' || c == '．' || c == ' ') {
        continue;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return false;
    }
    // a unit after the number (件, 万元, 元, %) and nothing else
    String rest = t.substring(i).strip();
    return rest.isEmpty()
        || rest.equals("件")
        || rest.equals("万元")
        || rest.equals("元")
        || rest.equals("%")
        || rest.equals("个")
        || rest.equals("条");
  }

  // ---------------------------------------------------------------- paragraphs

  /**
   * Joins a narrative line to the line before it when that line runs to the page's right margin
   * (within 2.5 characters: a line breaks before a character that does not fit, and punctuation may
   * hang beyond it; a margin that two lines of the page reach at least, in the page's right half,
   * else the document's) and this one starts at the left margin (not indented) right below it (at
   * most 1.6 times the document's line pitch): one paragraph, wrapped by the page. A wider gap
   * between two lines of the flow is an empty paragraph for each further pitch (a blank line, as
   * Word and WPS print an empty paragraph). A table's lines and lines of several cells are never
   * joined.
   */
  private static void joinParagraphs(List<Line> lines) {
    Map<Integer, float[]> margins = new HashMap<>();
    Map<Integer, Integer> pitches = new HashMap<>();
    Line before = null;
    for (Line l : lines) {
      if (l.table || l.cells.size() != 1 || l.dropped) {
        before = null;
        continue;
      }
      float[] m = margins.computeIfAbsent(l.page, k -> new float[] {Float.MAX_VALUE, 0});
      m[0] = Math.min(m[0], l.x0());
      m[1] = Math.max(m[1], l.x1());
      if (before != null && before.page == l.page) {
        if (l.y - before.y >= 0.9f * l.size) {
          pitches.merge(Math.round((l.y - before.y) * 2), 1, Integer::sum);
        }
      }
      before = l;
    }
    // a page's right margin holds when two lines or more run to it (a lone widest line, a title,
    // is no margin); a page without one takes the document's (the widest that holds)
    Map<Integer, Integer> full = new HashMap<>();
    for (Line l : lines) {
      if (!l.table
          && l.cells.size() == 1
          && !l.dropped
          && l.x1() >= margins.get(l.page)[1] - 2.5f * l.size) {
        full.merge(l.page, 1, Integer::sum);
      }
    }
    Map<Integer, Float> widths = new HashMap<>();
    for (Line l : lines) {
      widths.put(l.page, l.pageWidth);
    }
    float documentRight = -1;
    java.util.Set<Integer> holds = new java.util.HashSet<>();
    for (Map.Entry<Integer, float[]> e : margins.entrySet()) {
      // and it lies in the page's right half: the lines of text run across most of a page
      if (full.getOrDefault(e.getKey(), 0) >= 2
          && e.getValue()[1] >= 0.55f * widths.get(e.getKey())) {
        holds.add(e.getKey());
        documentRight = Math.max(documentRight, e.getValue()[1]);
      }
    }
    for (Map.Entry<Integer, float[]> e : margins.entrySet()) {
      if (!holds.contains(e.getKey())) {
        e.getValue()[1] = documentRight < 0 ? Float.MAX_VALUE : documentRight;
      }
    }
    Line open = null;
    Line prev = null;
    for (Line l : lines) {
      boolean plain = !l.table && l.cells.size() == 1 && l.row == null && !l.dropped;
      if (plain && prev != null && open != null) {
        float[] pm = margins.get(prev.page);
        float[] m = margins.get(l.page);
        float pitch = pitch(pitches, l.size);
        float gap = prev.page == l.page ? l.y - prev.y : pitch;
        boolean fullBefore = prev.x1() >= pm[1] - 2.5f * prev.size;
        boolean flush = l.x0() <= m[0] + 0.5f * l.size;
        if (gap > 1.6f * pitch) {
          l.blankBefore = blankLines(gap, pitch, l.pageHeight);
        } else if (fullBefore && flush && !isHeadingStart(l.text())) {
          if (open.joined == null) {
            open.joined = new StringBuilder();
          }
          String text = open.joined.length() > 0 ? open.joined.toString() : open.text();
          String add = l.text().strip();
          if (prev.trailingSpace || needsSpace(text, add)) {
            open.joined.append(' ');
          }
          open.joined.append(add);
          l.dropped = true;
          prev = l;
          continue;
        }
      }
      open = plain ? l : null;
      prev = plain ? l : null;
    }
  }

  /**
   * The document's distance between the baselines of a paragraph's lines: the smallest distance (to
   * half a point, at least 0.9 font sizes) between lines of the flow that occurs more than once,
   * else 1.5 font sizes.
   */
  /**
   * The empty paragraphs a gap of {@code gap} between two lines of the flow stands for, at the
   * pitch of its lines: the lines that would fit in it, at least one, at most {@link
   * #MAX_BLANK_LINES}.
   */
  static int blankLines(float gap, float pitch, float pageHeight) {
    float lines = (Math.min(gap, Math.max(pageHeight, 0)) - pitch) / pitch;
    if (!(lines < MAX_BLANK_LINES)) {
      // more, infinite (a pitch of 0) or not a number
      return MAX_BLANK_LINES;
    }
    return Math.max(1, Math.round(lines));
  }

  private static float pitch(Map<Integer, Integer> halves, float size) {
    int best = Integer.MAX_VALUE;
    for (Map.Entry<Integer, Integer> e : halves.entrySet()) {
      if (e.getValue() > 1 && e.getKey() < best) {
        best = e.getKey();
      }
    }
    return best == Integer.MAX_VALUE ? 1.5f * size : best / 2f;
  }

  private static boolean isHeadingStart(String t) {
    String s = t.strip();
    return s.length() > 1 && "一二三四五六".indexOf(s.charAt(0)) >= 0 && s.charAt(1) == '、';
  }

  /** Latin words broken over lines keep a space between them; Chinese text has none. */
  private static boolean needsSpace(String before, String after) {
    if (before.isEmpty() || after.isEmpty()) {
      return false;
    }
    char a = before.charAt(before.length() - 1);
    char b = after.charAt(0);
    return isLatinLetter(a) && isLatinLetter(b);
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

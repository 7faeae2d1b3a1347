package io.github.nianbao.pdf.internal;

import io.github.nianbao.pdf.internal.PdfText.Glyph;
import io.github.nianbao.pdf.internal.PdfText.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table drawn with ruling lines: its cells are the boxes the lines enclose (a merged cell is one
 * box over several rows or columns), and a cell's text is every glyph inside its box, its lines
 * joined (a label wrapped over lines, a group label printed one character a line, header words
 * broken over lines are each one cell's text).
 *
 * <p>The lines of a page that cross each other form one table when there are at least two
 * horizontal and two vertical ones. Each cell stands in the row of its box's top, with the rows and
 * columns its box spans.
 */
final class PdfTable {
  private PdfTable() {}

  /** Rules closer than this (points) are one; a glyph this close to a box counts as inside. */
  static final float SNAP = 1.5f;

  /** The most boxes looked up for one table (rows × columns); a larger one is read by gaps. */
  static final int MAX_BOXES = 40_000;

  /** One cell of a table. */
  static final class Cell {
    final float left;
    final float top;
    final float right;
    final float bottom;
    final int row;
    final int col;
    final int rowSpan;
    final int colSpan;
    final List<Glyph> glyphs = new ArrayList<>();
    String text = "";

    /** Whether the text stands one or two characters a line, on three lines or more. */
    boolean vertical;

    /**
     * Whether the text's last line runs to the cell's right edge (within 2.5 characters): text that
     * the cell's edge wrapped, or that a page break may have cut.
     */
    boolean full() {
      if (glyphs.isEmpty()) {
        return false;
      }
      Glyph last = glyphs.get(0);
      for (Glyph g : glyphs) {
        if (g.y() > last.y() + PdfLayout.SAME_LINE * g.size()
            || (Math.abs(g.y() - last.y()) <= PdfLayout.SAME_LINE * g.size()
                && g.right() > last.right())) {
          last = g;
        }
      }
      float lastRight = 0;
      for (Glyph g : glyphs) {
        if (Math.abs(g.y() - last.y()) <= PdfLayout.SAME_LINE * g.size() && !g.text().isBlank()) {
          lastRight = Math.max(lastRight, g.right());
        }
      }
      return right - lastRight <= 2.5f * last.size();
    }

    Cell(
        float left,
        float top,
        float right,
        float bottom,
        int row,
        int col,
        int rowSpan,
        int colSpan) {
      this.left = left;
      this.top = top;
      this.right = right;
      this.bottom = bottom;
      this.row = row;
      this.col = col;
      this.rowSpan = rowSpan;
      this.colSpan = colSpan;
    }
  }

  /** A table of a page: its box and its rows of cells, each row's cells left to right. */
  record Table(
      float left, float top, float right, float bottom, int rowCount, List<List<Cell>> rows) {

    boolean contains(Glyph g) {
      float cx = g.x() + g.width() / 2;
      float cy = mid(g);
      return cx >= left - SNAP && cx <= right + SNAP && cy >= top - SNAP && cy <= bottom + SNAP;
    }
  }

  /** A glyph's vertical middle: a little above its baseline. */
  static float mid(Glyph g) {
    return g.y() - 0.35f * g.size();
  }

  /**
   * Finds a page's ruled tables and fills their cells with the page's glyphs that fall inside.
   *
   * @param rules the page's ruling lines
   * @param glyphs the page's glyphs; those placed in a table are removed
   * @return the tables, top to bottom
   */
  static List<Table> find(List<Rule> rules, List<Glyph> glyphs) {
    if (rules.isEmpty()) {
      return List.of();
    }
    List<Rule> h = merge(rules, true);
    List<Rule> v = merge(rules, false);
    // the tables: groups of lines that cross each other
    int n = h.size() + v.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < h.size(); i++) {
      for (int j = 0; j < v.size(); j++) {
        if (crosses(h.get(i), v.get(j))) {
          union(parent, i, h.size() + j);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Table> tables = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      List<Rule> th = new ArrayList<>();
      List<Rule> tv = new ArrayList<>();
      for (int i : g) {
        if (i < h.size()) {
          th.add(h.get(i));
        } else {
          tv.add(v.get(i - h.size()));
        }
      }
      if (th.size() >= 2 && tv.size() >= 2) {
        Table t = table(th, tv, glyphs);
        if (t != null) {
          tables.add(t);
        }
      }
    }
    tables.sort(Comparator.comparingDouble(Table::top));
    return tables;
  }

  private static Table table(List<Rule> h, List<Rule> v, List<Glyph> glyphs) {
    float[] ys = boundaries(h);
    float[] xs = boundaries(v);
    if (ys.length < 2 || xs.length < 2 || (long) ys.length * xs.length > MAX_BOXES) {
      return null;
    }
    float left = xs[0];
    float right = xs[xs.length - 1];
    float top = ys[0];
    float bottom = ys[ys.length - 1];
    Map<Long, Cell> boxes = new HashMap<>();
    List<Cell> cells = new ArrayList<>();
    for (int r = 0; r + 1 < ys.length; r++) {
      for (int c = 0; c + 1 < xs.length; c++) {
        Cell cell = box(h, v, xs, ys, (xs[c] + xs[c + 1]) / 2, (ys[r] + ys[r + 1]) / 2, boxes);
        if (cell != null && cell.row == r && cell.col == c) {
          cells.add(cell);
        }
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    Table t = new Table(left, top, right, bottom, ys.length - 1, List.of());
    for (var it = glyphs.iterator(); it.hasNext(); ) {
      Glyph g = it.next();
      if (!t.contains(g)) {
        continue;
      }
      Cell cell = box(h, v, xs, ys, g.x() + g.width() / 2, mid(g), boxes);
      if (cell != null) {
        cell.glyphs.add(g);
        it.remove();
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r + 1 < ys.length; r++) {
      rows.add(new ArrayList<>());
    }
    for (Cell cell : cells) {
      cell.text = text(cell.glyphs);
      cell.vertical = vertical(cell.glyphs);
      rows.get(cell.row).add(cell);
    }
    for (List<Cell> row : rows) {
      row.sort(Comparator.comparingInt(c -> c.col));
    }
    return new Table(left, top, right, bottom, ys.length - 1, rows);
  }

  /** The box around a point: the nearest rules on each side that pass the point. */
  private static Cell box(
      List<Rule> h, List<Rule> v, float[] xs, float[] ys, float x, float y, Map<Long, Cell> boxes) {
    float l = xs[0];
    float r = xs[xs.length - 1];
    float t = ys[0];
    float b = ys[ys.length - 1];
    if (x < l - SNAP || x > r + SNAP || y < t - SNAP || y > b + SNAP) {
      return null;
    }
    for (Rule rule : v) {
      if (rule.from() - SNAP <= y && y <= rule.to() + SNAP) {
        if (rule.at() <= x && rule.at() > l) {
          l = rule.at();
        } else if (rule.at() >= x && rule.at() < r) {
          r = rule.at();
        }
      }
    }
    for (Rule rule : h) {
      if (rule.from() - SNAP <= x && x <= rule.to() + SNAP) {
        if (rule.at() <= y && rule.at() > t) {
          t = rule.at();
        } else if (rule.at() >= y && rule.at() < b) {
          b = rule.at();
        }
      }
    }
    int row = index(ys, t);
    int rowEnd = index(ys, b);
    int col = index(xs, l);
    int colEnd = index(xs, r);
    if (rowEnd <= row || colEnd <= col) {
      return null;
    }
    long key = ((long) row << 48) | ((long) col << 32) | ((long) rowEnd << 16) | colEnd;
    return boxes.computeIfAbsent(
        key,
        k ->
            new Cell(
                xs[col], ys[row], xs[colEnd], ys[rowEnd], row, col, rowEnd - row, colEnd - col));
  }

  /** The boundary nearest a coordinate. */
  private static int index(float[] bounds, float at) {
    int best = 0;
    for (int i = 1; i < bounds.length; i++) {
      if (Math.abs(bounds[i] - at) < Math.abs(bounds[best] - at)) {
        best = i;
      }
    }
    return best;
  }

  /** The distinct positions of rules, those within {@link #SNAP} of each other as one. */
  private static float[] boundaries(List<Rule> rules) {
    float[] at = new float[rules.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = rules.get(i).at();
    }
    java.util.Arrays.sort(at);
    int n = 0;
    for (int i = 0; i < at.length; i++) {
      if (n == 0 || at[i] - at[n - 1] > SNAP) {
        at[n++] = at[i];
      }
    }
    return java.util.Arrays.copyOf(at, n);
  }

  /** Rules of one direction, collinear overlapping or touching ones merged. */
  private static List<Rule> merge(List<Rule> rules, boolean horizontal) {
    List<Rule> of = new ArrayList<>();
    for (Rule r : rules) {
      if (r.horizontal() == horizontal) {
        of.add(r);
      }
    }
    of.sort(Comparator.comparingDouble(Rule::at).thenComparingDouble(Rule::from));
    List<Rule> out = new ArrayList<>();
    for (Rule r : of) {
      boolean merged = false;
      for (int i = out.size() - 1; i >= 0 && r.at() - out.get(i).at() <= SNAP; i--) {
        Rule o = out.get(i);
        if (r.from() <= o.to() + SNAP && r.to() >= o.from() - SNAP) {
          out.set(
              i,
              new Rule(horizontal, o.at(), Math.min(o.from(), r.from()), Math.max(o.to(), r.to())));
          merged = true;
          break;
        }
      }
      if (!merged) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean crosses(Rule h, Rule v) {
    return v.at() >= h.from() - 2 * SNAP
        && v.at() <= h.to() + 2 * SNAP
        && h.at() >= v.from() - 2 * SNAP
        && h.at() <= v.to() + 2 * SNAP;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /**
   * A cell's text: its glyphs by line, top to bottom, each line's pieces joined as the flow's are
   * (a space where the line has one), the lines joined without a break (a space between two Latin
   * letters only).
   */
  static String text(List<Glyph> glyphs) {
    if (glyphs.isEmpty()) {
      return "";
    }
    List<Glyph> gs = new ArrayList<>(glyphs);
    gs.sort(Comparator.comparingDouble(Glyph::y));
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < gs.size()) {
      float y = gs.get(i).y();
      int j = i;
      while (j < gs.size()
          && gs.get(j).y() - y
              <= PdfLayout.SAME_LINE * Math.max(gs.get(i).size(), gs.get(j).size())) {
        j++;
      }
      List<Glyph> line = new ArrayList<>(gs.subList(i, j));
      line.sort(Comparator.comparingDouble(Glyph::x));
      StringBuilder l = new StringBuilder();
      for (PdfLayout.Cell c : PdfLayout.cells(line)) {
        if (l.length() > 0) {
          l.append(' ');
        }
        l.append(c.text());
      }
      String s = l.toString().strip();
      if (!s.isEmpty()) {
        if (out.length() > 0 && isLatin(out.charAt(out.length() - 1)) && isLatin(s.charAt(0))) {
          out.append(' ');
        }
        out.append(s);
      }
      i = j;
    }
    return out.toString();
  }

  /** Whether glyphs stand one or two a line, on three lines or more (a vertical label). */
  static boolean vertical(List<Glyph> glyphs) {
    if (glyphs.size() < 3) {
      return false;
    }
    List<Glyph> gs = new ArrayList<>(glyphs);
    gs.sort(Comparator.comparingDouble(Glyph::y));
    int lines = 0;
    int i = 0;
    while (i < gs.size()) {
      float y = gs.get(i).y();
      int j = i;
      int visible = 0;
      while (j < gs.size()
          && gs.get(j).y() - y
              <= PdfLayout.SAME_LINE * Math.max(gs.get(i).size(), gs.get(j).size())) {
        visible += gs.get(j).text().isBlank() ? 0 : 1;
        j++;
      }
      if (visible > 2) {
        return false;
      }
      lines += visible > 0 ? 1 : 0;
      i = j;
    }
    return lines >= 3;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

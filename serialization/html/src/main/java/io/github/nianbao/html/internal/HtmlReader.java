package io.github.nianbao.html.internal;

import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridCell;
import io.github.nianbao.serialization.grid.GridRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a parsed page into a {@link Grid}, in document order: each table row of a data table a row
 * of its cells (with their spans), each paragraph, heading or other block a row of one cell; see
 * {@link io.github.nianbao.html.HtmlFormat}.
 */
public final class HtmlReader {

  /** Elements whose text is never the report's. */
  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "nav",
          "head",
          "noscript",
          "template",
          "iframe",
          "footer",
          "select",
          "button",
          "object",
          "svg",
          "canvas",
          "audio",
          "video",
          "form",
          "input",
          "textarea");

  /** Elements that end the text before them and start a new row. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "section",
          "article",
          "main",
          "header",
          "aside",
          "blockquote",
          "pre",
          "center",
          "address",
          "figure",
          "figcaption",
          "hr",
          "caption",
          "body",
          "tr",
          "td",
          "th",
          "table",
          "tbody",
          "thead",
          "tfoot");

  private final List<GridRow> rows = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int textLine;

  /** Whether a cell is being read: its paragraphs are its lines, not rows. */
  private boolean cell;

  /** The text of the cell being read, null until it has some. */
  private String cellText;

  /** The lines of the cell being read, once it has more than one. */
  private final StringBuilder cellLines = new StringBuilder();

  /**
   * Whether the table being read has a table inside it: it is then a layout table, read as blocks
   * rather than as rows of cells ({@link #table}).
   */
  private boolean nested;

  /** The cells of the table row being read; reused from row to row. */
  private GridCell[] rowCells = new GridCell[16];

  /**
   * Whether the page was parsed with positions tracked: a cell's line is its line in the page; else
   * it is a key, the number of the position asked for, that {@link #lines} turns into the line.
   */
  private final boolean tracked;

  /** The keys given so far, when not tracked. */
  private int keys;

  /** What took each key, from index 1 ({@link PageLines}), when not tracked. */
  private byte[] kinds = new byte[64];

  /** The text of each key, from index 1 ({@link PageLines}), when not tracked. */
  private String[] anchors = new String[64];

  /**
   * Whether the page is one whose keys {@link PageLines} may place: no cells in skipped markup (a
   * form's table), whose cells the walk does not read.
   */
  private boolean plain = true;

  /** The table elements met so far, in document order, those in the head and skipped markup too. */
  private int tables;

  /** Whether the walk met a table (it walks the body). */
  private boolean bodyTable;

  /** The layout tables, by their number among the tables in document order (from 1). */
  private final BitSet layoutTables = new BitSet();

  private HtmlReader(boolean tracked) {
    this.tracked = tracked;
  }

  /**
   * Returns the grid of a page parsed with positions tracked: each cell at its line in the page.
   *
   * @param doc the page, parsed with positions tracked (else every line is 0)
   * @return the grid
   */
  public static Grid grid(Document doc) {
    return grid(doc, true);
  }

  /**
   * Returns the grid of a page parsed without positions: each cell's line is a key (1, 2, …, in the
   * order the walk meets them) that {@link #lines} maps to the line, should a diagnostic ask for
   * one. Parsing without positions costs the reader about a third less than parsing with them.
   *
   * @param doc the page, parsed without positions tracked
   * @return the grid, keys in the place of lines
   */
  public static Grid keyed(Document doc) {
    return grid(doc, false);
  }

  /**
   * A keyed grid with what its keys need to be placed in the page's text without a second parse.
   *
   * @param grid the grid, keys in the place of lines
   * @param kinds what took each key
   * @param anchors the text of each key
   * @param keys how many keys
   * @param plain whether the scan may place the keys at all
   * @param layoutTables the layout tables, by their number among the page's tables (from 1)
   * @param bodyTable whether the walk met a table in the body (if not, the body may still hold one
   *     the walk did not go into)
   */
  public record Keyed(
      Grid grid,
      byte[] kinds,
      String[] anchors,
      int keys,
      boolean plain,
      BitSet layoutTables,
      boolean bodyTable) {
    /**
     * Returns the line of each key, found by scanning the page's text ({@link PageLines}).
     *
     * @param page the page the grid was read from
     * @return the line of each key ({@code [0]} is 0), or null if the scan cannot tell
     */
    public int[] lines(String page) {
      return plain ? PageLines.lines(page, kinds, anchors, keys, layoutTables) : null;
    }

    /**
     * Returns the lines of some keys, found by scanning the page's text as far as the last of them:
     * the keys of cells and captions on the way are placed too (each is found at the next cell's
     * tag), paragraphs' texts only where asked (or where one asked has the same text), as placing
     * one costs a check of the rest of the page ({@link PageLines}).
     *
     * @param page the page the grid was read from
     * @param asked the keys whose lines are asked
     * @return the line of each key asked at its index ({@code [0]} is 0; keys not asked may be 0),
     *     or null if the scan cannot tell
     */
    public int[] lines(String page, BitSet asked) {
      int last = Math.min(asked.length() - 1, keys);
      if (!plain) {
        return null;
      }
      return last < 1
          ? new int[1]
          : PageLines.lines(page, kinds, anchors, last, layoutTables, asked);
    }
  }

  /**
   * Returns the keyed grid of a page parsed without positions, with what {@link Keyed#lines} needs.
   *
   * @param doc the page, parsed without positions tracked
   * @return the keyed grid
   */
  public static Keyed keyedPage(Document doc) {
    HtmlReader r = new HtmlReader(false);
    Grid grid = r.read(doc);
    return new Keyed(grid, r.kinds, r.anchors, r.keys, r.plain, r.layoutTables, r.bodyTable);
  }

  /**
   * Returns the line of each key of a {@linkplain #keyed keyed grid}: the line of the cell that
   * stands in its place in the grid of the same page parsed with positions tracked ({@link
   * #grid(Document)}), which is the same grid but for the lines, as the walk does not look at them.
   *
   * @param keyed the keyed grid
   * @param tracked the grid of the same page parsed with positions
   * @return the line of each key ({@code [0]} is 0), or {@code null} if the grids differ in shape
   */
  public static int[] lines(Grid keyed, Grid tracked) {
    List<GridRow> a = keyed.rows();
    List<GridRow> b = tracked.rows();
    if (a.size() != b.size()) {
      return null;
    }
    int max = 0;
    for (GridRow row : a) {
      for (GridCell c : row.cells()) {
        max = Math.max(max, c.line());
      }
    }
    int[] lines = new int[max + 1];
    for (int i = 0; i < a.size(); i++) {
      List<GridCell> x = a.get(i).cells();
      List<GridCell> y = b.get(i).cells();
      if (x.size() != y.size()) {
        return null;
      }
      for (int j = 0; j < x.size(); j++) {
        lines[x.get(j).line()] = y.get(j).line();
      }
    }
    return lines;
  }

  private static Grid grid(Document doc, boolean tracked) {
    return new HtmlReader(tracked).read(doc);
  }

  private Grid read(Document doc) {
    HtmlReader r = this;
    Element body = doc.body();
    r.tables = count(doc.head(), "table");
    // cells in the head (a table in its noscript or template), which the walk does not read: the
    // scan would take them for the body's
    if (contains(doc.head(), "td")
        || contains(doc.head(), "th")
        || contains(doc.head(), "caption")) {
      r.plain = false;
    }
    // the page's title stands first where the body has no h1 of its own (looked for only where
    // there is a title: a search of the whole body)
    Element title = null;
    Element head = doc.head();
    for (int i = 0, n = head.childNodeSize(); i < n && title == null; i++) {
      if (head.childNode(i) instanceof Element c && c.normalName().equals("title")) {
        title = c;
      }
    }
    if (title != null && !title.text().isBlank() && !contains(body, "h1")) {
      r.rows.add(GridRow.paragraph(title.text().strip(), r.line(title, PageLines.TITLE, null)));
    }
    r.walk(body, false);
    r.flush();
    return new Grid(r.rows);
  }

  private void walk(Element e, boolean pre) {
    String name = e.normalName();
    if (SKIPPED.contains(name)) {
      skipped(e, name);
      return;
    }
    if (name.equals("table")) {
      bodyTable = true;
      if (cell) {
        // a table in a cell of the table being read, which is then a layout table
        nested = true;
        return;
      }
      flush();
      int ordinal = ++tables;
      if (table(e)) {
        return;
      }
      layoutTables.set(ordinal);
    }
    boolean block = BLOCKS.contains(name);
    if (block) {
      flush();
    }
    boolean keep = pre || preformatted(e);
    if (block && !cell && e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode t) {
      String s = t.getWholeText();
      if (keep ? s.indexOf(PRE_MARK) < 0 : standsAsIs(s)) {
        // the common block, one run of text that reads as it stands (or is preformatted, and so
        // verbatim): what inline and flush would make of it
        if (keep) {
          s = s.replace(NBSP, ' ');
          if (s.isBlank()) {
            s = "";
          }
        }
        rows.add(GridRow.paragraph(s, t.isBlank() ? 0 : line(t, PageLines.TEXT, t.getWholeText())));
        return;
      }
    }
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      inline(e.childNode(i), keep);
    }
    if (block) {
      flush();
    }
  }

  /**
   * Notes what skipped markup holds, as its text is not read: a table inside a cell of the table
   * being read makes that table a layout table, as any table below it does; cells make the page one
   * whose keys {@link PageLines} cannot place.
   */
  private void skipped(Element e, String name) {
    int inside = count(e, "table");
    tables += inside;
    if (cell && inside > 0) {
      nested = true;
    }
    if (!tracked
        && plain
        && !name.equals("script")
        && !name.equals("style")
        && (contains(e, "td") || contains(e, "th") || contains(e, "caption"))) {
      plain = false;
    }
  }

  private void inline(Node n, boolean pre) {
    if (n instanceof TextNode t) {
      append(text, t.getWholeText(), pre);
      if (!cell && textLine == 0 && !t.isBlank()) {
        textLine = line(t, PageLines.TEXT, t.getWholeText());
      }
    } else if (n instanceof Element c) {
      if (c.normalName().equals("br")) {
        text.append('\n');
        // a break's children are not read, but a table among them makes a layout table (and
        // counts among the page's tables)
        int inside = count(c, "table");
        nested |= cell && inside > 0;
        tables += inside;
      } else {
        walk(c, pre);
      }
    }
  }

  /**
   * Ends the paragraph being collected: its lines stripped (unless preformatted), if not blank; a
   * row of the grid, or, inside a cell, a line of the cell's text.
   */
  private void flush() {
    int line = textLine;
    textLine = 0;
    String s = paragraph(text);
    if (s == null && !cell) {
      // a block of line breaks only (<p><br></p>, as Word and LibreOffice write an empty
      // paragraph) is as many empty lines, as a browser shows it
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          rows.add(GridRow.paragraph("", line));
        }
      }
    }
    text.setLength(0);
    if (s != null && cell) {
      // a cell's value: no-break spaces around it are no part of it (<td>&nbsp;</td> is blank)
      s = s.replace(NBSP, ' ');
      s = s.indexOf('\n') < 0 ? s.strip() : stripLines(s);
      if (s.isEmpty()) {
        s = null;
      }
    } else if (s != null) {
      s = s.replace(NBSP, ' ');
      if (s.isBlank()) {
        // a paragraph of no-break spaces only (<p>&nbsp;</p>) shows as an empty line
        s = "";
      }
    }
    if (s == null) {
      return;
    }
    if (cell) {
      if (cellText == null) {
        cellText = s;
      } else {
        if (cellLines.length() == 0) {
          cellLines.append(cellText);
        }
        cellLines.append('\n').append(s);
      }
    } else {
      rows.add(GridRow.paragraph(s, line));
    }
  }

  /** The collected text with each line stripped and blank lines left out; null if blank. */
  private static String paragraph(StringBuilder s) {
    if (s.indexOf(PRE) >= 0) {
      // preformatted text stands verbatim, but for the line breaks the markup put around it
      return s.toString().replace(PRE, "");
    }
    int a = 0;
    int b = s.length();
    while (a < b && isStripped(s.charAt(a))) {
      a++;
    }
    while (b > a && isStripped(s.charAt(b - 1))) {
      b--;
    }
    int breakAt = s.indexOf("\n", a);
    boolean lines = breakAt >= 0 && breakAt < b;
    if (a == b) {
      return null;
    }
    if (!lines) {
      return s.substring(a, b);
    }
    StringBuilder out = new StringBuilder(b - a);
    int start = a;
    while (start <= b) {
      int end = start;
      while (end < b && s.charAt(end) != '\n') {
        end++;
      }
      int x = start;
      int y = end;
      while (x < y && isStripped(s.charAt(x))) {
        x++;
      }
      while (y > x && isStripped(s.charAt(y - 1))) {
        y--;
      }
      if (y > x) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(s, x, y);
      }
      start = end + 1;
    }
    return out.toString();
  }

  /**
   * What {@link String#strip()} strips: {@link Character#isWhitespace}, asked only of the few
   * characters that may be white space (up to the space, the Ogham space mark, U+2000 to U+205F,
   * the ideographic space), as most of a report's are letters, digits or Chinese.
   */
  static boolean isStripped(char c) {
    return c <= ' '
        ? Character.isWhitespace(c)
        : c == '\u1680'
            || c == '\u3000'
            || c >= '\u2000' && c <= '\u205f' && Character.isWhitespace(c);
  }

  private static final char NBSP = '\u00a0';

  /** The lines of a text stripped, blank ones left out. */
  private static String stripLines(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (String l : s.split("\n", -1)) {
      String t = l.strip();
      if (!t.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(t);
      }
    }
    return out.toString();
  }

  /** Marks collected text as preformatted; removed before the row is made. */
  private static final char PRE_MARK = '\uFFFF';

  private static final String PRE = String.valueOf(PRE_MARK);

  private static void append(StringBuilder b, String s, boolean pre) {
    if (pre) {
      b.append(PRE_MARK).append(s);
      return;
    }
    // white space as a browser shows it: runs of it one space; a no-break space is not white
    // space to collapse (it stands as a space, and an indentation of them is kept)
    boolean space = b.length() > 0 && b.charAt(b.length() - 1) == ' ';
    // the characters before the first white space stand as they are
    int first = 0;
    while (first < s.length() && !isCollapsed(s.charAt(first))) {
      first++;
    }
    if (first > 0) {
      b.append(s, 0, first);
      space = false;
    }
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isCollapsed(c)) {
        if (!space) {
          b.append(' ');
          space = true;
        }
      } else {
        b.append(c);
        space = false;
      }
    }
  }

  /** White space a browser collapses (a no-break space is not). */
  private static boolean isCollapsed(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /**
   * Reads a table as rows of cells, its captions first (a caption is printed above its table), in
   * one pass over it. A table with a table anywhere below it is a layout table, not read here: the
   * pass stops where it finds one, takes back the rows and keys it gave, and returns false, for the
   * walk to read the table's blocks instead (and each table inside it as a table).
   *
   * @return whether the table was read; false if it has a table inside it
   */
  private boolean table(Element table) {
    int rowMark = rows.size();
    int keyMark = keys;
    // tables inside it, counted where skipped markup holds them, are counted again by the walk
    int tableMark = tables;
    nested = false;
    captions(table);
    for (int i = 0, n = table.childNodeSize(); i < n && !nested; i++) {
      if (table.childNode(i) instanceof Element c) {
        String name = c.normalName();
        if (name.equals("tr")) {
          row(c);
        } else if (name.equals("tbody") || name.equals("thead") || name.equals("tfoot")) {
          section(c);
        }
      }
    }
    if (!nested) {
      return true;
    }
    nested = false;
    rows.subList(rowMark, rows.size()).clear();
    Arrays.fill(anchors, keyMark + 1, keys + 1, null);
    Arrays.fill(kinds, keyMark + 1, keys + 1, (byte) 0);
    keys = keyMark;
    tables = tableMark;
    return false;
  }

  /**
   * Adds the table's captions that are not blank as paragraphs, and notes a table among its other
   * children that hold no rows (a caption, a column group) as a table inside it.
   */
  private void captions(Element table) {
    for (int i = 0, n = table.childNodeSize(); i < n; i++) {
      if (table.childNode(i) instanceof Element c) {
        String name = c.normalName();
        if (name.equals("caption")) {
          nested |= contains(c, "table");
          String caption = c.text();
          if (!caption.isBlank()) {
            rows.add(GridRow.paragraph(caption.strip(), line(c, PageLines.CAPTION, caption)));
          }
        } else if (!name.equals("tr")
            && !name.equals("tbody")
            && !name.equals("thead")
            && !name.equals("tfoot")) {
          nested |= isOrHas(c, "table");
        }
      }
    }
  }

  /** Reads the rows of a table's body, head or foot; notes a table among its other children. */
  private void section(Element section) {
    for (int i = 0, n = section.childNodeSize(); i < n && !nested; i++) {
      if (section.childNode(i) instanceof Element c) {
        if (c.normalName().equals("tr")) {
          row(c);
        } else {
          nested |= isOrHas(c, "table");
        }
      }
    }
  }

  /**
   * Reads a table row: a row of the grid of its cells, if it has any; notes a table among its
   * children that are not cells, or in a cell.
   */
  private void row(Element tr) {
    int count = 0;
    int wide = -1;
    for (int i = 0, n = tr.childNodeSize(); i < n && !nested; i++) {
      if (!(tr.childNode(i) instanceof Element td)) {
        continue;
      }
      String name = td.normalName();
      if (!name.equals("td") && !name.equals("th")) {
        nested |= isOrHas(td, "table");
        continue;
      }
      GridCell c = gridCell(td, count + 1);
      if (wide < 0 && c.colSpan() > 1 && !c.text().isEmpty()) {
        wide = count;
      }
      if (count == rowCells.length) {
        rowCells = Arrays.copyOf(rowCells, count * 2);
      }
      rowCells[count++] = c;
    }
    if (count > 0) {
      // a row with no spanning label before its last cell stands as it is (the common row)
      rows.add(
          new GridRow(
              wide < 0 || wide == count - 1
                  ? List.of(Arrays.copyOf(rowCells, count))
                  : rightAligned(Arrays.asList(rowCells).subList(0, count))));
    }
  }

  /** A table cell: its text, its key (or line), its column in the row and its spans. */
  private GridCell gridCell(Element td, int column) {
    String text = cellText(td);
    int line = line(td, PageLines.CELL, text);
    if (td.attributesSize() == 0) {
      return GridCell.of(text, line, column);
    }
    Attributes a = td.attributes();
    return new GridCell(text, line, column, span(a.get("rowspan")), span(a.get("colspan")));
  }

  /**
   * A row's cells with each cell that spans columns and has cells after it standing in the last of
   * its columns: its other columns are empty cells before it. The grid reader puts a spanning
   * cell's empty columns after it; after a merged label (（二）部分公开 over two columns) they would stand
   * among the row's values, where an empty last value would be taken for them.
   */
  private static List<GridCell> rightAligned(List<GridCell> cells) {
    List<GridCell> out = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      GridCell c = cells.get(i);
      if (c.colSpan() > 1 && i < cells.size() - 1 && !c.text().isEmpty()) {
        for (int k = 1; k < c.colSpan(); k++) {
          out.add(GridCell.of("", c.line(), c.column()));
        }
        out.add(new GridCell(c.text(), c.line(), c.column(), c.rowSpan(), 1));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** A cell's text: its runs (spans, fonts, o:p) joined, blocks and breaks as line breaks. */
  private String cellText(Element td) {
    if (td.childNodeSize() == 1 && td.childNode(0) instanceof TextNode t) {
      String s = t.getWholeText();
      if (standsAsIs(s)) {
        // the common cell, one run of text with nothing to collapse or strip: the text itself
        return s;
      }
    }
    cell = true;
    cellText = null;
    cellLines.setLength(0);
    try {
      for (int i = 0, n = td.childNodeSize(); i < n; i++) {
        inline(td.childNode(i), false);
      }
      flush();
      return cellLines.length() > 0 ? cellLines.toString() : cellText == null ? "" : cellText;
    } finally {
      cell = false;
    }
  }

  /**
   * Whether a cell's only text reads as it stands: not empty, no white space at its ends, none
   * inside but single spaces, no no-break space, no control character: what {@link #append}, {@link
   * #paragraph} and {@link #flush} would make of it is the text itself.
   */
  static boolean standsAsIs(String s) {
    int n = s.length();
    if (n == 0 || isStripped(s.charAt(0)) || isStripped(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ') {
        if (c != ' ' || s.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (c == NBSP || c == PRE_MARK) {
        return false;
      }
    }
    return true;
  }

  /** How many elements below {@code root} have the name. */
  private static int count(Element root, String name) {
    int count = 0;
    for (int i = 0, n = root.childNodeSize(); i < n; i++) {
      if (root.childNode(i) instanceof Element c) {
        count += (c.normalName().equals(name) ? 1 : 0) + count(c, name);
      }
    }
    return count;
  }

  /** Whether an element below {@code root} has the name: a walk that stops at the first. */
  static boolean contains(Element root, String name) {
    for (int i = 0, n = root.childNodeSize(); i < n; i++) {
      if (root.childNode(i) instanceof Element c && isOrHas(c, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the element or one below it has the name. */
  private static boolean isOrHas(Element e, String name) {
    return e.normalName().equals(name) || contains(e, name);
  }

  private static boolean preformatted(Element e) {
    if (e.normalName().equals("pre") || e.normalName().equals("textarea")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    String raw = e.attributes().get("style");
    if (raw.isEmpty()) {
      return false;
    }
    return hasWhiteSpacePre(raw);
  }

  private static final String WHITE_SPACE_PRE = "white-space:pre";

  /**
   * Whether a style holds {@code white-space:pre} (so {@code pre}, {@code pre-wrap}, {@code
   * pre-line}), ASCII letters in either case, spaces anywhere in it: as the style in lower case
   * without its spaces would (no other character lower-cases to an ASCII letter of it), with no
   * copy of the style made.
   */
  static boolean hasWhiteSpacePre(String style) {
    int n = style.length();
    // the next 'w' and the next 'W', each searched for again once passed
    int lower = style.indexOf('w');
    int upper = style.indexOf('W');
    while (lower >= 0 || upper >= 0) {
      int i;
      if (upper < 0 || (lower >= 0 && lower < upper)) {
        i = lower;
        lower = style.indexOf('w', i + 1);
      } else {
        i = upper;
        upper = style.indexOf('W', i + 1);
      }
      int k = 1;
      for (int j = i + 1; j < n && k < WHITE_SPACE_PRE.length(); j++) {
        char x = style.charAt(j);
        if (x == ' ') {
          continue;
        }
        char w = WHITE_SPACE_PRE.charAt(k);
        if (x != w && !(w >= 'a' && w <= 'z' && (x | 0x20) == w)) {
          break;
        }
        k++;
      }
      if (k == WHITE_SPACE_PRE.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A span as HTML gives it, from the attribute's value ("" if missing; the parser lower-cases
   * attribute names): a number from 1 (0, missing or garbled is 1), at most 1000.
   */
  private static int span(String value) {
    String v = value.strip();
    int n = 0;
    for (int i = 0;
        i < v.length() && Character.isDigit(v.charAt(i)) && n <= GridCell.MAX_SPAN;
        i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    return Math.max(1, Math.min(n, GridCell.MAX_SPAN));
  }

  /** A node's line in the page, or, when the page was parsed without positions, a new key. */
  private int line(Node n, byte kind, String anchor) {
    if (!tracked) {
      int key = ++keys;
      if (key == kinds.length) {
        kinds = Arrays.copyOf(kinds, key * 2);
        anchors = Arrays.copyOf(anchors, key * 2);
      }
      kinds[key] = kind;
      anchors[key] = anchor;
      return key;
    }
    int l = n.sourceRange().start().lineNumber();
    return Math.max(l, 0);
  }
}

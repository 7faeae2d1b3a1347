package io.github.nianbao.html.internal;

import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridCell;
import io.github.nianbao.serialization.grid.GridRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a parsed page into a {@link Grid}, in document order: each table row of a data table a
 * row of its cells (with their spans), each paragraph, heading or other block a row of one cell;
 * see {@link io.github.nianbao.html.HtmlFormat}.
 */
public final class HtmlReader {

  /** Elements whose text is never the report's. */
  private static final Set<String> SKIPPED =
      Set.of(
          "script", "style", "nav", "head", "noscript", "template", "iframe", "footer", "select",
          "button", "object", "svg", "canvas", "audio", "video", "form", "input", "textarea");

  /** Elements that end the text before them and start a new row. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "section", "article", "main", "header", "aside", "blockquote", "pre", "center",
          "address", "figure", "figcaption", "hr", "caption", "body", "tr", "td", "th", "table",
          "tbody", "thead", "tfoot");

  private final List<GridRow> rows = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int textLine;

  private HtmlReader() {}

  /**
   * Returns the grid of a parsed page.
   *
   * @param doc the page, parsed with positions tracked (else every line is 0)
   * @return the grid
   */
  public static Grid grid(Document doc) {
    HtmlReader r = new HtmlReader();
    Element body = doc.body();
    if (body.selectFirst("h1") == null) {
      Element title = doc.selectFirst("head > title");
      if (title != null && !title.text().isBlank()) {
        r.rows.add(GridRow.paragraph(title.text().strip(), line(title)));
      }
    }
    r.walk(body, false);
    r.flush();
    return new Grid(r.rows);
  }

  private void walk(Element e, boolean pre) {
    String name = e.normalName();
    if (SKIPPED.contains(name)) {
      return;
    }
    if (name.equals("table") && !hasNestedTable(e)) {
      flush();
      table(e);
      return;
    }
    boolean block = BLOCKS.contains(name);
    if (block) {
      flush();
    }
    boolean keep = pre || preformatted(e);
    for (Node n : e.childNodes()) {
      inline(n, keep);
    }
    if (block) {
      flush();
    }
  }

  private void inline(Node n, boolean pre) {
    if (n instanceof TextNode t) {
      append(text, t.getWholeText(), pre);
      if (textLine == 0 && !t.isBlank()) {
        textLine = line(t);
      }
    } else if (n instanceof Element c) {
      if (c.normalName().equals("br")) {
        text.append('\n');
      } else {
        walk(c, pre);
      }
    }
  }

  /** Ends the paragraph being collected: its lines stripped (unless preformatted), if not blank. */
  private void flush() {
    String s = text.toString();
    text.setLength(0);
    int line = textLine;
    textLine = 0;
    if (s.isBlank()) {
      return;
    }
    if (s.indexOf(PRE_MARK) >= 0) {
      // preformatted text stands verbatim, but for the line breaks the markup put around it
      s = s.replace(String.valueOf(PRE_MARK), "");
      rows.add(GridRow.paragraph(s, line));
      return;
    }
    StringBuilder out = new StringBuilder();
    for (String l : s.split("\n", -1)) {
      String t = l.strip();
      if (!t.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(t);
      }
    }
    rows.add(GridRow.paragraph(out.toString(), line));
  }

  /** Marks collected text as preformatted; removed before the row is made. */
  private static final char PRE_MARK = '\uFFFF';

  private static void append(StringBuilder b, String s, boolean pre) {
    if (pre) {
      b.append(PRE_MARK).append(s);
      return;
    }
    // white space as a browser shows it: runs of it one space, no-break spaces as spaces
    boolean space = b.length() > 0 && b.charAt(b.length() - 1) == ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0') {
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

  private void table(Element table) {
    for (Element c : table.children()) {
      // a caption is printed above its table
      if (c.normalName().equals("caption") && !c.text().isBlank()) {
        rows.add(GridRow.paragraph(c.text().strip(), line(c)));
      }
    }
    for (Element tr : rowsOf(table)) {
      List<GridCell> cells = new ArrayList<>();
      int column = 0;
      for (Element td : tr.children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
          continue;
        }
        column++;
        cells.add(
            new GridCell(
                cellText(td), line(td), column, span(td, "rowspan"), span(td, "colspan")));
      }
      if (!cells.isEmpty()) {
        rows.add(new GridRow(rightAligned(cells)));
      }
    }
  }

  /**
   * A row's cells with each cell that spans columns and has cells after it standing in the last of
   * its columns: its other columns are empty cells before it. The grid reader puts a spanning
   * cell's empty columns after it; after a merged label (（二）部分公开 over two columns) they
   * would stand among the row's values, where an empty last value would be taken for them.
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

  /** The rows of a table itself, not of a table inside it. */
  private static List<Element> rowsOf(Element table) {
    List<Element> out = new ArrayList<>();
    for (Element c : table.children()) {
      String n = c.normalName();
      if (n.equals("tr")) {
        out.add(c);
      } else if (n.equals("tbody") || n.equals("thead") || n.equals("tfoot")) {
        for (Element tr : c.children()) {
          if (tr.normalName().equals("tr")) {
            out.add(tr);
          }
        }
      }
    }
    return out;
  }

  /** A cell's text: its runs (spans, fonts, o:p) joined, blocks and breaks as line breaks. */
  private static String cellText(Element td) {
    HtmlReader inner = new HtmlReader();
    for (Node n : td.childNodes()) {
      inner.inline(n, false);
    }
    inner.flush();
    StringBuilder b = new StringBuilder();
    for (GridRow r : inner.rows) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(r.cells().get(0).text());
    }
    return b.toString();
  }

  private static boolean hasNestedTable(Element table) {
    // the descendants of the table, itself first: no selector is parsed for each cell
    for (Element e : table.getAllElements()) {
      if (e != table && e.normalName().equals("table")) {
        return true;
      }
    }
    return false;
  }

  private static boolean preformatted(Element e) {
    if (e.normalName().equals("pre") || e.normalName().equals("textarea")) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("white-space:pre");
  }

  /** A span as HTML gives it: a number from 1 (0, missing or garbled is 1), at most 1000. */
  private static int span(Element td, String attr) {
    String v = td.attr(attr).strip();
    int n = 0;
    for (int i = 0; i < v.length() && Character.isDigit(v.charAt(i)) && n <= GridCell.MAX_SPAN; i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    return Math.max(1, Math.min(n, GridCell.MAX_SPAN));
  }

  private static int line(Node n) {
    int l = n.sourceRange().start().lineNumber();
    return Math.max(l, 0);
  }
}

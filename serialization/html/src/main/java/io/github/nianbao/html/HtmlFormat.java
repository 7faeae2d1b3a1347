package io.github.nianbao.html;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.internal.EmbeddedHtml;
import io.github.nianbao.html.internal.HtmlReader;
import io.github.nianbao.html.internal.HtmlWriter;
import io.github.nianbao.html.internal.LiteralPage;
import io.github.nianbao.html.internal.PageCharset;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The {@code html} format: a report published as a web page. Find it with {@code
 * ReportFormats.byName("html")} or by the endings {@code .html}, {@code .htm}, {@code .shtml} and
 * {@code .xhtml}.
 *
 * <h2>The reader</h2>
 *
 * <p>The page is parsed with jsoup, as a browser would; a page whose markup already is its tree
 * (each element closed where it stands, nothing the parser would repair or move, as this format's
 * writer and many a CMS write) is built into the same document without jsoup's parser, at about
 * half its cost. Bytes are decoded by their byte order mark, else by the page's {@code <meta
 * charset>} or {@code http-equiv} content type (GBK and GB18030 pages of government sites
 * included), else as UTF-8 if they are valid UTF-8, else as GB18030; an encoding other than UTF-8
 * is noted with an {@link Diagnostic.Reason#ENCODING} diagnostic at line 0. Input over {@link
 * ReportFormat#MAX_INPUT_BYTES} bytes (or as many characters) is {@code TOO_LARGE}.
 *
 * <p>The body is read in document order into a {@link io.github.nianbao.serialization.grid.Grid}
 * that {@link GridReader} reads as it reads any source:
 *
 * <ul>
 *   <li>each row of a table is a row of its cells, with their {@code rowspan} and {@code colspan}
 *       (a missing, zero or garbled span is 1, a span over {@value
 *       io.github.nianbao.serialization.grid.GridCell#MAX_SPAN} is that); a cell's text is its runs
 *       joined ({@code span}, {@code font}, Word's {@code o:p}), white space collapsed as a browser
 *       shows it, {@code &nbsp;} a space, a cell of nothing but spaces empty;
 *   <li>a table that holds another table is a layout table: its cells are read as blocks, and the
 *       tables inside it as tables;
 *   <li>each paragraph, heading, list item or other block is a row of one cell, {@code <br>} a line
 *       break; preformatted text ({@code <pre>}, {@code white-space:pre…}) is kept verbatim;
 *   <li>{@code script}, {@code style}, {@code nav}, {@code footer}, forms and embedded media are
 *       skipped; the {@code <title>} is read as the report's title when the body has no {@code
 *       <h1>};
 *   <li>every cell and paragraph carries its line in the page, where diagnostics point.
 * </ul>
 *
 * <p>Some sites deliver the report as HTML inside a JavaScript string ({@code let content =
 * "<p>…<table border=\"1\">…"}). When the input is script rather than a page, or a page whose body
 * has no table, the longest string literal that holds a {@code <table} is unescaped and read as the
 * page; its lines are then those of the unescaped HTML.
 *
 * <p>Text the recogniser cannot place (navigation, breadcrumbs, other tables) is reported as it
 * reports any, never dropped silently.
 *
 * <h2>The writer</h2>
 *
 * <p>A standalone HTML5 page (UTF-8) in the look of the official template: the title as {@code
 * <h1>}, the six section headings as {@code <h2>}, the narratives in preformatted blocks, and the
 * tables with the template's header rows and merged cells (三、本年度办理结果 over 22 rows in the 2021
 * format, the groups over 8, 3, 5 and 3, the 勾稽关系 note in Table 3's corner), blank cells blank,
 * marks as printed. {@code read(write(r)).report()} equals {@code r}, with no diagnostic, for every
 * report whose narratives hold no tab (a tab in a paragraph is read as a space).
 *
 * <p>Thread-safe and stateless. A read parses the page without source positions; only when a
 * diagnostic or an error needs a line are the lines found, by a scan of the page's text, or, where
 * that cannot tell, by parsing the page again with positions.
 */
public final class HtmlFormat implements ReportFormat {

  /** Creates the format. */
  public HtmlFormat() {}

  /**
   * Returns {@code html}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return "html";
  }

  /**
   * Returns {@code .html}, {@code .htm}, {@code .shtml} (pages of many government portals) and
   * {@code .xhtml} (LibreOffice's XHTML export, for one).
   *
   * @return the endings
   */
  @Override
  public List<String> fileExtensions() {
    return List.of(".html", ".htm", ".shtml", ".xhtml");
  }

  @Override
  public ReadResult read(Reader in) throws IOException {
    return read(in, ReadOptions.none());
  }

  /**
   * Reads a page's text, as the class documentation describes.
   *
   * @param in the page; not closed
   * @param options what the caller knows of the report
   * @return the report and the diagnostics, at the page's lines
   * @throws ReportParseException if the page is too large or holds no report
   * @throws IOException if reading fails
   */
  @Override
  public ReadResult read(Reader in, ReadOptions options) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      b.append(buf, 0, n);
      if (b.length() > MAX_INPUT_BYTES) {
        throw tooLarge("characters");
      }
    }
    return read(b.toString(), options);
  }

  @Override
  public ReadResult read(String text, ReadOptions options) throws ReportParseException {
    if (text.length() > MAX_INPUT_BYTES) {
      throw tooLarge("characters");
    }
    return readPage(text, options);
  }

  /**
   * Reads a page's bytes, decoded by byte order mark, {@code <meta>} charset, else UTF-8.
   *
   * @param bytes the page
   * @param options what the caller knows of the report
   * @return the report and the diagnostics; an ENCODING one first when not UTF-8
   * @throws ReportParseException if the page is too large or holds no report
   */
  @Override
  public ReadResult read(byte[] bytes, ReadOptions options) throws ReportParseException {
    if (bytes.length > MAX_INPUT_BYTES) {
      throw tooLarge("bytes");
    }
    PageCharset page = PageCharset.decode(bytes);
    ReadResult read = readPage(page.text(), options);
    String charset = page.charset().name();
    String how =
        switch (page.how()) {
          case BOM -> "decoded as " + charset + ", as its byte order mark says";
          case DECLARED -> "decoded as " + charset + ", as the page's meta charset says";
          case FALLBACK ->
              "decoded as " + charset + ": the bytes are not UTF-8 and the page names no charset";
          case VALID_UTF8 -> null;
        };
    if (how == null
        || (page.how() == PageCharset.How.DECLARED
            && page.charset().equals(StandardCharsets.UTF_8))) {
      return read;
    }
    List<Diagnostic> all = new ArrayList<>(read.diagnostics().size() + 1);
    all.add(Diagnostic.of(Diagnostic.Reason.ENCODING, 0, null, charset, how));
    all.addAll(read.diagnostics());
    return new ReadResult(read.report(), all);
  }

  @Override
  public void write(AnnualReport report, Writer out) throws IOException {
    out.write(HtmlWriter.toHtml(report));
    out.flush();
  }

  /**
   * Reads a decoded page. The page is parsed without source positions, which would cost a third of
   * the read: the grid's cells carry keys in the place of lines ({@link HtmlReader#keyedPage}).
   * Only when the read has something to say at a line (a diagnostic, an error) are the keys turned
   * into lines, those keys only: by a scan of the page's text for the cells in order ({@link
   * HtmlReader.Keyed#lines}), else, where the scan cannot tell, by parsing the page again with
   * positions.
   */
  private static ReadResult readPage(String text, ReadOptions options) throws ReportParseException {
    Document doc = parse(text, false);
    // the page, or, where it is no markup or its body holds no table, the page a string of a
    // script holds in its stead (see EmbeddedHtml): looked for after the walk, which meets the
    // tables of most pages
    String page = text;
    HtmlReader.Keyed keyed = null;
    ReportParseException walkFailed = null;
    try {
      keyed = keyed(doc);
    } catch (ReportParseException e) {
      walkFailed = e;
    }
    if (keyed == null || !keyed.bodyTable() || !EmbeddedHtml.isMarkup(text)) {
      String embedded = EmbeddedHtml.find(text, doc).orElse(null);
      if (embedded != null) {
        page = embedded;
        keyed = keyed(parse(page, false));
      } else if (walkFailed != null) {
        throw walkFailed;
      }
    }
    Grid grid = keyed.grid();
    ReadResult read;
    try {
      read = GridReader.read(grid, options);
    } catch (ReportParseException e) {
      if (e.line() == 0) {
        throw e;
      }
      BitSet asked = new BitSet();
      asked.set(e.line());
      Lines lines = lines(page, keyed, asked);
      if (lines.map == null) {
        GridReader.read(lines.tracked, options);
        throw e; // not reached: the tracked grid fails as the keyed one does
      }
      throw new ReportParseException(
          e.errorType(),
          lines.line(e.line()),
          e.column(),
          e.location(),
          e.detail(),
          e.getCause() == null ? e : e.getCause());
    }
    BitSet asked = new BitSet();
    for (Diagnostic d : read.diagnostics()) {
      if (d.line() > 0) {
        asked.set(d.line());
      }
    }
    if (asked.isEmpty()) {
      return read;
    }
    Lines lines = lines(page, keyed, asked);
    if (lines.map == null) {
      return GridReader.read(lines.tracked, options);
    }
    List<Diagnostic> all = new ArrayList<>(read.diagnostics().size());
    for (Diagnostic d : read.diagnostics()) {
      all.add(
          d.line() == 0
              ? d
              : Diagnostic.of(
                  d.reason(), lines.line(d.line()), d.cell().orElse(null), d.text(), d.message()));
    }
    return new ReadResult(read.report(), all);
  }

  /**
   * The page's document: built at once where the page's markup is its tree as written ({@link
   * LiteralPage}: the document is jsoup's, node for node, at about half the cost of its parser),
   * else parsed by jsoup. A page parsed with positions is always parsed by jsoup.
   */
  private static Document parse(String page, boolean tracked) {
    if (!tracked) {
      Document literal;
      try {
        literal = LiteralPage.parse(page);
      } catch (RuntimeException e) {
        // never expected (its tests call it directly, and would see it): jsoup reads the page
        literal = null;
      }
      if (literal != null) {
        return literal;
      }
    }
    return Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(tracked));
  }

  /**
   * The lines of a keyed grid's keys: found by scanning the page, else by parsing it again with
   * positions and walking it again.
   *
   * @param tracked the grid of the page parsed with positions, when the scan could not tell; else
   *     null
   * @param map the line of each key, or null if the two grids differ in shape (never expected: the
   *     reader then reads the tracked grid itself)
   */
  private record Lines(Grid tracked, int[] map) {
    int line(int key) {
      return key < map.length ? map[key] : 0;
    }
  }

  private static Lines lines(String page, HtmlReader.Keyed keyed, BitSet asked)
      throws ReportParseException {
    // the scan goes only as far as the last key asked, and checks only the paragraphs asked
    int[] scanned = keyed.lines(page, asked);
    if (scanned != null) {
      return new Lines(null, scanned);
    }
    Grid tracked = tracked(parse(page, true));
    return new Lines(tracked, HtmlReader.lines(keyed.grid(), tracked));
  }

  /** The page's grid; a failure of the walk is a typed error, as the grid reader's are. */
  private static HtmlReader.Keyed keyed(Document doc) throws ReportParseException {
    try {
      return HtmlReader.keyedPage(doc);
    } catch (RuntimeException | StackOverflowError e) {
      throw walkFailed(e);
    }
  }

  private static Grid tracked(Document doc) throws ReportParseException {
    try {
      return HtmlReader.grid(doc);
    } catch (RuntimeException | StackOverflowError e) {
      throw walkFailed(e);
    }
  }

  private static ReportParseException walkFailed(Throwable e) {
    return new ReportParseException(
        ReportParseException.ErrorType.MALFORMED, 0, 0, "", "the page cannot be walked: " + e, e);
  }

  /** Whether the page names its charset in a {@code <meta>}. */
  private static ReportParseException tooLarge(String unit) {
    return new ReportParseException(
        ReportParseException.ErrorType.TOO_LARGE,
        0,
        0,
        "",
        "the page exceeds " + MAX_INPUT_BYTES + " " + unit);
  }
}

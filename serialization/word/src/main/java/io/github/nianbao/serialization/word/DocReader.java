package io.github.nianbao.serialization.word;

import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFDocumentCore;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;

/**
 * Builds the {@link Grid} of a Word 97–2003 document (.doc) with POI's HWPF: the main text's
 * paragraphs and tables in document order, as {@link DocxReader} builds a .docx's.
 *
 * <p>A paragraph is a row of one cell, its fields read as their results (a page number field as the
 * number, a hyperlink as its text) and a manual line break as a line break. A table row is a row of
 * its cells. A .doc keeps no grid of columns: a cell's columns are found from its left and right
 * edges among all the edges of the table's rows (within {@value #EDGE_TOLERANCE} twips), so that a
 * cell as wide as three is a cell that spans three, as Word and LibreOffice write a horizontal
 * merge; a cell with the old merge flag ({@code fMerged}) widens the cell before it. A vertical
 * merge ({@code fVertRestart}, {@code fVertMerge}) is a row span, as in a .docx. A cell's
 * paragraphs are joined with line breaks; a nested table's paragraphs are lines of its cell.
 *
 * <p>Headers and footers are page furniture: left out with a PAGE_FURNITURE note if they hold text.
 * Text boxes, footnotes, endnotes and comments are stories of their own in a .doc, not anchored in
 * place in the main text: they are not read, and an OUTSIDE_REPORT note quotes the text of each
 * kind that holds any.
 */
final class DocReader {
  /** Edges of cells closer than this many twips (1/1440 inch) are one column edge. */
  static final int EDGE_TOLERANCE = 20;

  /**
   * The largest record HWPF allocates: 64 MiB (a .doc read is at most {@link
   * io.github.nianbao.serialization.ReportFormat#MAX_INPUT_BYTES} bytes, and no stream of it is
   * larger).
   */
  static final int MAX_RECORD_LENGTH = 64 * 1024 * 1024;

  static {
    // POI's limit is global: tighten it, never loosen a limit the application set
    if (HWPFDocumentCore.getMaxRecordLength() > MAX_RECORD_LENGTH) {
      HWPFDocumentCore.setMaxRecordLength(MAX_RECORD_LENGTH);
    }
  }

  private final List<GridRow> rows = new ArrayList<>();

  private DocReader() {}

  /**
   * Reads the grid of a .doc from its OLE2 file system, which {@link WordFiles#wordDocument} found
   * to hold a Word document.
   *
   * @param fs the file system
   * @return the grid and the notes
   * @throws ReportParseException UNSUPPORTED_DOCUMENT for a Word 6/95 or encrypted document,
   *     TOO_LARGE if a record is larger than the limit, MALFORMED if it is no readable .doc
   */
  static WordSource read(POIFSFileSystem fs) throws ReportParseException {
    try {
      HWPFDocument doc = new HWPFDocument(fs);
      DocReader r = new DocReader();
      r.body(doc.getRange());
      List<Diagnostic> notes = new ArrayList<>();
      Range headers = doc.getHeaderStoryRange();
      if (headers != null) {
        notes.addAll(WordSource.furniture("header or footer", clean(headers.text())));
      }
      stories(doc.getMainTextboxRange(), "text boxes", notes);
      stories(doc.getFootnoteRange(), "footnotes", notes);
      stories(doc.getEndnoteRange(), "endnotes", notes);
      stories(doc.getCommentsRange(), "comments", notes);
      return new WordSource(new Grid(r.rows), notes);
    } catch (OldFileFormatException e) {
      throw new ReportParseException(
          ErrorType.UNSUPPORTED_DOCUMENT,
          0,
          0,
          "",
          "a Word 6.0/95 (or older) document is not read: save it as .docx or as a Word 97–2003 .doc",
          e);
    } catch (EncryptedDocumentException e) {
      throw new ReportParseException(
          ErrorType.UNSUPPORTED_DOCUMENT,
          0,
          0,
          "",
          "an encrypted (password-protected) Word document is not read",
          e);
    } catch (RecordFormatException e) {
      if (String.valueOf(e.getMessage()).contains("maximum length")) {
        throw new ReportParseException(
            ErrorType.TOO_LARGE,
            0,
            0,
            "",
            "a record of the document is larger than the reader's limit of "
                + HWPFDocumentCore.getMaxRecordLength()
                + " bytes",
            e);
      }
      throw malformed("not a readable .doc: " + e, e);
    } catch (IOException e) {
      throw malformed("not a readable .doc: " + e, e);
    } catch (RuntimeException e) {
      // a damaged .doc fails in HWPF with any runtime exception (index out of bounds, …)
      throw malformed("not a readable .doc: " + e, e);
    }
  }

  /** A note on the text of a story that is not read (text boxes, notes, comments). */
  private static void stories(Range range, String what, List<Diagnostic> notes) {
    if (range == null) {
      return;
    }
    notes.addAll(
        WordSource.note(
            Diagnostic.Reason.OUTSIDE_REPORT,
            clean(range.text()),
            "the document's "
                + what
                + " hold text that the doc reader does not read (a .doc keeps them apart from"
                + " the main text): left out"));
  }

  static ReportParseException malformed(String what, Throwable cause) {
    return new ReportParseException(ErrorType.MALFORMED, 0, 0, "", what, cause);
  }

  private void body(Range range) {
    int n = range.numParagraphs();
    for (int i = 0; i < n; ) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table t = null;
        try {
          t = range.getTable(p);
        } catch (IllegalArgumentException e) {
          // a table paragraph HWPF finds no table start for: read as a paragraph
        }
        if (t != null && t.numParagraphs() > 0) {
          table(t);
          i += t.numParagraphs();
          continue;
        }
      }
      rows.add(GridRow.paragraph(clean(p.text()), rows.size() + 1));
      i++;
    }
  }

  private void table(Table table) {
    // the column edges of every row, in twips
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        edge(edges, cell.getLeftEdge());
        edge(edges, cell.getLeftEdge() + Math.max(0, cell.getWidth()));
      }
    }
    List<Integer> columns = new ArrayList<>(edges);
    TableRows t = new TableRows(rows.size() + 1);
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      t.row();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int from = column(columns, cell.getLeftEdge());
        int to = column(columns, cell.getLeftEdge() + Math.max(0, cell.getWidth()));
        int span = Math.max(1, to - from);
        String text = text(cell);
        if (cell.isMerged() && !cell.isFirstMerged() && text.isBlank() && t.widenLast(span)) {
          continue;
        }
        TableRows.Merge merge =
            cell.isFirstVerticallyMerged()
                ? TableRows.Merge.RESTART
                : cell.isVerticallyMerged() ? TableRows.Merge.CONTINUE : TableRows.Merge.NONE;
        t.cell(text, from, span, merge);
      }
    }
    rows.addAll(t.rows());
  }

  private static void edge(TreeSet<Integer> edges, int x) {
    Integer below = edges.floor(x);
    Integer above = edges.ceiling(x);
    if ((below != null && x - below <= EDGE_TOLERANCE)
        || (above != null && above - x <= EDGE_TOLERANCE)) {
      return;
    }
    edges.add(x);
  }

  /** The index of the edge nearest {@code x}. */
  private static int column(List<Integer> edges, int x) {
    int best = 0;
    for (int i = 1; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * A cell's paragraphs joined with line breaks; a nested table's paragraphs are lines, its row-end
   * marks (empty paragraphs of their own in a .doc) left out.
   */
  private static String text(TableCell cell) {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (int i = 0; i < cell.numParagraphs(); i++) {
      Paragraph p = cell.getParagraph(i);
      String t = clean(p.text());
      if (p.getTableLevel() > 1 && p.isTableRowEnd() && t.isEmpty()) {
        continue;
      }
      if (!first) {
        b.append('\n');
      }
      first = false;
      b.append(t);
    }
    return b.toString();
  }

  /**
   * The text of a paragraph as a reader sees it: fields as their results, a manual line break
   * ({@code \u000b}) as a line break, a non-breaking hyphen as a hyphen; the paragraph and cell
   * marks and the other control characters of the binary format (page breaks, anchors of pictures
   * and notes) left out.
   */
  static String clean(String text) {
    StringBuilder b = new StringBuilder(text.length());
    // fields nest: \u0013 code \u0014 result \u0015; a character is shown when no field around
    // it is in its code (a field without a separator is all code)
    java.util.ArrayDeque<Boolean> inCode = new java.util.ArrayDeque<>();
    int codes = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\u0013') {
        inCode.push(true);
        codes++;
        continue;
      }
      if (ch == '\u0014' && !inCode.isEmpty()) {
        if (inCode.pop()) {
          codes--;
        }
        inCode.push(false);
        continue;
      }
      if (ch == '\u0015' && !inCode.isEmpty()) {
        if (inCode.pop()) {
          codes--;
        }
        continue;
      }
      if (codes > 0) {
        continue;
      }
      switch (ch) {
        case '\u000b' -> b.append('\n');
        case '\t' -> b.append('\t');
        case '\u001e' -> b.append('-');
        default -> {
          if (ch >= 0x20) {
            b.append(ch);
          }
        }
      }
    }
    // a paragraph's text ends with its mark (\r), or a cell's with \u0007: dropped above
    return b.toString();
  }
}

package io.github.nianbao.serialization.word;

import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridCell;
import io.github.nianbao.serialization.grid.GridRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds the {@link Grid} of a .docx: the body's paragraphs and tables in document order.
 *
 * <p>A paragraph (or content control) is a row of one cell. A table row is a row of its cells: a
 * cell's {@code gridSpan} is its column span; a cell that starts a vertical merge ({@code
 * vMerge="restart"}) spans the rows its continuation cells ({@code vMerge} without a value) take
 * up, and the continuation cells are left out, as {@link Grid} wants. A cell's text is its
 * paragraphs' text joined with line breaks; a table nested in a cell is flattened into the cell's
 * text, its cells separated by tabs and its rows by line breaks. Line {@code n} of a diagnostic is
 * the {@code n}-th row of the grid: the {@code n}-th paragraph or table row of the body.
 *
 * <p>A text box's paragraphs and tables ({@code w:txbxContent}) are rows after the paragraph that
 * anchors it, or lines of the cell whose paragraph anchors it; a box Word writes twice, as a shape
 * in {@code mc:Choice} and as VML in {@code mc:Fallback}, is read from the choice. Headers and
 * footers are not read: each that holds text gives a PAGE_FURNITURE note.
 */
final class DocxReader {
  /** The largest uncompressed part POI inflates (256 MiB; a report's document.xml is far less). */
  static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

  /** The smallest ratio of compressed to uncompressed size POI accepts (zip bombs are below). */
  static final double MIN_INFLATE_RATIO = 0.01;

  private static final Pattern VBA =
      Pattern.compile("/word/vbaProject\\.bin", Pattern.CASE_INSENSITIVE);

  static {
    // POI's limits are global: tighten them, never loosen a limit the application set
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
  }

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private final List<GridRow> rows = new ArrayList<>();

  /** Whether the body has a text box at all: if not, no paragraph is searched for one. */
  private final boolean anyBox;

  private DocxReader(boolean anyBox) {
    this.anyBox = anyBox;
  }

  /**
   * Reads the grid of a .docx.
   *
   * @param bytes the file
   * @return the grid
   * @throws ReportParseException UNSUPPORTED_DOCUMENT if it is macro-enabled, TOO_LARGE if a part
   *     is too large or inflates too much, MALFORMED if it is no readable .docx
   */
  static WordSource read(byte[] bytes) throws ReportParseException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      if (!pkg.getPartsByName(VBA).isEmpty() || macroEnabled(pkg)) {
        throw new ReportParseException(
            ErrorType.UNSUPPORTED_DOCUMENT,
            0,
            0,
            "",
            "a macro-enabled Word document (.docm, with a VBA project) is not read");
      }
      try (XWPFDocument doc = new XWPFDocument(pkg)) {
        DocxReader r = new DocxReader(hasTextBox(doc.getDocument()));
        r.body(doc.getBodyElements());
        List<Diagnostic> notes = new ArrayList<>();
        for (XWPFHeader h : doc.getHeaderList()) {
          notes.addAll(WordSource.furniture("header", h.getText()));
        }
        for (XWPFFooter f : doc.getFooterList()) {
          notes.addAll(WordSource.furniture("footer", f.getText()));
        }
        return new WordSource(new Grid(r.rows), notes);
      }
    } catch (ReportParseException e) {
      throw e;
    } catch (NotOfficeXmlFileException e) {
      throw malformed("not an Office Open XML document: " + e.getMessage(), e);
    } catch (EncryptedDocumentException e) {
      throw new ReportParseException(
          ErrorType.UNSUPPORTED_DOCUMENT, 0, 0, "", "an encrypted Word document is not read", e);
    } catch (IOException
        | POIXMLException
        | OpenXML4JException
        | OpenXML4JRuntimeException
        | IllegalArgumentException
        | IllegalStateException
        | UnsupportedOperationException e) {
      if (String.valueOf(e.getMessage()).contains("Zip bomb")
          || String.valueOf(e.getMessage()).contains("exceeds the max")) {
        throw new ReportParseException(
            ErrorType.TOO_LARGE,
            0,
            0,
            "",
            "a part of the document inflates beyond the reader's limits (at most "
                + MAX_ENTRY_SIZE
                + " bytes a part, at least "
                + MIN_INFLATE_RATIO
                + " of compressed to uncompressed size)",
            e);
      }
      throw malformed("not a readable .docx: " + e, e);
    } catch (RuntimeException e) {
      // a safety net, as the text format's: POI is meant never to get here on a damaged file
      throw malformed("the reader failed on this document: " + e, e);
    }
  }

  private static boolean macroEnabled(OPCPackage pkg) throws InvalidFormatException {
    for (PackagePart p : pkg.getParts()) {
      if (p.getContentType().toLowerCase(java.util.Locale.ROOT).contains("macroenabled")) {
        return true;
      }
    }
    return false;
  }

  private static ReportParseException malformed(String what, Throwable cause) {
    return new ReportParseException(ErrorType.MALFORMED, 0, 0, "", what, cause);
  }

  private void body(List<IBodyElement> elements) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        boolean boxed = anyBox && hasTextBox(p.getCTP());
        paragraph(p.getCTP(), ownText(p, boxed), p.getBody(), boxed);
      } else if (e instanceof XWPFTable t) {
        table(t);
      } else if (e instanceof XWPFSDT sdt) {
        rows.add(GridRow.paragraph(sdt.getContent().getText(), rows.size() + 1));
      }
    }
  }

  /**
   * A paragraph, then the paragraphs and tables of the text boxes anchored in it, in place. A text
   * box that Word writes twice, as a DrawingML shape ({@code mc:Choice}) and as VML for older
   * readers ({@code mc:Fallback}), is read once, from the choice.
   *
   * @param boxed whether the paragraph holds a text box ({@link #hasTextBox})
   */
  private void paragraph(XmlObject ctp, String text, IBody part, boolean boxed) {
    rows.add(GridRow.paragraph(text, rows.size() + 1));
    if (!boxed) {
      return;
    }
    for (XmlObject box : textBoxes(ctp)) {
      try (XmlCursor c = box.newCursor()) {
        for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
          QName name = c.getName();
          if (!W.equals(name.getNamespaceURI())) {
            continue;
          }
          try {
            if (name.getLocalPart().equals("p")) {
              CTP p =
                  c.getObject() instanceof CTP typed
                      ? typed
                      : CTP.Factory.parse(c.getObject().xmlText());
              boolean inner = hasTextBox(p);
              paragraph(p, ownText(new XWPFParagraph(p, part), inner), part, inner);
            } else if (name.getLocalPart().equals("tbl")) {
              CTTbl t =
                  c.getObject() instanceof CTTbl typed
                      ? typed
                      : CTTbl.Factory.parse(c.getObject().xmlText());
              table(new XWPFTable(t, part));
            }
          } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(
                "a text box's paragraph does not parse: " + e.getMessage(), e);
          }
        }
      }
    }
  }

  /**
   * A paragraph's own text, without its text boxes' (which POI's {@link XWPFParagraph#getText()}
   * appends to a run that holds a VML shape, in brackets): its shapes passed over by {@link
   * RunText#own}, else left out of a copy ({@link #ownTextOfCopy}).
   */
  static String ownText(XWPFParagraph p) {
    return ownText(p, hasTextBox(p.getCTP()));
  }

  /** {@link #ownText(XWPFParagraph)}, told whether the paragraph holds a text box. */
  private static String ownText(XWPFParagraph p, boolean boxed) {
    if (!boxed) {
      return RunText.of(p);
    }
    String own = RunText.own(p);
    return own != null ? own : ownTextOfCopy(p);
  }

  /** {@link #ownText} as POI gives it: of a copy of the paragraph with its shapes removed. */
  static String ownTextOfCopy(XWPFParagraph p) {
    CTP copy = (CTP) p.getCTP().copy();
    String[] shapes = {"mc:AlternateContent", "w:pict", "w:drawing", "w:object"};
    for (String shape : shapes) {
      XmlObject[] found =
          copy.selectPath(
              "declare namespace w='" + W + "' declare namespace mc='" + MC + "' .//" + shape);
      // the innermost first: each is removed while it is still in the copy
      for (int i = found.length - 1; i >= 0; i--) {
        try (XmlCursor c = found[i].newCursor()) {
          c.removeXml();
        }
      }
    }
    return RunText.of(new XWPFParagraph(copy, p.getBody()));
  }

  /**
   * The outermost text boxes ({@code w:txbxContent}) inside a paragraph, in document order: not
   * those nested in another text box (read with that box's paragraphs), nor a fallback copy of a
   * text box whose {@code mc:Choice} holds one.
   */
  static List<XmlObject> textBoxes(XmlObject paragraph) {
    List<XmlObject> boxes = new ArrayList<>();
    for (XmlObject box : paragraph.selectPath("declare namespace w='" + W + "' .//w:txbxContent")) {
      if (!nestedOrFallback(box, paragraph)) {
        boxes.add(box);
      }
    }
    return boxes;
  }

  private static boolean nestedOrFallback(XmlObject box, XmlObject paragraph) {
    try (XmlCursor c = box.newCursor();
        XmlCursor stop = paragraph.newCursor()) {
      while (c.toParent() && !c.isAtSamePositionAs(stop)) {
        QName name = c.getName();
        if (name == null) {
          continue;
        }
        if (W.equals(name.getNamespaceURI()) && name.getLocalPart().equals("txbxContent")) {
          return true;
        }
        if (MC.equals(name.getNamespaceURI()) && name.getLocalPart().equals("Fallback")) {
          // the fallback is a copy only if the choice beside it has a text box
          try (XmlCursor alternate = c.newCursor()) {
            alternate.toParent();
            return alternate
                    .getObject()
                    .selectPath(
                        "declare namespace w='"
                            + W
                            + "' declare namespace mc='"
                            + MC
                            + "' ./mc:Choice//w:txbxContent")
                    .length
                > 0;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether an element holds a text box anywhere: its descendants walked with a cursor (an XPath
   * selection costs more than the walk of a paragraph).
   */
  static boolean hasTextBox(XmlObject o) {
    try (XmlCursor c = o.newCursor()) {
      if (!c.toFirstChild()) {
        return false;
      }
      int depth = 1;
      while (true) {
        QName name = c.getName();
        if (name.getLocalPart().equals("txbxContent") && W.equals(name.getNamespaceURI())) {
          return true;
        }
        if (c.toFirstChild()) {
          depth++;
          continue;
        }
        while (!c.toNextSibling()) {
          if (--depth == 0) {
            return false;
          }
          c.toParent();
        }
      }
    }
  }

  /** The paragraphs of the text boxes anchored in a cell's paragraph, each on a line of its own. */
  private static void boxes(XmlObject ctp, IBody part, StringBuilder b) {
    for (XmlObject box : textBoxes(ctp)) {
      for (XmlObject o : box.selectPath("declare namespace w='" + W + "' ./w:p")) {
        try {
          CTP p = o instanceof CTP typed ? typed : CTP.Factory.parse(o.xmlText());
          boolean boxed = hasTextBox(p);
          b.append('\n').append(ownText(new XWPFParagraph(p, part), boxed));
          if (boxed) {
            boxes(p, part, b);
          }
        } catch (org.apache.xmlbeans.XmlException e) {
          throw new IllegalStateException(
              "a text box's paragraph does not parse: " + e.getMessage(), e);
        }
      }
    }
  }

  /** A table's rows, with the row spans of vertical merges counted. */
  private void table(XWPFTable table) {
    TableRows t = new TableRows(rows.size() + 1);
    for (XWPFTableRow row : table.getRows()) {
      t.row();
      int column = gridBefore(row);
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = 1;
        if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
          span = clamp(pr.getGridSpan().getVal());
        }
        CTVMerge merge = pr == null || !pr.isSetVMerge() ? null : pr.getVMerge();
        TableRows.Merge m =
            merge == null
                ? TableRows.Merge.NONE
                : merge.getVal() == null || merge.getVal() == STMerge.CONTINUE
                    ? TableRows.Merge.CONTINUE
                    : TableRows.Merge.RESTART;
        t.cell(text(cell), column, span, m);
        column += span;
      }
    }
    rows.addAll(t.rows());
  }

  private static int gridBefore(XWPFTableRow row) {
    var pr = row.getCtRow().getTrPr();
    if (pr == null
        || pr.sizeOfGridBeforeArray() == 0
        || pr.getGridBeforeArray(0).getVal() == null) {
      return 0;
    }
    return clamp(pr.getGridBeforeArray(0).getVal());
  }

  private static int clamp(BigInteger v) {
    return v.signum() <= 0 ? 1 : v.min(BigInteger.valueOf(GridCell.MAX_SPAN)).intValue();
  }

  /** A cell's paragraphs joined with line breaks, nested tables flattened. */
  String text(XWPFTableCell cell) {
    StringBuilder b = new StringBuilder();
    for (IBodyElement e : cell.getBodyElements()) {
      if (b.length() > 0) {
        b.append('\n');
      }
      if (e instanceof XWPFParagraph p) {
        boolean boxed = anyBox && hasTextBox(p.getCTP());
        b.append(ownText(p, boxed));
        if (boxed) {
          boxes(p.getCTP(), p.getBody(), b);
        }
      } else if (e instanceof XWPFTable t) {
        boolean firstRow = true;
        for (XWPFTableRow row : t.getRows()) {
          if (!firstRow) {
            b.append('\n');
          }
          firstRow = false;
          boolean firstCell = true;
          for (XWPFTableCell c : row.getTableCells()) {
            if (!firstCell) {
              b.append('\t');
            }
            firstCell = false;
            b.append(text(c));
          }
        }
      } else if (e instanceof XWPFSDT sdt) {
        b.append(sdt.getContent().getText());
      }
    }
    return b.toString();
  }
}

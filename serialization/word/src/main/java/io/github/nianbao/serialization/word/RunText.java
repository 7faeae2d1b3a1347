package io.github.nianbao.serialization.word;

import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A paragraph's text as POI's {@link XWPFParagraph#getText()} gives it, from one walk of the
 * paragraph's XML with a cursor instead of an XPath selection for each run (two a run in POI).
 *
 * <p>The rule, POI 5.5.1's: the runs are the paragraph's {@code w:r}, those directly in a {@code
 * w:hyperlink} or {@code w:fldSimple}, in a {@code w:smartTag} (read as a paragraph), and in a
 * track change ({@code w:ins}, {@code w:del}, {@code w:moveFrom}, {@code w:moveTo}: its own runs
 * first, then its {@code w:ins} children, each read as a paragraph); a content control ({@code
 * w:sdt}) gives the runs of its {@code w:sdtContent}; anything else ({@code w:customXml}, math, …)
 * gives nothing. A run with a {@code w:delText} child is left out (but not in a content control). A
 * run's text is its {@code w:t} and {@code w:delText} (not {@code w:instrText}), {@code w:tab} and
 * {@code w:ptab} as a tab, {@code w:br} and {@code w:cr} as a line break, {@code w:noBreakHyphen}
 * as U+2011, a note reference as {@code [footnoteRef:id]} or {@code [endnoteRef:id]}, a ruby's base
 * text; then, if its rubies have phonetic text, that in {@code " (…)"}. The notes' own text ({@link
 * XWPFParagraph#getFootnoteText()}, which POI builds with the paragraph) comes last.
 *
 * <p>{@link #own} gives a paragraph's own text as the reader wants it where the document has text
 * boxes: a picture's or drawing's text passed over (not left to POI), as if the paragraph's shapes
 * were removed.
 *
 * <p>Where a paragraph holds something rarer, POI's {@code getText()} is the answer: a run in
 * capitals or small capitals (upper-cased in the user's locale), a picture or drawing (whose text
 * POI appends), a form field's check box, a content control nested in a content control, a
 * hyperlink or simple field inside a track change, and any ruby that is not plain runs.
 */
final class RunText {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final StringBuilder out = new StringBuilder(64);

  /**
   * Whether shapes ({@code w:pict}, {@code w:drawing}) are passed over, as the paragraph's own text
   * wants them ({@link DocxReader#ownText}), rather than left to POI, which prints their text.
   */
  private final boolean own;

  /** The phonetic text of the current run's rubies, or null if it has none so far. */
  private StringBuilder phonetic;

  private boolean inRt;
  private boolean inBase;

  private RunText(boolean own) {
    this.own = own;
  }

  /**
   * The paragraph's text.
   *
   * @param p a paragraph
   * @return exactly what {@code p.getText()} returns
   */
  static String of(XWPFParagraph p) {
    String text = walked(p);
    return text != null ? text : p.getText();
  }

  /**
   * The paragraph's text from the walk alone.
   *
   * @param p a paragraph
   * @return what {@code p.getText()} returns, or null where the paragraph is POI's to read
   */
  static String walked(XWPFParagraph p) {
    return walked(p, false);
  }

  /**
   * The paragraph's own text, without the text of the shapes in it ({@code w:pict}, {@code
   * w:drawing}, {@code w:object}, {@code mc:AlternateContent}): what POI's {@code getText()} gives
   * of the paragraph with its shapes removed, as {@link DocxReader#ownTextOfCopy} removes them.
   *
   * @param p a paragraph
   * @return the text, or null where the paragraph is POI's to read
   */
  static String own(XWPFParagraph p) {
    return walked(p, true);
  }

  private static String walked(XWPFParagraph p, boolean own) {
    RunText t = new RunText(own);
    try (XmlCursor c = p.getCTP().newCursor()) {
      if (!t.content(c, true)) {
        return null;
      }
    }
    return t.out.append(p.getFootnoteText()).toString();
  }

  /**
   * The runs of the element at the cursor, in order, with the cursor back on it after; false if the
   * paragraph is POI's to read.
   *
   * @param full whether hyperlinks and simple fields belong to the element's content (a paragraph,
   *     a smart tag), not only runs and track changes (a track change)
   */
  private boolean content(XmlCursor c, boolean full) {
    if (!c.toFirstChild()) {
      return true;
    }
    do {
      QName name = c.getName();
      if (!W.equals(name.getNamespaceURI())) {
        continue;
      }
      boolean ok =
          switch (name.getLocalPart()) {
            case "r" -> run(c, true);
            case "hyperlink", "fldSimple" -> full && runs(c, true);
            case "ins", "del", "moveFrom", "moveTo" -> trackChange(c);
            case "smartTag" -> content(c, true);
            case "sdt" -> contentControl(c);
            default -> true;
          };
      if (!ok) {
        return false;
      }
    } while (c.toNextSibling());
    c.toParent();
    return true;
  }

  /** The {@code w:r} children of the element at the cursor. */
  private boolean runs(XmlCursor c, boolean skipDeleted) {
    if (c.toFirstChild()) {
      do {
        if (is(c, "r") && !run(c, skipDeleted)) {
          return false;
        }
      } while (c.toNextSibling());
      c.toParent();
    }
    return true;
  }

  /** A track change: its own runs first, then each {@code w:ins} in it as a paragraph. */
  private boolean trackChange(XmlCursor c) {
    if (!runs(c, true)) {
      return false;
    }
    if (c.toFirstChild()) {
      do {
        if (is(c, "ins") && !content(c, false)) {
          return false;
        }
      } while (c.toNextSibling());
      c.toParent();
    }
    return true;
  }

  /** A content control: the runs of its first {@code w:sdtContent}, deleted ones too. */
  private boolean contentControl(XmlCursor c) {
    if (!c.toFirstChild()) {
      return true;
    }
    do {
      if (is(c, "sdtContent")) {
        if (c.toFirstChild()) {
          do {
            if (is(c, "sdt") || is(c, "r") && !run(c, false)) {
              return false;
            }
          } while (c.toNextSibling());
          c.toParent();
        }
        break;
      }
    } while (c.toNextSibling());
    c.toParent();
    return true;
  }

  /** A run: its text, then its rubies' phonetic text in brackets. */
  private boolean run(XmlCursor c, boolean skipDeleted) {
    int start = out.length();
    phonetic = null;
    if (c.toFirstChild()) {
      do {
        QName name = c.getName();
        if (!W.equals(name.getNamespaceURI())) {
          continue;
        }
        String local = name.getLocalPart();
        if (local.equals("delText") && skipDeleted) {
          out.setLength(start);
          c.toParent();
          return true;
        }
        boolean ok =
            switch (local) {
              case "rPr" ->
                  // capitals or small capitals, set or not: POI's to tell (in the user's locale)
                  c.getObject() instanceof CTRPr pr
                      && pr.sizeOfCapsArray() == 0
                      && pr.sizeOfSmallCapsArray() == 0;
              case "ruby" -> ruby(c);
              case "pict", "drawing" -> own;
              default -> inner(c, local, out);
            };
        if (!ok) {
          return false;
        }
      } while (c.toNextSibling());
      c.toParent();
    }
    if (phonetic != null && phonetic.length() > 0) {
      out.append(" (").append(phonetic).append(')');
    }
    return true;
  }

  /**
   * The text of one element in a run, appended; false for what POI reads another way (a picture's
   * text, a form field's data).
   */
  private static boolean inner(XmlCursor c, String local, StringBuilder b) {
    switch (local) {
      case "t", "delText" -> b.append(c.getTextValue());
      case "tab", "ptab" -> b.append('\t');
      case "br", "cr" -> b.append('\n');
      case "noBreakHyphen" -> b.append('\u2011');
      case "footnoteReference", "endnoteReference" -> {
        XmlObject o = c.getObject();
        if (!(o instanceof CTFtnEdnRef ref)) {
          return false;
        }
        int id = ref.getId() == null ? -1 : ref.getId().intValue();
        b.append(local.equals("footnoteReference") ? "[footnoteRef:" : "[endnoteRef:")
            .append(id)
            .append(']');
      }
      case "fldChar" -> {
        // a field's begin may hold form field data: a check box is printed, so POI reads it
        if (c.toFirstChild()) {
          c.toParent();
          return false;
        }
      }
      case "pict", "drawing" -> {
        return false;
      }
      default -> {
        // no text: instrText, softHyphen, sym, lastRenderedPageBreak, object, …
      }
    }
    return true;
  }

  /**
   * A ruby, as POI walks it: every element in it in document order, {@code w:rt} starting the
   * phonetic text and {@code w:rubyBase} the base text (which the phonetic text does not end), the
   * text of the elements in runs going to the part or parts begun.
   */
  private boolean ruby(XmlCursor c) {
    inRt = false;
    inBase = false;
    if (phonetic == null) {
      phonetic = new StringBuilder();
    }
    return descendants(c, "ruby");
  }

  private boolean descendants(XmlCursor c, String parent) {
    if (!c.toFirstChild()) {
      return true;
    }
    do {
      QName name = c.getName();
      if (!W.equals(name.getNamespaceURI())) {
        return false;
      }
      String local = name.getLocalPart();
      if (local.equals("rt") || local.equals("rubyBase")) {
        if (!parent.equals("ruby")) {
          return false;
        }
        inBase |= local.equals("rubyBase");
        inRt = local.equals("rt");
      } else if (parent.equals("r")) {
        if (local.equals("ruby")) {
          return false;
        }
        if (inBase && !inner(c, local, out) || inRt && !inner(c, local, phonetic)) {
          return false;
        }
      }
      if (!descendants(c, local)) {
        return false;
      }
    } while (c.toNextSibling());
    c.toParent();
    return true;
  }

  private static boolean is(XmlCursor c, String local) {
    QName name = c.getName();
    return local.equals(name.getLocalPart()) && W.equals(name.getNamespaceURI());
  }
}

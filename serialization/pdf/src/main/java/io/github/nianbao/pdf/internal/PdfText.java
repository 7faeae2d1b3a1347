package io.github.nianbao.pdf.internal;

import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The positioned text of a PDF: every glyph with its Unicode text, its baseline and its box, page
 * by page, as PDFBox's content stream engine shows it, within limits of size, pages, glyphs, memory
 * and time. What PDFBox cannot open, or a text layer that cannot be read, is a typed {@link
 * ReportParseException}.
 */
public final class PdfText {
  private PdfText() {}

  /** The most pages read: a report runs to a few dozen. */
  public static final int MAX_PAGES = 500;

  /**
   * The most glyphs read, over all pages: 1 Mi (a report of 6 pages has about 20,000; each glyph
   * kept takes about 100 bytes).
   */
  public static final int MAX_GLYPHS = 1024 * 1024;

  /** The most memory PDFBox may use for the file's decoded streams: 256 MiB. */
  public static final long MAX_STREAM_MEMORY = 256L * 1024 * 1024;

  /**
   * The most bytes the pages' content streams may decode to, over the document: 64 MiB (a report's
   * are a few MiB at most). Checked before the text is read, so that a stream that inflates to
   * gigabytes of nothing (a PDF bomb) is refused quickly.
   */
  public static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

  /** The longest a file is read: 60 seconds (a report of 6 pages takes well under one). */
  public static final long MAX_NANOS = 60L * 1_000_000_000L;

  /**
   * One glyph.
   *
   * @param text its Unicode text (one character, or a ligature's few)
   * @param x its left edge, in points from the page's left, in reading direction
   * @param y its baseline, in points from the page's top
   * @param width its advance
   * @param size its font size in points (its height where the size is not known)
   */
  public record Glyph(String text, float x, float y, float width, float size) {
    /** The right edge. */
    public float right() {
      return x + width;
    }
  }

  /**
   * One page's glyphs, in the order the content stream shows them.
   *
   * @param number the 1-based page number
   * @param width the page's width in points, in reading direction
   * @param height the page's height in points
   * @param glyphs the glyphs, white space included
   */
  public record Page(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {

    /** A page without ruling lines. */
    public Page(int number, float width, float height, List<Glyph> glyphs) {
      this(number, width, height, glyphs, List.of());
    }
  }

  /**
   * A ruling line: a stroked segment, or a filled rectangle at most {@link #THIN} points thick, in
   * the glyphs' coordinates (from the page's top left); horizontal or vertical only.
   *
   * @param horizontal whether it runs across the page
   * @param at its y (horizontal) or x (vertical)
   * @param from where it starts, along its length
   * @param to where it ends, along its length
   */
  public record Rule(boolean horizontal, float at, float from, float to) {}

  /** The thickest filled rectangle read as a ruling line, in points. */
  static final float THIN = 2.5f;

  /** The shortest ruling line, in points. */
  static final float SHORTEST = 3f;

  /** The most ruling lines kept for one page (a table of a report has a few hundred). */
  static final int MAX_RULES = 20_000;

  /**
   * Opens a PDF and reads its positioned text.
   *
   * @param bytes the file
   * @return the pages
   * @throws ReportParseException if the file is truncated or no PDF ({@code MALFORMED}), encrypted
   *     with a password ({@code UNSUPPORTED_DOCUMENT}), over the limits ({@code TOO_LARGE}), has
   *     only images (a scan, {@code UNSUPPORTED_DOCUMENT}), or has text whose characters cannot be
   *     told ({@code UNSUPPORTED_DOCUMENT}, with the page and font)
   */
  public static List<Page> read(byte[] bytes) throws ReportParseException {
    checkTrailer(bytes);
    long deadline = System.nanoTime() + MAX_NANOS;
    try (PDDocument doc =
        Loader.loadPDF(
            bytes,
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_MEMORY).streamCache)) {
      int pages = doc.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new ReportParseException(
            ErrorType.TOO_LARGE,
            0,
            0,
            "",
            "the PDF has " + pages + " pages, more than " + MAX_PAGES);
      }
      if (pages == 0) {
        throw new ReportParseException(ErrorType.EMPTY, 0, 0, "", "the PDF has no page");
      }
      checkContentSize(doc);
      Collector c = new Collector(deadline);
      c.getText(doc);
      if (c.failure != null) {
        throw c.failure;
      }
      boolean anyText = false;
      for (Page p : c.pages) {
        for (Glyph g : p.glyphs()) {
          if (!g.text().isBlank()) {
            anyText = true;
            break;
          }
        }
      }
      if (!anyText) {
        int images = imagePages(doc);
        if (images > 0) {
          throw new ReportParseException(
              ErrorType.UNSUPPORTED_DOCUMENT,
              0,
              0,
              "page 1",
              "the PDF has only images ("
                  + images
                  + " of its "
                  + pages
                  + " pages are images,"
                  + " none has text): a scan, whose text would need optical character"
                  + " recognition, which this reader does not do");
        }
        throw new ReportParseException(
            ErrorType.EMPTY, 0, 0, "", "the PDF's " + pages + " pages have no text and no image");
      }
      return c.pages;
    } catch (InvalidPasswordException e) {
      throw new ReportParseException(
          ErrorType.UNSUPPORTED_DOCUMENT,
          0,
          0,
          "",
          "the PDF is encrypted with a password: an encrypted PDF is not read",
          e);
    } catch (ReportParseException e) {
      throw e;
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("Maximum allowed") || m.contains("exceeded")) {
        throw new ReportParseException(
            ErrorType.TOO_LARGE,
            0,
            0,
            "",
            "the PDF's streams decode to more than " + MAX_STREAM_MEMORY + " bytes (a PDF bomb?)",
            e);
      }
      throw new ReportParseException(
          ErrorType.MALFORMED, 0, 0, "", "the PDF cannot be read: " + m, e);
    } catch (OutOfMemoryError e) {
      throw new ReportParseException(
          ErrorType.TOO_LARGE, 0, 0, "", "the PDF needs more memory than is free to read it", e);
    } catch (RuntimeException e) {
      throw new ReportParseException(ErrorType.MALFORMED, 0, 0, "", "the PDF is damaged: " + e, e);
    }
  }

  /** A PDF ends with {@code %%EOF} (white space or a little junk after it aside). */
  private static void checkTrailer(byte[] bytes) throws ReportParseException {
    if (bytes.length < 8
        || !(bytes[0] == '%'
            && bytes[1] == 'P'
            && bytes[2] == 'D'
            && bytes[3] == 'F'
            && bytes[4] == '-')) {
      // some files have junk before the header: look in the first KiB as PDFBox does
      if (indexOf(bytes, "%PDF-", 0, Math.min(bytes.length, 1024)) < 0) {
        throw new ReportParseException(
            ErrorType.MALFORMED, 0, 0, "", "not a PDF: no %PDF- header in its first 1024 bytes");
      }
    }
    int from = Math.max(0, bytes.length - 2048);
    if (indexOf(bytes, "%%EOF", from, bytes.length) < 0) {
      throw new ReportParseException(
          ErrorType.MALFORMED,
          0,
          0,
          "byte " + bytes.length,
          "the PDF is truncated: it does not end with %%EOF (" + bytes.length + " bytes read)");
    }
  }

  private static int indexOf(byte[] bytes, String what, int from, int to) {
    byte[] w = what.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i + w.length <= to; i++) {
      for (int k = 0; k < w.length; k++) {
        if (bytes[i + k] != w[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Decodes the pages' content streams and their forms' (one level down), counting bytes, and
   * refuses the document when they decode to more than {@link #MAX_CONTENT_BYTES}.
   */
  private static void checkContentSize(PDDocument doc) throws IOException, ReportParseException {
    long total = 0;
    byte[] buf = new byte[1 << 16];
    int pageNo = 0;
    java.util.Set<org.apache.pdfbox.cos.COSBase> seen = new java.util.HashSet<>();
    for (PDPage page : doc.getPages()) {
      pageNo++;
      List<java.io.InputStream> streams = new ArrayList<>();
      streams.add(page.getContents());
      PDResources res = page.getResources();
      if (res != null) {
        for (COSName name : res.getXObjectNames()) {
          org.apache.pdfbox.cos.COSBase x =
              res.getCOSObject().getCOSDictionary(COSName.XOBJECT).getDictionaryObject(name);
          if (x instanceof org.apache.pdfbox.cos.COSStream cs
              && seen.add(cs)
              && COSName.FORM.equals(cs.getCOSName(COSName.SUBTYPE))) {
            streams.add(cs.createInputStream());
          }
        }
      }
      for (java.io.InputStream in : streams) {
        try (in) {
          for (int n; (n = in.read(buf)) != -1; ) {
            total += n;
            if (total > MAX_CONTENT_BYTES) {
              throw new ReportParseException(
                  ErrorType.TOO_LARGE,
                  0,
                  0,
                  "page " + pageNo,
                  "the PDF's content streams decode to more than "
                      + MAX_CONTENT_BYTES
                      + " bytes by page "
                      + pageNo
                      + " (a PDF bomb?)");
            }
          }
        }
      }
    }
  }

  /** How many pages draw an image (directly or in a form). */
  private static int imagePages(PDDocument doc) {
    int n = 0;
    for (PDPage p : doc.getPages()) {
      if (hasImage(p.getResources(), 0)) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasImage(PDResources res, int depth) {
    if (res == null || depth > 4) {
      return false;
    }
    for (COSName name : res.getXObjectNames()) {
      try {
        PDXObject x = res.getXObject(name);
        if (x instanceof PDImageXObject) {
          return true;
        }
        if (x instanceof PDFormXObject f && hasImage(f.getResources(), depth + 1)) {
          return true;
        }
      } catch (IOException e) {
        // an unreadable object draws nothing
      }
    }
    return false;
  }

  /** Collects each page's glyphs; PDFTextStripper's own sorting and writing are skipped. */
  private static final class Collector extends PDFTextStripper {
    private final long deadline;
    final List<Page> pages = new ArrayList<>();
    private List<Glyph> current;
    private int total;
    private int unmapped;
    private String unmappedFont;
    ReportParseException failure;

    Collector(long deadline) {
      this.deadline = deadline;
      setSortByPosition(false);
      setSuppressDuplicateOverlappingText(false);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      if (failure != null) {
        return;
      }
      current = new ArrayList<>();
      unmapped = 0;
      turnedGlyphs = 0;
      unmappedFont = null;
      super.processPage(page);
      if (failure != null) {
        return;
      }
      if (unmapped > 0) {
        failure =
            new ReportParseException(
                ErrorType.UNSUPPORTED_DOCUMENT,
                0,
                0,
                "page " + getCurrentPageNo(),
                "page "
                    + getCurrentPageNo()
                    + ": "
                    + unmapped
                    + " characters of the font "
                    + unmappedFont
                    + " cannot be mapped to Unicode (the font has no ToUnicode map"
                    + " and no encoding that tells them), so its text, numbers included, cannot be"
                    + " read");
        return;
      }
      PDRectangle box = page.getCropBox();
      // the glyphs' coordinates are those of their text's direction: where the text runs across
      // the page's user space (whatever its /Rotate), they are the user space's, and the rules
      // drawn there apply; text turned in user space is read by the gaps between glyphs alone
      boolean turned = 2 * turnedGlyphs > current.size();
      float w = turned ? box.getHeight() : box.getWidth();
      float h = turned ? box.getWidth() : box.getHeight();
      List<Rule> kept = new ArrayList<>(rules.size());
      if (!turned) {
        // rules in the glyphs' coordinates: from the crop box's top left
        for (Rule r : rules) {
          kept.add(
              r.horizontal()
                  ? new Rule(
                      true,
                      box.getUpperRightY() - r.at(),
                      r.from() - box.getLowerLeftX(),
                      r.to() - box.getLowerLeftX())
                  : new Rule(
                      false,
                      r.at() - box.getLowerLeftX(),
                      box.getUpperRightY() - r.to(),
                      box.getUpperRightY() - r.from()));
        }
      }
      pages.add(new Page(getCurrentPageNo(), w, h, current, kept));
      rules.clear();
      turnedGlyphs = 0;
    }

    // ---- ruling lines: the path operators, read beside the text in the same pass

    private final List<Rule> rules = new ArrayList<>();
    private int turnedGlyphs;
    private long operators;
    private final List<float[]> path = new ArrayList<>(); // segments x0,y0,x1,y1 in device space
    private final List<float[]> rects = new ArrayList<>(); // rectangles x0,y0,x1,y1
    private float[] start;
    private float[] point;

    /** The refusal of a PDF whose reading takes longer than {@link #MAX_NANOS}, at this page. */
    private ReportParseException tooSlow() {
      return new ReportParseException(
          ErrorType.TOO_LARGE,
          0,
          0,
          "page " + getCurrentPageNo(),
          "reading the PDF took longer than "
              + MAX_NANOS / 1_000_000_000L
              + " seconds, at page "
              + getCurrentPageNo());
    }

    @Override
    protected void processOperator(
        org.apache.pdfbox.contentstream.operator.Operator op,
        List<org.apache.pdfbox.cos.COSBase> operands)
        throws IOException {
      String name = op.getName();
      if ((++operators & 4095) == 0 && System.nanoTime() > deadline && failure == null) {
        failure = tooSlow();
      }
      if (failure != null) {
        return;
      }
      if (path.size() + rects.size() > MAX_RULES) {
        clearPath(); // a path of more pieces than a page has ruling lines draws no table
      }
      try {
        switch (name) {
          case "re" -> {
            float[] a = floats(operands, 4);
            if (a != null) {
              float[] p0 = device(a[0], a[1]);
              float[] p1 = device(a[0] + a[2], a[1] + a[3]);
              rects.add(
                  new float[] {
                    Math.min(p0[0], p1[0]),
                    Math.min(p0[1], p1[1]),
                    Math.max(p0[0], p1[0]),
                    Math.max(p0[1], p1[1])
                  });
              start = p0;
              point = p0;
            }
          }
          case "m" -> {
            float[] a = floats(operands, 2);
            if (a != null) {
              start = device(a[0], a[1]);
              point = start;
            }
          }
          case "l" -> {
            float[] a = floats(operands, 2);
            if (a != null && point != null) {
              float[] p = device(a[0], a[1]);
              path.add(new float[] {point[0], point[1], p[0], p[1]});
              point = p;
            }
          }
          case "c", "v", "y" -> {
            // a curve draws no rule; its end is the current point
            float[] a = floats(operands, operands.size());
            if (a != null && a.length >= 2) {
              point = device(a[a.length - 2], a[a.length - 1]);
            }
          }
          case "h" -> {
            if (point != null && start != null) {
              path.add(new float[] {point[0], point[1], start[0], start[1]});
              point = start;
            }
          }
          case "S", "s" -> paint(true);
          case "f", "F", "f*" -> paint(false);
          case "B", "B*", "b", "b*" -> paint(true);
          case "n" -> clearPath();
          default -> {
            // not a path operator
          }
        }
      } catch (RuntimeException e) {
        clearPath(); // a malformed path draws no rule
      }
      super.processOperator(op, operands);
    }

    private void paint(boolean stroke) {
      if (rules.size() < MAX_RULES) {
        for (float[] r : rects) {
          float w = r[2] - r[0];
          float h = r[3] - r[1];
          if (h <= THIN && w >= SHORTEST) {
            addRule(true, (r[1] + r[3]) / 2, r[0], r[2]);
          } else if (w <= THIN && h >= SHORTEST) {
            addRule(false, (r[0] + r[2]) / 2, r[1], r[3]);
          } else if (stroke) {
            addRule(true, r[1], r[0], r[2]);
            addRule(true, r[3], r[0], r[2]);
            addRule(false, r[0], r[1], r[3]);
            addRule(false, r[2], r[1], r[3]);
          }
        }
        if (stroke) {
          for (float[] s : path) {
            if (Math.abs(s[1] - s[3]) < 0.5f) {
              addRule(true, (s[1] + s[3]) / 2, Math.min(s[0], s[2]), Math.max(s[0], s[2]));
            } else if (Math.abs(s[0] - s[2]) < 0.5f) {
              addRule(false, (s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3]));
            }
          }
        } else {
          // a filled path of a thin shape (a border drawn as a polygon): its bounding box
          if (!path.isEmpty()) {
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (float[] s : path) {
              x0 = Math.min(x0, Math.min(s[0], s[2]));
              x1 = Math.max(x1, Math.max(s[0], s[2]));
              y0 = Math.min(y0, Math.min(s[1], s[3]));
              y1 = Math.max(y1, Math.max(s[1], s[3]));
            }
            if (y1 - y0 <= THIN && x1 - x0 >= SHORTEST) {
              addRule(true, (y0 + y1) / 2, x0, x1);
            } else if (x1 - x0 <= THIN && y1 - y0 >= SHORTEST) {
              addRule(false, (x0 + x1) / 2, y0, y1);
            }
          }
        }
      }
      clearPath();
    }

    private void addRule(boolean horizontal, float at, float from, float to) {
      if (to - from >= SHORTEST
          && rules.size() < MAX_RULES
          && Float.isFinite(at)
          && Float.isFinite(from)
          && Float.isFinite(to)) {
        rules.add(new Rule(horizontal, at, from, to));
      }
    }

    private void clearPath() {
      path.clear();
      rects.clear();
      start = null;
      point = null;
    }

    private float[] device(float x, float y) {
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      java.awt.geom.Point2D.Float p = ctm.transformPoint(x, y);
      return new float[] {p.x, p.y};
    }

    private static float[] floats(List<org.apache.pdfbox.cos.COSBase> operands, int n) {
      if (operands.size() < n) {
        return null;
      }
      float[] a = new float[n];
      for (int i = 0; i < n; i++) {
        if (!(operands.get(i) instanceof org.apache.pdfbox.cos.COSNumber num)) {
          return null;
        }
        a[i] = num.floatValue();
      }
      return a;
    }

    @Override
    protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement)
        throws IOException {
      if (failure != null) {
        return;
      }
      if (font.toUnicode(code) == null) {
        unmapped++;
        if (unmappedFont == null) {
          unmappedFont = font.getName();
        }
        return;
      }
      super.showGlyph(m, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      if (failure != null) {
        return;
      }
      if (++total > MAX_GLYPHS) {
        failure =
            new ReportParseException(
                ErrorType.TOO_LARGE,
                0,
                0,
                "page " + getCurrentPageNo(),
                "the PDF has more than " + MAX_GLYPHS + " characters");
        return;
      }
      if ((total & 1023) == 0 && System.nanoTime() > deadline) {
        failure = tooSlow();
        return;
      }
      String u = t.getUnicode();
      if (u == null || u.isEmpty()) {
        return;
      }
      float size = t.getFontSizeInPt();
      if (!(size > 0.5f) || size > 500) {
        size = Math.max(t.getHeightDir(), 1f);
      }
      if (t.getDir() != 0) {
        turnedGlyphs++;
      }
      current.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
    }

    @Override
    protected void writePage() {
      // the glyphs are laid out by PdfLayout, not written
    }
  }
}

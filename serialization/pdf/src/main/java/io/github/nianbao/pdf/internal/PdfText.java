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
 * by page, as PDFBox's content stream engine shows it, within limits of size, pages, glyphs,
 * memory and time. What PDFBox cannot open, or a text layer that cannot be read, is a typed
 * {@link ReportParseException}.
 */
public final class PdfText {
  private PdfText() {}

  /** The most pages read: a report runs to a few dozen. */
  public static final int MAX_PAGES = 500;

  /** The most glyphs read, over all pages (as the text format's character limit). */
  public static final int MAX_GLYPHS = 10 * 1024 * 1024;

  /** The most memory PDFBox may use for the file's decoded streams: 256 MiB. */
  public static final long MAX_STREAM_MEMORY = 256L * 1024 * 1024;

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
  public record Page(int number, float width, float height, List<Glyph> glyphs) {}

  /**
   * Opens a PDF and reads its positioned text.
   *
   * @param bytes the file
   * @return the pages
   * @throws ReportParseException if the file is truncated or no PDF ({@code MALFORMED}),
   *     encrypted with a password ({@code UNSUPPORTED_DOCUMENT}), over the limits ({@code
   *     TOO_LARGE}), has only images (a scan, {@code UNSUPPORTED_DOCUMENT}), or has text whose
   *     characters cannot be told ({@code UNSUPPORTED_DOCUMENT}, with the page and font)
   */
  public static List<Page> read(byte[] bytes) throws ReportParseException {
    checkTrailer(bytes);
    long deadline = System.nanoTime() + MAX_NANOS;
    try (PDDocument doc =
        Loader.loadPDF(
            bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_MEMORY)
                .streamCache)) {
      int pages = doc.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new ReportParseException(
            ErrorType.TOO_LARGE, 0, 0, "", "the PDF has " + pages + " pages, more than "
                + MAX_PAGES);
      }
      if (pages == 0) {
        throw new ReportParseException(ErrorType.EMPTY, 0, 0, "", "the PDF has no page");
      }
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
              "the PDF has only images (" + images + " of its " + pages + " pages are images,"
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
      throw new ReportParseException(
          ErrorType.MALFORMED, 0, 0, "", "the PDF is damaged: " + e, e);
    }
  }

  /** A PDF ends with {@code %%EOF} (white space or a little junk after it aside). */
  private static void checkTrailer(byte[] bytes) throws ReportParseException {
    if (bytes.length < 8 || !(bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D'
        && bytes[3] == 'F' && bytes[4] == '-')) {
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
                "page " + getCurrentPageNo() + ": " + unmapped + " characters of the font "
                    + unmappedFont + " cannot be mapped to Unicode (the font has no ToUnicode map"
                    + " and no encoding that tells them), so its text, numbers included, cannot be"
                    + " read");
        return;
      }
      PDRectangle box = page.getCropBox();
      int rot = page.getRotation();
      boolean turned = rot == 90 || rot == 270;
      float w = turned ? box.getHeight() : box.getWidth();
      float h = turned ? box.getWidth() : box.getHeight();
      pages.add(new Page(getCurrentPageNo(), w, h, current));
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
        failure =
            new ReportParseException(
                ErrorType.TOO_LARGE,
                0,
                0,
                "page " + getCurrentPageNo(),
                "reading the PDF took longer than " + MAX_NANOS / 1_000_000_000L
                    + " seconds, at page " + getCurrentPageNo());
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
      current.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
    }

    @Override
    protected void writePage() {
      // the glyphs are laid out by PdfLayout, not written
    }
  }
}

package io.github.nianbao.pdf.internal;

import io.github.nianbao.pdf.internal.PdfText.Glyph;
import io.github.nianbao.pdf.internal.PdfText.Page;
import io.github.nianbao.serialization.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Some PDF producers (Chrome's and Skia's print to PDF among them) map a Chinese character to the
 * Kangxi radical or compatibility ideograph of the same shape in their ToUnicode tables: the page
 * shows 一、总体情况, the text says ⼀、总体情况 (U+2F00, KANGXI RADICAL ONE). Such a character is read as the
 * unified ideograph it shows (its compatibility decomposition), and one diagnostic says how many
 * were.
 */
public final class Radicals {
  private Radicals() {}

  /** The pages with their glyphs' radicals and compatibility ideographs read as ideographs. */
  public record Unified(List<Page> pages, int count) {
    /**
     * The diagnostic that says so, if any character was read so.
     *
     * @return the diagnostic, or none
     */
    public List<Diagnostic> diagnostics() {
      return count == 0
          ? List.of()
          : List.of(
              Diagnostic.of(
                  Diagnostic.Reason.ENCODING,
                  0,
                  null,
                  count + " characters",
                  count
                      + " characters that the PDF's text maps to Kangxi radicals or compatibility"
                      + " ideographs (as Chrome's PDFs do) are read as the ideographs they show"));
    }
  }

  /**
   * Reads radicals and compatibility ideographs as the ideographs they show.
   *
   * @param pages the pages as extracted
   * @return the pages, and how many characters were read so
   */
  public static Unified unify(List<Page> pages) {
    int count = 0;
    List<Page> out = new ArrayList<>(pages.size());
    for (Page p : pages) {
      List<Glyph> glyphs = null;
      for (int i = 0; i < p.glyphs().size(); i++) {
        Glyph g = p.glyphs().get(i);
        String text = io.github.nianbao.serialization.grid.Radicals.unify(g.text());
        if (text != null) {
          if (glyphs == null) {
            glyphs = new ArrayList<>(p.glyphs());
          }
          glyphs.set(i, new Glyph(text, g.x(), g.y(), g.width(), g.size()));
          count++;
        }
      }
      out.add(glyphs == null ? p : new Page(p.number(), p.width(), p.height(), glyphs, p.rules()));
    }
    return new Unified(out, count);
  }
}

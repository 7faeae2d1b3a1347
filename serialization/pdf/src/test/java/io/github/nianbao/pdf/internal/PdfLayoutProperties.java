package io.github.nianbao.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.pdf.internal.PdfText.Glyph;
import io.github.nianbao.pdf.internal.PdfText.Page;
import io.github.nianbao.pdf.internal.PdfText.Rule;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.grid.GridReader;
import io.github.nianbao.serialization.text.TextFormat;
import io.github.nianbao.testing.AnyReports;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The layout's law on positioned text: any report, its canonical text laid out as a PDF places it
 * (each line on a baseline, a table row's label at the left and its cells in fixed columns, the
 * pages breaking tables wherever they fall), reads back with every cell, with or without the
 * tables' ruling lines. The glyphs are made here, not drawn by a font: the law is the layout's,
 * independent of fonts (which a test may not take from the system).
 */
class PdfLayoutProperties {
  private static final TextFormat TEXT = new TextFormat();
  private static final float SIZE = 10;
  private static final float PITCH = 15;
  private static final float LABEL_X = 40;
  private static final float VALUES_X = 1400;
  private static final float COLUMN = 200;
  private static final int LINES_A_PAGE = 48;

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.gridReports();
  }

  /** With ruling lines around every table row's cells: each cell is the box its lines enclose. */
  @Property(tries = 40)
  void aRuledLayoutReadsBackEveryCell(@ForAll("reports") AnnualReport report) throws Exception {
    assertCellsEqual(report, read(layout(report, true)));
  }

  /**
   * Without ruling lines: each value is placed in the column it stands under. Only where every cell
   * of a row is a number or a mark the layout tells from a label (a text such as 约3万 in a value's
   * place needs the ruling lines).
   */
  @Property(tries = 40)
  void anUnruledLayoutReadsBackEveryCell(@ForAll("reports") AnnualReport report) throws Exception {
    for (String line : TEXT.write(report).split("\n")) {
      String[] cells = line.split("\t", -1);
      for (int i = 1; i < cells.length; i++) {
        Assume.that(cells[i].isEmpty() || PdfLayout.isValue(cells[i]) || !isValueRow(cells));
      }
    }
    assertCellsEqual(report, read(layout(report, false)));
  }

  /** A row of a label and cells (not a header row: its cells are labels too). */
  private static boolean isValueRow(String[] cells) {
    for (int i = 1; i < cells.length; i++) {
      if (PdfLayout.isValue(cells[i])) {
        return true;
      }
    }
    return false;
  }

  private static AnnualReport read(List<Page> pages) throws Exception {
    return GridReader.read(PdfLayout.layout(pages).grid(), ReadOptions.none()).report();
  }

  private static void assertCellsEqual(AnnualReport expected, AnnualReport read) {
    assertEquals(expected.agency(), read.agency());
    assertEquals(expected.year(), read.year());
    assertEquals(expected.formatVersion(), read.formatVersion());
    List<String> wrong = new ArrayList<>();
    for (CellAddress a : CellAddress.all(expected.formatVersion())) {
      if (!expected.cell(a).equals(read.cell(a))) {
        wrong.add(a + ": " + read.cell(a) + ", expected " + expected.cell(a));
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The canonical text laid out on pages: glyphs, and ruling lines around the tables' rows. */
  static List<Page> layout(AnnualReport report, boolean ruled) {
    return layout(TEXT.write(report), ruled);
  }

  /**
   * A text in the canonical layout laid out on pages, as {@link #layout(AnnualReport, boolean)}.
   */
  static List<Page> layout(String text, boolean ruled) {
    String[] lines = text.split("\n", -1);
    boolean[] inTable = new boolean[lines.length];
    for (int i = 0; i < lines.length; i++) {
      inTable[i] = lines[i].indexOf('\t') >= 0;
    }
    // a line of one label between two table rows stands in the table (a group label)
    for (int i = 0; i < lines.length; i++) {
      if (!inTable[i] && !lines[i].isBlank() && tabbed(lines, i, -1) && tabbed(lines, i, 1)) {
        inTable[i] = true;
      }
    }
    int width = 1;
    for (String l : lines) {
      width = Math.max(width, l.split("\t", -1).length);
    }
    float right = VALUES_X - 10 + COLUMN * (width - 1);
    List<Page> pages = new ArrayList<>();
    List<Glyph> glyphs = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < lines.length; i++, k++) {
      if (k == LINES_A_PAGE) {
        pages.add(new Page(pages.size() + 1, right + 100, 842, glyphs, rules));
        glyphs = new ArrayList<>();
        rules = new ArrayList<>();
        k = 0;
      }
      float y = 50 + PITCH * k;
      String[] cells = lines[i].split("\t", -1);
      for (int c = 0; c < cells.length; c++) {
        draw(glyphs, cells[c], c == 0 ? LABEL_X : VALUES_X + COLUMN * (c - 1), y);
      }
      if (ruled && inTable[i]) {
        float top = y - 11;
        float bottom = y + 4;
        rules.add(new Rule(true, top, 30, right));
        rules.add(new Rule(true, bottom, 30, right));
        rules.add(new Rule(false, 30, top, bottom));
        rules.add(new Rule(false, right, top, bottom));
        if (cells.length > 1) {
          for (int c = 1; c < width; c++) {
            rules.add(new Rule(false, VALUES_X - 10 + COLUMN * (c - 1), top, bottom));
          }
        }
      }
    }
    pages.add(new Page(pages.size() + 1, right + 100, 842, glyphs, rules));
    return pages;
  }

  private static boolean tabbed(String[] lines, int i, int step) {
    for (int k = i + step; k >= 0 && k < lines.length; k += step) {
      if (!lines[k].isBlank()) {
        return lines[k].indexOf('\t') >= 0;
      }
    }
    return false;
  }

  private static void draw(List<Glyph> glyphs, String text, float x, float y) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      float w = ch < 0x2E80 ? SIZE / 2 : SIZE;
      glyphs.add(new Glyph(String.valueOf(ch), x, y, w, SIZE));
      x += w;
    }
  }
}

package io.github.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixtures of {@code src/test/resources/fixtures}, made as agencies make their PDFs ({@code
 * src/test/fixtures/make-fixtures.sh}): seed reports written as .docx by the Word writer, A4
 * portrait or landscape, printed to PDF by LibreOffice, Table 3 broken across pages. Each reads
 * back to its seed report cell for cell.
 */
class PdfFixturesTest {
  private static final TextFormat TEXT = new TextFormat();

  static AnnualReport seed(String file) throws Exception {
    return TEXT.read(io.github.nianbao.testing.Seeds.text(file)).report();
  }

  static byte[] fixture(String name) throws Exception {
    try (InputStream in = PdfFixturesTest.class.getResourceAsStream("/fixtures/" + name)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "000_da43b1e554017db7.txt, seed-000-portrait.pdf",
    "001_f78362fcf04790d2.txt, seed-001-landscape.pdf",
    "003_16e51b8a446c7100.txt, seed-003-portrait.pdf",
    "004_070df74db560079b.txt, seed-004-landscape.pdf"
  })
  void readsBackEveryCellOfItsSeedReport(String seedFile, String pdf) throws Exception {
    AnnualReport seed = seed(seedFile);
    ReadResult read = new PdfFormat().read(fixture(pdf), ReadOptions.none());
    AnnualReport r = read.report();
    assertEquals(seed.agency(), r.agency());
    assertEquals(seed.year(), r.year());
    assertEquals(seed.formatVersion(), r.formatVersion());
    List<String> wrong = new ArrayList<>();
    for (CellAddress a : CellAddress.all(seed.formatVersion())) {
      if (!seed.cell(a).equals(r.cell(a))) {
        wrong.add(a + ": " + r.cell(a) + ", expected " + seed.cell(a));
      }
    }
    assertEquals(List.of(), wrong);
    // the narratives as printed: each line's text, white space at its ends and empty lines aside
    // (a PDF keeps no leading spaces and no line of nothing but spaces)
    assertEquals(lines(seed.overview().text()), lines(r.overview().text()));
    assertEquals(lines(seed.problemsAndImprovements()), lines(r.problemsAndImprovements()));
    assertEquals(lines(seed.otherMatters()), lines(r.otherMatters()));
    // nothing of the tables lost, nothing unplaced
    assertEquals(List.of(), read.diagnostics(Diagnostic.Kind.UNPLACED));
  }

  /**
   * A web page printed by Chromium (Skia's PDF): its text maps most Chinese characters to Kangxi
   * radicals (⼀ for 一, ⼯ for 工), which are read as the ideographs they show, with one note.
   */
  @org.junit.jupiter.api.Test
  void chromiumsRadicalsAreReadAsTheIdeographsTheyShow() throws Exception {
    ReadResult read = new PdfFormat().read(fixture("seed-002-chromium.pdf"), ReadOptions.none());
    assertEquals("达州市通川区", read.report().agency());
    assertTrue(read.report().overview().text().startsWith("（一）主动公开。"));
    // every cell as the seed's, and the narratives but for 户, printed with the glyph it shares
    // with 戶 and so named 戶 by the PDF's text
    AnnualReport seed = seed("002_91d5f5a0561784d8.txt");
    for (CellAddress a : CellAddress.all(seed.formatVersion())) {
      assertEquals(seed.cell(a), read.report().cell(a), a::toString);
    }
    assertEquals(
        lines(seed.overview().text()), lines(read.report().overview().text().replace('戶', '户')));
    assertEquals(
        lines(seed.problemsAndImprovements()),
        lines(read.report().problemsAndImprovements().replace('戶', '户')));
    assertEquals(lines(seed.otherMatters()), lines(read.report().otherMatters()));
    List<Diagnostic> encoding = read.diagnostics(Diagnostic.Reason.ENCODING);
    assertEquals(1, encoding.size(), encoding::toString);
    assertTrue(encoding.get(0).message().contains("Kangxi radicals"), encoding.get(0)::message);
    for (String text :
        List.of(read.report().overview().text(), read.report().problemsAndImprovements())) {
      assertTrue(text.chars().noneMatch(c -> c >= 0x2E80 && c <= 0x2FDF), text);
    }
  }

  /** Where the seed's narratives have no leading spaces, the whole report reads back equal. */
  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "000_da43b1e554017db7.txt, seed-000-portrait.pdf",
    "001_f78362fcf04790d2.txt, seed-001-landscape.pdf"
  })
  void readsBackTheWholeReport(String seedFile, String pdf) throws Exception {
    AnnualReport seed = seed(seedFile);
    AnnualReport r = new PdfFormat().read(fixture(pdf), ReadOptions.none()).report();
    assertEquals(TEXT.write(seed), TEXT.write(r));
    assertEquals(seed, r);
  }

  /**
   * Pages turned for display ({@code /Rotate}, as a printer sets for a landscape page) read the
   * same: the glyphs and the ruling lines are taken in the text's own direction.
   */
  @ParameterizedTest(name = "/Rotate {0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {90, 180, 270})
  void pagesTurnedForDisplayReadTheSame(int rotation) throws Exception {
    AnnualReport seed = seed("000_da43b1e554017db7.txt");
    byte[] turned;
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(fixture("seed-000-portrait.pdf"))) {
      for (org.apache.pdfbox.pdmodel.PDPage p : doc.getPages()) {
        p.setRotation(rotation);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      turned = out.toByteArray();
    }
    AnnualReport r = new PdfFormat().read(turned, ReadOptions.none()).report();
    assertEquals(TEXT.write(seed), TEXT.write(r));
  }

  /** A row cut by a page break, and a merged label cut by it, are read as one, with a note. */
  @Test
  void cellsCutByAPageBreakAreJoinedWithANote() throws Exception {
    ReadResult read = new PdfFormat().read(fixture("seed-000-portrait.pdf"), ReadOptions.none());
    List<String> joined = new ArrayList<>();
    for (Diagnostic d : read.diagnostics(Diagnostic.Reason.LABEL_BROKEN)) {
      joined.add(d.text());
    }
    assertTrue(joined.contains("（三）不予公开"), joined.toString());
    assertTrue(joined.contains("1．属于国家秘密"), joined.toString());
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\n")) {
      String s = l.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}

package io.github.nianbao.serialization.word.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.word.WordFormat;
import io.github.nianbao.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link WordFuzzTest} found, each as the smallest input built in code, kept fixed. */
class WordFuzzFindingsTest {
  private static final ReportFormat TEXT = ReportFormats.byName("text").orElseThrow();
  private final WordFormat docx = new WordFormat();

  /** A seed report as {@link WordFormat} writes it, with XML put in after its first paragraph. */
  private byte[] seedWith(String xml) throws Exception {
    AnnualReport seed = TEXT.read(Seeds.text(Seeds.names().get(0))).report();
    Map<String, byte[]> entries = WordMutator.unzip(docx.toBytes(seed));
    String document = new String(entries.get(WordMutator.DOCUMENT), StandardCharsets.UTF_8);
    int firstParagraphEnd = document.indexOf("</w:p>") + "</w:p>".length();
    // after the title and the first heading: in the first section's narrative
    int at = document.indexOf("</w:p>", firstParagraphEnd) + "</w:p>".length();
    entries.put(
        WordMutator.DOCUMENT,
        (document.substring(0, at) + xml + document.substring(at))
            .getBytes(StandardCharsets.UTF_8));
    return WordMutator.zip(entries, null);
  }

  /**
   * Found by the fuzzer (run seed 1, input 1433660245104757118: a .doc whose tables were spliced
   * away, so that their rows fell into the narrative). A table row in the narrative was read as a
   * narrative line whose cells were joined by tabs; the writer wrote that line as a paragraph, and
   * the reader read the tab back as a space: {@code read(write(read(f)))} was not {@code read(f)}.
   * Now the row's cells are separated by spaces in the narrative, as a paragraph's tab is a space.
   */
  @Test
  void aTableRowInTheNarrativeReadsBackAsWritten() throws Exception {
    String row =
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    AnnualReport read = docx.read(seedWith(row), ReadOptions.none()).report();
    assertTrue(TEXT.write(read).contains("\n0 0\n"), "the row is a narrative line of its cells");
    AnnualReport back = docx.read(docx.toBytes(read), ReadOptions.none()).report();
    assertEquals(TEXT.write(read), TEXT.write(back));
    assertEquals(read, back);
  }

  /**
   * Found by the fuzzer (run seed 6707680950356672930, input 5155850115825166134: a {@code .doc}
   * corrupted so that the total cell of Table 3's row （一）予以公开 printed {@code p}). The reader kept
   * {@code p} as a mark; the {@code .docx} written of it read back with {@code p} joined to the
   * label of the row below, and the row, one cell short, blank. A short text in a row's last cell
   * is now that cell's mark whenever the next label is a row's label on its own.
   */
  @Test
  void aMarkInTheLastCellOfARowReadsBackAsWritten() throws Exception {
    AnnualReport seed = TEXT.read(Seeds.text(Seeds.names().get(0))).report();
    String text = TEXT.write(seed);
    int row = text.indexOf("\n（一）予以公开\t") + 1;
    int end = text.indexOf('\n', row);
    String marked = text.substring(0, text.lastIndexOf('\t', end) + 1) + "p" + text.substring(end);
    AnnualReport read = TEXT.read(marked).report();
    assertTrue(TEXT.write(read).contains("\tp\n（二）"), "the mark is the row's last cell");
    AnnualReport back = docx.read(docx.toBytes(read), ReadOptions.none()).report();
    assertEquals(TEXT.write(read), TEXT.write(back));
    assertEquals(read, back);
  }

  /**
   * Found by the fuzzer (run seed -8105479848688385581, input -6239946750054130016: a {@code .doc}
   * whose fee cell printed {@code 0} and a figure space, U+2007). The reader kept it as a mark; in
   * the {@code .docx} written of it the fee cell spans three columns, and the recogniser took the
   * mark for the numbering of a label to come: the cell read back blank, "an empty cell". A
   * numbering alone in a value cell is now that cell's mark, whatever the cell spans.
   */
  @Test
  void aMarkThatLooksLikeANumberingReadsBackAsWritten() throws Exception {
    AnnualReport seed = TEXT.read(Seeds.text(Seeds.names().get(0))).report();
    for (String printed : List.of("0\u2007", "5、", "3)")) {
      AnnualReport marked =
          seed.withCell(
              CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES), AmountCell.mark(printed));
      AnnualReport back = docx.read(docx.toBytes(marked), ReadOptions.none()).report();
      assertEquals(TEXT.write(marked), TEXT.write(back), printed);
      assertEquals(marked, back, printed);
    }
  }
}

package io.github.nianbao.serialization.word;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the .docx inputs of the LibreOffice fixtures (run by {@code
 * src/test/fixtures/make-fixtures.sh}, which converts them; see the README there): for each seed
 * report its canonical text ({@code NAME.txt}, the source every fixture is checked against) and the
 * .docx that {@link WordFormat} writes of it ({@code seed-N.docx}), and two variants as Word and
 * WPS write documents:
 *
 * <ul>
 *   <li>{@code wps-styled.docx} (seed 1): continuations as {@code vMerge="continue"}, each cell's
 *       and paragraph's text in runs of one to three characters with changing bold, size and East
 *       Asian font, the title in a paragraph of the style Title, every table's first row a repeated
 *       header row ({@code w:tblHeader}), a page header and a footer with a PAGE field;
 *   <li>{@code blank-cells.docx} (seed 2, with cells of Tables 2 and 3 made blank): every other
 *       blank cell holds an empty paragraph ({@code <w:p/>}, as the docx format writes it), the
 *       others a paragraph with an empty run and a second empty paragraph;
 *   <li>{@code cell-without-paragraph.docx} (seed 3, 规章's 本年制发件数 blank): that cell holds nothing at
 *       all ({@code w:tc} with no paragraph, which the schema does not allow but a reader meets).
 * </ul>
 *
 * <p>And {@code format-2019.docx}: the 2019 format's sample report (JSON) as the docx format writes
 * it.
 *
 * <p>And {@code text-box.docx} (seed 0): the overview's first paragraph moved into a text box
 * anchored in the heading 一、总体情况, as Word 2010+ writes one (a DrawingML shape, and its VML copy in
 * {@code mc:Fallback}).
 *
 * <p>And {@code nested-table.docx} (seed 4): a table of two rows of two cells (内表甲 … 内表丁) nested in
 * Table 3's first cell, after its note.
 *
 * <p>Usage: {@code MakeFixtures SEEDS_DIR OUT_DIR REPORT_2019_JSON}.
 */
public final class MakeFixtures {
  private static final ReportFormat TEXT = ReportFormats.byName("text").orElseThrow();
  private static final WordFormat DOCX = new WordFormat();

  private MakeFixtures() {}

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<AnnualReport> reports = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      AnnualReport r = TEXT.read(Files.readString(files.get(i), StandardCharsets.UTF_8)).report();
      reports.add(r);
      write(out, "seed-" + i, r, DOCX.toBytes(r));
    }
    AnnualReport styled = reports.get(1);
    write(out, "wps-styled", styled, wpsStyled(DOCX.toBytes(styled)));
    AnnualReport blanks = TEXT.read(blankSome(TEXT.write(reports.get(2)))).report();
    write(out, "blank-cells", blanks, blankCells(DOCX.toBytes(blanks)));
    AnnualReport bare = TEXT.read(blankIssuedRules(TEXT.write(reports.get(3)))).report();
    write(out, "cell-without-paragraph", bare, cellWithoutParagraph(DOCX.toBytes(bare)));
    AnnualReport v2019 =
        ReportFormats.byName("json")
            .orElseThrow()
            .read(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8))
            .report();
    write(out, "format-2019", v2019, DOCX.toBytes(v2019));
    write(out, "text-box", reports.get(0), textBox(DOCX.toBytes(reports.get(0))));
    write(out, "nested-table", reports.get(4), nestedTable(DOCX.toBytes(reports.get(4))));
  }

  private static void write(Path out, String name, AnnualReport r, byte[] docx) throws IOException {
    Files.writeString(out.resolve(name + ".txt"), TEXT.write(r), StandardCharsets.UTF_8);
    Files.write(out.resolve(name + ".docx"), docx);
    System.out.println(name + ": " + r.agency() + " " + r.year() + " " + r.formatVersion());
  }

  /** Blanks the second and fourth value of every row of Table 3 and the values of 规章 in Table 2. */
  static String blankSome(String text) {
    String[] lines = text.split("\n", -1);
    boolean t3 = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.startsWith("三、")) {
        t3 = true;
      } else if (l.startsWith("四、")) {
        t3 = false;
      }
      String[] cells = l.split("\t", -1);
      if (t3 && cells.length >= 8 && cells[cells.length - 1].matches("[0-9]+")) {
        cells[cells.length - 7] = "";
        cells[cells.length - 5] = "";
        lines[i] = String.join("\t", cells);
      } else if (cells.length == 4 && cells[0].equals("规章")) {
        cells[1] = "";
        cells[3] = "";
        lines[i] = String.join("\t", cells);
      }
    }
    return String.join("\n", lines);
  }

  static byte[] wpsStyled(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFStyles styles = doc.createStyles();
      CTStyle title = CTStyle.Factory.newInstance();
      title.setStyleId("Title");
      title.setType(STStyleType.PARAGRAPH);
      title.addNewName().setVal("Title");
      title.addNewRPr().addNewB();
      styles.addStyle(new XWPFStyle(title));
      doc.getParagraphs().get(0).setStyle("Title");
      for (XWPFParagraph p : doc.getParagraphs()) {
        splitRuns(p);
      }
      for (XWPFTable t : doc.getTables()) {
        t.getRow(0).setRepeatHeader(true);
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell c : row.getTableCells()) {
            CTTcPr pr = c.getCTTc().getTcPr();
            if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == null) {
              pr.getVMerge().setVal(STMerge.CONTINUE);
            }
            for (XWPFParagraph p : c.getParagraphs()) {
              splitRuns(p);
            }
          }
        }
      }
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      header.createParagraph().createRun().setText("政府信息公开工作年度报告");
      XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
      XWPFParagraph f = footer.createParagraph();
      f.createRun().setText("- ");
      f.getCTP().addNewFldSimple().setInstr("PAGE");
      f.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("1");
      f.createRun().setText(" -");
      return bytes(doc);
    }
  }

  /** The paragraph's text in runs of one to three characters, each formatted differently. */
  private static void splitRuns(XWPFParagraph p) {
    String text = p.getText();
    if (text.isEmpty()) {
      return;
    }
    boolean bold = !p.getRuns().isEmpty() && p.getRuns().get(0).isBold();
    while (!p.getRuns().isEmpty()) {
      p.removeRun(0);
    }
    int k = 0;
    for (int i = 0; i < text.length(); ) {
      int n = Math.min(text.length() - i, 1 + k % 3);
      XWPFRun r = p.createRun();
      r.setText(text.substring(i, i + n));
      r.setBold(bold || k % 4 == 1);
      r.setFontSize(k % 2 == 0 ? 16 : 14);
      r.setFontFamily(k % 2 == 0 ? "仿宋_GB2312" : "宋体", XWPFRun.FontCharRange.eastAsia);
      i += n;
      k++;
    }
  }

  static byte[] blankCells(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      int k = 0;
      for (XWPFTable t : doc.getTables()) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell c : row.getTableCells()) {
            CTTc tc = c.getCTTc();
            CTTcPr pr = tc.getTcPr();
            boolean continuation = pr != null && pr.isSetVMerge();
            if (continuation || !c.getText().isEmpty()) {
              continue;
            }
            if (k++ % 2 == 1) {
              tc.getPArray(0).addNewR().addNewT().setStringValue("");
              tc.addNewP();
            }
          }
        }
      }
      System.out.println("blank cells changed: " + k);
      return bytes(doc);
    }
  }

  /** Blanks 规章's 本年制发件数 (Table 2). */
  static String blankIssuedRules(String text) {
    return text.replaceFirst("(?m)^规章\t[^\t]*\t", "规章\t\t");
  }

  static byte[] cellWithoutParagraph(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFTableRow row : doc.getTables().get(0).getRows()) {
        if (row.getCell(0).getText().equals("规章")) {
          CTTc tc = row.getCell(1).getCTTc();
          while (tc.sizeOfPArray() > 0) {
            tc.removeP(0);
          }
        }
      }
      return bytes(doc);
    }
  }

  static byte[] textBox(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      DocxTextBoxTest.moveIntoBox(
          doc, io.github.nianbao.core.ReportSection.OVERVIEW.heading(), false);
      return bytes(doc);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  static byte[] nestedTable(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTableCell cell = doc.getTables().get(1).getRow(0).getCell(0);
      XWPFTable inner = new XWPFTable(cell.getCTTc().addNewTbl(), cell, 2, 2);
      String[] texts = {"内表甲", "内表乙", "内表丙", "内表丁"};
      for (int i = 0; i < 4; i++) {
        inner.getRow(i / 2).getCell(i % 2).setText(texts[i]);
      }
      // a cell ends with a paragraph, after a nested table too
      cell.getCTTc().addNewP();
      return bytes(doc);
    }
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }
}

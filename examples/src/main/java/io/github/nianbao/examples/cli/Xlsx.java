package io.github.nianbao.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook of {@code validate --to xlsx}: three sheets of {@link AuditRows} — {@code findings}
 * (a file that could not be read among them, with its error), {@code not-assessable} and {@code
 * reader-notes} — each with a bold header row, frozen, and a filter. An {@link Integer} (the year,
 * a line) is a number cell, every other value a text cell. Rows are streamed to temporary files
 * (POI's SXSSF), so that hundreds of reports do not hold the workbook in memory; the columns are as
 * wide as their values, counted, not measured with fonts (a server may have none).
 */
final class Xlsx implements AutoCloseable {

  /** The names of the sheets, in order. */
  static final List<String> SHEETS = List.of("findings", "not-assessable", "reader-notes");

  private final SXSSFWorkbook book = new SXSSFWorkbook(200);
  private final Sheet[] sheets = new Sheet[SHEETS.size()];
  private final int[] rows = new int[SHEETS.size()];

  /** The widest value of each column of each sheet, in characters (a Chinese one counts two). */
  private final int[][] widths = new int[SHEETS.size()][];

  private final List<List<String>> headers =
      List.of(AuditRows.FINDINGS, AuditRows.NOT_ASSESSABLE, AuditRows.NOTES);

  Xlsx() {
    Font bold = book.createFont();
    bold.setBold(true);
    CellStyle header = book.createCellStyle();
    header.setFont(bold);
    for (int s = 0; s < sheets.length; s++) {
      SXSSFSheet sheet = book.createSheet(SHEETS.get(s));
      sheets[s] = sheet;
      Row row = sheet.createRow(0);
      List<String> names = headers.get(s);
      widths[s] = new int[names.size()];
      for (int c = 0; c < names.size(); c++) {
        widths[s][c] = width(names.get(c));
        Cell cell = row.createCell(c);
        cell.setCellValue(names.get(c));
        cell.setCellStyle(header);
      }
      sheet.createFreezePane(0, 1);
      rows[s] = 1;
    }
  }

  /** Adds a finding's row, or a row of a file that could not be read. */
  void finding(List<Object> row) {
    add(0, row);
  }

  /** Adds a row of a check that could not run. */
  void notAssessable(List<Object> row) {
    add(1, row);
  }

  /** Adds a row of a reader note. */
  void note(List<Object> row) {
    add(2, row);
  }

  private void add(int s, List<Object> values) {
    Row row = sheets[s].createRow(rows[s]++);
    for (int c = 0; c < values.size(); c++) {
      Object v = values.get(c);
      widths[s][c] = Math.max(widths[s][c], v == null ? 0 : width(v.toString()));
      if (v instanceof Integer n) {
        row.createCell(c).setCellValue(n);
      } else if (v != null && !v.toString().isEmpty()) {
        row.createCell(c).setCellValue(fit(v.toString()));
      }
    }
  }

  /** The most characters a cell of a workbook holds (Excel's limit, which POI enforces). */
  static final int MAX_CELL = 32_767;

  /**
   * A text as a cell holds it: whole when it fits, else its start and a note of how many characters
   * of it the cell does not hold (never a silent cut, never a workbook refused).
   */
  static String fit(String text) {
    if (text.length() <= MAX_CELL) {
      return text;
    }
    String note = "…（" + "cut: " + text.length() + " characters, the cell holds " + MAX_CELL + "）";
    int end = MAX_CELL - note.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // no half of a pair
    }
    return text.substring(0, end) + note;
  }

  /**
   * Checks, before any report is read, that the workbook can be written where {@code -o} says: its
   * directory exists and is one, and the file is not a directory.
   *
   * @throws java.nio.file.NoSuchFileException if the directory does not exist
   * @throws java.nio.file.FileSystemException if the file is a directory
   */
  static void checkWritable(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(dir.toString());
    }
    if (Files.isDirectory(file)) {
      throw new java.nio.file.FileSystemException(file.toString(), null, "Is a directory");
    }
  }

  /**
   * Writes the workbook to a file, replacing it: first to a file beside it, then moved into place,
   * so that a failed write leaves no half a workbook under the name.
   */
  void write(Path file) throws IOException {
    for (int s = 0; s < sheets.length; s++) {
      int width = headers.get(s).size();
      sheets[s].setAutoFilter(new CellRangeAddress(0, Math.max(0, rows[s] - 1), 0, width - 1));
      for (int c = 0; c < width; c++) {
        // as wide as its widest value, but a long message no wider than a third of a screen
        sheets[s].setColumnWidth(c, Math.min(widths[s][c] + 2, 60) * 256);
      }
    }
    Path dir = file.toAbsolutePath().getParent();
    // a name of its own beside the file, created with the permissions any new file gets
    Path partial =
        dir.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
    try {
      try (OutputStream out =
          Files.newOutputStream(partial, java.nio.file.StandardOpenOption.CREATE_NEW)) {
        book.write(out);
      }
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** The width of a text in a spreadsheet's characters: a wide (CJK) character counts two. */
  private static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += text.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return w;
  }

  @Override
  public void close() throws IOException {
    book.close();
  }
}

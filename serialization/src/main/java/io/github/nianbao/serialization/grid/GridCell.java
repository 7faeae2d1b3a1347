package io.github.nianbao.serialization.grid;

import java.util.Objects;

/**
 * One cell of a {@link Grid}: its text as the source shows it, where it stands in the source, and
 * how many rows and columns it spans (a merged cell of the official template spans 22, 8, 3 or 5
 * rows).
 *
 * @param text the cell's text, possibly empty (an empty cell)
 * @param line the 1-based line of the source where the cell stands, for diagnostics; 0 if unknown
 * @param column the 1-based column (character, or cell of a table) in the source; 0 if unknown
 * @param rowSpan the rows the cell spans, at least 1 (it stands in the first of them only)
 * @param colSpan the columns the cell spans, at least 1
 */
public record GridCell(String text, int line, int column, int rowSpan, int colSpan) {

  /**
   * The widest span a cell may have: 1000, as browsers clamp HTML's {@code colspan} (the widest
   * table of the report has 16 columns). A source clamps a wider span before it builds the cell.
   */
  public static final int MAX_SPAN = 1000;

  /**
   * Checks the cell.
   *
   * @throws IllegalArgumentException if a position is negative or a span less than 1 or more than
   *     {@link #MAX_SPAN}
   */
  public GridCell {
    Objects.requireNonNull(text, "text");
    if (line < 0
        || column < 0
        || rowSpan < 1
        || colSpan < 1
        || rowSpan > MAX_SPAN
        || colSpan > MAX_SPAN) {
      throw new IllegalArgumentException(
          "line " + line + ", column " + column + ", spans " + rowSpan + "×" + colSpan);
    }
  }

  /**
   * Returns a cell that spans one row and one column.
   *
   * @param text the text
   * @param line the 1-based line in the source, 0 if unknown
   * @param column the 1-based column in the source, 0 if unknown
   * @return the cell
   */
  public static GridCell of(String text, int line, int column) {
    return new GridCell(text, line, column, 1, 1);
  }
}

package io.github.nianbao.serialization.grid;

import java.util.List;

/**
 * One row of a {@link Grid}: the cells of a table row, or one cell holding a paragraph, a heading
 * or a title.
 *
 * @param cells the cells, left to right
 */
public record GridRow(List<GridCell> cells) {

  /** Copies the cells. */
  public GridRow {
    cells = List.copyOf(cells);
  }

  /**
   * Returns a row of one cell: a paragraph, a heading, a title.
   *
   * @param text the text; line breaks in it are kept
   * @param line the 1-based line in the source, 0 if unknown
   * @return the row
   */
  public static GridRow paragraph(String text, int line) {
    return new GridRow(List.of(GridCell.of(text, line, 0)));
  }

  /**
   * Returns the row's line in the source: its first cell's, 0 if it has none.
   *
   * @return the line
   */
  public int line() {
    return cells.isEmpty() ? 0 : cells.get(0).line();
  }
}

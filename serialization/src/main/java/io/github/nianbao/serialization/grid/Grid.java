package io.github.nianbao.serialization.grid;

import java.util.List;

/**
 * A report's source as rows of cells in reading order, each cell with its origin and its spans:
 * what every source of a report builds (text layouts, an HTML page's tables and paragraphs, a Word
 * document's, a PDF's positioned text) and the one recogniser reads ({@link GridReader}), which
 * fits the rows to the official tables and sections.
 *
 * <p>A table row is a row of its cells; a paragraph, a heading or the title is a row of one cell. A
 * cell that spans rows stands in the first of them only, as sources print it.
 *
 * @param rows the rows, in reading order
 */
public record Grid(List<GridRow> rows) {

  /** Copies the rows. */
  public Grid {
    rows = List.copyOf(rows);
  }
}

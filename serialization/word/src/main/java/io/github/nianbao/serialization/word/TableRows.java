package io.github.nianbao.serialization.word;

import io.github.nianbao.serialization.grid.GridCell;
import io.github.nianbao.serialization.grid.GridRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one Word table as {@link GridRow}s, with vertical merges turned into row spans: what
 * the .docx reader ({@code vMerge}) and the .doc reader ({@code fVertRestart}/{@code fVertMerge})
 * both need.
 *
 * <p>A cell that starts a vertical merge spans the rows its continuation cells in the same grid
 * column take up; a blank continuation cell is left out, as {@link
 * io.github.nianbao.serialization.grid.Grid} wants. A continuation cell with nothing above it, or
 * with text, is kept as a cell of its own: no text is dropped. A row of only continuation cells is
 * an empty row, so that the line count stays.
 */
final class TableRows {
  /** How a cell takes part in a vertical merge. */
  enum Merge {
    /** Not merged. */
    NONE,
    /** The first cell of a vertical merge. */
    RESTART,
    /** A cell merged into the cell above. */
    CONTINUE
  }

  private final int firstLine;
  private final Map<Integer, Holder> open = new HashMap<>();
  private final List<List<Holder>> held = new ArrayList<>();

  /**
   * Starts a table.
   *
   * @param firstLine the line (1-based grid row) of the table's first row
   */
  TableRows(int firstLine) {
    this.firstLine = firstLine;
  }

  /** Starts the next row. */
  void row() {
    held.add(new ArrayList<>());
  }

  /** The line of the current row. */
  int line() {
    return firstLine + held.size() - 1;
  }

  /**
   * Adds a cell to the current row.
   *
   * @param text the cell's text
   * @param column the 0-based grid column where it starts
   * @param colSpan the grid columns it spans, at least 1
   * @param merge its part in a vertical merge
   */
  void cell(String text, int column, int colSpan, Merge merge) {
    int span = Math.max(1, Math.min(colSpan, GridCell.MAX_SPAN));
    Holder above = open.get(column);
    if (merge == Merge.CONTINUE && above != null && text.isBlank()) {
      above.rowSpan = Math.min(above.rowSpan + 1, GridCell.MAX_SPAN);
      return;
    }
    Holder h = new Holder(text, line(), column + 1, span);
    held.get(held.size() - 1).add(h);
    if (merge == Merge.RESTART) {
      open.put(column, h);
    } else {
      open.remove(column);
    }
  }

  /**
   * Widens the last cell of the current row by {@code colSpan} columns (an old-style horizontal
   * merge: a cell merged into the one before it).
   *
   * @return whether the row had a cell to widen
   */
  boolean widenLast(int colSpan) {
    List<Holder> row = held.get(held.size() - 1);
    if (row.isEmpty()) {
      return false;
    }
    Holder last = row.get(row.size() - 1);
    last.colSpan = Math.min(last.colSpan + colSpan, GridCell.MAX_SPAN);
    return true;
  }

  /** The rows built, one for each row started. */
  List<GridRow> rows() {
    List<GridRow> rows = new ArrayList<>(held.size());
    for (int i = 0; i < held.size(); i++) {
      List<GridCell> cells = new ArrayList<>();
      for (Holder h : held.get(i)) {
        cells.add(new GridCell(h.text, h.line, h.column, h.rowSpan, h.colSpan));
      }
      if (cells.isEmpty()) {
        cells.add(GridCell.of("", firstLine + i, 0));
      }
      rows.add(new GridRow(cells));
    }
    return rows;
  }

  private static final class Holder {
    final String text;
    final int line;
    final int column;
    int colSpan;
    int rowSpan = 1;

    Holder(String text, int line, int column, int colSpan) {
      this.text = text;
      this.line = line;
      this.column = column;
      this.colSpan = colSpan;
    }
  }
}

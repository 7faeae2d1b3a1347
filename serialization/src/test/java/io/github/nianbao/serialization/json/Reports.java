package io.github.nianbao.serialization.json;

import io.github.nianbao.core.ActiveDisclosureTable;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.TableCell;
import java.util.function.Function;

/** Test helpers: a report with cells replaced, and positions in a text. */
final class Reports {
  private Reports() {}

  /**
   * Returns the report with every cell of its format version replaced by what a function gives for
   * it.
   */
  static AnnualReport mapCells(AnnualReport r, Function<CellAddress, TableCell> cells) {
    FormatVersion v = r.formatVersion();
    Function<CellAddress, Cell> count = a -> (Cell) cells.apply(a);
    return AnnualReport.copyOf(r)
        .withActiveDisclosure(ActiveDisclosureTable.fromCells(v, cells))
        .withApplications(
            Applications.fromRows(
                v, row -> ApplicantCounts.from(c -> count.apply(CellAddress.of(row, c)))))
        .withReviewAndLitigation(
            ReviewAndLitigation.from(
                g -> ReviewOutcomes.from(c -> count.apply(CellAddress.of(g, c)))));
  }

  /** Returns the report with one cell replaced. */
  static AnnualReport withCell(AnnualReport r, CellAddress address, TableCell cell) {
    return mapCells(r, a -> a.equals(address) ? cell : r.cell(a));
  }

  /** The 1-based line of an offset. */
  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of an offset. */
  static int columnOf(String text, int offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
  }
}

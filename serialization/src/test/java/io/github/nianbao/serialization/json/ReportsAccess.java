package io.github.nianbao.serialization.json;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.TableCell;

/** Opens {@link Reports#withCell} to the test format of another package. */
public final class ReportsAccess {
  private ReportsAccess() {}

  /**
   * Returns the report with one cell replaced.
   *
   * @param r the report
   * @param a the cell
   * @param c the new content
   * @return the report
   */
  public static AnnualReport withCell(AnnualReport r, CellAddress a, TableCell c) {
    return Reports.withCell(r, a, c);
  }
}

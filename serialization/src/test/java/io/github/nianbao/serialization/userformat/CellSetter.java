package io.github.nianbao.serialization.userformat;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.TableCell;

/** Sets one cell of a report, through the test helper of the JSON tests. */
final class CellSetter {
  private CellSetter() {}

  static AnnualReport with(AnnualReport r, CellAddress a, TableCell c) {
    return io.github.nianbao.serialization.json.ReportsAccess.withCell(r, a, c);
  }
}

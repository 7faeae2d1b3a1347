package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import java.util.List;

/**
 * When a column identity of Table 3 is checked on the 总计 column: only where it says something the
 * six applicant columns do not. If every row of the identity has its six applicant cells as
 * numbers, the 总计 column's identity follows from the six columns' identities and {@code
 * T3.ROW_TOTAL}, so a wrong number is reported once, by the rule that locates it.
 */
final class ColumnIdentity {
  private ColumnIdentity() {}

  static boolean checkTotalColumn(AbstractAnnualReport report, List<ApplicationRow> rows) {
    for (int r = 0; r < rows.size(); r++) {
      ApplicantCounts counts = report.applications().row(rows.get(r));
      for (ApplicantCategory c : PARTS) {
        if (!counts.get(c).isNumber()) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link ApplicantCategory#parts()}, as an array (these loops run on every report). */
  static final ApplicantCategory[] PARTS =
      ApplicantCategory.parts().toArray(new ApplicantCategory[0]);
}

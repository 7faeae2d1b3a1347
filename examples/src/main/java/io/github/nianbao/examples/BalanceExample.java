package io.github.nianbao.examples;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.TableHeading;
import java.io.PrintStream;

/**
 * Prints, per applicant column of Table 3, the identity noted above the table (一 + 二 = 三（七）总计 +
 * 四). A placeholder for the {@code nianbao} command line: it checks the reports built in code by
 * {@link SampleReports}.
 */
public final class BalanceExample {

  private BalanceExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    for (AnnualReport report : SampleReports.all()) {
      print(report, System.out);
    }
  }

  /**
   * Prints the balance of each column of a report's Table 3.
   *
   * @param report the report
   * @param out where to print
   * @return the number of columns whose two sides differ
   */
  public static int print(AnnualReport report, PrintStream out) {
    out.println(report.agency() + " " + report.year() + " " + TableHeading.BALANCE_NOTE.label());
    Applications t3 = report.applications();
    int unbalanced = 0;
    for (ApplicantCategory column : ApplicantCategory.values()) {
      Cell left = t3.newlyReceived().get(column).plus(t3.carriedOver().get(column));
      Cell right = t3.outcomes().total().get(column).plus(t3.carriedForward().get(column));
      String verdict = !left.isNumber() || !right.isNumber() ? "?" : left.equals(right) ? "=" : "≠";
      if ("≠".equals(verdict)) {
        unbalanced++;
      }
      out.printf("  %s: %s %s %s%n", column.label(), left.printed(), verdict, right.printed());
    }
    return unbalanced;
  }

}

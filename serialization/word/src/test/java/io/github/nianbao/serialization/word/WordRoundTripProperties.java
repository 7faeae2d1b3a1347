package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.testing.AnyReports;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * write → read of a .docx is the report, in both format versions. The only diagnostics are the grid
 * reader's MISSING_CELL, one for each blank cell of Tables 2 and 3: a published table's empty cell
 * is read as blank and said so (a .docx has no other way to print a blank). Table 4's row of 15
 * values, which has no label, reads its empty cells as blank without a diagnostic.
 */
class WordRoundTripProperties {
  private static final ReportFormat TEXT = ReportFormats.byName("text").orElseThrow();
  private final WordFormat docx = new WordFormat();

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.gridReports();
  }

  @Provide
  Arbitrary<AnnualReport> reports2019() {
    return AnyReports.gridReports(FormatVersion.V2019);
  }

  @Property(tries = 60)
  void readOfWriteIsTheReport(@ForAll("reports") AnnualReport r) throws Exception {
    check(r);
  }

  @Property(tries = 40)
  void readOfWriteIsTheReportIn2019Format(@ForAll("reports2019") AnnualReport r) throws Exception {
    check(r);
  }

  private void check(AnnualReport r) throws Exception {
    ReadResult read = docx.read(docx.toBytes(r), ReadOptions.none());
    // the text layout first: a failure then shows the lines that differ
    assertEquals(TEXT.write(r), TEXT.write(read.report()));
    assertEquals(r, read.report());
    assertEquals(blanks(r), missing(read.diagnostics()));
  }

  /** The paths of the report's blank cells, but Table 4's. */
  static Set<String> blanks(AnnualReport r) {
    Set<String> s = new TreeSet<>();
    for (CellAddress a : CellAddress.all(r.formatVersion())) {
      if (r.cell(a).kind() == CellKind.BLANK && !(a.row() instanceof ReviewCase)) {
        s.add(a.toString());
      }
    }
    return s;
  }

  /** The cells of the diagnostics, each a MISSING_CELL of one cell (else the test fails). */
  static Set<String> missing(List<Diagnostic> diagnostics) {
    Set<String> s = new TreeSet<>();
    for (Diagnostic d : diagnostics) {
      assertEquals(Diagnostic.Reason.MISSING_CELL, d.reason(), d::toString);
      s.add(d.cell().orElseThrow().toString());
    }
    assertEquals(s.size(), diagnostics.size(), () -> "a cell twice: " + diagnostics);
    return s;
  }
}

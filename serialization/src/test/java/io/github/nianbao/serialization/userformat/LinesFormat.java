package io.github.nianbao.serialization.userformat;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's own format, as a user would write one outside the SDK: {@code agency}, {@code year} and
 * every cell as {@code path=printed}, one a line. Registered in the test resources' {@code
 * META-INF/services}.
 */
public final class LinesFormat implements ReportFormat {

  /** Creates the format. */
  public LinesFormat() {}

  @Override
  public String name() {
    return "lines";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".lines");
  }

  @Override
  public void write(AnnualReport report, Writer out) throws IOException {
    out.write("agency=" + report.agency() + "\n");
    out.write("year=" + report.year() + "\n");
    for (CellAddress a : CellAddress.all(report.formatVersion())) {
      out.write(a.path() + "=" + report.cell(a).printed() + "\n");
    }
    out.flush();
  }

  @Override
  public ReadResult read(Reader in) throws IOException {
    Map<String, String> values = new HashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    BufferedReader lines = new BufferedReader(in);
    int n = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      n++;
      int eq = line.indexOf('=');
      if (eq < 0) {
        diagnostics.add(Diagnostic.of(Diagnostic.Reason.UNPLACED_TEXT, n, null, line, "No '='"));
      } else {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    if (!values.containsKey("year")) {
      throw new ReportParseException(
          ReportParseException.ErrorType.NO_YEAR, 0, 0, "year", "no year");
    }
    AnnualReport blank =
        AnnualReport.builder()
            .agency(values.getOrDefault("agency", ""))
            .year(Integer.parseInt(values.get("year")))
            .activeDisclosure(io.github.nianbao.core.ActiveDisclosure.zero())
            .applications(io.github.nianbao.core.Applications.zero())
            .reviewAndLitigation(io.github.nianbao.core.ReviewAndLitigation.zero())
            .build();
    AnnualReport report = blank;
    for (CellAddress a : CellAddress.all(report.formatVersion())) {
      report = CellSetter.with(report, a, cell(a, values.getOrDefault(a.path(), "")));
    }
    return new ReadResult(report, diagnostics);
  }

  private static TableCell cell(CellAddress a, String printed) {
    if (printed.isEmpty()) {
      return a.isAmount() ? AmountCell.blank() : Cell.blank();
    }
    if (a.isAmount()) {
      try {
        return AmountCell.of(printed);
      } catch (IllegalArgumentException e) {
        return AmountCell.mark(printed);
      }
    }
    try {
      return Cell.of(Long.parseLong(printed));
    } catch (NumberFormatException e) {
      return Cell.mark(printed);
    }
  }
}

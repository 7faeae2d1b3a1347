package io.github.nianbao.examples.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.ReportSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three tables of one report on the page of {@code validate --html}: a grid per table, its rows
 * and columns by their official labels, every cell of the report's format version ({@link
 * CellAddress#all(io.github.nianbao.core.FormatVersion)}) with an {@code id} of its own, {@link
 * #cellId(String, CellAddress)}, so that a finding links to the exact cell. A cell a finding names
 * is marked by its worst severity.
 */
final class HtmlTables {
  private HtmlTables() {}

  /** The id of a cell of the report whose section has the id {@code report}. */
  static String cellId(String report, CellAddress cell) {
    return report + "-" + cell.path();
  }

  /** The id of a table of the report whose section has the id {@code report}. */
  static String tableId(String report, ReportSection table) {
    return report + "-" + table.key();
  }

  /**
   * Appends the tables of a report.
   *
   * @param marks the CSS class of each cell a finding names ({@code error}, {@code warning})
   * @param titles the codes of the findings of each such cell, shown on hover
   */
  static void append(
      StringBuilder b,
      String report,
      AnnualReport r,
      Map<CellAddress, String> marks,
      Map<CellAddress, String> titles) {
    Map<ReportSection, List<CellAddress>> byTable = new LinkedHashMap<>();
    for (CellAddress a : CellAddress.all(r.formatVersion())) {
      byTable.computeIfAbsent(a.table(), t -> new ArrayList<>()).add(a);
    }
    byTable.forEach(
        (table, cells) -> {
          b.append("<table class=\"report\" id=\"")
              .append(Html.esc(tableId(report, table)))
              .append("\">\n<caption>")
              .append(Html.esc(table.heading()))
              .append("</caption>\n");
          List<Enum<?>> columns = new ArrayList<>();
          Map<Enum<?>, Map<Enum<?>, CellAddress>> rows = new LinkedHashMap<>();
          for (CellAddress a : cells) {
            if (!columns.contains(a.column())) {
              columns.add(a.column());
            }
            rows.computeIfAbsent(a.row(), x -> new LinkedHashMap<>()).put(a.column(), a);
          }
          b.append("<tr><th></th>");
          for (Enum<?> c : columns) {
            CellAddress any = cells.stream().filter(a -> a.column() == c).findFirst().orElseThrow();
            b.append("<th scope=\"col\">").append(Html.esc(any.columnLabel())).append("</th>");
          }
          b.append("</tr>\n");
          rows.forEach(
              (row, inRow) -> {
                CellAddress first = inRow.values().iterator().next();
                b.append("<tr><th scope=\"row\">")
                    .append(Html.esc(first.rowLabel()))
                    .append("</th>");
                for (Enum<?> c : columns) {
                  CellAddress a = inRow.get(c);
                  if (a == null) {
                    b.append("<td class=\"none\"></td>");
                    continue;
                  }
                  String mark = marks.get(a);
                  String title = a.label() + " · " + a.path();
                  if (titles.containsKey(a)) {
                    title += " · " + titles.get(a);
                  }
                  b.append("<td id=\"")
                      .append(Html.esc(cellId(report, a)))
                      .append('"')
                      .append(mark == null ? "" : " class=\"" + mark + "\"")
                      .append(" title=\"")
                      .append(Html.esc(title))
                      .append("\">")
                      .append(Html.esc(r.cell(a).printed()))
                      .append("</td>");
                }
                b.append("</tr>\n");
              });
          b.append("</table>\n");
        });
  }
}

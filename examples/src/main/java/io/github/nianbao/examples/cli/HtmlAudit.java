package io.github.nianbao.examples.cli;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page of {@code validate --html}: one self-contained HTML file (inline CSS and SVG, nothing
 * fetched) for a person. It shows the counts of findings per rule and per agency as bar charts, the
 * reports worst first (most errors, then most warnings), and for each report its findings, each a
 * link to its cell in the report's tables rendered below them ({@link HtmlTables}); a finding that
 * names no cell links to the table of its location, or to the report. Files that could not be read
 * are listed with their errors. A report without findings is a line of the list, its tables left
 * out: the page of a region's hundreds of reports stays a size a browser opens at once. All report
 * text is escaped.
 */
final class HtmlAudit {
  private HtmlAudit() {}

  /** At most this many agencies in the chart; the rest are counted in its caption. */
  static final int AGENCIES_CHARTED = 40;

  private static final String STYLE =
      "body{font-family:system-ui,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:1.5em"
          + " auto;max-width:75em;padding:0 1em;color:#222;line-height:1.5}"
          + "h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:2px solid #ccc}"
          + "table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #bbb;"
          + "padding:2px 5px;font-size:.9em;vertical-align:top}th{background:#f3f3f3;"
          + "font-weight:normal}caption{text-align:left;font-weight:bold;padding:.3em 0}"
          + "table.report td{text-align:right;min-width:3em}td.none{background:#eee}"
          + "th[scope=row]{text-align:left}"
          + "td.error,tr.error td.sev{background:#f8c9c4}"
          + "td.warning,tr.warning td.sev{background:#fde9b6}"
          + ":target{outline:3px solid #1a5fb4;outline-offset:-1px;background:#cfe3ff}"
          + "svg.chart text{font-size:12px;fill:#222}rect.seg0{fill:#c01c28}"
          + "rect.seg1{fill:#e5a50a}rect.seg2{fill:#3584e4}.key span{display:inline-block;"
          + "width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}"
          + ".unreadable{color:#a00}section.report{margin-top:2.5em}";

  /** Writes the page of the outcomes of a run. */
  static String page(List<ValidateCommand.Outcome> outcomes) {
    List<ValidateCommand.Outcome> read = new ArrayList<>();
    List<ValidateCommand.Outcome> failed = new ArrayList<>();
    for (ValidateCommand.Outcome o : outcomes) {
      (o.error() == null ? read : failed).add(o);
    }
    read.sort(
        Comparator.comparingInt((ValidateCommand.Outcome o) -> -count(o, Severity.ERROR))
            .thenComparingInt(o -> -count(o, Severity.WARNING))
            .thenComparingInt(o -> -o.result().findings().size())
            .thenComparing(o -> o.path().toString()));
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width\">\n")
        .append("<title>年度报告校验结果 · Validation of ")
        .append(read.size())
        .append(" report(s)</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    summary(b, read, failed);
    charts(b, read);
    worstFirst(b, read);
    // the reports with findings, which sort first: a report without is a line of the list above
    for (int i = 0; i < read.size() && !read.get(i).result().findings().isEmpty(); i++) {
      report(b, "r" + (i + 1), read.get(i));
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static int count(ValidateCommand.Outcome o, Severity s) {
    return o.result().findings(s).size();
  }

  private static void summary(
      StringBuilder b, List<ValidateCommand.Outcome> read, List<ValidateCommand.Outcome> failed) {
    int errors = 0;
    int warnings = 0;
    int withErrors = 0;
    for (ValidateCommand.Outcome o : read) {
      errors += count(o, Severity.ERROR);
      warnings += count(o, Severity.WARNING);
      withErrors += count(o, Severity.ERROR) > 0 ? 1 : 0;
    }
    b.append("<h1>政府信息公开工作年度报告校验结果 · Validation results</h1>\n<p id=\"summary\">")
        .append(read.size())
        .append(" 份报告，")
        .append(withErrors)
        .append(" 份有错误；错误 ")
        .append(errors)
        .append(" 个，警告 ")
        .append(warnings)
        .append(" 个；无法读取 ")
        .append(failed.size())
        .append(" 份。 ")
        .append(read.size())
        .append(" report(s), ")
        .append(withErrors)
        .append(" with errors; ")
        .append(errors)
        .append(" error(s), ")
        .append(warnings)
        .append(" warning(s); ")
        .append(failed.size())
        .append(" unreadable.</p>\n");
    if (!failed.isEmpty()) {
      b.append("<h2 id=\"unreadable\">无法读取的文件 · Files that could not be read</h2>\n<ul>\n");
      for (ValidateCommand.Outcome o : failed) {
        b.append("<li class=\"unreadable\">").append(Html.esc(o.error())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
  }

  private static void charts(StringBuilder b, List<ValidateCommand.Outcome> read) {
    Map<String, long[]> byRule = new TreeMap<>();
    Map<String, long[]> byAgency = new HashMap<>();
    for (ValidateCommand.Outcome o : read) {
      long[] agency = byAgency.computeIfAbsent(agency(o), a -> new long[3]);
      for (Finding f : o.result().findings()) {
        int s = segment(f.severity());
        byRule.computeIfAbsent(f.code(), c -> new long[3])[s]++;
        agency[s]++;
      }
    }
    b.append("<h2 id=\"charts\">图表 · Charts</h2>\n<p class=\"key\"><span class=\"k0\"")
        .append(" style=\"background:#c01c28\"></span>错误 error<span style=\"background:#e5a50a\">")
        .append("</span>警告 warning<span style=\"background:#3584e4\"></span>其他 other</p>\n");
    List<Html.Bar> rules = new ArrayList<>();
    byRule.forEach((code, n) -> rules.add(new Html.Bar(code, null, n)));
    rules.sort(Comparator.comparingLong((Html.Bar x) -> -x.total()));
    b.append("<figure id=\"by-rule\"><figcaption>各规则的发现数 · Findings per rule (")
        .append(rules.size())
        .append(" rule(s))</figcaption>\n");
    Html.barChart(b, "chart-rules", "Findings per rule", rules);
    b.append("</figure>\n");
    List<Html.Bar> agencies = new ArrayList<>();
    byAgency.forEach((agency, n) -> agencies.add(new Html.Bar(agency, null, n)));
    agencies.sort(
        Comparator.comparingLong((Html.Bar x) -> -x.segments()[0])
            .thenComparingLong(x -> -x.total())
            .thenComparing(Html.Bar::label));
    int shown = Math.min(AGENCIES_CHARTED, agencies.size());
    b.append("<figure id=\"by-agency\"><figcaption>各机关的发现数 · Findings per agency (")
        .append(shown == agencies.size() ? "all " + shown : shown + " of " + agencies.size())
        .append(", most errors first)</figcaption>\n");
    Html.barChart(b, "chart-agencies", "Findings per agency", agencies.subList(0, shown));
    b.append("</figure>\n");
  }

  /** The agency of a report, or, when its text names none, a word that says so. */
  private static String agency(ValidateCommand.Outcome o) {
    return o.agency().isEmpty() ? "（机关未知 agency unknown）" : o.agency();
  }

  private static int segment(Severity s) {
    return s == Severity.ERROR ? 0 : s == Severity.WARNING ? 1 : 2;
  }

  private static void worstFirst(StringBuilder b, List<ValidateCommand.Outcome> read) {
    b.append("<h2 id=\"reports\">报告（问题最多者在前） · Reports, worst first</h2>\n<table>\n")
        .append("<tr><th>#</th><th>机关 agency</th><th>年度 year</th><th>文件 file</th>")
        .append("<th>错误 errors</th><th>警告 warnings</th><th>未能检查 not assessable</th></tr>\n");
    for (int i = 0; i < read.size(); i++) {
      ValidateCommand.Outcome o = read.get(i);
      boolean shown = !o.result().findings().isEmpty();
      b.append("<tr><td>")
          .append(i + 1)
          .append("</td><td>")
          .append(shown ? "<a href=\"#r" + (i + 1) + "\">" : "")
          .append(Html.esc(agency(o)))
          .append(shown ? "</a>" : "")
          .append("</td><td>")
          .append(o.year())
          .append("</td><td>")
          .append(Html.esc(o.path().toString()))
          .append("</td><td>")
          .append(count(o, Severity.ERROR))
          .append("</td><td>")
          .append(count(o, Severity.WARNING))
          .append("</td><td>")
          .append(o.result().notAssessable().size())
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  /** The target of a finding's link: its cell, else the table of its location, else the report. */
  static String target(String report, Finding f) {
    if (f.cell().isPresent()) {
      return HtmlTables.cellId(report, f.cell().get());
    }
    for (ReportSection s : ReportSection.values()) {
      if (s.isTable() && (f.location().equals(s.key()) || f.location().startsWith(s.key() + "."))) {
        return HtmlTables.tableId(report, s);
      }
    }
    return report;
  }

  private static void report(StringBuilder b, String id, ValidateCommand.Outcome o) {
    b.append("<section class=\"report\" id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(Html.esc(o.agency()))
        .append(" · ")
        .append(o.year())
        .append("</h2>\n<p>")
        .append(Html.esc(o.path().toString()))
        .append("</p>\n");
    Map<CellAddress, String> marks = new LinkedHashMap<>();
    Map<CellAddress, String> titles = new LinkedHashMap<>();
    List<Finding> findings = o.result().findings();
    {
      b.append("<table class=\"findings\">\n<tr><th>严重性 severity</th><th>规则 rule</th>")
          .append("<th>位置 cell</th><th>填报 reported</th><th>计算 computed</th>")
          .append("<th>说明 message</th><th>指纹 fingerprint</th></tr>\n");
    }
    for (Finding f : findings) {
      String sev = f.severity().name().toLowerCase(java.util.Locale.ROOT);
      f.cell()
          .ifPresent(
              c -> {
                if (!"error".equals(marks.get(c))) {
                  marks.put(c, sev);
                }
                titles.merge(c, f.code(), (a, x) -> a + ", " + x);
              });
      b.append("<tr class=\"")
          .append(sev)
          .append("\"><td class=\"sev\">")
          .append(Html.esc(f.severity().name()))
          .append("</td><td>")
          .append(Html.esc(f.code()))
          .append("</td><td><a class=\"finding\" href=\"#")
          .append(Html.esc(target(id, f)))
          .append("\">")
          .append(Html.esc(f.cell().map(CellAddress::label).orElse(f.location())))
          .append("</a></td><td>")
          .append(Html.esc(f.reported().orElse("")))
          .append("</td><td>")
          .append(Html.esc(f.computed().orElse("")))
          .append("</td><td>")
          .append(Html.esc(f.messageZh()))
          .append("<br>")
          .append(Html.esc(f.messageEn()))
          .append("</td><td><code>")
          .append(Html.esc(f.fingerprint()))
          .append("</code></td></tr>\n");
    }
    b.append("</table>\n");
    int na = o.result().notAssessable().size();
    if (na > 0) {
      b.append("<p>未能检查 ")
          .append(na)
          .append(" 项 · ")
          .append(na)
          .append(" check(s) could not run.</p>\n");
    }
    HtmlTables.append(b, id, o.report(), marks, titles);
    b.append("</section>\n");
  }
}

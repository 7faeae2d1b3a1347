package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.Scope;
import io.github.nianbao.core.constraints.SectionsPresent;
import io.github.nianbao.validation.RuleCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * {@code SECTIONS.PRESENT}: the six sections are present, none empty, in order. The model keeps the
 * sections in their order, and a reader keeps what it could not place so: a missing narrative
 * section is empty text, a missing table has every cell blank, and a heading printed out of order
 * is read as a line of the section it stands in. So the rule finds (1) a narrative section (一, 五,
 * 六) that is empty, (2) a table (二, 三, 四) whose every cell is blank, (3) a line of a narrative
 * section that is another section's heading (white space ignored). An empty 六 of the 2021 format is
 * reported once, by {@code TEXT.FEE_REPORTED} (“section 六 is missing or empty”), not here too. The
 * finding names the section; an aggregate of several bodies ({@link Scope#AGGREGATE}) has no
 * narrative of its own, so only its tables are checked.
 */
public final class SectionsPresentValidator extends ReportRule<SectionsPresent> {

  private static final ReportSection[] SECTIONS = ReportSection.values();

  /** Creates the validator. */
  public SectionsPresentValidator() {
    super(RuleCode.SECTIONS_PRESENT);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    for (ReportSection s : ReportSection.values()) {
      if (s.isTable()) {
        if (whollyBlank(report, s)) {
          finding(findings, s, ".table", null);
        }
        continue;
      }
      if (report.scope() == Scope.AGGREGATE) {
        continue;
      }
      String text = text(report, s);
      if (text.isEmpty()) {
        if (s != ReportSection.OTHER_MATTERS || report.formatVersion() != FormatVersion.V2021) {
          finding(findings, s, "", null);
        }
        continue;
      }
      ReportSection misplaced = headingInside(text, s);
      if (misplaced != null) {
        finding(findings, s, ".order", misplaced);
      }
    }
  }

  private static void finding(
      Findings findings, ReportSection s, String variant, ReportSection misplaced) {
    var p = new LinkedHashMap<String, Object>();
    p.put("section", s.heading());
    if (misplaced != null) {
      p.put("heading", misplaced.heading());
    }
    findings.atPlace(s.key()).variant(variant).params(p).add();
  }

  static String text(AbstractAnnualReport report, ReportSection s) {
    return switch (s) {
      case OVERVIEW -> report.overview().text();
      case PROBLEMS_AND_IMPROVEMENTS -> report.problemsAndImprovements();
      case OTHER_MATTERS -> report.otherMatters();
      default -> throw new IllegalArgumentException(s + " is a table");
    };
  }

  /** Per format version (by ordinal) and table (by ordinal): the table's addresses, in order. */
  private static final List<List<List<CellAddress>>> TABLES = tables();

  private static List<List<List<CellAddress>>> tables() {
    List<List<List<CellAddress>>> byVersion = new ArrayList<>();
    for (FormatVersion v : FormatVersion.values()) {
      List<List<CellAddress>> bySection = new ArrayList<>();
      for (ReportSection s : SECTIONS) {
        List<CellAddress> of = new ArrayList<>();
        for (CellAddress a : CellAddress.all(v)) {
          if (a.table() == s) {
            of.add(a);
          }
        }
        bySection.add(List.copyOf(of));
      }
      byVersion.add(List.copyOf(bySection));
    }
    return List.copyOf(byVersion);
  }

  private static boolean whollyBlank(AbstractAnnualReport report, ReportSection table) {
    for (CellAddress a : TABLES.get(report.formatVersion().ordinal()).get(table.ordinal())) {
      if (report.cell(a).kind() != CellKind.BLANK) {
        return false;
      }
    }
    return true;
  }

  /** Each section's heading, by ordinal ({@link ReportSection#heading()} builds a string). */
  private static final String[] HEADINGS = headings();

  private static String[] headings() {
    String[] h = new String[SECTIONS.length];
    for (ReportSection s : SECTIONS) {
      h[s.ordinal()] = s.heading();
    }
    return h;
  }

  /** The first other section whose heading is a whole line of the text, white space ignored. */
  static ReportSection headingInside(String text, ReportSection in) {
    int from = 0;
    while (from <= text.length()) {
      int to = text.indexOf('\n', from);
      if (to < 0) {
        to = text.length();
      }
      if (to - from < 64) {
        for (ReportSection s : SECTIONS) {
          if (s != in && equalsWithoutSpaces(text, from, to, HEADINGS[s.ordinal()])) {
            return s;
          }
        }
      }
      from = to + 1;
    }
    return null;
  }

  /**
   * Whether the characters of [from, to) that are not white space are {@code heading}, compared in
   * place (no copy of the line).
   */
  private static boolean equalsWithoutSpaces(String text, int from, int to, String heading) {
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (StatedNumbers.isSpace(c)) {
        continue;
      }
      if (k == heading.length() || heading.charAt(k) != c) {
        return false;
      }
      k++;
    }
    return k == heading.length();
  }
}

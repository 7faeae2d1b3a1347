package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.core.constraints.PercentagesMatchTable3;
import io.github.nianbao.validation.RuleCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code TEXT.PERCENT}: the percentages section 一 states about the outcomes of Table 3 agree with
 * the table. A statement is an outcome's name — 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理 — then, within
 * 30 characters and the same sentence (no 。；, no other outcome's name), a number followed by % or
 * ％: “予以公开 28 件，占 51.85%”. The share is the outcome's 总计 (the sum of its group's rows for （三）–（六）)
 * over （七）总计.
 *
 * <p>Rounding: a percentage printed with d decimals agrees when it is the exact share rounded half
 * up to d decimals, or cut to d decimals (both are in use); 51.85% agrees with 28/54 = 51.851…%,
 * 51.9%, 51.8% (cut), 52% and 51% too, 51.7% does not. The finding names the outcome's 总计 cell;
 * reported is the stated percentage, computed the share at the printed precision.
 */
public final class PercentagesMatchTable3Validator extends ReportRule<PercentagesMatchTable3> {

  private static final List<OutcomeGroup> GROUPS =
      java.util.Arrays.stream(OutcomeGroup.values()).filter(g -> g != OutcomeGroup.TOTAL).toList();

  /**
   * The name a narrative gives each group, in the order of {@link #GROUPS}: its label without the
   * note in brackets (部分公开（区分处理的…）is 部分公开).
   */
  private static final List<String> NAMES =
      GROUPS.stream()
          .map(
              g -> {
                int note = g.label().indexOf('（');
                return note < 0 ? g.label() : g.label().substring(0, note);
              })
          .toList();

  private static final int MAX_GAP = 30;
  private static final String STOPS = "。；;！!？?\n";

  /** Creates the validator. */
  public PercentagesMatchTable3Validator() {
    super(RuleCode.TEXT_PERCENT);
  }

  /** What joins two outcomes' names into one statement of their sum: 予以公开及部分公开. */
  private static final List<String> JOINS = List.of("以及", "及", "和", "与", "、", "或");

  /** A percentage stated of one or more groups: the phrase, the number as printed. */
  record Stated(List<OutcomeGroup> groups, String phrase, BigDecimal percent, String printed) {}

  static List<Stated> find(String text) {
    List<Stated> found = new ArrayList<>();
    if (text.indexOf('%') < 0 && text.indexOf('％') < 0) {
      return found;
    }
    for (int i = 0; i < text.length(); i++) {
      int g = nameAt(text, i);
      if (g < 0) {
        continue;
      }
      List<OutcomeGroup> groups = new ArrayList<>(List.of(GROUPS.get(g)));
      int j = i + NAMES.get(g).length();
      // at most every group once: a longer run of joined names repeats one, and a bound keeps the
      // scan linear however long a run of names the text holds
      for (boolean joined = true; joined && groups.size() < GROUPS.size(); ) {
        joined = false;
        for (String join : JOINS) {
          int next = text.startsWith(join, j) ? nameAt(text, j + join.length()) : -1;
          if (next >= 0) {
            groups.add(GROUPS.get(next));
            j += join.length() + NAMES.get(next).length();
            joined = true;
            break;
          }
        }
      }
      int limit = Math.min(text.length(), j + MAX_GAP);
      while (j < limit) {
        char c = text.charAt(j);
        if (STOPS.indexOf(c) >= 0 || nameAt(text, j) >= 0) {
          break;
        }
        if (StatedNumbers.isDigit(c)) {
          StatedNumbers.Read r = StatedNumbers.readDigits(text, j, true);
          if (r == null) {
            break;
          }
          int k = StatedNumbers.skipSpaces(text, r.end());
          if (k < text.length() && (text.charAt(k) == '%' || text.charAt(k) == '％')) {
            found.add(
                new Stated(
                    List.copyOf(groups),
                    text.substring(i, k + 1),
                    r.value(),
                    text.substring(r.start(), r.end())));
            i = k;
            break;
          }
          j = r.end();
          continue;
        }
        j++;
      }
    }
    return found;
  }

  private static int nameAt(String text, int i) {
    for (int g = 0; g < NAMES.size(); g++) {
      if (text.startsWith(NAMES.get(g), i)) {
        return g;
      }
    }
    return -1;
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    List<Stated> stated = find(report.overview().text());
    if (stated.isEmpty()) {
      return;
    }
    CellAddress totalAt = CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.TOTAL);
    Cell total = report.count(totalAt);
    for (Stated s : stated) {
      List<CellAddress> rows = new ArrayList<>();
      for (ApplicationRow r : ApplicationRow.outcomeRows(report.formatVersion())) {
        if (s.groups().contains(r.group().orElse(null))) {
          rows.add(CellAddress.of(r, ApplicantCategory.TOTAL));
        }
      }
      CellAddress at = rows.get(0);
      List<CellAddress> contributing = new ArrayList<>(rows);
      contributing.add(totalAt);
      CellAddress odd = null;
      for (CellAddress a : contributing) {
        if (!report.count(a).isNumber()) {
          odd = a;
          break;
        }
      }
      if (odd != null) {
        findings.notAssessable(at.path(), Findings.why(odd, report.count(odd)));
        continue;
      }
      if (total.value() <= 0) {
        findings.notAssessable(at.path(), totalAt.path() + " is " + total.value());
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (CellAddress a : rows) {
        sum = sum.add(BigDecimal.valueOf(report.count(a).value()));
      }
      int scale = Math.max(0, s.percent().scale());
      BigDecimal exact = sum.multiply(BigDecimal.valueOf(100));
      BigDecimal rounded =
          exact.divide(BigDecimal.valueOf(total.value()), scale, RoundingMode.HALF_UP);
      BigDecimal cut = exact.divide(BigDecimal.valueOf(total.value()), scale, RoundingMode.DOWN);
      if (rounded.compareTo(s.percent()) != 0 && cut.compareTo(s.percent()) != 0) {
        Map<String, Object> p = Findings.parameters(at);
        p.put("phrase", Findings.quote(s.phrase()));
        p.put("stated", s.printed() + "%");
        p.put("count", sum.toPlainString());
        p.put("total", total.value());
        p.put("share", rounded.toPlainString() + "%");
        findings
            .at(at)
            .contributing(List.copyOf(contributing))
            .reported(s.printed() + "%")
            .computed(rounded.toPlainString() + "%")
            .params(p)
            .add();
      }
    }
  }
}

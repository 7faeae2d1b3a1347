package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The laws of TEXT.NARRATIVE, TEXT.TABLE2 and TEXT.PERCENT: a narrative written from a report's own
 * numbers, in any numeral style (ASCII, full-width, Chinese), never disagrees with it; the same
 * narrative with one stated number changed disagrees exactly there.
 */
class NarrativeProperties {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();
  private static final Set<String> RULES = Set.of("TEXT.NARRATIVE", "TEXT.TABLE2", "TEXT.PERCENT");

  /** How a number is written. */
  enum Style {
    ASCII,
    FULL_WIDTH,
    CHINESE
  }

  /**
   * A statement of the narrative: text before the number, the number (-1 for none), text after it,
   * and the rule and cell that compare it (none for the percentages and the fee).
   */
  record Statement(String before, long number, String after, String rule, CellAddress cell) {}

  /** A report with a narrative written from its numbers. */
  record Written(
      AnnualReport report, List<Statement> statements, List<Style> styles, String disclosedShare) {
    String text(int changed, long delta) {
      StringBuilder b = new StringBuilder("（二）依申请公开。");
      for (int i = 0; i < statements.size(); i++) {
        Statement s = statements.get(i);
        if (s.number() < 0) {
          b.append(s.before()); // a statement written whole, without a number to change
          continue;
        }
        long n = i == changed ? s.number() + delta : s.number();
        b.append(s.before()).append(write(n, styles.get(i % styles.size()))).append(s.after());
      }
      return b.toString();
    }
  }

  private static CellAddress t3(ApplicationRow row) {
    return CellAddress.of(row, ApplicantCategory.TOTAL);
  }

  @Provide
  Arbitrary<Written> written() {
    Arbitrary<Long> counts = Arbitraries.longs().between(0, 2_000_000);
    Arbitrary<List<Long>> numbers = counts.list().ofSize(16);
    Arbitrary<List<Style>> styles = Arbitraries.of(Style.class).list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<BigDecimal> fee =
        Combinators.combine(
                Arbitraries.longs().between(0, 99_999_999L), Arbitraries.integers().between(0, 6))
            .as(BigDecimal::valueOf);
    return Combinators.combine(numbers, styles, fee, Arbitraries.integers().between(0, 3))
        .as(NarrativeProperties::write);
  }

  private static Written write(List<Long> n, List<Style> styles, BigDecimal fee, int decimals) {
    AnnualReport r = Tongchuan2023.report();
    List<Statement> s = new ArrayList<>();
    // Table 3 and 4
    r = r.withCell(t3(ApplicationRow.NEWLY_RECEIVED), Cell.of(n.get(0)));
    s.add(
        new Statement(
            "本年度新收政府信息公开申请", n.get(0), "件，", "TEXT.NARRATIVE", t3(ApplicationRow.NEWLY_RECEIVED)));
    r = r.withCell(t3(ApplicationRow.CARRIED_OVER), Cell.of(n.get(1)));
    s.add(
        new Statement("上年结转", n.get(1), " 件，", "TEXT.NARRATIVE", t3(ApplicationRow.CARRIED_OVER)));
    // outcomes: 予以公开 n2 and 部分公开 n3 of a total n2 + n3 + n4 (> 0)
    long total = n.get(2) + n.get(3) + n.get(4) + 1;
    r = r.withCell(t3(ApplicationRow.DISCLOSED), Cell.of(n.get(2)));
    r = r.withCell(t3(ApplicationRow.PARTIALLY_DISCLOSED), Cell.of(n.get(3)));
    r = r.withCell(t3(ApplicationRow.OUTCOMES_TOTAL), Cell.of(total));
    s.add(new Statement("本年度办结", total, "件，", "TEXT.NARRATIVE", t3(ApplicationRow.OUTCOMES_TOTAL)));
    s.add(
        new Statement(
            "其中予以公开",
            n.get(2),
            "件，占" + percent(n.get(2), total, decimals) + "；",
            "TEXT.NARRATIVE-none",
            null));
    s.add(
        new Statement(
            "部分公开",
            n.get(3),
            "件，占比 " + percent(n.get(3), total, decimals) + "。",
            "TEXT.NARRATIVE-none",
            null));
    r = r.withCell(t3(ApplicationRow.CARRIED_FORWARD), Cell.of(n.get(5)));
    s.add(
        new Statement(
            "结转下年度继续办理", n.get(5), "件，", "TEXT.NARRATIVE", t3(ApplicationRow.CARRIED_FORWARD)));
    CellAddress review = CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL);
    r = r.withCell(review, Cell.of(n.get(6)));
    s.add(new Statement("引发行政复议", n.get(6), "件。", "TEXT.NARRATIVE", review));
    // Table 2
    CellAddress issued = CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED);
    CellAddress repealed = CellAddress.of(DisclosureRow.RULES, DisclosureColumn.REPEALED);
    CellAddress inForce =
        CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE);
    CellAddress licensing = CellAddress.of(DisclosureRow.LICENSING);
    CellAddress penalties = CellAddress.of(DisclosureRow.PENALTIES);
    CellAddress enforcement = CellAddress.of(DisclosureRow.ENFORCEMENT);
    r = r.withCell(issued, Cell.of(n.get(7))).withCell(inForce, Cell.of(n.get(8)));
    r = r.withCell(repealed, Cell.of(n.get(9)));
    r = r.withCell(licensing, Cell.of(n.get(10))).withCell(penalties, Cell.of(n.get(11)));
    r = r.withCell(enforcement, Cell.of(n.get(12)));
    s.add(new Statement("（三）政府信息管理。今年制发行政规范性文件", n.get(7), "件，", "TEXT.TABLE2", issued));
    s.add(new Statement("现行有效文件", n.get(8), "件；废止规章", "TEXT.TABLE2-next", inForce));
    s.add(new Statement("", n.get(9), "件。", "TEXT.TABLE2", repealed));
    s.add(new Statement("全年办理行政许可", n.get(10), " 件，实施", "TEXT.TABLE2", licensing));
    s.add(new Statement("行政处罚", n.get(11), "件，", "TEXT.TABLE2", penalties));
    s.add(new Statement("行政强制", n.get(12), "件。", "TEXT.TABLE2", enforcement));
    CellAddress fees = CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES);
    r = r.withCell(fees, AmountCell.of(fee));
    // the fee in digits, as printed (a Chinese amount with decimals is not written)
    String narrativeFee = "全年行政事业性收费 " + fee.toPlainString() + " 万元。";
    s.add(new Statement(narrativeFee, -1, "", "none", null));
    return new Written(r, fixRules(s), styles, percent(n.get(2), total, decimals));
  }

  /** Marks the number each statement's rule compares: the statement's own. */
  private static List<Statement> fixRules(List<Statement> s) {
    List<Statement> out = new ArrayList<>();
    for (Statement x : s) {
      String rule = x.rule().replace("-next", "");
      out.add(new Statement(x.before(), x.number(), x.after(), rule, x.cell()));
    }
    return out;
  }

  private static String percent(long part, long total, int decimals) {
    return BigDecimal.valueOf(part * 100)
            .divide(BigDecimal.valueOf(total), decimals, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  private static String write(long n, Style style) {
    return switch (style) {
      case ASCII -> Long.toString(n);
      case FULL_WIDTH -> {
        StringBuilder b = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
          b.append((char) ('\uFF10' + (c - '0')));
        }
        yield b.toString();
      }
      case CHINESE -> chinese(n);
    };
  }

  /** A number in Chinese numerals with units, as written in a sentence: 六十四, 一百零五, 十二万三千. */
  static String chinese(long n) {
    if (n == 0) {
      return "〇";
    }
    String digits = "零一二三四五六七八九";
    String[] units = {"", "十", "百", "千"};
    StringBuilder b = new StringBuilder();
    long high = n / 10_000;
    long low = n % 10_000;
    if (high > 0) {
      b.append(section(high, digits, units)).append('万');
      if (low > 0 && low < 1000) {
        b.append('零');
      }
    }
    if (low > 0) {
      b.append(section(low, digits, units));
    }
    String s = b.toString();
    // 一十二 is written 十二 at the start
    return s.startsWith("一十") ? s.substring(1) : s;
  }

  private static String section(long n, String digits, String[] units) {
    StringBuilder b = new StringBuilder();
    boolean zero = false;
    for (int u = 3; u >= 0; u--) {
      long d = (n / (long) Math.pow(10, u)) % 10;
      if (d == 0) {
        zero = b.length() > 0;
        continue;
      }
      if (zero) {
        b.append('零');
        zero = false;
      }
      b.append(digits.charAt((int) d)).append(units[u]);
    }
    return b.toString();
  }

  private static List<String> found(AnnualReport r) {
    ValidationResult result = VALIDATOR.validate(r);
    List<String> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (RULES.contains(f.code())) {
        out.add(f.code() + " " + f.location());
      }
    }
    return out;
  }

  @Property
  void aNarrativeOfTheReportsOwnNumbersNeverDisagrees(@ForAll("written") Written w) {
    AnnualReport r = w.report().withOverview(Overview.of(w.text(-1, 0)));
    assertEquals(List.of(), found(r), r.overview().text());
  }

  @Property
  void oneStatedNumberChangedDisagreesThere(
      @ForAll("written") Written w,
      @ForAll @IntRange(min = 0, max = 200) int which,
      @ForAll @LongRange(min = 1, max = 1000) long delta) {
    List<Integer> comparable = new ArrayList<>();
    for (int i = 0; i < w.statements().size(); i++) {
      if (w.statements().get(i).cell() != null) {
        comparable.add(i);
      }
    }
    int i = comparable.get(which % comparable.size());
    Statement s = w.statements().get(i);
    AnnualReport r = w.report().withOverview(Overview.of(w.text(i, delta)));
    assertEquals(List.of(s.rule() + " " + s.cell().path()), found(r), r.overview().text());
  }

  @Property
  void aPercentageOffByOneLastDigitOrMoreDisagreesAtItsOutcome(
      @ForAll("written") Written w, @ForAll @IntRange(min = 1, max = 50) int lastDigits) {
    String share = w.disclosedShare(); // e.g. 37.70%, printed rounded half up
    BigDecimal printed = new BigDecimal(share.substring(0, share.length() - 1));
    BigDecimal off = printed.add(BigDecimal.valueOf(lastDigits, printed.scale()));
    String text = w.text(-1, 0).replace("占" + share + "；", "占" + off.toPlainString() + "%；");
    AnnualReport r = w.report().withOverview(Overview.of(text));
    assertEquals(List.of("TEXT.PERCENT " + t3(ApplicationRow.DISCLOSED).path()), found(r), text);
  }

  @Property
  void chineseNumeralsReadBack(@ForAll @LongRange(min = 0, max = 99_999_999) long n) {
    AnnualReport r =
        Tongchuan2023.report()
            .withOverview(Overview.of("行政许可" + chinese(n) + "件。"))
            .withCell(CellAddress.of(DisclosureRow.LICENSING), Cell.of(n));
    assertEquals(List.of(), found(r), chinese(n));
  }
}

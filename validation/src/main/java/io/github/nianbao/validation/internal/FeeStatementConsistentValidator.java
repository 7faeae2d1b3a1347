package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.constraints.FeeStatementConsistent;
import io.github.nianbao.validation.RuleCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code TEXT.FEE_CONSISTENT}: what section 六 says of the 信息处理费 agrees with Table 3's （六）2
 * (申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请) and with itself (2021 format).
 *
 * <p>Section 六 is read clause by clause (a clause ends at 。；，、! ? or a line break). A clause that
 * names the fee (处理费, 收费) and does not speak of an applicant's payment (缴纳, 缴费, 逾期) is:
 *
 * <ul>
 *   <li>a denial that any fee notice was issued when a negation (未, 没有, 无, 不存在, 免) comes before 通知
 *       — “未发出政府信息处理费收费通知”; or of any fee at all when the clause says 不存在, 无, 未产生, 未发生, 未涉及, 没有产生
 *       or 没有发生 — “不存在信息公开收费情况”;
 *   <li>a denial that a fee was collected when another negation comes before 收 — “未收取信息处理费”;
 *   <li>an amount collected when it has no negation and states a number of 元 (or 万元) — “收取信息处理费 200
 *       元” (0 元 is a denial that a fee was collected).
 * </ul>
 *
 * Findings: (1) a denial of any fee notice, or of any fee, while （六）2 is more than 0 — those
 * applications were dropped because a fee notice went unpaid — at （六）2's 总计; (2) an amount
 * collected beside a denial, at {@code otherMatters}. “未收取” beside a non-zero （六）2 is no finding: a
 * notice that went unpaid collected nothing.
 */
public final class FeeStatementConsistentValidator extends ReportRule<FeeStatementConsistent> {

  private static final String CLAUSE_ENDS = "。；;，,、！!？?\n";
  private static final List<String> FEE_WORDS = List.of("处理费", "收费");
  private static final List<String> PAYMENT_WORDS = List.of("缴纳", "缴费", "逾期");
  private static final List<String> NEGATIONS = List.of("不存在", "没有", "未", "无", "免");
  private static final List<String> NONE_AT_ALL =
      List.of("不存在", "无", "未产生", "未发生", "未涉及", "没有产生", "没有发生");

  /** Creates the validator. */
  public FeeStatementConsistentValidator() {
    super(RuleCode.TEXT_FEE_CONSISTENT);
  }

  /** What one clause says. */
  enum Says {
    NO_NOTICE,
    NOT_COLLECTED,
    AMOUNT
  }

  /** A clause that says something of the fee: what, the clause, the amount in 元 for AMOUNT. */
  record Statement(Says says, String clause, BigDecimal yuan) {}

  static List<Statement> read(String text) {
    List<Statement> out = new ArrayList<>();
    if (text.indexOf('费') < 0) {
      return out; // every clause that says something names 处理费 or 收费
    }
    int from = 0;
    int fee = -1; // the last 费 seen, so that a clause without one is not cut out
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) == '费') {
        fee = i;
      }
      if (i == text.length() || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        if (i > from && fee >= from) {
          Statement s = clause(text.substring(from, i));
          if (s != null) {
            out.add(s);
          }
        }
        from = i + 1;
      }
    }
    return out;
  }

  private static Statement clause(String c) {
    int fee = firstOf(c, FEE_WORDS, 0);
    if (fee < 0 || firstOf(c, PAYMENT_WORDS, 0) >= 0) {
      return null;
    }
    String clause = c.strip();
    int neg = firstOf(c, NEGATIONS, 0);
    if (neg >= 0) {
      int notice = c.indexOf("通知", neg);
      if (notice >= 0) {
        return new Statement(Says.NO_NOTICE, clause, null);
      }
      if (firstOf(c, NONE_AT_ALL, 0) >= 0) {
        return new Statement(Says.NO_NOTICE, clause, null);
      }
      if (c.indexOf('收', neg) >= 0) {
        return new Statement(Says.NOT_COLLECTED, clause, null);
      }
      return null;
    }
    BigDecimal yuan = amount(c);
    if (yuan == null) {
      return null;
    }
    return yuan.signum() == 0
        ? new Statement(Says.NOT_COLLECTED, clause, null)
        : new Statement(Says.AMOUNT, clause, yuan);
  }

  /** The first amount of 元 or 万元 the clause states, in 元, or null. */
  private static BigDecimal amount(String c) {
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (!StatedNumbers.isDigit(ch) && !StatedNumbers.isNumeral(ch)) {
        continue;
      }
      StatedNumbers.Read r = StatedNumbers.read(c, i, true);
      if (r == null) {
        while (i + 1 < c.length()
            && (StatedNumbers.isDigit(c.charAt(i + 1))
                || StatedNumbers.isNumeral(c.charAt(i + 1)))) {
          i++;
        }
        continue;
      }
      int k = StatedNumbers.skipSpaces(c, r.end());
      if (c.startsWith("万元", k)) {
        return r.value().movePointRight(4);
      }
      if (c.startsWith("元", k)) {
        return r.value();
      }
      i = r.end() - 1;
    }
    return null;
  }

  private static int firstOf(String s, List<String> words, int from) {
    int first = -1;
    for (String w : words) {
      int at = s.indexOf(w, from);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    if (report.formatVersion() != FormatVersion.V2021) {
      return; // （六）2 and the statement on the fee are of the 2021 format
    }
    List<Statement> statements = read(report.otherMatters());
    Statement noNotice = null;
    Statement denial = null;
    Statement amount = null;
    for (Statement s : statements) {
      switch (s.says()) {
        case NO_NOTICE -> {
          noNotice = noNotice == null ? s : noNotice;
          denial = denial == null ? s : denial;
        }
        case NOT_COLLECTED -> denial = denial == null ? s : denial;
        case AMOUNT -> amount = amount == null ? s : amount;
      }
    }
    if (noNotice != null) {
      CellAddress unpaid =
          CellAddress.of(ApplicationRow.OTHER_HANDLING_UNPAID_FEE, ApplicantCategory.TOTAL);
      Cell cell = report.count(unpaid);
      if (!cell.isNumber()) {
        findings.notAssessable(unpaid.path(), Findings.why(unpaid, cell));
      } else if (cell.value() > 0) {
        Map<String, Object> p = Findings.parameters(unpaid);
        p.put("section", ReportSection.OTHER_MATTERS.heading());
        p.put("phrase", Findings.quote(noNotice.clause()));
        findings
            .at(unpaid)
            .contributing(List.of(unpaid))
            .reported(cell.printed())
            .computed("0")
            .params(p)
            .add();
      }
    }
    if (amount != null && denial != null) {
      Map<String, Object> p = new java.util.LinkedHashMap<>();
      p.put("section", ReportSection.OTHER_MATTERS.heading());
      p.put("phrase", Findings.quote(amount.clause()));
      p.put("denial", Findings.quote(denial.clause()));
      p.put("yuan", amount.yuan().stripTrailingZeros().toPlainString());
      findings
          .atPlace(ReportSection.OTHER_MATTERS.key())
          .variant(".amount")
          .reported(amount.yuan().stripTrailingZeros().toPlainString())
          .computed("0")
          .params(p)
          .add();
    }
  }
}

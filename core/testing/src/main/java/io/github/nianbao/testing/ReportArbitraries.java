package io.github.nianbao.testing;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.ActiveDisclosureTable;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.FeeItems;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ItemCounts;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.OverviewTopic;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Procurement;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.ReviewProceeding;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.validation.RuleCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of annual reports for users' property tests, in the style of jqwik's own {@code
 * Arbitraries}.
 *
 * <p>{@link #validReports()} builds reports that satisfy every identity <em>by construction</em>:
 * the parts are drawn first and every total is derived, so no generated value is filtered away.
 * {@link #brokenReports()} takes such a report and breaks exactly one rule at exactly one place.
 * With {@code nianbao-validation} and jqwik on the test class path, {@code @ForAll AnnualReport
 * report} draws from {@link #validReports()} (see {@link AnnualReportArbitraryProvider}).
 *
 * <p>jqwik is an optional dependency of {@code nianbao-validation}: production code never loads
 * this package, and a test that uses it brings jqwik 1.9.3 itself.
 */
public final class ReportArbitraries {
  private ReportArbitraries() {}

  /** A neutral overview: no number the rule {@code TEXT.NARRATIVE} would compare. */
  private static final String PLAIN_OVERVIEW = part(OverviewTopic.ACTIVE_DISCLOSURE) + "按要求公开政府信息。";

  /**
   * The largest 行政事业性收费 of valid reports, in 万元 (10 亿元): more than the generator's agencies (a
   * district, departments of a county and of a city) plausibly collect in a year, and far below
   * {@code T2.FEE_UNIT}'s bounds.
   */
  private static final long MAX_FEE = 100_000L;

  /** Township bodies, whose fee {@code T2.FEE_UNIT} bounds at 10,000 万元 (docs/format.md). */
  private static final List<String> TOWNSHIPS =
      List.of("渠县三汇镇人民政府", "通川区东城街道办事处", "达川区百节镇", "宣汉县漆碑乡", "通川区朝阳街道");

  /** Sentences of section 一 that state nothing a narrative rule compares. */
  private static final List<String> NEUTRAL_SENTENCES =
      List.of("按要求公开政府信息。", "持续加强政务公开平台建设。", "做好政策解读和回应关切工作。", "完善信息发布审核机制，确保内容准确。", "落实政务公开工作责任。");

  /** A section 六 that states the fees, as {@code TEXT.FEE_REPORTED} asks. */
  private static final String FEE_STATEMENT = "本年度未收取信息处理费。";

  /**
   * Returns reports that break no rule: every identity (docs/format.md, The rules) holds, every
   * cell is a number, the narrative's numbers agree with the tables and section 六 states the fees.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AnnualReport> validReports() {
    return validReports(FormatVersion.V2021);
  }

  /**
   * Returns reports of a format version that break no rule, of the years the version was prescribed
   * for: 2019–2020 for the 2019 trial format (whose Table 2 has signed 本年增/减 cells and a 采购总金额
   * printed with its unit), 2021–2030 for the 2021 format.
   *
   * @param version the format version
   * @return the arbitrary
   */
  public static Arbitrary<AnnualReport> validReports(FormatVersion version) {
    Arbitrary<String> agency = Arbitraries.of("达州市通川区", "渠县经济和信息化局", "达州市数字经济局", "卫滨区政务服务和大数据管理局");
    boolean v2019 = version == FormatVersion.V2019;
    Arbitrary<Integer> years =
        v2019
            ? Arbitraries.integers().between(2019, 2020)
            : Arbitraries.integers().between(2021, 2030);
    Arbitrary<ActiveDisclosureTable> table2 =
        v2019 ? activeDisclosures2019().map(t -> t) : activeDisclosures().map(t -> t);
    return Combinators.combine(
            agency, years, table2, applications(version), reviews(), Arbitraries.of(true, false))
        .as(
            (name, year, t2, t3, t4, stated) ->
                AnnualReport.builder()
                    .agency(name)
                    .year(year)
                    .overview(Overview.of(stated ? statement(t3, t4) : PLAIN_OVERVIEW))
                    .activeDisclosure(t2)
                    .applications(t3)
                    .reviewAndLitigation(t4)
                    .problemsAndImprovements("主要问题：信息公开的及时性有待提高。改进措施：加强审核。")
                    .otherMatters(FEE_STATEMENT)
                    .build());
  }

  /**
   * Returns reports of either format version that break exactly one rule at exactly one place,
   * drawn over every single-report rule.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BrokenReport> brokenReports() {
    return Arbitraries.oneOf(
        List.of(brokenReports(FormatVersion.V2021), brokenReports(FormatVersion.V2019)));
  }

  /**
   * Returns reports of either format version that break exactly one rule at exactly one place,
   * drawn over every single-report rule of the SDK and the user's own mutations: each mutation is
   * drawn as often as one SDK rule. A user adds a mutation that breaks their own rule, so that
   * their property over broken reports covers it:
   *
   * <pre>{@code
   * @Provide
   * Arbitrary<BrokenReport> broken() {
   *   return ReportArbitraries.brokenReports(
   *       valid ->
   *           Optional.of(new BrokenReport(valid.withAgency("未知机关"), "MY.AGENCY_KNOWN", "agency")));
   * }
   * }</pre>
   *
   * @param mine the user's mutations, each applied to valid reports of either format version
   * @return the arbitrary
   */
  @SuppressWarnings("unchecked")
  public static Arbitrary<BrokenReport> brokenReports(ReportMutation... mine) {
    if (mine.length == 0) {
      return brokenReports();
    }
    Arbitrary<AnnualReport> valid =
        Arbitraries.oneOf(
            List.of(validReports(FormatVersion.V2021), validReports(FormatVersion.V2019)));
    // each of the user's mutations weighs as one SDK rule
    List<Tuple.Tuple2<Integer, Arbitrary<BrokenReport>>> weighted = new ArrayList<>();
    weighted.add(Tuple.of(RuleCode.values().length, brokenReports()));
    for (ReportMutation m : mine) {
      java.util.Objects.requireNonNull(m, "mutation");
      weighted.add(Tuple.of(1, valid.map(m::apply).filter(Optional::isPresent).map(Optional::get)));
    }
    return Arbitraries.frequencyOf(weighted.toArray(new Tuple.Tuple2[0]));
  }

  /**
   * Returns reports of a format version that break exactly one rule at exactly one place, drawn
   * over every single-report rule that applies to the version ({@code T2.IN_FORCE}, {@code
   * TEXT.FEE_REPORTED}, {@code TEXT.TABLE2}, {@code TEXT.FEE_CONSISTENT}, {@code T2.FEE_UNIT} and
   * {@code TEXT.OVERVIEW_LENGTH} are rules of the 2021 format).
   *
   * @param version the format version
   * @return the arbitrary
   */
  public static Arbitrary<BrokenReport> brokenReports(FormatVersion version) {
    Arbitrary<AnnualReport> valid = validReports(version);
    List<Arbitrary<BrokenReport>> all =
        new ArrayList<>(
            List.of(
                brokenRowTotals(valid, version),
                brokenOutcomeTotals(valid),
                brokenBalances(valid),
                brokenGroupTotals(valid),
                negativeCounts(valid, version),
                overflowingGroups(valid),
                blankCells(valid, version),
                narrativesThatDisagree(valid),
                versionsNotForTheYear(version)));
    all.add(percentagesThatDisagree(valid, version));
    all.add(sectionsMissing(valid, version));
    if (version == FormatVersion.V2021) {
      all.add(documentsNotInForce(valid));
      all.add(feesNotReported(valid));
      all.add(table2FiguresOneOff(valid));
      all.add(feeStatementsThatDisagree(valid));
      all.add(feesPrintedInYuan(valid));
      all.add(overviewsTooLong(valid));
    }
    return Arbitraries.oneOf(all);
  }

  /** The numbering and title of a part of section 一, as a paragraph starts: （二）依申请公开。 */
  private static String part(OverviewTopic topic) {
    return topic.numbering() + topic.label() + "。";
  }

  private static String statement(Applications t3, ReviewAndLitigation t4) {
    long litigation =
        t4.litigationDirect().total().value() + t4.litigationAfterReview().total().value();
    return part(OverviewTopic.DISCLOSURE_ON_REQUEST)
        + "本年度新收政府信息公开申请 "
        + t3.newlyReceived().total().value()
        + " 件，上年结转 "
        + t3.carriedOver().total().value()
        + " 件，本年度办结 "
        + t3.outcomes().total().total().value()
        + " 件，"
        + ApplicationRow.CARRIED_FORWARD.label()
        + " "
        + t3.carriedForward().total().value()
        + " 件，引发"
        + ReviewProceeding.ADMINISTRATIVE_REVIEW.label()
        + " "
        + t4.administrativeReview().total().value()
        + " 件，引发"
        + ReviewProceeding.ADMINISTRATIVE_LITIGATION.label()
        + " "
        + litigation
        + " 件。";
  }

  private static Arbitrary<Long> smallCounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0L)), Tuple.of(1, Arbitraries.longs().between(1, 30)));
  }

  private static Arbitrary<ActiveDisclosure> activeDisclosures() {
    Arbitrary<DocumentCounts> documents =
        Combinators.combine(
                Arbitraries.longs().between(0, 20),
                Arbitraries.longs().between(0, 20),
                Arbitraries.longs().between(0, 50))
            .as(
                (issued, repealed, extra) ->
                    DocumentCounts.of(issued, repealed, Math.max(0, issued - repealed) + extra));
    // up to MAX_FEE 万元 at 0–6 decimals, so that T2.FEE_UNIT stays silent
    Arbitrary<AmountCell> fees =
        Arbitraries.integers()
            .between(0, 6)
            .flatMap(
                scale ->
                    Arbitraries.longs()
                        .between(0, MAX_FEE * pow10(scale))
                        .map(unscaled -> AmountCell.of(BigDecimal.valueOf(unscaled, scale))));
    Arbitrary<Long> decisions = Arbitraries.longs().between(0, 200_000);
    return Combinators.combine(documents, documents, decisions, decisions, decisions, fees)
        .as(
            (rules, normative, licensing, penalties, enforcement, fee) ->
                ActiveDisclosure.builder()
                    .rules(rules)
                    .normativeDocuments(normative)
                    .licensing(Cell.of(licensing))
                    .penalties(Cell.of(penalties))
                    .enforcement(Cell.of(enforcement))
                    .administrativeFees(fee)
                    .build());
  }

  private static Arbitrary<ActiveDisclosure2019> activeDisclosures2019() {
    Arbitrary<PublishedDocuments> documents =
        Combinators.combine(
                Arbitraries.longs().between(0, 20),
                Arbitraries.longs().between(0, 20),
                Arbitraries.longs().between(0, 200))
            .as(
                (made, published, more) ->
                    PublishedDocuments.of(made, published, published + more));
    Arbitrary<ItemCounts> items =
        Combinators.combine(
                Arbitraries.longs().between(0, 300),
                Arbitraries.longs().between(-20, 20),
                Arbitraries.longs().between(0, 200_000))
            .as((before, change, decisions) -> ItemCounts.of(before, change, decisions));
    Arbitrary<FeeItems> fees =
        Combinators.combine(Arbitraries.longs().between(0, 50), Arbitraries.longs().between(-5, 5))
            .as((before, change) -> FeeItems.of(Cell.of(before), Cell.of(change)));
    Arbitrary<Procurement> procurement =
        Combinators.combine(
                Arbitraries.longs().between(0, 50),
                Arbitraries.longs().between(0, 10_000_000L),
                Arbitraries.of("元", "万元", ""))
            .as(
                (projects, amount, unit) ->
                    Procurement.of(Cell.of(projects), PrintedAmount.of(amount + unit)));
    return Combinators.combine(documents, documents, items.list().ofSize(4), fees, procurement)
        .as(
            (rules, normative, i, fee, p) ->
                ActiveDisclosure2019.builder()
                    .rules(rules)
                    .normativeDocuments(normative)
                    .licensing(i.get(0))
                    .otherManagementServices(i.get(1))
                    .penalties(i.get(2))
                    .enforcement(i.get(3))
                    .administrativeFees(fee)
                    .centralizedProcurement(p)
                    .build());
  }

  /**
   * One applicant column of Table 3, balanced: the outcome rows of its version (21 or 19), 四, and 二
   * ≤ 三 + 四.
   */
  private record Column(
      List<ApplicationRow> outcomeRows, long[] outcomes, long carriedOver, long carriedForward) {
    long outcomesTotal() {
      long sum = 0;
      for (long v : outcomes) {
        sum += v;
      }
      return sum;
    }

    long newlyReceived() {
      return outcomesTotal() + carriedForward - carriedOver;
    }

    long get(ApplicationRow row) {
      return switch (row) {
        case NEWLY_RECEIVED -> newlyReceived();
        case CARRIED_OVER -> carriedOver;
        case OUTCOMES_TOTAL -> outcomesTotal();
        case CARRIED_FORWARD -> carriedForward;
        default -> outcomes[outcomeRows.indexOf(row)];
      };
    }
  }

  private static Arbitrary<Column> columns(FormatVersion version) {
    List<ApplicationRow> rows = ApplicationRow.outcomeRows(version);
    int outcomeRows = rows.size();
    return Combinators.combine(
            smallCounts().list().ofSize(outcomeRows),
            smallCounts(),
            Arbitraries.doubles().between(0, 1))
        .as(
            (outcomes, forward, share) -> {
              long[] o = outcomes.stream().mapToLong(Long::longValue).toArray();
              long sum = 0;
              for (long v : o) {
                sum += v;
              }
              long over = (long) Math.floor(share * (sum + forward));
              return new Column(rows, o, over, forward);
            });
  }

  private static Arbitrary<Applications> applications(FormatVersion version) {
    return columns(version)
        .list()
        .ofSize(ApplicantCategory.parts().size())
        .map(
            cols ->
                Applications.fromRows(
                    version,
                    row -> {
                      long[] v = new long[6];
                      for (int i = 0; i < 6; i++) {
                        v[i] = cols.get(i).get(row);
                      }
                      return ApplicantCounts.ofParts(v[0], v[1], v[2], v[3], v[4], v[5]);
                    }));
  }

  private static Arbitrary<ReviewAndLitigation> reviews() {
    Arbitrary<ReviewOutcomes> group =
        smallCounts()
            .list()
            .ofSize(4)
            .map(l -> ReviewOutcomes.ofParts(l.get(0), l.get(1), l.get(2), l.get(3)));
    return group.list().ofSize(3).map(l -> ReviewAndLitigation.from(g -> l.get(g.ordinal())));
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  private static AnnualReport plain(AnnualReport r) {
    return r.withOverview(Overview.of(PLAIN_OVERVIEW));
  }

  private static long value(AnnualReport r, CellAddress a) {
    return r.count(a).value();
  }

  private static AnnualReport add(AnnualReport r, CellAddress a, long d) {
    return r.withCell(a, Cell.of(value(r, a) + d));
  }

  private static Arbitrary<Long> deltas() {
    return Arbitraries.longs().between(1, 9);
  }

  private static Arbitrary<BrokenReport> brokenRowTotals(
      Arbitrary<AnnualReport> valid, FormatVersion version) {
    return Combinators.combine(valid, Arbitraries.of(ApplicationRow.rows(version)), deltas())
        .as(
            (r, row, d) -> {
              CellAddress total = CellAddress.of(row, ApplicantCategory.TOTAL);
              return new BrokenReport(add(plain(r), total, d), RuleCode.T3_ROW_TOTAL, total.path());
            });
  }

  private static Arbitrary<BrokenReport> brokenOutcomeTotals(Arbitrary<AnnualReport> valid) {
    return Combinators.combine(valid, Arbitraries.of(ApplicantCategory.parts()), deltas())
        .as(
            (r, column, d) -> {
              // (七) and 一 rise together: the balance and both row totals still hold
              AnnualReport b = plain(r);
              CellAddress at = CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, column);
              b = add(b, at, d);
              b = add(b, CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.TOTAL), d);
              b = add(b, CellAddress.of(ApplicationRow.NEWLY_RECEIVED, column), d);
              b = add(b, CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL), d);
              return new BrokenReport(b, RuleCode.T3_OUTCOME_TOTAL, at.path());
            });
  }

  private static Arbitrary<BrokenReport> brokenBalances(Arbitrary<AnnualReport> valid) {
    return Combinators.combine(valid, Arbitraries.of(ApplicantCategory.parts()), deltas())
        .as(
            (r, column, d) -> {
              AnnualReport b = plain(r);
              CellAddress at = CellAddress.of(ApplicationRow.CARRIED_FORWARD, column);
              b = add(b, at, d);
              b =
                  add(
                      b,
                      CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL),
                      d);
              return new BrokenReport(b, RuleCode.T3_BALANCE, at.path());
            });
  }

  private static Arbitrary<BrokenReport> brokenGroupTotals(Arbitrary<AnnualReport> valid) {
    return Combinators.combine(valid, Arbitraries.of(ReviewCase.class), deltas())
        .as(
            (r, group, d) -> {
              CellAddress total = CellAddress.of(group, ReviewColumn.TOTAL);
              return new BrokenReport(
                  add(plain(r), total, d), RuleCode.T4_GROUP_TOTAL, total.path());
            });
  }

  private static Arbitrary<BrokenReport> negativeCounts(
      Arbitrary<AnnualReport> valid, FormatVersion version) {
    List<CellAddress> free =
        version == FormatVersion.V2019
            ? List.of(
                CellAddress.of(DisclosureRow2019.LICENSING, DisclosureColumn2019.DECISIONS),
                CellAddress.of(
                    DisclosureRow2019.PENALTIES, DisclosureColumn2019.PREVIOUS_YEAR_ITEMS),
                CellAddress.of(DisclosureRow2019.RULES, DisclosureColumn2019.NEWLY_MADE),
                CellAddress.of(
                    DisclosureRow2019.ADMINISTRATIVE_FEES,
                    DisclosureColumn2019.PREVIOUS_YEAR_ITEMS),
                CellAddress.of(
                    DisclosureRow2019.CENTRALIZED_PROCUREMENT, DisclosureColumn2019.PROJECTS))
            : List.of(
                CellAddress.of(DisclosureRow.LICENSING),
                CellAddress.of(DisclosureRow.PENALTIES),
                CellAddress.of(DisclosureRow.ENFORCEMENT),
                CellAddress.of(DisclosureRow.RULES, DisclosureColumn.ISSUED),
                CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED),
                CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES));
    return Combinators.combine(valid, Arbitraries.of(free), deltas())
        .as(
            (r, at, d) -> {
              TableCell negative =
                  at.isAmount() ? AmountCell.of(BigDecimal.valueOf(-d, 2)) : Cell.of(-d);
              return new BrokenReport(
                  r.withCell(at, negative), RuleCode.COUNT_NON_NEGATIVE, at.path());
            });
  }

  /**
   * A Table 4 group whose parts sum past {@link Long#MAX_VALUE}: one part at the maximum and
   * another at least 1, the printed total untouched ({@code T4.GROUP_TOTAL} cannot check it).
   */
  private static Arbitrary<BrokenReport> overflowingGroups(Arbitrary<AnnualReport> valid) {
    return Combinators.combine(
            valid,
            Arbitraries.of(ReviewCase.class),
            Arbitraries.of(ReviewColumn.parts()),
            Arbitraries.longs().between(0, 9))
        .as(
            (r, group, column, below) -> {
              AnnualReport b = plain(r);
              long others = 0;
              for (ReviewColumn c : ReviewColumn.parts()) {
                others += c == column ? 0 : value(b, CellAddress.of(group, c));
              }
              if (others <= below) {
                ReviewColumn next =
                    ReviewColumn.parts().get((ReviewColumn.parts().indexOf(column) + 1) % 4);
                b = add(b, CellAddress.of(group, next), below + 1 - others);
              }
              b = b.withCell(CellAddress.of(group, column), Cell.of(Long.MAX_VALUE - below));
              return new BrokenReport(
                  b, RuleCode.COUNT_OVERFLOW, CellAddress.of(group, ReviewColumn.TOTAL).path());
            });
  }

  private static Arbitrary<BrokenReport> documentsNotInForce(Arbitrary<AnnualReport> valid) {
    return Combinators.combine(
            valid, Arbitraries.of(DisclosureRow.RULES, DisclosureRow.NORMATIVE_DOCUMENTS), deltas())
        .as(
            (r, row, d) -> {
              DocumentCounts c = r.activeDisclosure2021().documents(row);
              CellAddress issued = CellAddress.of(row, DisclosureColumn.ISSUED);
              long tooMany = c.inForce().value() + c.repealed().value() + d;
              return new BrokenReport(
                  r.withCell(issued, Cell.of(tooMany)),
                  RuleCode.T2_IN_FORCE,
                  CellAddress.of(row, DisclosureColumn.IN_FORCE).path());
            });
  }

  private static Arbitrary<BrokenReport> blankCells(
      Arbitrary<AnnualReport> valid, FormatVersion version) {
    Arbitrary<String> content = Arbitraries.of("", "/", "-", "—", "无", "不适用");
    return Combinators.combine(valid, Arbitraries.of(CellAddress.all(version)), content)
        .as(
            (r, at, printed) -> {
              TableCell cell =
                  at.column() == DisclosureColumn2019.TOTAL_AMOUNT
                      ? PrintedAmount.of(printed)
                      : at.isAmount()
                          ? (printed.isEmpty() ? AmountCell.blank() : AmountCell.mark(printed))
                          : (printed.isEmpty() ? Cell.blank() : Cell.mark(printed));
              return new BrokenReport(plain(r).withCell(at, cell), RuleCode.CELL_BLANK, at.path());
            });
  }

  private static Arbitrary<BrokenReport> narrativesThatDisagree(Arbitrary<AnnualReport> valid) {
    return Combinators.combine(valid, deltas())
        .as(
            (r, d) -> {
              long stated = r.applications().newlyReceived().total().value() + d;
              CellAddress at =
                  CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL);
              return new BrokenReport(
                  r.withOverview(
                      Overview.of(
                          part(OverviewTopic.DISCLOSURE_ON_REQUEST)
                              + "本年度新收政府信息公开申请 "
                              + stated
                              + " 件。")),
                  RuleCode.TEXT_NARRATIVE,
                  at.path());
            });
  }

  /**
   * A report whose tables are of a version not prescribed for its year: the 2019 tables in
   * 2021–2030, the 2021 tables in 2019–2020.
   */
  private static Arbitrary<BrokenReport> versionsNotForTheYear(FormatVersion version) {
    Arbitrary<Integer> years =
        version == FormatVersion.V2019
            ? Arbitraries.integers().between(2021, 2030)
            : Arbitraries.integers().between(2019, 2020);
    return Combinators.combine(validReports(version), years)
        .as(
            (r, year) ->
                new BrokenReport(r.withYear(year), RuleCode.VERSION_YEAR, "formatVersion"));
  }

  private static Arbitrary<BrokenReport> feesNotReported(Arbitrary<AnnualReport> valid) {
    return Combinators.combine(valid, Arbitraries.of("", "无其他需要报告的事项。"))
        .as(
            (r, text) ->
                new BrokenReport(
                    r.withOtherMatters(text),
                    RuleCode.TEXT_FEE_REPORTED,
                    ReportSection.OTHER_MATTERS.key()));
  }

  /**
   * Section 一 states one figure of Table 2 (2021 format) one off: a count (规章 or 行政规范性文件 制发, 废止,
   * 现行有效; 行政许可, 行政处罚, 行政强制) one more or one less, or the fee 1 万元 more or less.
   */
  private static Arbitrary<BrokenReport> table2FiguresOneOff(Arbitrary<AnnualReport> valid) {
    List<CellAddress> stated = new ArrayList<>();
    for (DisclosureRow row : List.of(DisclosureRow.RULES, DisclosureRow.NORMATIVE_DOCUMENTS)) {
      for (DisclosureColumn c :
          List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE)) {
        stated.add(CellAddress.of(row, c));
      }
    }
    for (DisclosureRow row :
        List.of(
            DisclosureRow.LICENSING,
            DisclosureRow.PENALTIES,
            DisclosureRow.ENFORCEMENT,
            DisclosureRow.ADMINISTRATIVE_FEES)) {
      stated.add(CellAddress.of(row));
    }
    return Combinators.combine(valid, Arbitraries.of(stated), Arbitraries.of(1, -1))
        .as(
            (r, at, sign) -> {
              BigDecimal table = new BigDecimal(r.cell(at).printed());
              BigDecimal off = table.add(BigDecimal.valueOf(sign));
              if (off.signum() < 0) {
                off = table.add(BigDecimal.ONE);
              }
              String number = off.toPlainString();
              DisclosureRow row = (DisclosureRow) at.row();
              String phrase;
              if (row == DisclosureRow.ADMINISTRATIVE_FEES) {
                phrase = "本年度" + row.label() + " " + number + " 万元。";
              } else if (at.column() == DisclosureColumn.ISSUED) {
                phrase = "本年度制发" + row.label() + " " + number + " 件。";
              } else if (at.column() == DisclosureColumn.REPEALED) {
                phrase = "本年度废止" + row.label() + " " + number + " 件。";
              } else if (at.column() == DisclosureColumn.IN_FORCE) {
                phrase = "现行有效" + row.label() + " " + number + " 件。";
              } else {
                phrase = "本年度办理" + row.label() + "事项 " + number + " 件。";
              }
              return new BrokenReport(
                  r.withOverview(Overview.of(withActiveDisclosure(r, phrase))),
                  RuleCode.TEXT_TABLE2,
                  at.path());
            });
  }

  /** The report's section 一 with a sentence added to its part （一）主动公开, first in the text. */
  private static String withActiveDisclosure(AnnualReport r, String sentence) {
    String text = r.overview().text();
    return text.equals(PLAIN_OVERVIEW)
        ? PLAIN_OVERVIEW + sentence
        : PLAIN_OVERVIEW + sentence + "\n" + text;
  }

  /** The name section 一 gives an outcome group: its label without the parenthesised note. */
  static String outcomeName(OutcomeGroup g) {
    String label = g.label();
    int note = label.indexOf('（');
    return note < 0 ? label : label.substring(0, note);
  }

  /**
   * Section 一 states a share of one outcome group (of （七）总计) that disagrees with Table 3: the exact
   * share rounded half up at 0–2 decimals, plus 1–9 of its last digit (so that it is neither the
   * rounded nor the cut share).
   */
  private static Arbitrary<BrokenReport> percentagesThatDisagree(
      Arbitrary<AnnualReport> valid, FormatVersion version) {
    List<OutcomeGroup> groups =
        java.util.Arrays.stream(OutcomeGroup.values())
            .filter(g -> g != OutcomeGroup.TOTAL)
            .toList();
    CellAddress totalAt = CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.TOTAL);
    return Combinators.combine(
            valid.filter(r -> value(r, totalAt) > 0),
            Arbitraries.of(groups),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(1, 9))
        .as(
            (r, group, scale, d) -> {
              long sum = 0;
              CellAddress first = null;
              for (ApplicationRow row : ApplicationRow.outcomeRows(version)) {
                if (row.group().orElse(null) == group) {
                  CellAddress a = CellAddress.of(row, ApplicantCategory.TOTAL);
                  first = first == null ? a : first;
                  sum += value(r, a);
                }
              }
              BigDecimal rounded =
                  BigDecimal.valueOf(sum * 100)
                      .divide(BigDecimal.valueOf(value(r, totalAt)), scale, RoundingMode.HALF_UP);
              BigDecimal stated = rounded.add(BigDecimal.valueOf(d, scale));
              String text =
                  r.overview().text()
                      + "\n办理结果中，"
                      + outcomeName(group)
                      + "的占 "
                      + stated.toPlainString()
                      + "%。";
              return new BrokenReport(
                  r.withOverview(Overview.of(text)), RuleCode.TEXT_PERCENT, first.path());
            });
  }

  /**
   * Section 六 denies any fee notice or any fee while Table 3's （六）2 (逾期未缴费) counts applications:
   * 1–9 more in one applicant column, its 总计, （七）总计 and 一 rising with it, so that every identity
   * holds; or 六 states an amount collected beside its denial.
   */
  private static Arbitrary<BrokenReport> feeStatementsThatDisagree(Arbitrary<AnnualReport> valid) {
    Arbitrary<String> denials =
        Arbitraries.of("本年度未发出政府信息处理费收费通知。", "本年度不存在信息公开收费情况。", "本机关未产生信息处理费。", "没有发生政府信息公开收费情况。");
    Arbitrary<BrokenReport> unpaid =
        Combinators.combine(valid, Arbitraries.of(ApplicantCategory.parts()), deltas(), denials)
            .as(
                (r, column, d, text) -> {
                  AnnualReport b = plain(r).withOtherMatters(text);
                  for (ApplicationRow row :
                      List.of(
                          ApplicationRow.OTHER_HANDLING_UNPAID_FEE,
                          ApplicationRow.OUTCOMES_TOTAL,
                          ApplicationRow.NEWLY_RECEIVED)) {
                    b = add(b, CellAddress.of(row, column), d);
                    b = add(b, CellAddress.of(row, ApplicantCategory.TOTAL), d);
                  }
                  return new BrokenReport(
                      b,
                      RuleCode.TEXT_FEE_CONSISTENT,
                      CellAddress.of(
                              ApplicationRow.OTHER_HANDLING_UNPAID_FEE, ApplicantCategory.TOTAL)
                          .path());
                });
    Arbitrary<BrokenReport> amount =
        Combinators.combine(valid, Arbitraries.longs().between(1, 5000))
            .as(
                (r, yuan) ->
                    new BrokenReport(
                        r.withOtherMatters("本年度未收取信息处理费，共收取信息处理费 " + yuan + " 元。"),
                        RuleCode.TEXT_FEE_CONSISTENT,
                        ReportSection.OTHER_MATTERS.key()));
    return Arbitraries.frequencyOf(Tuple.of(3, unpaid), Tuple.of(1, amount));
  }

  /**
   * Table 2's 行政事业性收费 beyond {@code T2.FEE_UNIT}'s bound for the agency's level: more than 10,000
   * 万元 for a township's body, more than 1,000,000 万元 for a county-level one, more than 100,000,000
   * 万元 for any.
   */
  private static Arbitrary<BrokenReport> feesPrintedInYuan(Arbitrary<AnnualReport> valid) {
    return Arbitraries.oneOf(
        List.of(
            feeBeyond(valid, TOWNSHIPS, 1_000_001L, 10_000_000_000L),
            feeBeyond(valid, List.of("达州市通川区", "渠县经济和信息化局"), 100_000_001L, 10_000_000_000L),
            feeBeyond(valid, List.of(), 10_000_000_001L, 10_000_000_000_000L)));
  }

  /**
   * A fee of {@code minCents}–{@code maxCents} cents (万元 with two decimals) in the report of one of
   * the agencies, or of the report's own agency when none is given.
   */
  private static Arbitrary<BrokenReport> feeBeyond(
      Arbitrary<AnnualReport> valid, List<String> agencies, long minCents, long maxCents) {
    CellAddress at = CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES);
    Arbitrary<Optional<String>> agency =
        agencies.isEmpty()
            ? Arbitraries.just(Optional.empty())
            : Arbitraries.of(agencies).map(Optional::of);
    return Combinators.combine(valid, agency, Arbitraries.longs().between(minCents, maxCents))
        .as(
            (r, name, cents) ->
                new BrokenReport(
                    name.map(r::withAgency)
                        .orElse(r)
                        .withCell(at, AmountCell.of(BigDecimal.valueOf(cents, 2))),
                    RuleCode.T2_FEE_UNIT,
                    at.path()));
  }

  /**
   * One section missing or out of place: 一 or 五 (or 六 of the 2019 format, whose empty 六 no other
   * rule reports) empty, or a narrative section holding another section's heading as a line.
   */
  private static Arbitrary<BrokenReport> sectionsMissing(
      Arbitrary<AnnualReport> valid, FormatVersion version) {
    List<ReportSection> narratives =
        List.of(
            ReportSection.OVERVIEW,
            ReportSection.PROBLEMS_AND_IMPROVEMENTS,
            ReportSection.OTHER_MATTERS);
    List<ReportSection> emptied =
        version == FormatVersion.V2019
            ? narratives
            : List.of(ReportSection.OVERVIEW, ReportSection.PROBLEMS_AND_IMPROVEMENTS);
    Arbitrary<BrokenReport> empty =
        Combinators.combine(valid, Arbitraries.of(emptied))
            .as(
                (r, s) ->
                    new BrokenReport(withSection(r, s, ""), RuleCode.SECTIONS_PRESENT, s.key()));
    Arbitrary<BrokenReport> misplaced =
        Combinators.combine(
                valid, Arbitraries.of(narratives), Arbitraries.of(ReportSection.values()))
            .as(
                (r, s, heading) -> {
                  ReportSection h =
                      heading != s
                          ? heading
                          : ReportSection.values()[
                              (heading.ordinal() + 1) % ReportSection.values().length];
                  String text = sectionText(r, s) + "\n" + h.numbering() + " " + h.title();
                  return new BrokenReport(
                      withSection(r, s, text), RuleCode.SECTIONS_PRESENT, s.key());
                });
    return Arbitraries.oneOf(List.of(empty, misplaced));
  }

  /** The text of a narrative section. */
  static String sectionText(AnnualReport r, ReportSection s) {
    return switch (s) {
      case OVERVIEW -> r.overview().text();
      case PROBLEMS_AND_IMPROVEMENTS -> r.problemsAndImprovements();
      case OTHER_MATTERS -> r.otherMatters();
      default -> throw new IllegalArgumentException(s + " is a table");
    };
  }

  /** The report with a narrative section's text replaced. */
  static AnnualReport withSection(AnnualReport r, ReportSection s, String text) {
    return switch (s) {
      case OVERVIEW -> r.withOverview(Overview.of(text));
      case PROBLEMS_AND_IMPROVEMENTS -> r.withProblemsAndImprovements(text);
      case OTHER_MATTERS -> r.withOtherMatters(text);
      default -> throw new IllegalArgumentException(s + " is a table");
    };
  }

  /**
   * Section 一 of 1,201–3,000 characters (white space not counted): the report's own text, which
   * agrees with its tables, and neutral sentences that state nothing a narrative rule compares.
   */
  private static Arbitrary<BrokenReport> overviewsTooLong(Arbitrary<AnnualReport> valid) {
    return Combinators.combine(
            valid, Arbitraries.integers().between(1201, 3000), Arbitraries.integers().between(0, 4))
        .as(
            (r, length, start) -> {
              StringBuilder b = new StringBuilder(r.overview().text());
              for (int i = start; characters(b) < length; i++) {
                b.append(i % 3 == 0 ? "\n" : "")
                    .append(NEUTRAL_SENTENCES.get(i % NEUTRAL_SENTENCES.size()));
              }
              return new BrokenReport(
                  r.withOverview(Overview.of(b.toString())),
                  RuleCode.TEXT_OVERVIEW_LENGTH,
                  ReportSection.OVERVIEW.key());
            });
  }

  /** The characters of a text but white space, as docs/format.md counts section 一. */
  private static long characters(CharSequence text) {
    return text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '\u202F')
        .count();
  }
}

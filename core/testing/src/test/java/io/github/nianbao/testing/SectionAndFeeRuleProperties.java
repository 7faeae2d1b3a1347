package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.NotAssessable;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.RuleCode;
import io.github.nianbao.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of {@code TEXT.OVERVIEW_LENGTH}, {@code TEXT.FEE_CONSISTENT}, {@code T2.FEE_UNIT} and
 * {@code SECTIONS.PRESENT} (docs/format.md, The rules), over valid reports changed in the one place
 * a law speaks of.
 */
class SectionAndFeeRuleProperties {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  /** “About 1,000” characters of section 一 is up to this many (docs/format.md). */
  private static final int OVERVIEW_LIMIT = 1200;

  /** The most 万元 of a township's fee (docs/format.md). */
  private static final BigDecimal TOWNSHIP_BOUND = BigDecimal.valueOf(10_000);

  /** The most 万元 of any report's fee (docs/format.md). */
  private static final BigDecimal ANY_BOUND = BigDecimal.valueOf(100_000_000);

  /** T2.FEE_UNIT's bound for a county-level body, in 万元. */
  private static final BigDecimal COUNTY_BOUND = BigDecimal.valueOf(1_000_000);

  private static final CellAddress UNPAID =
      CellAddress.of(ApplicationRow.OTHER_HANDLING_UNPAID_FEE, ApplicantCategory.TOTAL);

  private static final CellAddress FEE = CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES);

  @Provide
  Arbitrary<AnnualReport> valid2021() {
    return ReportArbitraries.validReports(FormatVersion.V2021);
  }

  @Provide
  Arbitrary<AnnualReport> valid2019() {
    return ReportArbitraries.validReports(FormatVersion.V2019);
  }

  @Provide
  Arbitrary<AnnualReport> valid() {
    return Arbitraries.oneOf(
        List.of(
            ReportArbitraries.validReports(FormatVersion.V2021),
            ReportArbitraries.validReports(FormatVersion.V2019)));
  }

  private static List<String> found(AnnualReport r, RuleCode rule) {
    return VALIDATOR.validate(r).findings().stream()
        .filter(f -> f.code().equals(rule.code()))
        .map(Finding::location)
        .toList();
  }

  private static List<String> all(AnnualReport r) {
    return VALIDATOR.validate(r).findings().stream()
        .map(f -> f.code() + " " + f.location())
        .toList();
  }

  // TEXT.OVERVIEW_LENGTH

  /**
   * Characters that state nothing a narrative rule reads; 𠮷 is outside the BMP (one code point).
   */
  private static final List<String> LETTERS =
      List.of("政", "务", "公", "开", "工", "作", "稳", "步", "推", "进", "。", "，", "1", "𠮷");

  private static final List<String> SPACES = List.of(" ", "\u3000", "\n", "\u00A0", "\t", "  ");

  /**
   * A text of n characters that are no white space, with white space between them: the pair (n,
   * text).
   */
  @Provide
  Arbitrary<Tuple.Tuple2<Integer, String>> overviews() {
    Arbitrary<Integer> lengths =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.integers().between(1, 2500)),
            Tuple.of(2, Arbitraries.integers().between(OVERVIEW_LIMIT - 3, OVERVIEW_LIMIT + 3)));
    return lengths.flatMap(
        n ->
            Combinators.combine(
                    Arbitraries.of(LETTERS).list().ofSize(n),
                    Arbitraries.frequencyOf(
                            Tuple.of(4, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(SPACES)))
                        .list()
                        .ofSize(n))
                .as(
                    (letters, spaces) -> {
                      StringBuilder b = new StringBuilder();
                      for (int i = 0; i < n; i++) {
                        b.append(letters.get(i)).append(spaces.get(i));
                      }
                      return Tuple.of(n, b.toString());
                    }));
  }

  @Property
  void anOverviewOfNCharactersIsTooLongIffNPassesTheBound(
      @ForAll("valid2021") AnnualReport valid,
      @ForAll("overviews") Tuple.Tuple2<Integer, String> overview) {
    int n = overview.get1();
    AnnualReport r = valid.withOverview(Overview.of(overview.get2()));
    List<Finding> findings = VALIDATOR.validate(r).findings();
    assertEquals(
        n > OVERVIEW_LIMIT ? List.of("TEXT.OVERVIEW_LENGTH overview") : List.of(),
        findings.stream().map(f -> f.code() + " " + f.location()).toList(),
        n + " characters");
    if (n > OVERVIEW_LIMIT) {
      assertEquals(Optional.of(Integer.toString(n)), findings.get(0).reported());
    }
    Statistics.collect(n > OVERVIEW_LIMIT ? "too long" : "within");
    Statistics.coverage(
        c -> {
          c.check("too long").count(k -> k > 0);
          c.check("within").count(k -> k > 0);
        });
  }

  @Property(tries = 200)
  void anOverviewOfThe2019FormatIsNeverTooLong(
      @ForAll("valid2019") AnnualReport valid,
      @ForAll("overviews") Tuple.Tuple2<Integer, String> overview) {
    AnnualReport r = valid.withOverview(Overview.of(overview.get2()));
    assertEquals(List.of(), found(r, RuleCode.TEXT_OVERVIEW_LENGTH));
  }

  // TEXT.FEE_CONSISTENT

  /** Section 六 texts that deny any fee notice or any fee at all. */
  private static final List<String> DENIALS_OF_ANY_FEE =
      List.of(
          "本年度未发出政府信息处理费收费通知。",
          "本年度不存在信息公开收费情况。",
          "本机关未产生信息处理费。",
          "本年度没有发生政府信息公开收费情况。",
          "无信息处理费收费情况。",
          "本年度本机关未涉及信息处理费。");

  /** Section 六 texts that deny only that a fee was collected. */
  private static final List<String> DENIALS_OF_COLLECTION =
      List.of("本年度未收取信息处理费。", "本年度没有收取政府信息公开处理费。", "本年度收取信息处理费 0 元。");

  /**
   * The report with k more applications at （六）2 in one applicant column, every identity kept: its
   * 总计, （七）总计 and 一 rise with it.
   */
  private static AnnualReport unpaidMore(AnnualReport r, ApplicantCategory column, long k) {
    AnnualReport b = r.withOverview(Overview.of("（一）主动公开。按要求公开政府信息。"));
    for (ApplicationRow row :
        List.of(
            ApplicationRow.OTHER_HANDLING_UNPAID_FEE,
            ApplicationRow.OUTCOMES_TOTAL,
            ApplicationRow.NEWLY_RECEIVED)) {
      for (CellAddress a :
          List.of(CellAddress.of(row, column), CellAddress.of(row, ApplicantCategory.TOTAL))) {
        b = b.withCell(a, Cell.of(b.count(a).value() + k));
      }
    }
    return b;
  }

  @Property
  void denyingAnyFeeIsAFindingIffSomeApplicationWasDroppedForAnUnpaidFee(
      @ForAll("valid2021") AnnualReport valid,
      @ForAll("parts") ApplicantCategory column,
      @ForAll @IntRange(min = 0, max = 3) int k,
      @ForAll("denialsOfAnyFee") String denial) {
    AnnualReport r = unpaidMore(valid, column, k).withOtherMatters(denial);
    long unpaid = r.count(UNPAID).value();
    assertEquals(
        unpaid > 0 ? List.of("TEXT.FEE_CONSISTENT " + UNPAID.path()) : List.of(),
        all(r),
        denial + " with （六）2 = " + unpaid);
    Statistics.collect(unpaid > 0);
    Statistics.coverage(
        c -> {
          c.check(true).count(n -> n > 0);
          c.check(false).count(n -> n > 0);
        });
  }

  @Property(tries = 200)
  void denyingAnyFeeBesideABlankUnpaidCellIsNotAssessableThere(
      @ForAll("valid2021") AnnualReport valid,
      @ForAll("denialsOfAnyFee") String denial,
      @ForAll("blankOrMark") String printed) {
    AnnualReport r =
        valid
            .withOtherMatters(denial)
            .withCell(UNPAID, printed.isEmpty() ? Cell.blank() : Cell.mark(printed));
    ValidationResult result = VALIDATOR.validate(r);
    assertEquals(List.of(), found(r, RuleCode.TEXT_FEE_CONSISTENT));
    assertEquals(
        List.of(UNPAID.path()),
        result.notAssessable().stream()
            .filter(n -> n.code().equals(RuleCode.TEXT_FEE_CONSISTENT.code()))
            .map(NotAssessable::location)
            .toList());
  }

  @Provide
  Arbitrary<String> blankOrMark() {
    return Arbitraries.of("", "/", "-", "—", "无", "不适用");
  }

  @Property
  void denyingOnlyThatAFeeWasCollectedIsNeverAFinding(
      @ForAll("valid2021") AnnualReport valid,
      @ForAll("parts") ApplicantCategory column,
      @ForAll @IntRange(min = 0, max = 3) int k,
      @ForAll("denialsOfCollection") String denial) {
    AnnualReport r = unpaidMore(valid, column, k).withOtherMatters(denial);
    assertEquals(List.of(), all(r));
  }

  @Property
  void anAmountCollectedBesideADenialIsAFindingAtSectionSix(
      @ForAll("valid2021") AnnualReport valid,
      @ForAll("denialsOfCollection") String denial,
      @ForAll @IntRange(min = 1, max = 100_000) int yuan,
      @ForAll boolean denied) {
    String amount = "上半年收取信息处理费 " + yuan + " 元。";
    AnnualReport r = valid.withOtherMatters(denied ? denial + amount : amount);
    assertEquals(
        denied ? List.of(ReportSection.OTHER_MATTERS.key()) : List.of(),
        found(r, RuleCode.TEXT_FEE_CONSISTENT));
  }

  @Property(tries = 200)
  void sectionSixOfThe2019FormatIsNeverReadForTheFee(
      @ForAll("valid2019") AnnualReport valid, @ForAll("denialsOfAnyFee") String denial) {
    AnnualReport r = valid.withOtherMatters(denial);
    assertEquals(List.of(), found(r, RuleCode.TEXT_FEE_CONSISTENT));
  }

  @Provide
  Arbitrary<ApplicantCategory> parts() {
    return Arbitraries.of(ApplicantCategory.parts());
  }

  @Provide
  Arbitrary<String> denialsOfAnyFee() {
    return Arbitraries.of(DENIALS_OF_ANY_FEE);
  }

  @Provide
  Arbitrary<String> denialsOfCollection() {
    return Arbitraries.of(DENIALS_OF_COLLECTION);
  }

  // T2.FEE_UNIT

  /** Bodies of townships: names that end in 乡, 镇, 街道, 苏木, 镇人民政府, 街道办事处 … */
  private static final List<String> TOWNSHIPS =
      List.of(
          "宣汉县漆碑乡", "渠县三汇镇", "通川区朝阳街道", "四子王旗白音朝克图苏木", "达川区百节镇人民政府", "通川区东城街道办事处", "宣汉县漆碑乡人民政府");

  /** Bodies of county-level divisions: a district, departments of a county, a banner. */
  private static final List<String> COUNTIES =
      List.of("达州市通川区", "渠县经济和信息化局", "渠县市场监督管理局", "通川区朝阳街道社区卫生服务中心", "四子王旗人民政府");

  /**
   * Bodies above a county: departments of a city, a province, an autonomous region, a prefecture.
   */
  private static final List<String> ABOVE =
      List.of("达州市数字经济局", "四川省财政厅", "内蒙古自治区人民政府", "阿克苏地区行政公署", "凉山彝族自治州人民政府");

  @Provide
  Arbitrary<BigDecimal> fees() {
    Arbitrary<BigDecimal> near =
        Arbitraries.of(TOWNSHIP_BOUND, COUNTY_BOUND, ANY_BOUND)
            .flatMap(
                bound ->
                    Arbitraries.integers()
                        .between(-3, 3)
                        .map(d -> bound.add(BigDecimal.valueOf(d, 2))));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(20_000))),
        Tuple.of(1, Arbitraries.bigDecimals().between(ANY_BOUND, ANY_BOUND.scaleByPowerOfTen(1))),
        Tuple.of(
            1, Arbitraries.bigDecimals().between(COUNTY_BOUND, COUNTY_BOUND.scaleByPowerOfTen(1))),
        Tuple.of(
            1,
            Arbitraries.longs().between(0, 1_000_000_000_000L).map(v -> BigDecimal.valueOf(v, 2))),
        Tuple.of(2, near));
  }

  @Property
  void aFeeIsImplausibleInTenThousandsIffItPassesTheBoundOfTheAgencysLevel(
      @ForAll("valid2021") AnnualReport valid,
      @ForAll @IntRange(min = 0, max = 2) int level,
      @ForAll @IntRange(min = 0, max = 6) int name,
      @ForAll("fees") BigDecimal fee) {
    List<String> names = List.of(TOWNSHIPS, COUNTIES, ABOVE).get(level);
    String agency = names.get(name % names.size());
    AnnualReport r = valid.withAgency(agency).withCell(FEE, AmountCell.of(fee));
    BigDecimal bound = List.of(TOWNSHIP_BOUND, COUNTY_BOUND, ANY_BOUND).get(level);
    boolean beyond = fee.compareTo(bound) > 0;
    List<Finding> findings = VALIDATOR.validate(r).findings();
    assertEquals(
        beyond ? List.of("T2.FEE_UNIT " + FEE.path()) : List.of(),
        findings.stream().map(f -> f.code() + " " + f.location()).toList(),
        agency + " " + fee.toPlainString());
    if (beyond) {
      assertEquals(
          Optional.of(fee.movePointLeft(4).stripTrailingZeros().toPlainString()),
          findings.get(0).computed());
    }
    Statistics.collect(level, beyond);
    Statistics.coverage(
        c -> {
          for (int l = 0; l < 3; l++) {
            c.check(l, true).count(n -> n > 0);
            c.check(l, false).count(n -> n > 0);
          }
        });
  }

  @Property(tries = 200)
  void aBlankFeeIsNotAssessable(
      @ForAll("valid2021") AnnualReport valid,
      @ForAll boolean township,
      @ForAll("blankOrMark") String printed) {
    AnnualReport r =
        valid
            .withAgency(township ? TOWNSHIPS.get(0) : ABOVE.get(0))
            .withCell(FEE, printed.isEmpty() ? AmountCell.blank() : AmountCell.mark(printed));
    ValidationResult result = VALIDATOR.validate(r);
    assertEquals(List.of(), found(r, RuleCode.T2_FEE_UNIT));
    assertEquals(
        List.of(FEE.path()),
        result.notAssessable().stream()
            .filter(n -> n.code().equals(RuleCode.T2_FEE_UNIT.code()))
            .map(NotAssessable::location)
            .toList());
  }

  @Property(tries = 200)
  void the2019FormatHasNoFeeToCheck(
      @ForAll("valid2019") AnnualReport valid, @ForAll boolean township) {
    AnnualReport r = valid.withAgency(township ? TOWNSHIPS.get(0) : ABOVE.get(0));
    assertEquals(List.of(), found(r, RuleCode.T2_FEE_UNIT));
  }

  // SECTIONS.PRESENT

  /** The report without one section: a narrative's text empty, a table's every cell blank. */
  private static AnnualReport without(AnnualReport r, ReportSection s) {
    if (!s.isTable()) {
      return ReportArbitraries.withSection(r, s, "");
    }
    AnnualReport b = r;
    for (CellAddress a : CellAddress.all(r.formatVersion())) {
      if (a.table() == s) {
        TableCell blank =
            a.column() == DisclosureColumn2019.TOTAL_AMOUNT
                ? PrintedAmount.blank()
                : a.isAmount() ? AmountCell.blank() : Cell.blank();
        b = b.withCell(a, blank);
      }
    }
    return b;
  }

  @Property
  void removingOneSectionIsAFindingAtThatSection(
      @ForAll("valid") AnnualReport valid, @ForAll ReportSection s) {
    AnnualReport r = without(valid, s);
    boolean feeReported =
        s == ReportSection.OTHER_MATTERS && r.formatVersion() == FormatVersion.V2021;
    assertEquals(
        feeReported ? List.of() : List.of(s.key()),
        found(r, RuleCode.SECTIONS_PRESENT),
        s + " of " + r.formatVersion());
    if (feeReported) {
      assertEquals(List.of("TEXT.FEE_REPORTED otherMatters"), all(r));
    } else if (!s.isTable()) {
      assertEquals(List.of("SECTIONS.PRESENT " + s.key()), all(r));
    }
    Statistics.collect(s);
  }

  /** A heading with white space anywhere in it: 五、 存在的主要问题 及改进情况. */
  @Provide
  Arbitrary<Tuple.Tuple2<ReportSection, String>> headings() {
    return Combinators.combine(
            Arbitraries.of(ReportSection.class),
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(SPACES).filter(w -> !w.contains("\n")))
        .as(
            (s, at, space) -> {
              String h = s.heading();
              int i = Math.min(at, h.length());
              return Tuple.of(s, h.substring(0, i) + space + h.substring(i));
            });
  }

  @Property
  void anotherSectionsHeadingAsALineOfANarrativeIsAFindingThere(
      @ForAll("valid") AnnualReport valid,
      @ForAll("narratives") ReportSection in,
      @ForAll("headings") Tuple.Tuple2<ReportSection, String> heading,
      @ForAll boolean atTheEnd) {
    String text = ReportArbitraries.sectionText(valid, in);
    String line = heading.get2();
    AnnualReport r =
        ReportArbitraries.withSection(
            valid, in, atTheEnd ? text + "\n" + line : line + "\n" + text);
    assertEquals(
        heading.get1() == in ? List.of() : List.of("SECTIONS.PRESENT " + in.key()),
        all(r),
        line + " in " + in);
  }

  @Property
  void aHeadingInsideALineIsNoFinding(
      @ForAll("valid") AnnualReport valid,
      @ForAll("narratives") ReportSection in,
      @ForAll ReportSection heading) {
    String text = ReportArbitraries.sectionText(valid, in);
    AnnualReport r =
        ReportArbitraries.withSection(valid, in, text + "详见" + heading.heading() + "。");
    assertEquals(List.of(), found(r, RuleCode.SECTIONS_PRESENT));
  }

  @Provide
  Arbitrary<ReportSection> narratives() {
    return Arbitraries.of(
        ReportSection.OVERVIEW,
        ReportSection.PROBLEMS_AND_IMPROVEMENTS,
        ReportSection.OTHER_MATTERS);
  }
}

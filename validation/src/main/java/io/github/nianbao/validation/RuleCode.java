package io.github.nianbao.validation;

import io.github.nianbao.core.constraints.CellsFilled;
import io.github.nianbao.core.constraints.DocumentsInForce;
import io.github.nianbao.core.constraints.FeePlausibleInTenThousands;
import io.github.nianbao.core.constraints.FeeReported;
import io.github.nianbao.core.constraints.FeeStatementConsistent;
import io.github.nianbao.core.constraints.Inferred;
import io.github.nianbao.core.constraints.NarrativeMatchesTable2;
import io.github.nianbao.core.constraints.NarrativeMatchesTables;
import io.github.nianbao.core.constraints.NonNegativeCounts;
import io.github.nianbao.core.constraints.Official;
import io.github.nianbao.core.constraints.OverviewLength;
import io.github.nianbao.core.constraints.PercentagesMatchTable3;
import io.github.nianbao.core.constraints.SectionsPresent;
import io.github.nianbao.core.constraints.SumsInRange;
import io.github.nianbao.core.constraints.Table3Balance;
import io.github.nianbao.core.constraints.Table3OutcomeTotals;
import io.github.nianbao.core.constraints.Table3RowTotals;
import io.github.nianbao.core.constraints.Table4GroupTotals;
import io.github.nianbao.core.constraints.VersionFitsYear;
import io.github.nianbao.validation.constraints.CarryOverMatches;
import io.github.nianbao.validation.constraints.InForceContinues;
import io.github.nianbao.validation.constraints.ItemsContinue;
import io.github.nianbao.validation.constraints.TextNotRepeated;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * The stable codes of the SDK's rules (docs/format.md, The rules), public API: each with its
 * default severity and the constraint annotation that implements it.
 */
public enum RuleCode {
  /** Every Table 3 row: 总计 = the sum of the six applicant columns. */
  T3_ROW_TOTAL("T3.ROW_TOTAL", Severity.ERROR, Table3RowTotals.class),
  /** Per column: （七）总计 = the sum of every outcome row. */
  T3_OUTCOME_TOTAL("T3.OUTCOME_TOTAL", Severity.ERROR, Table3OutcomeTotals.class),
  /** Per column: 一 + 二 = 三（七）总计 + 四. */
  T3_BALANCE("T3.BALANCE", Severity.ERROR, Table3Balance.class),
  /** Per Table 4 group: total = upheld + corrected + other + pending. */
  T4_GROUP_TOTAL("T4.GROUP_TOTAL", Severity.ERROR, Table4GroupTotals.class),
  /** Every count ≥ 0; the fee ≥ 0. */
  COUNT_NON_NEGATIVE("COUNT.NON_NEGATIVE", Severity.ERROR, NonNegativeCounts.class),
  /**
   * 数值溢出: a sum that an identity of Tables 3 and 4 adds up passes {@link Long#MAX_VALUE}, so the
   * identity cannot be checked; one finding per identity and place, naming the largest addend.
   */
  COUNT_OVERFLOW("COUNT.OVERFLOW", Severity.ERROR, SumsInRange.class),
  /** 规章, 行政规范性文件: inForce ≥ issued − repealed. */
  T2_IN_FORCE("T2.IN_FORCE", Severity.WARNING, DocumentsInForce.class),
  /** Consecutive years: this year's 二 上年结转 = last year's 四 结转下年度, per column. */
  SERIES_CARRY("SERIES.CARRY", Severity.ERROR, CarryOverMatches.class),
  /** Consecutive years: inForce = last year's inForce + issued − repealed. */
  SERIES_IN_FORCE("SERIES.IN_FORCE", Severity.WARNING, InForceContinues.class),
  /** Numbers that the narrative states about Tables 3 and 4 agree with the tables. */
  TEXT_NARRATIVE("TEXT.NARRATIVE", Severity.WARNING, NarrativeMatchesTables.class),
  /** A cell is blank or holds a mark instead of a number. */
  CELL_BLANK("CELL.BLANK", Severity.WARNING, CellsFilled.class),
  /** Section 六 states the 信息处理费 situation. */
  TEXT_FEE_REPORTED("TEXT.FEE_REPORTED", Severity.WARNING, FeeReported.class),
  /** Section 五 is substantially the same text as last year's. */
  SERIES_REPEATED_TEXT("SERIES.REPEATED_TEXT", Severity.WARNING, TextNotRepeated.class),
  /**
   * The format version of the tables fits the year: the 2019 trial format for 2019–2020, the 2021
   * format from 2021.
   */
  VERSION_YEAR("VERSION.YEAR", Severity.WARNING, VersionFitsYear.class),
  /**
   * Consecutive years of the 2019 format, per item row of Table 2: 上一年项目数量 = last year's 上一年项目数量 +
   * 本年增/减.
   */
  SERIES_ITEMS_CONTINUE("SERIES.ITEMS_CONTINUE", Severity.WARNING, ItemsContinue.class),
  /**
   * Figures that section 一 states about Table 2 (规章, 行政规范性文件 制发/废止/现行有效; 行政许可, 行政处罚, 行政强制; 行政事业性收费)
   * agree with the table (2021 format).
   */
  TEXT_TABLE2("TEXT.TABLE2", Severity.WARNING, NarrativeMatchesTable2.class),
  /**
   * Percentages that section 一 states about the outcomes of Table 3 agree with their share of
   * （七）总计, at the printed precision.
   */
  TEXT_PERCENT("TEXT.PERCENT", Severity.WARNING, PercentagesMatchTable3.class),
  /**
   * Section 六's statement on the 信息处理费 agrees with Table 3's （六）2 and with itself (2021 format).
   */
  TEXT_FEE_CONSISTENT("TEXT.FEE_CONSISTENT", Severity.WARNING, FeeStatementConsistent.class),
  /** Table 2's 行政事业性收费, in 万元, is not so large that it was printed in 元 (2021 format). */
  T2_FEE_UNIT("T2.FEE_UNIT", Severity.WARNING, FeePlausibleInTenThousands.class),
  /** The six sections are present, none empty, none's heading inside another's text. */
  SECTIONS_PRESENT("SECTIONS.PRESENT", Severity.ERROR, SectionsPresent.class),
  /** Section 一 is within about 1,000 characters (2021 format). */
  TEXT_OVERVIEW_LENGTH("TEXT.OVERVIEW_LENGTH", Severity.WARNING, OverviewLength.class);

  private final String code;
  private final Severity severity;
  private final Class<? extends Annotation> constraint;

  RuleCode(String code, Severity severity, Class<? extends Annotation> constraint) {
    this.code = code;
    this.severity = severity;
    this.constraint = constraint;
  }

  /**
   * Returns the stable code, e.g. {@code T3.BALANCE}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the rule's severity in docs/format.md, The rules.
   *
   * @return the default severity
   */
  public Severity defaultSeverity() {
    return severity;
  }

  /**
   * Returns the constraint annotation that implements the rule.
   *
   * @return the annotation type
   */
  public Class<? extends Annotation> constraint() {
    return constraint;
  }

  /**
   * Returns the rule's Bean Validation group besides {@code Default}: {@link Official} for the
   * identities printed on the form ({@code T3.ROW_TOTAL}, {@code T3.OUTCOME_TOTAL}, {@code
   * T3.BALANCE}, {@code T4.GROUP_TOTAL}), {@link Inferred} for every other rule, including any rule
   * added later. {@code COUNT.NON_NEGATIVE} and {@code COUNT.OVERFLOW} are inferred: the form
   * prints no sign and no bound; an official identity whose sum overflows is, in the official
   * group, a not-assessable note of that identity.
   *
   * @return {@code Official.class} or {@code Inferred.class}
   */
  public Class<?> group() {
    return isOfficial() ? Official.class : Inferred.class;
  }

  /**
   * Returns whether the rule is one of the identities printed on the form (group {@link Official}).
   *
   * @return {@code true} for {@code T3.ROW_TOTAL}, {@code T3.OUTCOME_TOTAL}, {@code T3.BALANCE} and
   *     {@code T4.GROUP_TOTAL}
   */
  public boolean isOfficial() {
    return switch (code) {
      case "T3.ROW_TOTAL", "T3.OUTCOME_TOTAL", "T3.BALANCE", "T4.GROUP_TOTAL" -> true;
      default -> false;
    };
  }

  /**
   * Returns whether the rule compares the reports of consecutive years (a {@link ReportSeries})
   * rather than one report.
   *
   * @return {@code true} for the {@code SERIES.*} rules
   */
  public boolean isSeriesRule() {
    return code.startsWith("SERIES.");
  }

  /**
   * Returns the key of the rule's message template in {@code ValidationMessages}.
   *
   * @return e.g. {@code io.github.nianbao.T3.BALANCE}
   */
  public String messageKey() {
    return "io.github.nianbao." + code;
  }

  /**
   * Returns the rule with a code.
   *
   * @param code a code such as {@code T3.BALANCE}
   * @return the rule, or empty
   */
  public static Optional<RuleCode> ofCode(String code) {
    for (RuleCode r : values()) {
      if (r.code.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the rule a constraint annotation implements.
   *
   * @param constraint an annotation type
   * @return the rule, or empty for a constraint that is not the SDK's
   */
  public static Optional<RuleCode> ofConstraint(Class<? extends Annotation> constraint) {
    for (RuleCode r : values()) {
      if (r.constraint.equals(constraint)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

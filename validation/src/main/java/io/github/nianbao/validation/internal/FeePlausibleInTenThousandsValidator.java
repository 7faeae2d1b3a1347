package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.Scope;
import io.github.nianbao.core.constraints.FeePlausibleInTenThousands;
import io.github.nianbao.validation.RuleCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code T2.FEE_UNIT}: Table 2's 行政事业性收费 (本年收费金额, in 万元) is no amount that only makes sense in 元.
 * The cell is in 万元 and a fee printed in 元 there is 10,000 times too large, so the rule asks
 * whether the amount is larger than any body of the agency's level collects in a year:
 *
 * <ul>
 *   <li>any report: more than {@value #ANY_BOUND} 万元 (1 万亿元, more than every 行政事业性收费 of the whole
 *       country in a year);
 *   <li>a body of a township (乡, 镇, 街道, 苏木: the agency's name ends so, e.g. 某某镇人民政府, 某某街道办事处) that
 *       reports for itself: more than {@value #TOWNSHIP_BOUND} 万元 (1 亿元). A township collects few
 *       fees — most are collected by the county's departments — and an amount of that size is what
 *       a typical fee income in 元 reads as in 万元;
 *   <li>a body of a county-level division (a 区, 县 or 旗, or one of their departments: the last
 *       division character of the name — 省, 市, 州, 盟, 区, 县, 旗 — is 区, 县 or 旗, where 自治区 and 地区 are
 *       above a county and the 市 of 市场 is none) that reports for itself: more than {@value
 *       #COUNTY_BOUND} 万元 (100 亿元). A prefecture-level city's own fees reach about 10 亿元 (淮安市 2024
 *       prints 96171.6 万元); a county's are below, so 100 亿元 leaves a tenfold margin and still
 *       catches a district whose fees of more than 100 万元 are printed in 元 (通川区's 1953.86 万元 reads
 *       19538600).
 * </ul>
 *
 * The finding names the cell; computed is the amount read as 元, in 万元.
 */
public final class FeePlausibleInTenThousandsValidator
    extends ReportRule<FeePlausibleInTenThousands> {

  /** The most 万元 any report's fee is: 1 万亿元. */
  static final long ANY_BOUND = 100_000_000L;

  /** The most 万元 a township's fee is: 1 亿元. */
  static final long TOWNSHIP_BOUND = 10_000L;

  /** The most 万元 a county-level body's fee is: 100 亿元. */
  static final long COUNTY_BOUND = 1_000_000L;

  /** How the name of a township's body ends. */
  private static final List<String> TOWNSHIP_ENDINGS =
      List.of("乡", "镇", "街道", "苏木", "乡人民政府", "镇人民政府", "乡政府", "镇政府", "街道办事处", "街道办", "苏木人民政府");

  /** Creates the validator. */
  public FeePlausibleInTenThousandsValidator() {
    super(RuleCode.T2_FEE_UNIT);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    if (!(report.activeDisclosure() instanceof ActiveDisclosure t2)) {
      return; // the 2019 Table 2 has no 行政事业性收费 amount in 万元
    }
    CellAddress at = CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES);
    AmountCell fee = t2.administrativeFees();
    if (!fee.isNumber()) {
      findings.notAssessable(
          at.path(),
          at.path()
              + (fee.kind() == io.github.nianbao.core.CellKind.BLANK
                  ? " is blank"
                  : " holds the mark " + fee.printed()));
      return;
    }
    Level level = report.scope() == Scope.AGENCY ? level(report.agency()) : Level.ABOVE_COUNTY;
    long bound = level.bound;
    if (fee.value().compareTo(BigDecimal.valueOf(bound)) > 0) {
      Map<String, Object> p = Findings.parameters(at);
      p.put("amount", fee.printed());
      p.put("bound", bound);
      findings
          .at(at)
          .variant(level.variant)
          .reported(fee.printed())
          .computed(fee.value().movePointLeft(4).stripTrailingZeros().toPlainString())
          .params(p)
          .add();
    }
  }

  /** The level of an agency, as far as its name tells, and its bound. */
  enum Level {
    TOWNSHIP(TOWNSHIP_BOUND, ".township"),
    COUNTY(COUNTY_BOUND, ".county"),
    ABOVE_COUNTY(ANY_BOUND, "");

    final long bound;
    final String variant;

    Level(long bound, String variant) {
      this.bound = bound;
      this.variant = variant;
    }
  }

  /**
   * The level of an agency by its name: a township's body by its ending; else the last division
   * character decides (区, 县, 旗: a county; 省, 市, 州, 盟, 自治区, 地区: above); a name without one is taken
   * as above a county, the loosest bound.
   */
  static Level level(String agency) {
    if (isTownship(agency)) {
      return Level.TOWNSHIP;
    }
    for (int i = agency.length() - 1; i >= 0; i--) {
      switch (agency.charAt(i)) {
        case '县', '旗':
          return Level.COUNTY;
        case '区':
          if (i > 0 && (agency.charAt(i - 1) == '地' || agency.charAt(i - 1) == '治')) {
            return Level.ABOVE_COUNTY; // 地区, 自治区
          }
          return Level.COUNTY;
        case '市':
          if (i + 1 < agency.length() && agency.charAt(i + 1) == '场') {
            continue; // 市场监督管理局: no division
          }
          return Level.ABOVE_COUNTY;
        case '省', '州', '盟':
          return Level.ABOVE_COUNTY;
        default:
          break;
      }
    }
    return Level.ABOVE_COUNTY;
  }

  /** Whether an agency's name is a township's body's. */
  static boolean isTownship(String agency) {
    for (String ending : TOWNSHIP_ENDINGS) {
      if (agency.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.constraints.FeeReported;
import io.github.nianbao.validation.RuleCode;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;

/**
 * {@code TEXT.FEE_REPORTED}: section 六 states the 信息处理费 situation. It does when it mentions 处理费
 * (信息处理费, 信息公开处理费) or 收费 (e.g. “不存在信息公开收费情况”), whether fees were charged or not.
 */
public final class FeeReportedValidator extends ReportRule<FeeReported> {

  /** What a statement of the fee situation mentions. */
  static final Pattern FEE_STATEMENT = Pattern.compile("处理费|收费");

  /** Creates the validator. */
  public FeeReportedValidator() {
    super(RuleCode.TEXT_FEE_REPORTED);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    if (report.formatVersion() != FormatVersion.V2021) {
      return; // a rule of the 2021 format: the 2019 format asked for no 信息处理费 statement
    }
    if (!FEE_STATEMENT.matcher(report.otherMatters()).find()) {
      var p = new LinkedHashMap<String, Object>();
      p.put("section", ReportSection.OTHER_MATTERS.heading());
      findings
          .atPlace(ReportSection.OTHER_MATTERS.key())
          .variant(report.otherMatters().isEmpty() ? ".empty" : "")
          .params(p)
          .add();
    }
  }
}

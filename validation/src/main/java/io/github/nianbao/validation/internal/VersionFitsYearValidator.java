package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.constraints.VersionFitsYear;
import io.github.nianbao.validation.RuleCode;
import java.util.LinkedHashMap;

/**
 * {@code VERSION.YEAR}: the format version of the tables fits the reporting year ({@link
 * FormatVersion#fitsYear(int)}).
 */
public final class VersionFitsYearValidator extends ReportRule<VersionFitsYear> {

  /** Creates the validator. */
  public VersionFitsYearValidator() {
    super(RuleCode.VERSION_YEAR);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    FormatVersion version = report.formatVersion();
    if (version.fitsYear(report.year())) {
      return;
    }
    FormatVersion expected = null;
    for (FormatVersion v : FormatVersion.values()) {
      if (v.fitsYear(report.year())) {
        expected = v;
      }
    }
    var p = new LinkedHashMap<String, Object>();
    p.put("version", version.key());
    p.put("document", version.document());
    p.put("year", report.year());
    p.put("expected", expected == null ? "—" : expected.key());
    p.put("expectedDocument", expected == null ? "—" : expected.document());
    findings
        .atPlace("formatVersion")
        .reported(version.key())
        .computed(expected == null ? null : expected.key())
        .variant(expected == null ? ".none" : "")
        .params(p)
        .add();
  }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.constraints.OverviewLength;
import io.github.nianbao.validation.RuleCode;
import java.util.LinkedHashMap;

/**
 * {@code TEXT.OVERVIEW_LENGTH}: section 一 is within about 1,000 characters (2021 format).
 * Characters are counted as a reader of the printed page counts them: every Unicode code point of
 * the text but white space (spaces, the ideographic space U+3000, no-break spaces, line breaks),
 * punctuation and digits included. “About” is {@value #LIMIT}: the 1,000 the format asks for and a
 * fifth more, so that a section a little over by one way of counting or another is no finding.
 */
public final class OverviewLengthValidator extends ReportRule<OverviewLength> {

  /** The most characters of section 一, without white space, that give no finding. */
  static final int LIMIT = 1200;

  /** The length the 2021 format asks for. */
  static final int ASKED = 1000;

  /** Creates the validator. */
  public OverviewLengthValidator() {
    super(RuleCode.TEXT_OVERVIEW_LENGTH);
  }

  @Override
  void check(AbstractAnnualReport report, Findings findings) {
    if (report.formatVersion() != FormatVersion.V2021) {
      return; // the length is asked for by the 2021 format
    }
    long count = count(report.overview().text());
    if (count > LIMIT) {
      var p = new LinkedHashMap<String, Object>();
      p.put("section", ReportSection.OVERVIEW.heading());
      p.put("characters", count);
      p.put("asked", ASKED);
      p.put("limit", LIMIT);
      findings
          .atPlace(ReportSection.OVERVIEW.key())
          .reported(Long.toString(count))
          .computed(Integer.toString(LIMIT))
          .params(p)
          .add();
    }
  }

  /** The characters of a text without white space, counted in code points. */
  static long count(String text) {
    long count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '\u202F') {
        count++;
      }
    }
    return count;
  }
}

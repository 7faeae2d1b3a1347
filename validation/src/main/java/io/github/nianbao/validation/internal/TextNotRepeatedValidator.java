package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.validation.RuleCode;
import io.github.nianbao.validation.constraints.TextNotRepeated;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * {@code SERIES.REPEATED_TEXT}: section 五 is not substantially last year's text: {@link
 * TextSimilarity} below {@link TextSimilarity#THRESHOLD}.
 */
public final class TextNotRepeatedValidator extends SeriesRule<TextNotRepeated> {

  /** Creates the validator. */
  public TextNotRepeatedValidator() {
    super(RuleCode.SERIES_REPEATED_TEXT);
  }

  @Override
  void check(AnnualReport previous, AnnualReport current, Findings findings) {
    String location = ReportSection.PROBLEMS_AND_IMPROVEMENTS.key();
    double similarity =
        TextSimilarity.dice(previous.problemsAndImprovements(), current.problemsAndImprovements());
    if (similarity < 0) {
      findings.notAssessable(
          location, "section 五 is empty in " + previous.year() + " or " + current.year());
      return;
    }
    if (similarity >= TextSimilarity.THRESHOLD) {
      var p = new LinkedHashMap<String, Object>();
      p.put("section", ReportSection.PROBLEMS_AND_IMPROVEMENTS.heading());
      p.put("previousYear", previous.year());
      p.put("similarity", String.format(Locale.ROOT, "%.0f%%", similarity * 100));
      p.put("threshold", String.format(Locale.ROOT, "%.0f%%", TextSimilarity.THRESHOLD * 100));
      findings.atPlace(location).params(p).add();
    }
  }
}

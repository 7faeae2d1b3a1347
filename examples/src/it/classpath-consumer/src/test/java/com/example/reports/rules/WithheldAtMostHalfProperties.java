package com.example.reports.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class WithheldAtMostHalfProperties {
  // the rule as a warning: a valid report may withhold more than half, but has no error
  ReportValidator validator =
      ReportValidator.builder()
          .addConstraint(WithheldAtMostHalf.class)
          .severity("WithheldAtMostHalf", Severity.WARNING)
          .build();

  @Property
  void myRuleAddsNoErrorToAValidReport(@ForAll AnnualReport report) {
    assertFalse(validator.validate(report).hasErrors());
  }
}

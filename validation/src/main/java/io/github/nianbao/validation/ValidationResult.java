package io.github.nianbao.validation;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ReportValidator} found: the findings, the rules that ran, and where rules were not
 * assessable. Immutable.
 *
 * @param findings the findings, in rule order and then in printed order of the cells
 * @param rulesRun the codes of the rules that ran
 * @param notAssessable where a rule could not run, and why
 * @param blankAsZero the codes of the rules that read blank cells as 0 ({@link
 *     ReportValidator.Builder#blankAsZero()}), empty unless asked for
 * @param blanksReadAsZero the blank cells those rules read as 0, in year and printed order; empty
 *     when no rule reads blanks as 0 or the reports have no blank
 */
public record ValidationResult(
    List<Finding> findings,
    List<String> rulesRun,
    List<NotAssessable> notAssessable,
    List<String> blankAsZero,
    List<BlankReadAsZero> blanksReadAsZero) {

  /**
   * Creates the result; the lists are copied.
   *
   * @param findings the findings
   * @param rulesRun the codes of the rules that ran
   * @param notAssessable where rules could not run
   * @param blankAsZero the rules that read blanks as 0
   * @param blanksReadAsZero the blank cells they read as 0
   */
  public ValidationResult {
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    rulesRun = List.copyOf(Objects.requireNonNull(rulesRun, "rulesRun"));
    notAssessable = List.copyOf(Objects.requireNonNull(notAssessable, "notAssessable"));
    blankAsZero = List.copyOf(Objects.requireNonNull(blankAsZero, "blankAsZero"));
    blanksReadAsZero = List.copyOf(Objects.requireNonNull(blanksReadAsZero, "blanksReadAsZero"));
  }

  /**
   * Creates a result in which no rule read blanks as 0.
   *
   * @param findings the findings
   * @param rulesRun the codes of the rules that ran
   * @param notAssessable where rules could not run
   */
  public ValidationResult(
      List<Finding> findings, List<String> rulesRun, List<NotAssessable> notAssessable) {
    this(findings, rulesRun, notAssessable, List.of(), List.of());
  }

  /**
   * Returns whether any finding is an error.
   *
   * @return {@code true} if the report breaks an identity of severity error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity the severity
   * @return those findings, in order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the findings of one rule.
   *
   * @param code the rule's code
   * @return those findings, in order
   */
  public List<Finding> findings(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }
}

package io.github.nianbao.validation;

import java.util.Objects;

/**
 * A rule that could not run for one cell or column, and why: its operands include a blank or a mark
 * (docs/format.md, Cells), or a text the rule needs is missing. Not a finding.
 *
 * @param code the rule's code
 * @param year the reporting year of the report concerned
 * @param location the path of the cell the rule would have checked
 * @param reason why, in English
 */
public record NotAssessable(String code, int year, String location, String reason) {

  /**
   * Creates the record.
   *
   * @param code the rule's code
   * @param year the reporting year
   * @param location the path
   * @param reason why
   */
  public NotAssessable {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }
}

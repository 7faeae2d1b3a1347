package io.github.nianbao.validation;

import io.github.nianbao.core.CellAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a violation of one of the SDK's constraints, or of a user's rule written with {@link
 * RuleContext}, points at, carried as Hibernate Validator dynamic payload: {@code
 * violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(FindingDetails.class)}.
 * {@link ReportValidator} turns it into a {@link Finding}, or into a {@link NotAssessable} when
 * {@link #notAssessable()} holds a reason.
 *
 * <p>A violation whose details hold a not-assessable reason is not a finding: the rule could not
 * run there (a blank, a mark, a missing text), and the violation exists so that a plain Bean
 * Validation call does not silently drop it. Its message key is {@code
 * io.github.nianbao.NOT_ASSESSABLE}; {@link
 * NotAssessable#of(jakarta.validation.ConstraintViolation)} tells it apart.
 *
 * @param code the rule's code, e.g. {@code T3.BALANCE}, or a user's own code
 * @param year the reporting year of the report the finding is in
 * @param location the path of the cell or section, e.g. {@code
 *     applications.carriedForward.naturalPerson} or {@code otherMatters}
 * @param cell the cell the finding names, if it names one
 * @param contributingCells every cell that contributed (for a sum: each addend), possibly none
 * @param reported the value the report prints at the cell, if any
 * @param computed the value the rule derives (a sum, a minimum, the number the narrative states),
 *     if any
 * @param messageParameters the named parameters of the message template, in order
 * @param severity the severity a user's rule gives the finding, if it gives one (else the
 *     constraint's payload decides); empty for the SDK's rules
 * @param messageZh the finding's message in Chinese, if the rule formatted it itself (a user's
 *     rule); empty for the SDK's rules, whose message is the template of their key
 * @param messageEn the finding's message in English, as {@code messageZh}
 * @param notAssessable why the rule could not run here, in English, if this is a not-assessable
 *     note rather than a finding
 */
public record FindingDetails(
    String code,
    int year,
    String location,
    Optional<CellAddress> cell,
    List<CellAddress> contributingCells,
    Optional<String> reported,
    Optional<String> computed,
    Map<String, Object> messageParameters,
    Optional<Severity> severity,
    Optional<String> messageZh,
    Optional<String> messageEn,
    Optional<String> notAssessable) {

  /**
   * Creates the details; the lists and maps are copied.
   *
   * @param code the rule's code
   * @param year the reporting year
   * @param location the path of the cell or section
   * @param cell the cell, if any
   * @param contributingCells the contributing cells
   * @param reported the printed value, if any
   * @param computed the derived value, if any
   * @param messageParameters the message parameters
   * @param severity the severity, if the rule gives one
   * @param messageZh the Chinese message, if formatted by the rule
   * @param messageEn the English message, if formatted by the rule
   * @param notAssessable why the rule could not run, for a not-assessable note
   */
  public FindingDetails {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(notAssessable, "notAssessable");
    contributingCells = List.copyOf(contributingCells);
    messageParameters = Collections.unmodifiableMap(new LinkedHashMap<>(messageParameters));
  }

  /**
   * Creates the details of a finding of one of the SDK's rules: no severity of its own, the message
   * its key's template, not a not-assessable note.
   *
   * @param code the rule's code
   * @param year the reporting year
   * @param location the path of the cell or section
   * @param cell the cell, if any
   * @param contributingCells the contributing cells
   * @param reported the printed value, if any
   * @param computed the derived value, if any
   * @param messageParameters the message parameters
   */
  public FindingDetails(
      String code,
      int year,
      String location,
      Optional<CellAddress> cell,
      List<CellAddress> contributingCells,
      Optional<String> reported,
      Optional<String> computed,
      Map<String, Object> messageParameters) {
    this(
        code,
        year,
        location,
        cell,
        contributingCells,
        reported,
        computed,
        messageParameters,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns whether this is a not-assessable note rather than a finding.
   *
   * @return {@code true} if {@link #notAssessable()} holds a reason
   */
  public boolean isNotAssessable() {
    return notAssessable.isPresent();
  }
}

package io.github.nianbao.validation;

import io.github.nianbao.core.CellAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a violation of one of the SDK's constraints points at, carried as Hibernate Validator
 * dynamic payload: {@code violation.unwrap(HibernateConstraintViolation.class)
 * .getDynamicPayload(FindingDetails.class)}. A user's own {@code ConstraintValidator} may attach
 * one too ({@code HibernateConstraintValidatorContext.withDynamicPayload}); {@link ReportValidator}
 * then reports its cells and values.
 *
 * @param code the rule's code, e.g. {@code T3.BALANCE}
 * @param year the reporting year of the report the finding is in
 * @param location the path of the cell or section, e.g. {@code
 *     applications.carriedForward.naturalPerson} or {@code otherMatters}
 * @param cell the cell the finding names, if it names one
 * @param contributingCells every cell that contributed (for a sum: each addend), possibly none
 * @param reported the value the report prints at the cell, if any
 * @param computed the value the rule derives (a sum, a minimum, the number the narrative states),
 *     if any
 * @param messageParameters the named parameters of the message template, in order
 */
public record FindingDetails(
    String code,
    int year,
    String location,
    Optional<CellAddress> cell,
    List<CellAddress> contributingCells,
    Optional<String> reported,
    Optional<String> computed,
    Map<String, Object> messageParameters) {

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
   */
  public FindingDetails {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(computed, "computed");
    contributingCells = List.copyOf(contributingCells);
    messageParameters = Collections.unmodifiableMap(new LinkedHashMap<>(messageParameters));
  }
}

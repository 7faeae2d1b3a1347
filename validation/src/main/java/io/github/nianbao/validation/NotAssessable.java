package io.github.nianbao.validation;

import jakarta.validation.ConstraintViolation;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * A rule that could not run for one cell or column, and why: its operands include a blank or a mark
 * (docs/format.md, Cells), or a text the rule needs is missing. Not a finding.
 *
 * <p>{@link ReportValidator} lists these in {@link ValidationResult#notAssessable()}. A plain Bean
 * Validation call ({@code validator.validate(report)}) reports each as a violation too, so that "no
 * violations" never silently means "nothing was checked": its message key is {@code
 * io.github.nianbao.NOT_ASSESSABLE} and its {@link FindingDetails} hold the reason; {@link
 * #of(ConstraintViolation)} tells such a violation from a finding.
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

  /**
   * Returns the not-assessable note a violation of a plain Bean Validation call stands for.
   *
   * <pre>{@code
   * for (ConstraintViolation<AnnualReport> v : validator.validate(report)) {
   *   NotAssessable.of(v).ifPresentOrElse(
   *       note -> System.out.println("not checked: " + note),
   *       () -> System.out.println("finding: " + v.getMessage()));
   * }
   * }</pre>
   *
   * @param violation a violation from validating a report or a {@link ReportSeries}
   * @return the note, or empty when the violation is a finding (or not one of this SDK's)
   */
  public static Optional<NotAssessable> of(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    HibernateConstraintViolation<?> hv;
    try {
      hv = violation.unwrap(HibernateConstraintViolation.class);
    } catch (jakarta.validation.ValidationException e) {
      return Optional.empty(); // another provider's violation: none of the SDK's notes
    }
    FindingDetails d = hv.getDynamicPayload(FindingDetails.class);
    if (d == null || d.notAssessable().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new NotAssessable(d.code(), d.year(), d.location(), d.notAssessable().get()));
  }
}

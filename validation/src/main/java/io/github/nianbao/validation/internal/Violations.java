package io.github.nianbao.validation.internal;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.validation.FindingDetails;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Turns one finding or not-assessable note into a constraint violation: the property path of the
 * keys of docs/format.md, the named message parameters, and {@link FindingDetails} as dynamic
 * payload. The one place where the SDK's rules and a user's {@code RuleContext} build violations.
 */
public final class Violations {
  private Violations() {}

  /** The message key of a not-assessable note. */
  public static final String NOT_ASSESSABLE_KEY = "io.github.nianbao.NOT_ASSESSABLE";

  /** The message key of a user's finding: its text is a message parameter. */
  public static final String USER_FINDING_KEY = "io.github.nianbao.USER_FINDING";

  /**
   * Adds a not-assessable note: a violation whose {@link FindingDetails} hold the reason, with the
   * message key {@link #NOT_ASSESSABLE_KEY} and the parameters {@code code}, {@code cell}, {@code
   * year} and {@code reason}. The SDK's rules and a user's {@code RuleContext} note alike.
   *
   * @param context the validator's context
   * @param code the rule's code
   * @param year the reporting year
   * @param location the path of the cell or place the rule could not assess
   * @param reason why, in English
   * @param seriesIndex the index of the report in a {@code ReportSeries}, or -1 for a report
   */
  public static void notAssessable(
      ConstraintValidatorContext context,
      String code,
      int year,
      String location,
      String reason,
      int seriesIndex) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("code", code);
    params.put("cell", location);
    params.put("year", year);
    params.put("reason", reason);
    add(
        context,
        new FindingDetails(
            code,
            year,
            location,
            CellAddress.parse(location),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            params,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(reason)),
        "{" + NOT_ASSESSABLE_KEY + "}",
        seriesIndex);
  }

  /**
   * Adds a violation.
   *
   * @param context the validator's context
   * @param details what the violation points at; its location becomes the property path
   * @param template the message template, a key such as {@code {io.github.nianbao.T3.BALANCE}}
   * @param seriesIndex the index of the report in a {@code ReportSeries}, or -1 for a report
   */
  public static void add(
      ConstraintValidatorContext context,
      FindingDetails details,
      String template,
      int seriesIndex) {
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext h =
        context.unwrap(HibernateConstraintValidatorContext.class);
    for (Map.Entry<String, Object> e : details.messageParameters().entrySet()) {
      h.addMessageParameter(e.getKey(), e.getValue());
    }
    h.withDynamicPayload(details);
    String location = details.location();
    var builder = context.buildConstraintViolationWithTemplate(template);
    if (seriesIndex >= 0 && location.startsWith("reports[")) {
      // a note on a whole report of the series
      builder.addPropertyNode("reports").addConstraintViolation();
      return;
    }
    String[] nodes = location.split("\\.");
    NodeBuilderCustomizableContext node;
    int next;
    if (seriesIndex < 0) {
      node = builder.addPropertyNode(nodes[0]);
      next = 1;
    } else {
      var inReports = builder.addPropertyNode("reports").addPropertyNode(nodes[0]).inIterable();
      if (nodes.length == 1) {
        inReports.atIndex(seriesIndex).addConstraintViolation();
        return;
      }
      node = inReports.atIndex(seriesIndex).addPropertyNode(nodes[1]);
      next = 2;
    }
    for (int i = next; i < nodes.length; i++) {
      node = node.addPropertyNode(nodes[i]);
    }
    node.addConstraintViolation();
  }
}

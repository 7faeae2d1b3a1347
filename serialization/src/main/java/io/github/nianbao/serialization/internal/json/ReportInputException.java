package io.github.nianbao.serialization.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReportParseException;
import java.util.Objects;

/**
 * A JSON document that the report's deserializer refuses, with the {@link
 * ReportParseException.ErrorType} and the path of the value concerned. It is a Jackson {@link
 * MismatchedInputException}, so that a user's own {@code ObjectMapper} reports it as Jackson
 * reports any mismatch; {@code JsonFormat} turns it into a {@link ReportParseException}.
 */
public final class ReportInputException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final ReportParseException.ErrorType errorType;
  private final String location;
  private final String detail;

  ReportInputException(
      JsonParser p,
      JsonLocation where,
      ReportParseException.ErrorType errorType,
      String location,
      String message) {
    super(p, location.isEmpty() ? message : location + ": " + message, where);
    _targetType = AnnualReport.class;
    this.errorType = Objects.requireNonNull(errorType, "errorType");
    this.location = location;
    this.detail = message;
  }

  /**
   * Returns why the input was refused.
   *
   * @return the error type
   */
  public ReportParseException.ErrorType errorType() {
    return errorType;
  }

  /**
   * Returns the path of the value concerned, e.g. {@code applications.total.other}.
   *
   * @return the path, empty for the whole document
   */
  public String location() {
    return location;
  }

  /**
   * Returns the message without location.
   *
   * @return the message, in English
   */
  public String detail() {
    return detail;
  }
}

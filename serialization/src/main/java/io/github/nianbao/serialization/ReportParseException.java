package io.github.nianbao.serialization;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when a reader finds nothing it can read as a report, or input it must refuse. The
 * {@linkplain #errorType() error type} says why, {@link #line()}, {@link #column()} and {@link
 * #location()} say where, so that a caller can branch without reading the message.
 */
public final class ReportParseException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the input is not a report. */
  public enum ErrorType {
    /** The input is empty or only white space. */
    EMPTY,
    /** The input is binary, not text (NUL bytes or other control characters). */
    BINARY,
    /** The input exceeds the reader's size limits. */
    TOO_LARGE,
    /** The input is not well-formed in the format (e.g. a JSON syntax error). */
    MALFORMED,
    /** A value has the wrong type or range, e.g. a fraction in a count cell. */
    INVALID_VALUE,
    /** No table or section of a report was found. */
    NOT_A_REPORT,
    /** The report's year (报告年度) was not found or is not a reporting year. */
    NO_YEAR,
    /** The report declares a format version the SDK does not model. */
    UNSUPPORTED_VERSION,
    /**
     * The input is a document the reader refuses to open: encrypted, macro-enabled, or of a kind
     * the format cannot read (e.g. a Word 97–2003 file where only .docx is read).
     */
    UNSUPPORTED_DOCUMENT
  }

  private final ErrorType errorType;
  private final int line;
  private final int column;
  private final String location;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param errorType why
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @param location the path of the value concerned (e.g. {@code applications.total.other}), or
   *     empty
   * @param message the message, in English
   */
  public ReportParseException(
      ErrorType errorType, int line, int column, String location, String message) {
    this(errorType, line, column, location, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param errorType why
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @param location the path of the value concerned, or empty
   * @param message the message, in English
   * @param cause the underlying exception, or {@code null}
   */
  public ReportParseException(
      ErrorType errorType, int line, int column, String location, String message, Throwable cause) {
    super(format(errorType, line, column, location, message), cause);
    this.errorType = Objects.requireNonNull(errorType, "errorType");
    this.line = line;
    this.column = column;
    this.detail = message;
    this.location = Objects.requireNonNull(location, "location");
  }

  private static String format(
      ErrorType errorType, int line, int column, String location, String message) {
    StringBuilder s = new StringBuilder().append(errorType);
    if (line > 0) {
      s.append(" at line ").append(line);
      if (column > 0) {
        s.append(", column ").append(column);
      }
    }
    if (location != null && !location.isEmpty()) {
      s.append(" (").append(location).append(')');
    }
    return s.append(": ").append(message).toString();
  }

  /**
   * Returns what is wrong, without the error type and the place that {@link #getMessage()} starts
   * with.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns why the input is not a report.
   *
   * @return the error type
   */
  public ErrorType errorType() {
    return errorType;
  }

  /**
   * Returns the 1-based line where the problem was found.
   *
   * @return the line, 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column where the problem was found.
   *
   * @return the column, 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the path of the value concerned, e.g. a JSON path or a cell path.
   *
   * @return the location, empty when none
   */
  public String location() {
    return location;
  }
}

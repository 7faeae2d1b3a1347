package io.github.nianbao.serialization;

import io.github.nianbao.core.CellAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a reader says about its input: a place (line, and the cell when it concerns one),
 * the text concerned, and what it did. Immutable.
 */
public final class Diagnostic {

  /** What a diagnostic reports. */
  public enum Kind {
    /**
     * The reader accepted a variant and read it as the official form: a label with other
     * punctuation, spaces or a missing character, a full-width digit, a repeated table header.
     */
    NORMALISED,
    /** A cell the reader did not find: the model holds it as blank. */
    MISSING_CELL,
    /** Text the reader could not place, such as a stray extra cell: it is not in the model. */
    UNPLACED,
    /** Content the reader recognised and left out on purpose, such as 办理结果占比情况. */
    IGNORED,
    /** A key the reader does not know (JSON): it is not in the model. */
    UNKNOWN_KEY
  }

  private final Kind kind;
  private final int line;
  private final CellAddress cell;
  private final String text;
  private final String message;

  private Diagnostic(Kind kind, int line, CellAddress cell, String text, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.line = line;
    this.cell = cell;
    this.text = Objects.requireNonNull(text, "text");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a diagnostic.
   *
   * @param kind what it reports
   * @param line the 1-based line of the input, 0 when the input has no lines to speak of
   * @param cell the cell it concerns, or {@code null}
   * @param text the input text concerned, possibly empty
   * @param message what the reader did, in English
   * @return the diagnostic
   */
  public static Diagnostic of(Kind kind, int line, CellAddress cell, String text, String message) {
    return new Diagnostic(kind, line, cell, text, message);
  }

  /**
   * Returns what the diagnostic reports.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the 1-based line of the input.
   *
   * @return the line, 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the cell the diagnostic concerns.
   *
   * @return the cell, if any
   */
  public Optional<CellAddress> cell() {
    return Optional.ofNullable(cell);
  }

  /**
   * Returns the input text concerned.
   *
   * @return the text, possibly empty
   */
  public String text() {
    return text;
  }

  /**
   * Returns what the reader did.
   *
   * @return the message, in English
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d
        && d.kind == kind
        && d.line == line
        && Objects.equals(d.cell, cell)
        && d.text.equals(text)
        && d.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, line, cell, text, message);
  }

  /**
   * Returns {@code line N: KIND [cell] message: «text»}.
   *
   * @return the diagnostic on one line
   */
  @Override
  public String toString() {
    return "line "
        + line
        + ": "
        + kind
        + (cell == null ? "" : " [" + cell.path() + "]")
        + " "
        + message
        + (text.isEmpty() ? "" : ": «" + text + "»");
  }
}

package io.github.nianbao.serialization;

import io.github.nianbao.core.CellAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a reader says about its input: why ({@link Reason}, and the broad {@link Kind} it
 * belongs to), a place (line, and the cell when it concerns one), the text concerned, and what it
 * did. Immutable.
 *
 * <p>Branch on {@link #reason()} (or {@link #kind()}), never on the message, whose wording may
 * change.
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
    UNKNOWN_KEY,
    /**
     * A value read as printed that is probably wrong, such as a fee that looks like 元 where
     * 万元 is asked: the model holds it as printed.
     */
    DOUBTFUL
  }

  /**
   * Why a reader made a diagnostic: one reason a situation, each of one {@link Kind}.
   *
   * <p>Tests and callers branch on the reason; the message only explains it to a person.
   */
  public enum Reason {
    /** A row, group or column label printed with other punctuation, spaces or characters. */
    LABEL_VARIANT(Kind.NORMALISED),
    /** A row label printed over two lines or cells, read as one. */
    LABEL_BROKEN(Kind.NORMALISED),
    /** A section heading printed with other punctuation or markup, read as the official one. */
    HEADING_VARIANT(Kind.NORMALISED),
    /** A group label printed vertically, one character a line beside the rows: read as the label. */
    VERTICAL_LABEL(Kind.NORMALISED),
    /** A table found by its labels where its section heading is missing (a page of a report). */
    SECTION_WITHOUT_HEADING(Kind.NORMALISED),
    /** A table's header printed again (after a page break, mostly). */
    REPEATED_HEADER(Kind.NORMALISED),
    /**
     * A number written as people write it: thousands separators, full-width digits, a unit such as
     * 件 or 万元, a plus sign. Read as the number.
     */
    NUMBER_NORMALISED(Kind.NORMALISED),
    /**
     * Cells printed with no separator between them ({@code 713000074}), split because exactly one
     * split satisfies every identity the cells take part in. The numbers are inferred.
     */
    SPLIT_DIGITS(Kind.NORMALISED),
    /** Text held in the model's normal form (white space and line breaks) (JSON). */
    TEXT_NORMALISED(Kind.NORMALISED),
    /** The title printed in another form (over two lines, a numeral year, markup), read. */
    TITLE_VARIANT(Kind.NORMALISED),
    /**
     * Metadata the text does not print, taken from elsewhere: the year from the statistics period
     * or the narrative, or the agency or year from the caller's {@code ReadOptions}.
     */
    METADATA_INFERRED(Kind.NORMALISED),
    /** Bytes decoded in an encoding other than UTF-8 (or with a byte order mark), which it names. */
    ENCODING(Kind.NORMALISED),
    /**
     * The format version read from the tables, where the year, or the canonical text's 格式：
     * line, suggests the other.
     */
    VERSION_FROM_TABLES(Kind.NORMALISED),
    /** Table 2 prints one format version and Table 3 the other: read as Table 2's. */
    VERSION_MISMATCH(Kind.DOUBTFUL),
    /** No table shows the format version and the year is before 2021: read as 2021. */
    VERSION_ASSUMED(Kind.DOUBTFUL),
    /** A section heading with nothing under it that is printed again later: a table of contents. */
    TABLE_OF_CONTENTS(Kind.IGNORED),
    /** A page header, footer or page number. */
    PAGE_FURNITURE(Kind.IGNORED),
    /** A known extra that is not in the model, such as 办理结果占比情况. */
    EXTRA(Kind.IGNORED),
    /** Markup of the source that carries no content, such as a Markdown table's delimiter row. */
    MARKUP(Kind.IGNORED),
    /** Text before the first section (or outside the tables) that is not in the model. */
    OUTSIDE_REPORT(Kind.IGNORED),
    /** A number or mark outside any row. */
    UNPLACED_CELL(Kind.UNPLACED),
    /** Text that is no label of the table it stands in. */
    UNPLACED_TEXT(Kind.UNPLACED),
    /** A cell beyond the row's width. */
    SURPLUS_CELL(Kind.UNPLACED),
    /** A row printed a second time: the copy not kept. */
    DUPLICATE_ROW(Kind.UNPLACED),
    /**
     * Cells printed with no separator that more than one split (or none) fits: the digits are
     * quoted, the cells left blank.
     */
    AMBIGUOUS_DIGITS(Kind.UNPLACED),
    /** A row with fewer cells than columns, where which column is missing cannot be told. */
    SHORT_ROW(Kind.UNPLACED),
    /** A value of metadata that is not known (e.g. a scope): the default is taken. */
    UNKNOWN_VALUE(Kind.UNPLACED),
    /** The agency is not in the input, nor given by the caller: the model holds it as empty. */
    MISSING_METADATA(Kind.MISSING_CELL),
    /**
     * A section heading after a later section's (sections printed out of order, or one printed
     * twice): its lines are read as the section it stands in.
     */
    HEADING_OUT_OF_ORDER(Kind.UNPLACED),
    /**
     * The title of another report after the first section: more than one report in one text.
     * Only the first is read; the other's lines are read as part of it.
     */
    SECOND_REPORT(Kind.UNPLACED),
    /** A row (or a whole table) that is not in the input: its cells are blank. */
    MISSING_ROW(Kind.MISSING_CELL),
    /** A cell that is not in the input, or printed empty where a number was expected: blank. */
    MISSING_CELL(Kind.MISSING_CELL),
    /** A cell whose text is neither a number nor a mark: blank. */
    UNREADABLE_CELL(Kind.MISSING_CELL),
    /** A key that is not part of the report (JSON): skipped. */
    UNKNOWN_KEY(Kind.UNKNOWN_KEY),
    /** A fee that is plainly in 元 where 万元 is asked: kept as printed. */
    FEE_UNIT(Kind.DOUBTFUL),
    /**
     * The count of further UNPLACED, MISSING_CELL and DOUBTFUL diagnostics, and notes of inferred
     * values, left out past the limit.
     */
    MORE_LOSSES(Kind.UNPLACED),
    /** The count of further NORMALISED and IGNORED diagnostics left out past the limit. */
    MORE_NOTES(Kind.IGNORED);

    private final Kind kind;

    Reason(Kind kind) {
      this.kind = kind;
    }

    /**
     * Returns the broad kind of this reason.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }
  }

  private final Reason reason;
  private final int line;
  private final CellAddress cell;
  private final String text;
  private final String message;

  private Diagnostic(Reason reason, int line, CellAddress cell, String text, String message) {
    this.reason = Objects.requireNonNull(reason, "reason");
    this.line = line;
    this.cell = cell;
    this.text = Objects.requireNonNull(text, "text");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a diagnostic.
   *
   * @param reason why
   * @param line the 1-based line of the input, 0 when the input has no lines to speak of
   * @param cell the cell it concerns, or {@code null}
   * @param text the input text concerned, possibly empty
   * @param message what the reader did, in English
   * @return the diagnostic
   */
  public static Diagnostic of(
      Reason reason, int line, CellAddress cell, String text, String message) {
    return new Diagnostic(reason, line, cell, text, message);
  }

  /**
   * Returns why the reader made the diagnostic.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns what the diagnostic reports: its reason's kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return reason.kind();
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
        && d.reason == reason
        && d.line == line
        && Objects.equals(d.cell, cell)
        && d.text.equals(text)
        && d.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, line, cell, text, message);
  }

  /**
   * Returns {@code line N: KIND/REASON [cell] message: «text»}.
   *
   * @return the diagnostic on one line
   */
  @Override
  public String toString() {
    return "line "
        + line
        + ": "
        + reason.kind()
        + "/"
        + reason
        + (cell == null ? "" : " [" + cell.path() + "]")
        + " "
        + message
        + (text.isEmpty() ? "" : ": «" + text + "»");
  }
}

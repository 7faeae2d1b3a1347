package io.github.nianbao.serialization.internal.json;

import static io.github.nianbao.serialization.ReportParseException.ErrorType.INVALID_VALUE;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.Cell;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads and writes one cell (DESIGN 4a): a number as a JSON number, a blank as {@code null}, a mark
 * as a JSON string. Every value the model cannot hold as printed is refused with {@link
 * ReportInputException} of type {@code INVALID_VALUE} at the cell's path; nothing is rounded,
 * coerced or guessed.
 */
public final class Cells {
  private Cells() {}

  /**
   * Writes a count cell: a JSON integer, {@code null} or the mark's text.
   *
   * @param cell the cell
   * @param g the generator
   * @throws IOException if writing fails
   */
  public static void writeCount(Cell cell, JsonGenerator g) throws IOException {
    switch (cell.kind()) {
      case NUMBER -> g.writeNumber(cell.value());
      case BLANK -> g.writeNull();
      case MARK -> g.writeString(cell.mark().orElseThrow());
    }
  }

  /**
   * Writes the fee cell: a JSON number in plain digits with exactly its printed decimals (never
   * scientific notation, whatever the generator's configuration), {@code null} or the mark's text.
   *
   * @param cell the cell
   * @param g the generator
   * @throws IOException if writing fails
   */
  public static void writeAmount(AmountCell cell, JsonGenerator g) throws IOException {
    switch (cell.kind()) {
      case NUMBER -> g.writeNumber(cell.value().toPlainString());
      case BLANK -> g.writeNull();
      case MARK -> g.writeString(cell.mark().orElseThrow());
    }
  }

  /**
   * Reads a count cell at the parser's current token.
   *
   * @param p the parser, at the cell's value; left on its last token
   * @param path the cell's path, for errors
   * @return the cell
   * @throws ReportInputException (INVALID_VALUE) for a fraction, an exponent, an integer out of the
   *     range of {@code long}, a boolean, an object, an array, an empty string or a string that
   *     holds a whole number
   * @throws IOException if reading fails
   */
  public static Cell readCount(JsonParser p, String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return Cell.blank();
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw invalid(p, path, "a count must be in the range of a 64-bit integer: " + p.getText());
      }
      return Cell.of(p.getLongValue());
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw invalid(
          p,
          path,
          "a count is a whole number, written without fraction or exponent: " + p.getText());
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText();
      if (s.isBlank()) {
        throw invalid(p, path, "a mark needs printed text; a blank cell is written as null");
      }
      try {
        return Cell.mark(s);
      } catch (IllegalArgumentException e) {
        throw invalid(p, path, notAMark(s, e));
      }
    }
    throw invalid(p, path, "a cell is a JSON integer, null or a string, not " + describe(t));
  }

  /**
   * Reads the fee cell at the parser's current token, keeping the printed decimals exactly.
   *
   * @param p the parser, at the cell's value; left on its last token
   * @param path the cell's path, for errors
   * @return the cell
   * @throws ReportInputException (INVALID_VALUE) for an exponent, NaN, more than {@value
   *     AmountCell#MAX_SCALE} decimals or {@value AmountCell#MAX_PRECISION} digits, a boolean, an
   *     object, an array, an empty string or a string that holds a number
   * @throws IOException if reading fails
   */
  public static AmountCell readAmount(JsonParser p, String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return AmountCell.blank();
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      if (p.isNaN()) {
        throw invalid(p, path, "an amount is a finite number: " + p.getText());
      }
      String text = p.getText();
      if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        throw invalid(p, path, "an amount is written in plain digits, without exponent: " + text);
      }
      try {
        return AmountCell.of(new BigDecimal(text));
      } catch (IllegalArgumentException e) { // includes NumberFormatException
        throw invalid(p, path, "not an amount the report can hold: " + e.getMessage());
      }
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText();
      if (s.isBlank()) {
        throw invalid(p, path, "a mark needs printed text; a blank cell is written as null");
      }
      try {
        return AmountCell.mark(s);
      } catch (IllegalArgumentException e) {
        throw invalid(p, path, notAMark(s, e));
      }
    }
    throw invalid(p, path, "the amount is a JSON number, null or a string, not " + describe(t));
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      default -> t.name();
    };
  }

  static ReportInputException invalid(JsonParser p, String path, String message) {
    return new ReportInputException(p, p.currentTokenLocation(), INVALID_VALUE, path, message);
  }

  /** Why a string cannot be a mark: a number belongs in a JSON number; else the model's reason. */
  private static String notAMark(String s, IllegalArgumentException e) {
    return e.getMessage().startsWith("A number is not a mark")
        ? "a number is written as a JSON number, not as a string: \"" + s + "\""
        : "not a mark the report can hold: " + e.getMessage();
  }
}

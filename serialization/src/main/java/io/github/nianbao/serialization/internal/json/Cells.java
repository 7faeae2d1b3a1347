package io.github.nianbao.serialization.internal.json;

import static io.github.nianbao.serialization.ReportParseException.ErrorType.INVALID_VALUE;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.grid.Radicals;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads and writes one cell (docs/format.md, Cells): a number as a JSON number, a blank as {@code
 * null}, a mark as a JSON string; the 2019 format's 采购总金额 ({@link PrintedAmount}), kept exactly as
 * printed with its unit, is a JSON string whatever it holds, and {@code null} when blank. Every
 * value the model cannot hold as printed is refused with {@link ReportInputException} of type
 * {@code INVALID_VALUE} at the cell's path; nothing is rounded, coerced or guessed. A mark's Kangxi
 * radicals and compatibility ideographs are read as the ideographs they show ({@link Radicals}), as
 * every reader reads them.
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
   * Writes a cell of any type, as the methods for its type do.
   *
   * @param cell the cell
   * @param g the generator
   * @throws IOException if writing fails
   */
  public static void write(TableCell cell, JsonGenerator g) throws IOException {
    if (cell instanceof AmountCell a) {
      writeAmount(a, g);
    } else if (cell instanceof PrintedAmount a) {
      writePrintedAmount(a, g);
    } else {
      writeCount((Cell) cell, g);
    }
  }

  /**
   * Writes the 2019 format's 采购总金额: the printed text as a JSON string, unit and all ({@code
   * "251000元"}, a mark such as {@code "无"} too), or {@code null} for a blank.
   *
   * @param cell the cell
   * @param g the generator
   * @throws IOException if writing fails
   */
  public static void writePrintedAmount(PrintedAmount cell, JsonGenerator g) throws IOException {
    if (cell.kind() == CellKind.BLANK) {
      g.writeNull();
    } else {
      g.writeString(cell.printed());
    }
  }

  /**
   * Reads the cell at an address, of the type the address holds: a count, the 2021 format's fee or
   * the 2019 format's 采购总金额.
   *
   * @param p the parser, at the cell's value; left on its last token
   * @param address the cell's address; its path is the location of errors
   * @return the cell
   * @throws ReportInputException (INVALID_VALUE) for a value the cell cannot hold
   * @throws IOException if reading fails
   */
  public static TableCell read(JsonParser p, CellAddress address) throws IOException {
    if (address.column() == DisclosureColumn.FEE_AMOUNT) {
      return readAmount(p, address.path());
    }
    if (address.isAmount()) {
      return readPrintedAmount(p, address.path());
    }
    return readCount(p, address.path());
  }

  /**
   * Reads the 2019 format's 采购总金额 at the parser's current token: a JSON string, kept as printed (in
   * the model's one-line form), or {@code null} for a blank.
   *
   * @param p the parser, at the cell's value; left on its last token
   * @param path the cell's path, for errors
   * @return the cell
   * @throws ReportInputException (INVALID_VALUE) for a JSON number (the printed text, unit
   *     included, is a string), an empty string, a text over {@value PrintedAmount#MAX_LENGTH}
   *     characters or with a control character, a boolean, an object or an array
   * @throws IOException if reading fails
   */
  public static PrintedAmount readPrintedAmount(JsonParser p, String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return PrintedAmount.blank();
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = unified(p.getText());
      if (s.isBlank()) {
        throw invalid(p, path, "the amount needs printed text; a blank cell is written as null");
      }
      try {
        return PrintedAmount.of(s);
      } catch (IllegalArgumentException e) {
        throw invalid(p, path, "not an amount the report can hold: " + e.getMessage());
      }
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw invalid(
          p,
          path,
          "the amount is a JSON string, exactly as printed with its unit (e.g. \"251000元\"), not"
              + " a number: "
              + p.getText());
    }
    throw invalid(p, path, "the amount is a JSON string or null, not " + describe(t));
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
      String s = unified(p.getText());
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
      String s = unified(p.getText());
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

  /**
   * Returns how many characters of a text are Kangxi or CJK radicals or compatibility ideographs
   * that stand for an ideograph ({@link Radicals#ideograph} non-zero): a range test per character,
   * the table asked only in those blocks.
   */
  static int radicals(String s) {
    int n = 0;
    for (int i = 0, length = s.length(); i < length; i++) {
      char c = s.charAt(i);
      if (Radicals.inBlocks(c) && Radicals.ideograph(c) != 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns a text with its radicals and compatibility ideographs read as the ideographs they show:
   * the text itself, not a copy, when it has none.
   */
  static String unified(String s) {
    String u = Radicals.unify(s);
    return u == null ? s : u;
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

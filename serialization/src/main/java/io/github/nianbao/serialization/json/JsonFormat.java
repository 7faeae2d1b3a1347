package io.github.nianbao.serialization.json;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.internal.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code json} format (docs/format.md, The JSON document): the report as written by {@link
 * NianbaoJsonModule}, with two spaces of indentation, {@code \n} line breaks, each table row on one
 * line, and a final line break. Found by {@code ReportFormats.byName("json")}.
 *
 * <p><b>Safe by default.</b> The format uses its own Jackson mapper, not configurable and not
 * shared, with no default typing and these limits, far above any real report (a few KB):
 *
 * <ul>
 *   <li>at most {@value #MAX_DOCUMENT_LENGTH} characters in a document, and in any string: the text
 *       format's limit ({@link io.github.nianbao.serialization.text.TextFormat#MAX_INPUT_CHARS}).
 *       Every report the model holds fits: its narrative sections are at most {@link
 *       io.github.nianbao.core.AnnualReport#MAX_NARRATIVE_CHARS} characters each, at most twice
 *       that written (an escaped line break or quote), so that a report the text format reads can
 *       be written as JSON and read back, and the other way round;
 *   <li>nesting at most {@value #MAX_NESTING_DEPTH} deep (the format nests 5 deep);
 *   <li>numbers at most {@value #MAX_NUMBER_LENGTH} characters;
 *   <li>keys at most {@value #MAX_NAME_LENGTH} characters;
 *   <li>at most {@value #MAX_TOKEN_COUNT} JSON tokens (a report has about 500).
 * </ul>
 *
 * <p><b>Reading</b> never throws an unchecked exception for any input. It returns the report with
 * diagnostics, each with its line, in input order: an unknown key (at any level) is skipped with an
 * {@code UNKNOWN_KEY} diagnostic; a missing cell or row is read as blank, never as 0, with a {@code
 * MISSING_CELL} diagnostic per cell (at the line of the object that lacks it); text that the model
 * holds in its normal form (the agency or a mark with extra white space, a narrative with {@code
 * \r\n}) gives a {@code NORMALISED} diagnostic; Chinese characters that a text (the agency, a
 * narrative, a mark) names by Kangxi or CJK radicals or compatibility ideographs, as text copied
 * out of some PDFs does, are read as the ideographs they show, as every reader reads them ({@link
 * io.github.nianbao.serialization.grid.Radicals}), with one {@code ENCODING} diagnostic giving how
 * many, at the line of the first value that holds one, and naming those values. A report as written
 * has none. It throws {@link ReportParseException} with:
 *
 * <ul>
 *   <li>{@code EMPTY} for an empty or white-space input;
 *   <li>{@code BINARY} for a control character other than tab, line feed or carriage return (a NUL
 *       byte, binary data), with its line and column;
 *   <li>{@code TOO_LARGE} when a limit above is exceeded;
 *   <li>{@code MALFORMED} for a JSON syntax error, a truncated document, trailing content or a
 *       duplicate key, with line and column;
 *   <li>{@code NOT_A_REPORT} when the top-level value is not an object, has no key of a report, or
 *       lacks {@code agency};
 *   <li>{@code NO_YEAR} when {@code year} is missing or not a whole number from 2008 to 9999;
 *   <li>{@code UNSUPPORTED_VERSION} when {@code formatVersion} is missing or is neither {@code
 *       "2021"} nor {@code "2019"};
 *   <li>{@code INVALID_VALUE} for a value the model cannot hold as written, as {@link
 *       NianbaoJsonModule} documents (a fraction, exponent or out-of-range integer in a count cell,
 *       a quoted number, a wrong type), with {@linkplain ReportParseException#location() the
 *       location} the path of the cell, e.g. {@code
 *       applications.outcomes.withheld.stateSecret.naturalPerson}, and its line and column; so is a
 *       key or a table shape of the other format version than {@code formatVersion} declares
 *       (docs/format.md, Format versions), e.g. {@code activeDisclosure.licensing.change} in a
 *       report of 2021.
 * </ul>
 *
 * <p>A byte order mark at the start is ignored. Immutable and thread-safe.
 */
public final class JsonFormat implements ReportFormat {

  /**
   * The most characters a document may have (10 MiB), and a string in it: as many as a text the
   * text format reads, more than the largest report written (three narratives of {@link
   * io.github.nianbao.core.AnnualReport#MAX_NARRATIVE_CHARS} characters, each at most twice that
   * written, and the tables).
   */
  public static final int MAX_DOCUMENT_LENGTH = 10 * 1024 * 1024;

  /** The deepest nesting of objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The most characters of a number. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The most characters of a key. */
  public static final int MAX_NAME_LENGTH = 256;

  /** The most JSON tokens in a document. */
  public static final int MAX_TOKEN_COUNT = 10_000;

  /** The resource name of the JSON Schema, relative to this class. */
  static final String SCHEMA_RESOURCE = "annual-report.schema.json";

  private static final JsonCodec CODEC =
      new JsonCodec(
          new JsonCodec.Limits(
              MAX_DOCUMENT_LENGTH,
              MAX_NESTING_DEPTH,
              MAX_NUMBER_LENGTH,
              MAX_NAME_LENGTH,
              MAX_TOKEN_COUNT),
          new NianbaoJsonModule());

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public JsonFormat() {}

  /**
   * Returns {@code json}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return "json";
  }

  /**
   * Returns {@code .json}.
   *
   * @return the ending
   */
  @Override
  public List<String> fileExtensions() {
    return List.of(".json");
  }

  /**
   * Reads a report; see the class documentation for the rules and the errors.
   *
   * @param in the text; not closed
   * @return the report with the diagnostics
   * @throws ReportParseException if the input is not a report, with its error type and place
   * @throws IOException if reading {@code in} fails
   */
  @Override
  public ReadResult read(Reader in) throws IOException {
    return CODEC.read(in);
  }

  /**
   * Reads a report from a whole document: the same as {@link #read(Reader)} on a reader of it,
   * without copying the text.
   *
   * @param text the document
   * @return the report and the diagnostics
   * @throws ReportParseException as {@link #read(Reader)}
   */
  @Override
  public ReadResult read(String text) throws ReportParseException {
    return CODEC.read(text);
  }

  /**
   * Reads a report from a whole document, as {@link #read(String)}: a JSON document carries its
   * agency and year, so the options are not used.
   *
   * @param text the document
   * @param options not used
   * @return the report and the diagnostics
   * @throws ReportParseException as {@link #read(Reader)}
   */
  @Override
  public ReadResult read(String text, ReadOptions options) throws ReportParseException {
    return CODEC.read(text);
  }

  /**
   * Writes a report, deterministically, followed by a line break.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(AnnualReport report, Writer out) throws IOException {
    CODEC.write(report, out);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format, the resource {@code
   * io/github/nianbao/serialization/json/annual-report.schema.json}, for both format versions:
   * {@code formatVersion} decides the shape of Table 2 and of （六）其他处理 ({@code if}/{@code
   * then}/{@code else}). Every report this format writes conforms to it. It describes what is
   * written; the reader also accepts what the class documentation allows (unknown keys, missing
   * cells and optional members).
   *
   * @return the schema's JSON text
   */
  public static String jsonSchema() {
    try (InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

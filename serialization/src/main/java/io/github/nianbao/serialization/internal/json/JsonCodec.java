package io.github.nianbao.serialization.internal.json;

import static io.github.nianbao.serialization.ReportParseException.ErrorType.BINARY;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.EMPTY;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.MALFORMED;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.NOT_A_REPORT;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.TOO_LARGE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The implementation of {@code JsonFormat}: a private, locked-down Jackson mapper with the report's
 * module, size checks before parsing, and the translation of every failure into a {@link
 * ReportParseException}. Immutable and thread-safe.
 */
public final class JsonCodec {

  /** The limits of one document; see {@code JsonFormat} for their documentation. */
  public record Limits(
      int maxDocumentLength,
      int maxNestingDepth,
      int maxNumberLength,
      int maxNameLength,
      long maxTokenCount) {}

  private final Limits limits;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  /**
   * Creates the codec.
   *
   * @param limits the limits of a document
   * @param module the report's Jackson module
   */
  public JsonCodec(Limits limits, Module module) {
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxStringLength(limits.maxDocumentLength())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxTokenCount(limits.maxTokenCount())
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .addModule(module)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    this.reader = mapper.readerFor(AnnualReport.class);
    this.writer = mapper.writerFor(AnnualReport.class).with(new ReportPrettyPrinter());
  }

  /**
   * Writes a report, followed by a line break.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void write(AnnualReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    writer.writeValue(out, report);
    out.write('\n');
    out.flush();
  }

  /**
   * Reads a report.
   *
   * @param in the text; not closed
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is not a report the format can read
   * @throws IOException if reading {@code in} fails
   */
  public ReadResult read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return parse(slurp(in));
  }

  /**
   * Reads a report from a whole document, as {@link #read(Reader)} does.
   *
   * @param document the document
   * @return the report and the diagnostics
   * @throws ReportParseException if the document is not a report
   */
  public ReadResult read(String document) throws ReportParseException {
    Objects.requireNonNull(document, "document");
    if (document.length() > limits.maxDocumentLength()) {
      throw tooLong();
    }
    String text =
        !document.isEmpty() && document.charAt(0) == '\uFEFF' ? document.substring(1) : document;
    return parse(text);
  }

  private ReadResult parse(String text) throws ReportParseException {
    checkText(text);
    DiagnosticSink sink = new DiagnosticSink();
    ObjectReader r = reader.withAttribute(DiagnosticSink.class, sink);
    AnnualReport report;
    try (JsonParser p = r.createParser(text)) {
      try {
        report = r.readValue(p);
        if (report != null && p.nextToken() != null) {
          throw new ReportParseException(
              MALFORMED,
              line(p.currentTokenLocation()),
              column(p.currentTokenLocation()),
              "",
              "Content after the end of the report");
        }
      } catch (ReportInputException e) {
        throw new ReportParseException(
            e.errorType(),
            line(e.getLocation()),
            column(e.getLocation()),
            e.location(),
            e.detail(),
            e);
      } catch (StreamConstraintsException e) {
        throw parseError(TOO_LARGE, e, p);
      } catch (JsonProcessingException e) {
        throw parseError(MALFORMED, e, p);
      }
    } catch (ReportParseException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Not expected from a String source and the report's deserializer; never let it escape
      // unchecked.
      throw new ReportParseException(MALFORMED, 0, 0, "", "Unreadable input: " + e, e);
    }
    if (report == null) {
      throw new ReportParseException(NOT_A_REPORT, 1, 1, "", "a report is a JSON object, not null");
    }
    return new ReadResult(report, sink.diagnostics());
  }

  private String slurp(Reader in) throws IOException {
    StringBuilder s = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      s.append(buf, 0, n);
      if (s.length() > limits.maxDocumentLength()) {
        throw tooLong();
      }
    }
    if (s.length() > 0 && s.charAt(0) == '\uFEFF') {
      s.deleteCharAt(0); // a byte order mark, as some editors write
    }
    return s.toString();
  }

  private ReportParseException tooLong() {
    return new ReportParseException(
        TOO_LARGE,
        0,
        0,
        "",
        "The document is longer than " + limits.maxDocumentLength() + " characters");
  }

  private static void checkText(String text) throws ReportParseException {
    if (text.isBlank()) {
      throw new ReportParseException(EMPTY, 0, 0, "", "The input is empty");
    }
    int at = 0;
    while (at < text.length() && !isControl(text.charAt(at))) {
      at++;
    }
    if (at == text.length()) {
      return;
    }
    // a control character: find its line and column
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (c < 0x20 && c != '\t' && c != '\r') {
        throw new ReportParseException(
            BINARY,
            line,
            column,
            "",
            String.format("Control character U+%04X: the input is binary, not JSON text", (int) c));
      }
      column++;
    }
  }

  /** A character {@link #checkText} refuses. */
  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\r' && c != '\n';
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getColumnNr());
  }

  /**
   * Returns the error at the exception's location, or, when Jackson gives none (as for its stream
   * constraints), at the parser's position.
   */
  private static ReportParseException parseError(
      ReportParseException.ErrorType type, JsonProcessingException e, JsonParser p) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    return new ReportParseException(
        type, line(at), column(at), path(p), plain(e.getOriginalMessage()), e);
  }

  /**
   * Jackson's message without its internals: the source description in brackets ({@code [Source:
   * REDACTED (`StreamReadFeature…` disabled); line: 1, column: 47]}, given by our line and column
   * instead) and the names of its settings ({@code StreamReadConstraints.getMaxNumberLength()}).
   */
  static String plain(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    String m = message;
    int source = m.indexOf(" (start marker at [Source:");
    if (source >= 0) {
      int end = m.indexOf("])", source);
      m = m.substring(0, source) + (end >= 0 ? m.substring(end + 2) : "");
    }
    int bracket = m.indexOf("[Source:");
    if (bracket >= 0) {
      int end = m.indexOf(']', bracket);
      m = m.substring(0, bracket) + (end >= 0 ? m.substring(end + 1) : "");
    }
    // "(… exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)"
    m = m.replaceAll(", from `[A-Za-z.]+\\(\\)`", "");
    return m.strip();
  }

  /**
   * The dotted path of the object member where the parser is, e.g. {@code applications.total};
   * array positions are left out, as the format has no arrays.
   */
  private static String path(JsonParser p) {
    Deque<String> keys = new ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        keys.addFirst(c.getCurrentName());
      }
    }
    return String.join(".", keys);
  }
}

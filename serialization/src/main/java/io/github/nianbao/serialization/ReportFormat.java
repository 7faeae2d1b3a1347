package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.internal.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A format of the annual report: the service interface that every format implements, the SDK's own
 * ({@code text}, {@code json}) and a user's alike.
 *
 * <p>A format is found by {@linkplain #name() name} through {@link ReportFormats}, which uses
 * {@link java.util.ServiceLoader}: declare an implementation with {@code provides
 * io.github.nianbao.serialization.ReportFormat with …} in {@code module-info.java} and with the
 * same line in {@code META-INF/services/io.github.nianbao.serialization.ReportFormat}, and give it
 * a public no-argument constructor.
 *
 * <p>Every format that writes ({@link #writes()}) round-trips: {@code read(write(r)).report()}
 * equals {@code r} for every report {@code r}, valid or not; a read-only format (a .doc, a PDF)
 * throws {@link UnsupportedOperationException} from its {@code write} methods. Implementations are
 * immutable and thread-safe.
 */
public interface ReportFormat {

  /**
   * Returns the format's name, unique among the formats, e.g. {@code text} or {@code json}.
   *
   * @return the lower-case name
   */
  String name();

  /**
   * Returns the file name endings of the format, e.g. {@code .txt}.
   *
   * @return the endings, lower case with the dot, possibly none
   */
  List<String> fileExtensions();

  /**
   * Reads one report.
   *
   * @param in the text; not closed
   * @return the report with the reader's diagnostics
   * @throws ReportParseException if nothing readable as a report was found, with its cause and
   *     where
   * @throws IOException if reading fails
   */
  ReadResult read(Reader in) throws IOException;

  /**
   * Reads one report, with what the caller knows of it: the agency and year to take where the input
   * prints none (see {@link ReadOptions}).
   *
   * <p>The default ignores the options and calls {@link #read(Reader)}: right for a format whose
   * documents always carry agency and year, such as JSON. A format that reads published text
   * overrides it.
   *
   * @param in the text; not closed
   * @param options what the caller knows
   * @return the report with the reader's diagnostics
   * @throws ReportParseException if nothing readable as a report was found
   * @throws IOException if reading fails
   */
  default ReadResult read(Reader in, ReadOptions options) throws IOException {
    return read(in);
  }

  /**
   * The most bytes {@link #read(byte[], ReadOptions)} and {@link #read(InputStream, ReadOptions)}
   * take: 40 MiB (a format may refuse less, as the text format refuses more than {@value
   * io.github.nianbao.serialization.text.TextFormat#MAX_INPUT_CHARS} characters).
   */
  int MAX_INPUT_BYTES = 40 * 1024 * 1024;

  /**
   * Reads one report from its bytes, detecting their encoding: a byte order mark (UTF-8, UTF-16 BE
   * or LE) decides; else valid UTF-8 is UTF-8; else bytes that decode as GB18030 (which includes
   * GBK and GB2312, common on government sites) and look like Chinese text are GB18030. The
   * encoding is noted with a {@link Diagnostic.Reason#ENCODING} diagnostic at line 0 that names it,
   * unless it is UTF-8 without a byte order mark.
   *
   * @param bytes the bytes
   * @param options what the caller knows of the report
   * @return the report with the reader's diagnostics
   * @throws ReportParseException if the bytes are in none of those encodings ({@code MALFORMED},
   *     with the line and byte offset of the first bad byte and what the bytes look like), have NUL
   *     bytes ({@code BINARY}), are too large, or are no report
   */
  default ReadResult read(byte[] bytes, ReadOptions options) throws ReportParseException {
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new ReportParseException(
          ReportParseException.ErrorType.TOO_LARGE,
          0,
          0,
          "",
          "the input exceeds " + MAX_INPUT_BYTES + " bytes");
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, Integer.MAX_VALUE - 16);
    // the format's own reading of a whole text: the text and SDK formats copy it no more
    ReadResult read = read(decoded.text(), options);
    if (decoded.evidence() == TextDecoder.Evidence.VALID_UTF8) {
      return read;
    }
    List<Diagnostic> all = new ArrayList<>(read.diagnostics().size() + 1);
    all.add(
        Diagnostic.of(
            Diagnostic.Reason.ENCODING,
            0,
            null,
            decoded.charset().name(),
            decoded.evidence() == TextDecoder.Evidence.BOM
                ? "decoded as " + decoded.charset().name() + ", as its byte order mark says"
                : "decoded as " + decoded.charset().name() + ": the bytes are not UTF-8"));
    all.addAll(read.diagnostics());
    return new ReadResult(read.report(), all);
  }

  /**
   * Reads one report from a stream of bytes, read once and not closed; as {@link #read(byte[],
   * ReadOptions)}.
   *
   * @param in the bytes
   * @param options what the caller knows of the report
   * @return the report with the reader's diagnostics
   * @throws ReportParseException as {@link #read(byte[], ReadOptions)}; {@code TOO_LARGE} after
   *     reading one byte more than {@link #MAX_INPUT_BYTES}
   * @throws IOException if reading fails
   */
  default ReadResult read(InputStream in, ReadOptions options) throws IOException {
    byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
    return read(bytes, options);
  }

  /**
   * Writes one report.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  void write(AnnualReport report, Writer out) throws IOException;

  /**
   * Writes one report as bytes: a text format in UTF-8, a binary format (a .docx) as its file.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  default void write(AnnualReport report, java.io.OutputStream out) throws IOException {
    Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
    write(report, w);
    w.flush();
  }

  /**
   * Returns whether the format writes reports. A format that only reads (a Word 97–2003 .doc, a
   * PDF) throws {@link UnsupportedOperationException} from its {@code write} methods; ask this
   * before opening a file to write.
   *
   * @return {@code true} unless the format is read only
   */
  default boolean writes() {
    return true;
  }

  /**
   * Returns whether the format writes bytes that are no text (a .docx), so that {@link
   * #write(AnnualReport, Writer)} cannot hold them; write such a format with {@link
   * #write(AnnualReport, java.io.OutputStream)}.
   *
   * @return {@code false} unless the format is binary
   */
  default boolean binary() {
    return false;
  }

  /**
   * Reads one report from a string.
   *
   * @param text the text
   * @return the report with the reader's diagnostics
   * @throws ReportParseException if nothing readable as a report was found
   */
  default ReadResult read(String text) throws ReportParseException {
    return read(text, ReadOptions.none());
  }

  /**
   * Reads one report from a string, with what the caller knows of it (see {@link ReadOptions}).
   *
   * @param text the text
   * @param options what the caller knows of the report
   * @return the report with the reader's diagnostics
   * @throws ReportParseException if nothing readable as a report was found
   */
  default ReadResult read(String text, ReadOptions options) throws ReportParseException {
    try {
      return read(new StringReader(text), options);
    } catch (ReportParseException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("A StringReader does not fail", e);
    }
  }

  /**
   * Writes one report to a string.
   *
   * @param report the report
   * @return the text
   */
  default String write(AnnualReport report) {
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("A StringWriter does not fail", e);
    }
    return out.toString();
  }
}

package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A format of the annual report: the service interface that every format implements, the
 * SDK's own ({@code text}, {@code json}) and a user's alike.
 *
 * <p>A format is found by {@linkplain #name() name} through {@link ReportFormats}, which uses
 * {@link java.util.ServiceLoader}: declare an implementation with {@code provides
 * io.github.nianbao.serialization.ReportFormat with …} in {@code module-info.java} and with the
 * same line in {@code META-INF/services/io.github.nianbao.serialization.ReportFormat}, and give
 * it a public no-argument constructor.
 *
 * <p>Every format round-trips: {@code read(write(r)).report()} equals {@code r} for every report
 * {@code r}, valid or not. Implementations are immutable and thread-safe.
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
   * Reads one report, with what the caller knows of it: the agency and year to take where the
   * input prints none (see {@link ReadOptions}).
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
   * Writes one report.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  void write(AnnualReport report, Writer out) throws IOException;

  /**
   * Reads one report from a string.
   *
   * @param text the text
   * @return the report with the reader's diagnostics
   * @throws ReportParseException if nothing readable as a report was found
   */
  default ReadResult read(String text) throws ReportParseException {
    try {
      return read(new StringReader(text));
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

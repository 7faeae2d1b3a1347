package io.github.nianbao.benchmarks;

import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a page as agencies publish it: a report written as {@code .docx} and exported as HTML by
 * LibreOffice (the HTML reader's test fixtures, which this module's build takes as resources:
 * Word-style markup, a style on every run, blank cells that make diagnostics, so that the read
 * places them on the page's lines), with jsoup's parse of the same page as the yardstick. {@link
 * DocumentBenchmark}'s pages are the SDK's own, clean, which read without diagnostics.
 *
 * <p>Target (issue 13): {@link #htmlRead} at most 1.5× {@link #jsoupParse}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportedPageBenchmark {

  /** The pages, as {@link #page} lists them (an annotation's value cannot be this list). */
  static final List<String> PAGES = List.of("nested-table", "blank-cells", "seed-1", "wps-styled");

  /**
   * The page, a resource {@code exported/NAME.html} of this package (see the module's pom): a
   * layout table (a table in a cell of Table 3), blank cells, a seed, a page styled as WPS writes
   * (a style on every one to three characters).
   */
  @Param({"nested-table", "blank-cells", "seed-1", "wps-styled"})
  public String page;

  private final HtmlFormat html = new HtmlFormat();
  private byte[] bytes;

  /**
   * Loads the page and checks that it reads, with diagnostics at lines of the page.
   *
   * @throws ReportParseException if it does not read
   */
  @Setup
  public void setUp() throws ReportParseException {
    bytes = page(page);
    ReadResult read = html.read(bytes, ReadOptions.none());
    if (read.diagnostics().stream().noneMatch(d -> d.line() > 0)) {
      throw new IllegalStateException(page + " reads without a diagnostic at a line");
    }
  }

  static byte[] page(String name) {
    try (InputStream in =
        ExportedPageBenchmark.class.getResourceAsStream("exported/" + name + ".html")) {
      if (in == null) {
        throw new IllegalStateException("missing resource exported/" + name + ".html");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * jsoup's parse of the page as a string, the yardstick of {@link #htmlRead}.
   *
   * @return the document
   */
  @Benchmark
  public Document jsoupParse() {
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * jsoup's parse of the page's bytes, its charset found from them.
   *
   * @return the document
   * @throws IOException never here
   */
  @Benchmark
  public Document jsoupParseBytes() throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
  }

  /**
   * The SDK's HTML reader on the page's bytes.
   *
   * @return the report and diagnostics
   * @throws ReportParseException never here
   */
  @Benchmark
  public ReadResult htmlRead() throws ReportParseException {
    return html.read(bytes, ReadOptions.none());
  }
}

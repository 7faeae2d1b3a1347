package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.text.TextFormat;
import io.github.nianbao.serialization.word.WordFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * Reading one report as a web page and as a Word document, with the parse of the same bytes by the
 * library underneath as the yardstick: jsoup's own parse of the page, Apache POI opening the .docx.
 * The documents are the SDK's own HTML and .docx of {@link FormatBenchmark}'s reports.
 *
 * <p>Targets (issue 13): the HTML reader at most 1.5× {@link #jsoupParse}, the .docx reader at most
 * 1.5× {@link #poiOpen}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocumentBenchmark {

  /** The report, a resource of this package without {@code .txt}. */
  @Param({"seed-000", "pdf_tabs_page_breaks"})
  public String report;

  private final HtmlFormat html = new HtmlFormat();
  private final WordFormat word = new WordFormat();
  private byte[] page;
  private byte[] docx;

  /**
   * Writes the report as a page and as a .docx, and checks that both read back.
   *
   * @throws ReportParseException if a document does not read
   */
  @Setup
  public void setUp() throws ReportParseException {
    AnnualReport model = new TextFormat().read(FormatBenchmark.resource(report + ".txt")).report();
    page = html.write(model).getBytes(StandardCharsets.UTF_8);
    docx = word.toBytes(model);
    if (!html.read(page, io.github.nianbao.serialization.ReadOptions.none()).report().equals(model)
        || !word.read(docx, io.github.nianbao.serialization.ReadOptions.none())
            .report()
            .equals(model)) {
      throw new IllegalStateException(report + " does not read back from HTML and .docx");
    }
  }

  /**
   * jsoup's parse of the page, the yardstick of {@link #htmlRead}.
   *
   * @return the document
   */
  @Benchmark
  public Document jsoupParse() {
    return Jsoup.parse(new String(page, StandardCharsets.UTF_8));
  }

  /**
   * jsoup's parse of the page's bytes, as it parses a page file: the charset found from the bytes
   * (as the reader must find it).
   *
   * @return the document
   * @throws IOException never here
   */
  @Benchmark
  public Document jsoupParseBytes() throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(page), null, "");
  }

  /**
   * jsoup's parse of the page with every node's source position tracked, as the reader parses it
   * (its diagnostics give the page's lines).
   *
   * @return the document
   */
  @Benchmark
  public Document jsoupParseTracked() {
    return Jsoup.parse(
        new String(page, StandardCharsets.UTF_8),
        "",
        org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
  }

  /**
   * The SDK's HTML reader on the page's bytes.
   *
   * @return the report and diagnostics
   * @throws ReportParseException never here
   */
  @Benchmark
  public ReadResult htmlRead() throws ReportParseException {
    return html.read(page, io.github.nianbao.serialization.ReadOptions.none());
  }

  /**
   * POI opening the .docx, the yardstick of {@link #docxRead}.
   *
   * @return the document
   * @throws IOException never here
   */
  @Benchmark
  public XWPFDocument poiOpen() throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  /**
   * The SDK's .docx reader.
   *
   * @return the report and diagnostics
   * @throws ReportParseException never here
   */
  @Benchmark
  public ReadResult docxRead() throws ReportParseException {
    return word.read(docx, io.github.nianbao.serialization.ReadOptions.none());
  }
}

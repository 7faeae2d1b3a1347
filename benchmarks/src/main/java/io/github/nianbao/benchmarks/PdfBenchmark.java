package io.github.nianbao.benchmarks;

import io.github.nianbao.pdf.PdfFormat;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Reading one report from a PDF, with PDFBox's own text extraction of the same file as the
 * yardstick: {@link PDFTextStripper} on the loaded document. The PDFs are the PDF module's fixtures
 * (the Word writer's .docx of seed reports printed by LibreOffice, A4 portrait and landscape).
 *
 * <p>Target (issue 14): the PDF reader at most 1.3× {@link #pdfboxTextStripper}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfBenchmark {

  /** The PDF, a resource of this package without {@code .pdf}. */
  @Param({"seed-000-portrait", "seed-001-landscape"})
  public String file;

  private final PdfFormat pdf = new PdfFormat();
  private byte[] bytes;

  /** Loads the file and checks that it reads. */
  @Setup
  public void setUp() throws ReportParseException {
    bytes = bytes(file + ".pdf");
    if (pdf.read(bytes, ReadOptions.none()).report().agency().isEmpty()) {
      throw new IllegalStateException(file + " does not read");
    }
  }

  static byte[] bytes(String name) {
    try (InputStream in = PdfBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * PDFBox loading the file and extracting its text with {@link PDFTextStripper}: the yardstick.
   *
   * @return the text
   * @throws IOException never here
   */
  @Benchmark
  public String pdfboxTextStripper() throws IOException {
    return strip(bytes);
  }

  static String strip(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /**
   * The SDK's PDF reader: the report with its diagnostics.
   *
   * @return the report and diagnostics
   * @throws ReportParseException never here
   */
  @Benchmark
  public ReadResult pdfRead() throws ReportParseException {
    return pdf.read(bytes, ReadOptions.none());
  }
}

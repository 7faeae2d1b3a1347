package io.github.nianbao.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.json.JsonFormat;
import io.github.nianbao.serialization.json.NianbaoJsonModule;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * Reading and writing one report in the text and JSON formats, with plain Jackson parsing the same
 * JSON into a {@link JsonNode} tree as the yardstick in the same run.
 *
 * <p>The reports ({@code @Param report}):
 *
 * <ul>
 *   <li>{@code seed-000}: a real published report (seed 000, 6.6 KB, mostly zeros, tab separated);
 *   <li>{@code pdf_tabs_page_breaks}: a non-zero report where every one of the 200 cells holds a
 *       three-digit number, laid out as copied from a PDF (tabs, Table 3 broken by a page break
 *       with repeated headers).
 * </ul>
 *
 * <p>Targets (issue 6): the text reader at most 2× {@link #jacksonTree}, the SDK's JSON read at
 * most 1.5× {@link #jacksonTree}, on the same report.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormatBenchmark {

  /** The report, a resource of this package without {@code .txt}. */
  @Param({"seed-000", "pdf_tabs_page_breaks"})
  public String report;

  private final TextFormat text = new TextFormat();
  private final JsonFormat json = new JsonFormat();
  private final ObjectMapper sdkMapper =
      JsonMapper.builder().addModule(new NianbaoJsonModule()).build();
  private final ObjectMapper plainMapper = new ObjectMapper();

  private String textDocument;
  private String jsonDocument;
  private AnnualReport model;

  /**
   * Reads the resource once and writes its JSON.
   *
   * @throws ReportParseException if the resource does not read
   */
  @Setup
  public void setUp() throws ReportParseException {
    textDocument = resource(report + ".txt");
    ReadResult r = text.read(textDocument);
    model = r.report();
    jsonDocument = json.write(model);
    AnnualReport back = json.read(jsonDocument).report();
    if (!back.equals(model)) {
      throw new IllegalStateException(report + " does not round-trip through JSON");
    }
  }

  static String resource(String name) {
    if (name.equals("seed-000.txt")) {
      // the seed as nianbao-testing holds it, not a copy
      return io.github.nianbao.testing.Seeds.text("000_da43b1e554017db7.txt");
    }
    try (InputStream in = FormatBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text reader ({@link TextFormat#read(String)}).
   *
   * @return the result
   * @throws ReportParseException never on this document
   */
  @Benchmark
  public ReadResult textRead() throws ReportParseException {
    return text.read(textDocument);
  }

  /**
   * The text writer ({@link TextFormat#write(AnnualReport)}).
   *
   * @return the text
   */
  @Benchmark
  public String textWrite() {
    return text.write(model);
  }

  /**
   * The JSON reader with limits and diagnostics ({@link JsonFormat#read(String)}).
   *
   * @return the result
   * @throws ReportParseException never on this document
   */
  @Benchmark
  public ReadResult jsonRead() throws ReportParseException {
    return json.read(jsonDocument);
  }

  /**
   * The SDK's Jackson module on a user's mapper ({@code readValue(json, AnnualReport.class)}).
   *
   * @return the report
   * @throws IOException never on this document
   */
  @Benchmark
  public AnnualReport jsonReadModule() throws IOException {
    return sdkMapper.readValue(jsonDocument, AnnualReport.class);
  }

  /**
   * The JSON writer ({@link JsonFormat#write(AnnualReport)}).
   *
   * @return the JSON
   */
  @Benchmark
  public String jsonWrite() {
    return json.write(model);
  }

  /**
   * The SDK's Jackson module writing on a user's mapper.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public String jsonWriteModule() throws IOException {
    return sdkMapper.writeValueAsString(model);
  }

  /**
   * The yardstick: plain Jackson parsing the same JSON document into a tree.
   *
   * @return the tree
   * @throws IOException never on this document
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return plainMapper.readTree(jsonDocument);
  }
}

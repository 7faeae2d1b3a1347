package io.github.nianbao.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.json.JsonFormat;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a different report each time, as {@code nianbao validate} over a directory does: 1,024
 * valid reports drawn from the SDK's generator, in the text format (written by {@link TextFormat})
 * and in JSON, read in turn. {@link FormatBenchmark} reads one report again and again, so that
 * every line the text reader has seen is in its memos; here the lines with numbers differ from
 * report to report (more distinct lines than the memos keep), and only the labels repeat. Plain
 * Jackson's tree parse of the same JSON documents is the yardstick, as there.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ManyReportsBenchmark {
  private static final int COUNT = 1024;

  private final TextFormat text = new TextFormat();
  private final JsonFormat json = new JsonFormat();
  private final ObjectMapper plainMapper = new ObjectMapper();

  private String[] textDocuments;
  private String[] jsonDocuments;
  private int next;

  /**
   * Draws the reports and writes them in both formats.
   *
   * @throws ReportParseException if one does not read back
   */
  @Setup
  public void setUp() throws ReportParseException {
    List<AnnualReport> reports = Samples.validReports(COUNT);
    textDocuments = new String[COUNT];
    jsonDocuments = new String[COUNT];
    for (int i = 0; i < COUNT; i++) {
      textDocuments[i] = text.write(reports.get(i));
      jsonDocuments[i] = json.write(reports.get(i));
      if (!text.read(textDocuments[i]).report().equals(reports.get(i))) {
        throw new IllegalStateException("report " + i + " does not round-trip through text");
      }
    }
  }

  private int nextIndex() {
    next = (next + 1) & (COUNT - 1);
    return next;
  }

  /**
   * The text reader on the next report.
   *
   * @return the result
   * @throws ReportParseException never on these documents
   */
  @Benchmark
  public ReadResult textRead() throws ReportParseException {
    return text.read(textDocuments[nextIndex()]);
  }

  /**
   * The SDK's JSON reader on the next report.
   *
   * @return the result
   * @throws ReportParseException never on these documents
   */
  @Benchmark
  public ReadResult jsonRead() throws ReportParseException {
    return json.read(jsonDocuments[nextIndex()]);
  }

  /**
   * The yardstick: plain Jackson's tree parse of the next report's JSON.
   *
   * @return the tree
   * @throws IOException never on these documents
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return plainMapper.readTree(jsonDocuments[nextIndex()]);
  }
}

package io.github.nianbao.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.json.JsonFormat;
import io.github.nianbao.serialization.text.TextFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The ratios of issue 6's read targets measured so that the machine's drift cancels: the SDK's
 * reader and plain Jackson's tree parse of the same report take turns in one JVM, in rounds of 100
 * ms each, and each round's ratio is the reader's time per report over the tree parse's in the same
 * round. Prints the median ratio and its quartiles, per report: the two of {@link FormatBenchmark},
 * each read again and again, and, as in {@link ManyReportsBenchmark}, 1,024 generated reports read
 * in turn.
 *
 * <p>Why: on a shared virtual machine the speed of the CPU changes by a factor of several for
 * seconds at a time (seen here: plain Jackson alone took 26 µs a parse for some seconds and 110 µs
 * for the next). JMH runs one benchmark after the other, so such a phase can fall on one side of a
 * ratio; the JMH numbers stay the record, this is the check that their ratio is not the machine's.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.nianbao.benchmarks.InterleavedRatio [ROUNDS (default 60)]}. The first third of the
 * rounds is warm-up and not counted.
 */
public final class InterleavedRatio {
  private static final long ROUND_NANOS = 100_000_000L;

  /** Keeps results alive so that the JIT cannot drop the work. */
  private static volatile Object sink;

  private InterleavedRatio() {}

  /**
   * Measures and prints.
   *
   * @param args the number of rounds, optionally
   * @throws Exception if a report does not read
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    TextFormat text = new TextFormat();
    JsonFormat json = new JsonFormat();
    ObjectMapper plain = new ObjectMapper();
    System.out.printf(
        Locale.ROOT,
        "%-22s %-10s %8s %8s %8s   (median ratio per round, quartiles; times are medians in µs)%n",
        "report",
        "reader",
        "ratio",
        "reader",
        "tree");
    for (String report : List.of("seed-000", "pdf_tabs_page_breaks")) {
      String textDocument = FormatBenchmark.resource(report + ".txt");
      String jsonDocument = json.write(text.read(textDocument).report());
      Callable<Object> tree = () -> plain.readTree(jsonDocument);
      print(report, "text", measure(() -> text.read(textDocument), tree, rounds));
      print(report, "json", measure(() -> json.read(jsonDocument), tree, rounds));
    }
    // as ManyReportsBenchmark: a different report each time
    List<AnnualReport> reports = Samples.validReports(MANY);
    String[] texts = new String[MANY];
    String[] jsons = new String[MANY];
    for (int i = 0; i < MANY; i++) {
      texts[i] = text.write(reports.get(i));
      jsons[i] = json.write(reports.get(i));
    }
    int[] next = new int[3];
    Callable<Object> manyTree = () -> plain.readTree(jsons[next[0]++ & (MANY - 1)]);
    print(
        MANY + " generated",
        "text",
        measure(() -> text.read(texts[next[1]++ & (MANY - 1)]), manyTree, rounds));
    print(
        MANY + " generated",
        "json",
        measure(() -> json.read(jsons[next[2]++ & (MANY - 1)]), manyTree, rounds));
  }

  /** The number of distinct reports of the last case (a power of two). */
  private static final int MANY = 1024;

  static void print(String report, String reader, double[][] m) {
    double[] ratios = m[0];
    System.out.printf(
        Locale.ROOT,
        "%-22s %-10s %8.2f %8.1f %8.1f   [%.2f, %.2f]%n",
        report,
        reader,
        median(ratios),
        median(m[1]),
        median(m[2]),
        ratios[ratios.length / 4],
        ratios[3 * ratios.length / 4]);
  }

  /** Rounds of each; returns the sorted ratios, the reader's times and the tree's times (µs). */
  static double[][] measure(Callable<Object> reader, Callable<Object> tree, int rounds)
      throws Exception {
    List<Double> ratios = new ArrayList<>();
    List<Double> readerTimes = new ArrayList<>();
    List<Double> treeTimes = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double a = microsPerCall(reader);
      double b = microsPerCall(tree);
      if (r >= rounds / 3) {
        ratios.add(a / b);
        readerTimes.add(a);
        treeTimes.add(b);
      }
    }
    return new double[][] {sorted(ratios), sorted(readerTimes), sorted(treeTimes)};
  }

  private static double microsPerCall(Callable<Object> task) throws Exception {
    long start = System.nanoTime();
    long calls = 0;
    while (System.nanoTime() - start < ROUND_NANOS) {
      for (int k = 0; k < 50; k++) {
        sink = task.call();
      }
      calls += 50;
    }
    return (System.nanoTime() - start) / 1000.0 / calls;
  }

  private static double[] sorted(List<Double> values) {
    List<Double> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }
}

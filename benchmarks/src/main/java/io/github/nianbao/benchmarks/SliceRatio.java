package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.text.TextFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;

/**
 * The HTML read against jsoup's parse of the same page as a string, as {@link DocumentRatio}'s
 * {@code html} case, in short slices: the read and the parse take turns in slices of a few
 * milliseconds (in either order, alternately), and the median of the pairs' ratios is printed with
 * its quartiles. On a host whose speed wanders from one 100 ms round to the next, a pair of slices
 * a few milliseconds apart sees the same host, so that the ratio wanders less.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.nianbao.benchmarks.SliceRatio
 * [PAIRS (default 3000)] [SLICE µs (default 2000)]}; the first 2,000 pairs are warm-up and not
 * counted.
 */
public final class SliceRatio {
  private SliceRatio() {}

  private static Object sink;

  /**
   * Measures and prints.
   *
   * @param args the number of pairs, and the slice in µs, optionally
   * @throws Exception if a report does not read
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    long slice = (args.length > 1 ? Long.parseLong(args[1]) : 2000) * 1000;
    HtmlFormat html = new HtmlFormat();
    System.out.println(
        "report                 ratio  [quartiles]       read   jsoup   (medians of the pairs, µs)");
    for (String report : List.of("seed-000", "pdf_tabs_page_breaks")) {
      AnnualReport model =
          new TextFormat().read(FormatBenchmark.resource(report + ".txt")).report();
      byte[] page = html.write(model).getBytes(StandardCharsets.UTF_8);
      Callable<Object> read = () -> html.read(page, ReadOptions.none());
      Callable<Object> parse = () -> Jsoup.parse(new String(page, StandardCharsets.UTF_8));
      printPairs(report, read, parse, 2000, pairs, slice);
    }
  }

  /**
   * Times a read and jsoup's parse in slices taking turns (in either order, alternately), after
   * {@code warmUp} pairs not counted, and prints the median of the pairs' ratios with its quartiles
   * and the median times, on one line under {@code label}.
   *
   * @param label the line's label
   * @param read the read
   * @param parse the parse
   * @param warmUp the pairs of warm-up
   * @param pairs the pairs counted
   * @param slice the slice, in ns
   * @throws Exception if a task fails
   */
  static void printPairs(
      String label,
      Callable<Object> read,
      Callable<Object> parse,
      int warmUp,
      int pairs,
      long slice)
      throws Exception {
    for (int i = 0; i < warmUp; i++) {
      time(read, slice);
      time(parse, slice);
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> reads = new ArrayList<>();
    List<Double> parses = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      double r;
      double p;
      if ((i & 1) == 0) {
        r = time(read, slice);
        p = time(parse, slice);
      } else {
        p = time(parse, slice);
        r = time(read, slice);
      }
      ratios.add(r / p);
      reads.add(r);
      parses.add(p);
    }
    System.out.printf(
        "%-22s %5.3f  [%5.3f, %5.3f]  %6.1f  %6.1f%n",
        label,
        quantile(ratios, 0.5),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75),
        quantile(reads, 0.5),
        quantile(parses, 0.5));
  }

  /**
   * The mean time of one call, in µs, over a slice of {@code ns} nanoseconds (one call at least).
   */
  static double time(Callable<Object> task, long ns) throws Exception {
    long start = System.nanoTime();
    long end = start + ns;
    int n = 0;
    do {
      sink = task.call();
      n++;
    } while (System.nanoTime() < end);
    return (System.nanoTime() - start) / 1000.0 / n;
  }

  /** The value at a fraction {@code q} of the sorted values. */
  static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) (q * (sorted.size() - 1)));
  }
}

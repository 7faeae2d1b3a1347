package io.github.nianbao.benchmarks;

import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;

/**
 * {@link ExportedPageBenchmark}'s pages measured as {@link SliceRatio} measures the SDK's own: the
 * read, jsoup's parse of the page as a string and jsoup's parse of its bytes take turns in slices
 * of 2 ms, and the median of each pair's ratio is printed, with the medians of the times.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.nianbao.benchmarks.ExportedPageRatio [TRIPLES (default 400)]}; 1,500 triples of warm-up
 * come first, not counted.
 */
public final class ExportedPageRatio {
  private ExportedPageRatio() {}

  /**
   * Measures and prints.
   *
   * @param args the number of triples, optionally
   * @throws Exception if a page does not read
   */
  public static void main(String[] args) throws Exception {
    int triples = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    long slice = 2_000_000L;
    HtmlFormat html = new HtmlFormat();
    System.out.println(
        "page            bytes   read/string  read/bytes    read  string   bytes   (medians, µs)");
    for (String name : ExportedPageBenchmark.PAGES) {
      byte[] page = ExportedPageBenchmark.page(name);
      Callable<Object> read = () -> html.read(page, ReadOptions.none());
      Callable<Object> string = () -> Jsoup.parse(new String(page, StandardCharsets.UTF_8));
      Callable<Object> bytes = () -> Jsoup.parse(new ByteArrayInputStream(page), null, "");
      for (int i = 0; i < 1500; i++) {
        SliceRatio.time(read, slice);
        SliceRatio.time(string, slice);
        SliceRatio.time(bytes, slice);
      }
      List<Double> byString = new ArrayList<>();
      List<Double> byBytes = new ArrayList<>();
      List<Double> reads = new ArrayList<>();
      List<Double> strings = new ArrayList<>();
      List<Double> byteParses = new ArrayList<>();
      for (int i = 0; i < triples; i++) {
        double r = SliceRatio.time(read, slice);
        double s = SliceRatio.time(string, slice);
        double b = SliceRatio.time(bytes, slice);
        byString.add(r / s);
        byBytes.add(r / b);
        reads.add(r);
        strings.add(s);
        byteParses.add(b);
      }
      System.out.printf(
          Locale.ROOT,
          "%-14s %6d   %11.3f  %10.3f  %6.0f  %6.0f  %6.0f%n",
          name,
          page.length,
          median(byString),
          median(byBytes),
          median(reads),
          median(strings),
          median(byteParses));
    }
  }

  private static double median(List<Double> values) {
    return SliceRatio.quantile(values, 0.5);
  }
}

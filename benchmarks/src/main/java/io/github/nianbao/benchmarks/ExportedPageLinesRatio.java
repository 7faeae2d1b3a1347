package io.github.nianbao.benchmarks;

import io.github.nianbao.html.internal.HtmlReader;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.grid.GridReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One stage of {@link ExportedPageRatio}'s reads measured alone: the scan that places a read's
 * diagnostics on the page's lines ({@code HtmlReader.Keyed.lines}, asked for the keys the
 * diagnostics name), against jsoup's parse of the same page as a string, in slices of 2 ms taking
 * turns; the median of the pairs' ratios is printed, with the medians of the times. The read as a
 * whole costs about this much more than the parse and the other stages (the walk, the grid reader,
 * the decoding): where the scan goes, the read goes.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.nianbao.benchmarks.ExportedPageLinesRatio [PAIRS (default 400)]}; 1,500 pairs of
 * warm-up come first, not counted.
 */
public final class ExportedPageLinesRatio {
  private ExportedPageLinesRatio() {}

  /**
   * Measures and prints.
   *
   * @param args the number of pairs, optionally
   * @throws Exception if a page does not read
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    long slice = 2_000_000L;
    System.out.println("page            last   lines/string   lines  string   (medians, µs)");
    for (String name : ExportedPageBenchmark.PAGES) {
      String page = new String(ExportedPageBenchmark.page(name), StandardCharsets.UTF_8);
      Document doc = Jsoup.parse(page);
      HtmlReader.Keyed keyed = HtmlReader.keyedPage(doc);
      BitSet asked = new BitSet();
      for (Diagnostic d : GridReader.read(keyed.grid(), ReadOptions.none()).diagnostics()) {
        if (d.line() > 0) {
          asked.set(d.line());
        }
      }
      if (keyed.lines(page, asked) == null) {
        throw new IllegalStateException(name + ": the scan gives up, the read parses again");
      }
      Callable<Object> lines = () -> keyed.lines(page, asked);
      Callable<Object> string = () -> Jsoup.parse(page);
      for (int i = 0; i < 1500; i++) {
        SliceRatio.time(lines, slice);
        SliceRatio.time(string, slice);
      }
      List<Double> ratios = new ArrayList<>();
      List<Double> scans = new ArrayList<>();
      List<Double> parses = new ArrayList<>();
      for (int i = 0; i < pairs; i++) {
        double l = SliceRatio.time(lines, slice);
        double s = SliceRatio.time(string, slice);
        ratios.add(l / s);
        scans.add(l);
        parses.add(s);
      }
      System.out.printf(
          Locale.ROOT,
          "%-14s %5d   %12.3f  %6.0f  %6.0f%n",
          name,
          asked.length() - 1,
          SliceRatio.quantile(ratios, 0.5),
          SliceRatio.quantile(scans, 0.5),
          SliceRatio.quantile(parses, 0.5));
    }
  }
}

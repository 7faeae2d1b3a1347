package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.text.TextFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;

/**
 * What a page costs that the reader cannot build without jsoup's parser: seed-000's page as the
 * writer writes it (built directly), and the same with a {@code <textarea>} (which the parser reads
 * by a rule of its own) at the top of its body (refused at once) and at its foot (refused at the
 * end, after an attempt over the whole page: the worst case), each read against jsoup's parse of it
 * as a string, in slices taking turns as {@link SliceRatio}'s.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.nianbao.benchmarks.RefusedPageRatio [PAIRS (default 2000)]}; 1,500 pairs of warm-up a
 * page.
 */
public final class RefusedPageRatio {
  private RefusedPageRatio() {}

  /**
   * Measures and prints.
   *
   * @param args the number of pairs, optionally
   * @throws Exception if the report does not read
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long slice = 2_000_000;
    HtmlFormat html = new HtmlFormat();
    AnnualReport model = new TextFormat().read(FormatBenchmark.resource("seed-000.txt")).report();
    String written = html.write(model);
    String pre = "<textarea>x</textarea>";
    String[][] pages = {
      {"as written", written},
      {"refused at once", written.replace("<body>\n", "<body>\n" + pre + "\n")},
      {"refused at the end", written.replace("</body>", pre + "\n</body>")}
    };
    System.out.println("page                   ratio  [quartiles]       read   jsoup   (µs)");
    for (String[] p : pages) {
      byte[] page = p[1].getBytes(StandardCharsets.UTF_8);
      Callable<Object> read = () -> html.read(page, ReadOptions.none());
      Callable<Object> parse = () -> Jsoup.parse(new String(page, StandardCharsets.UTF_8));
      for (int i = 0; i < 1500; i++) {
        SliceRatio.time(read, slice);
        SliceRatio.time(parse, slice);
      }
      List<Double> ratios = new ArrayList<>();
      List<Double> reads = new ArrayList<>();
      List<Double> parses = new ArrayList<>();
      for (int i = 0; i < pairs; i++) {
        double r;
        double q;
        if ((i & 1) == 0) {
          r = SliceRatio.time(read, slice);
          q = SliceRatio.time(parse, slice);
        } else {
          q = SliceRatio.time(parse, slice);
          r = SliceRatio.time(read, slice);
        }
        ratios.add(r / q);
        reads.add(r);
        parses.add(q);
      }
      System.out.printf(
          "%-22s %5.3f  [%5.3f, %5.3f]  %6.1f  %6.1f%n",
          p[0],
          SliceRatio.quantile(ratios, 0.5),
          SliceRatio.quantile(ratios, 0.25),
          SliceRatio.quantile(ratios, 0.75),
          SliceRatio.quantile(reads, 0.5),
          SliceRatio.quantile(parses, 0.5));
    }
  }
}

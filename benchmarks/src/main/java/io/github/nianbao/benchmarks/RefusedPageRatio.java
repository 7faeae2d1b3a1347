package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.text.TextFormat;
import java.nio.charset.StandardCharsets;
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
    String refused = "<textarea>x</textarea>";
    String[][] pages = {
      {"as written", written},
      {"refused at once", written.replace("<body>\n", "<body>\n" + refused + "\n")},
      {"refused at the end", written.replace("</body>", refused + "\n</body>")}
    };
    System.out.println("page                   ratio  [quartiles]       read   jsoup   (µs)");
    for (String[] p : pages) {
      byte[] page = p[1].getBytes(StandardCharsets.UTF_8);
      Callable<Object> read = () -> html.read(page, ReadOptions.none());
      Callable<Object> parse = () -> Jsoup.parse(new String(page, StandardCharsets.UTF_8));
      SliceRatio.printPairs(p[0], read, parse, 1500, pairs, slice);
    }
  }
}

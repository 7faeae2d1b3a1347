package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.text.TextFormat;
import io.github.nianbao.serialization.word.WordFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;

/**
 * Issue 13's read targets measured as {@link InterleavedRatio} measures issue 6's: the HTML reader
 * against jsoup's own parse of the page, the .docx reader against POI opening the file, taking
 * turns in rounds of 100 ms, the median ratio per round printed with its quartiles. {@code html} is
 * against jsoup's parse of the page as a string, {@code html/bytes} against its parse of the bytes,
 * {@code html/noisy} the read of the page with a breadcrumb above the report (a diagnostic at a
 * line) against the string parse of that page.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.nianbao.benchmarks.DocumentRatio [ROUNDS (default 60)] [html|docx (default both)]}.
 */
public final class DocumentRatio {
  private DocumentRatio() {}

  /**
   * Measures and prints.
   *
   * @param args the number of rounds, optionally; then {@code html} or {@code docx} for one reader
   * @throws Exception if a report does not read
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    boolean htmlToo = args.length < 2 || args[1].equals("html");
    boolean docxToo = args.length < 2 || args[1].equals("docx");
    HtmlFormat html = new HtmlFormat();
    WordFormat word = new WordFormat();
    System.out.println(
        "report                 reader        ratio   reader  library   (median ratio per round,"
            + " quartiles; times are medians in µs)");
    for (String report : List.of("seed-000", "pdf_tabs_page_breaks")) {
      AnnualReport model =
          new TextFormat().read(FormatBenchmark.resource(report + ".txt")).report();
      byte[] page = html.write(model).getBytes(StandardCharsets.UTF_8);
      byte[] docx = word.toBytes(model);
      if (htmlToo) {
        if (report.equals("seed-000")) {
          // a warm-up of its own, not printed: the first case measured in the JVM would otherwise
          // count the JIT's work on jsoup and the reader (on a loaded machine it outlasts the
          // rounds' first third)
          InterleavedRatio.measure(
              () -> html.read(page, ReadOptions.none()),
              () -> Jsoup.parse(new String(page, StandardCharsets.UTF_8)),
              rounds);
        }
        InterleavedRatio.print(
            report,
            "html",
            InterleavedRatio.measure(
                () -> html.read(page, ReadOptions.none()),
                () -> Jsoup.parse(new String(page, StandardCharsets.UTF_8)),
                rounds));
        // jsoup's parse of the page as bytes, as it parses a page file: the charset found from
        // the bytes, as the reader must
        InterleavedRatio.print(
            report,
            "html/bytes",
            InterleavedRatio.measure(
                () -> html.read(page, ReadOptions.none()),
                () -> Jsoup.parse(new ByteArrayInputStream(page), null, ""),
                rounds));
        // the page with a portal's breadcrumb above the report, which the reader notes at its
        // line: the read of a page with a diagnostic to place (see HtmlFormat on source positions)
        String noisy =
            new String(page, StandardCharsets.UTF_8)
                .replace("<body>", "<body>\n<div class=\"crumb\">首页 &gt; 政务公开 &gt; 年度报告</div>");
        byte[] noisyPage = noisy.getBytes(StandardCharsets.UTF_8);
        InterleavedRatio.print(
            report,
            "html/noisy",
            InterleavedRatio.measure(
                () -> html.read(noisyPage, ReadOptions.none()),
                () -> Jsoup.parse(new String(noisyPage, StandardCharsets.UTF_8)),
                rounds));
      }
      if (docxToo) {
        InterleavedRatio.print(
            report,
            "docx",
            InterleavedRatio.measure(
                () -> word.read(docx, ReadOptions.none()),
                () -> new XWPFDocument(new ByteArrayInputStream(docx)),
                rounds));
      }
    }
  }
}

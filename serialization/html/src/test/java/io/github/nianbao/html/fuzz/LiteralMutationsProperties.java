package io.github.nianbao.html.fuzz;

import io.github.nianbao.html.internal.LiteralPage;
import io.github.nianbao.html.internal.SameDocument;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * {@link LiteralPage}'s law on the fuzzer's pages: the writer's pages, the same inside a CMS's
 * furniture, LibreOffice's and WPS's exports, each mutated as {@link HtmlMutator} mutates them
 * (tags deleted, duplicated, swapped, stray, entities, control characters, the page cut short). A
 * page is built as jsoup parses it, or not at all.
 */
class LiteralMutationsProperties {
  private static List<String> seeds;

  private static synchronized List<String> seeds() throws Exception {
    if (seeds == null) {
      // the fuzzer's seeds that are literal (the writer's pages): mutated, some stay so
      seeds = HtmlFuzzTest.seeds().stream().filter(s -> LiteralPage.parse(s) != null).toList();
    }
    return seeds;
  }

  @Property(tries = 1500)
  void aMutatedPageIsBuiltAsJsoupParsesItOrNotAtAll(@ForAll long seed) throws Exception {
    HtmlMutator.Input input = new HtmlMutator(new Random(seed), seeds()).next();
    Document built = LiteralPage.parse(input.page());
    Statistics.label("the page").collect(built == null ? "goes to jsoup" : "is built");
    Statistics.label("the page").coverage(c -> c.check("is built").percentage(p -> p > 10));
    if (built != null) {
      String d =
          SameDocument.difference(
              built, Jsoup.parse(input.page(), "", Parser.htmlParser().setTrackPosition(false)));
      if (d != null) {
        throw new AssertionError(d + " after " + input.steps());
      }
    }
  }
}

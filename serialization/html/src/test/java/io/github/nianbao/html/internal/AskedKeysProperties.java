package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.nianbao.serialization.grid.Grid;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * A scan asked for some keys only ({@link HtmlReader.Keyed#lines(String, BitSet)}) passes the
 * paragraphs not asked as text and starts the index of the page's runs where the main scan stands
 * ({@link PageLines}): it still places each key asked at the line of the parse with positions
 * ({@link HtmlReader#lines(Grid, Grid)}), or gives up. The pages here are made so that the quick
 * check cannot tell and the runs are indexed: few texts, all starting with the same character, met
 * again in cells, in a paragraph after its first text, in skipped markup ({@code <form>}, {@code
 * <nav>}), in raw text the walk reads ({@code <title>} in the body, {@code <xmp>}), written as
 * entities the scan decodes and as ones it does not; in layout tables, before the body and after
 * its end. Each page is asked many random sets of keys: one paragraph alone, paragraphs only, some
 * keys of every kind, each with the other paragraphs of the same text or without them.
 */
class AskedKeysProperties {

  @Property(tries = 300)
  void placesTheKeysAskedAsTheParserDoesOrGivesUp(
      @ForAll("indexedPages") String page, @ForAll("seeds") long seed) {
    Statistics.label("the scan").collect(checkAsked(page, seed, 24));
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /**
   * Asks the scan of a page {@code sets} random sets of keys, and checks each key asked that it
   * places (and each other key it places on the way) against the tracked parse.
   *
   * @return what the scans did: all placed, some gave up, all gave up
   */
  static String checkAsked(String page, long seed, int sets) {
    HtmlReader.Keyed keyedPage = HtmlReader.keyedPage(Jsoup.parse(page, "", Parser.htmlParser()));
    Grid tracked =
        HtmlReader.grid(Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(true)));
    int[] lines = HtmlReader.lines(keyedPage.grid(), tracked);
    assertNotNull(lines, "the grids differ in shape");
    List<Integer> keys = new ArrayList<>();
    for (int k = 1; k < lines.length; k++) {
      if (lines[k] > 0) {
        keys.add(k);
      }
    }
    if (keys.isEmpty()) {
      return "no keys";
    }
    Random random = new Random(seed);
    int placed = 0;
    for (int i = 0; i < sets; i++) {
      BitSet asked = new BitSet();
      switch (random.nextInt(5)) {
        case 0 -> asked.set(keys.get(random.nextInt(keys.size())));
        case 1 -> {
          // two keys, often far apart: the scan passes all between
          asked.set(keys.get(random.nextInt(keys.size())));
          asked.set(keys.get(random.nextInt(keys.size())));
        }
        case 2 -> {
          int density = 1 + random.nextInt(6);
          for (int k : keys) {
            if (random.nextInt(density) == 0) {
              asked.set(k);
            }
          }
        }
        case 3 -> {
          // the last keys only
          int from = random.nextInt(keys.size());
          for (int j = from; j < keys.size(); j++) {
            if (random.nextBoolean()) {
              asked.set(keys.get(j));
            }
          }
        }
        default -> {
          // a key and one after it, with the keys between all asked or none
          int a = random.nextInt(keys.size());
          int b = a + random.nextInt(keys.size() - a);
          asked.set(keys.get(a));
          asked.set(keys.get(b));
          if (random.nextBoolean()) {
            for (int j = a; j <= b; j++) {
              asked.set(keys.get(j));
            }
          }
        }
      }
      if (asked.isEmpty()) {
        continue;
      }
      int[] part = keyedPage.lines(page, asked);
      if (part == null) {
        continue;
      }
      placed++;
      for (int k = asked.nextSetBit(0); k >= 0; k = asked.nextSetBit(k + 1)) {
        if (lines[k] > 0) {
          assertEquals(
              lines[k],
              part[k],
              "the scan's line of key " + k + " asked with " + asked + ":\n" + page);
        }
      }
    }
    return placed == sets ? "all placed" : placed == 0 ? "all given up" : "some given up";
  }

  private static final String HEAD = "<html><head><title>甲</title></head><body>\n";

  @Provide
  Arbitrary<String> indexedPages() {
    // (some heads leave the body to the first block: a noframes, template or noscript before it,
    // SoakFindingsTest's cases)
    Arbitrary<String> head =
        Arbitraries.of(
            HEAD,
            HEAD,
            HEAD,
            "<html><head><title>甲</title><bgsound></head><body>\n",
            "<title>甲</title>\n<body>\n",
            "<html><head><title>甲</title></head><noscript></noscript><body>\n",
            "<body>",
            "<html><head><title>甲</title></head>\n<title>甲</title>\n<body>\n",
            "<title>甲</title>\n<noframes>甲</noframes>\n",
            "<template>甲</template>\n",
            "<html><head><title>甲</title></head>\n<noscript>甲</noscript>\n",
            "<noframes></noframes>\n");
    Arbitrary<String> tail =
        Arbitraries.of(
            "",
            "",
            "</body></html>\n",
            "</body>\n\n甲",
            "</body>\n<p>甲</p>",
            "</html>\n甲乙",
            "</body>&#32;\n甲",
            "</body>\n<!-- c -->\n&#30002;");
    return Combinators.combine(head, block(3).list().ofMinSize(1).ofMaxSize(6), tail)
        .as((h, l, t) -> h + String.join("\n", l) + t);
  }

  /**
   * Texts that start with the same character, so that no first character tells them apart; now and
   * then one the scan gives up at (an entity it does not decode).
   */
  private static Arbitrary<String> words() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            12,
            Arbitraries.of(
                "甲",
                "甲",
                "甲",
                "甲乙",
                "甲 乙",
                "\n甲",
                "甲\n",
                "&#30002;",
                "&#x7532;乙",
                "甲&amp;",
                "&nbsp;甲",
                "甲<!-- c -->甲",
                "甲</>乙",
                "甲<3")),
        Tuple.of(1, Arbitraries.of("甲&bogus;", "&bogus;甲", "乙&bogus;", "甲&notin", "甲\u0000")));
  }

  /** A paragraph of the words, repeated: the quick checks find many runs of its text. */
  private static Arbitrary<String> many() {
    return Combinators.combine(
            Arbitraries.integers().between(3, 24),
            Arbitraries.of(
                "<p>%s</p>\n",
                "<p>%s<b>%s</b></p>\n", "<div>%s</div>", "<p>%s<o:p></o:p></p>\n", "<td>%s</td>"),
            words())
        .as((n, f, w) -> f.replace("%s", w).repeat(n));
  }

  private static Arbitrary<String> block(int depth) {
    Arbitrary<String> odd =
        Arbitraries.of(
            "<form>甲</form>",
            "<nav><p>甲</p></nav>",
            "<title>甲</title>",
            "<title>&#30002;</title>",
            "<xmp>甲</xmp>",
            "<noembed>甲</noembed>",
            "<noframes>甲</noframes>",
            "<textarea>甲</textarea>",
            "<script>'甲'</script>",
            "<template>甲</template>",
            "<noscript>甲</noscript>",
            "<select><option>甲</select>",
            "<p>甲<b>甲</b>甲</p>",
            "<p>甲<br>甲</p>",
            "<p>甲<span>甲乙</span></p>",
            "甲<o:p>甲</o:p>",
            "<svg><path d=\"M0 0\"/></svg>甲",
            "<![CDATA[甲]]>",
            "<pre>\n甲</pre>",
            "<li>甲",
            "<p>甲",
            "</p>甲",
            "<marquee>甲</marquee>",
            "<object>甲</object>");
    if (depth == 0) {
      return Arbitraries.frequencyOf(
          Tuple.of(3, words()),
          Tuple.of(3, words().map(w -> "<p>" + w + "</p>")),
          Tuple.of(1, odd));
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> block(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(3, words()),
        Tuple.of(4, words().map(w -> "<p>" + w + "</p>")),
        Tuple.of(2, many()),
        Tuple.of(3, Arbitraries.lazy(() -> table(depth - 1, false))),
        Tuple.of(2, Arbitraries.lazy(() -> table(depth - 1, true))),
        Tuple.of(3, odd),
        Tuple.of(1, inner.map(c -> "<div>" + c + "</div>")),
        Tuple.of(1, inner.list().ofMaxSize(3).map(l -> String.join("", l))));
  }

  /** A table; a layout table (a cell holding a table) where {@code layout}. */
  private static Arbitrary<String> table(int depth, boolean layout) {
    Arbitrary<String> content =
        depth == 0 ? words() : block(depth).list().ofMaxSize(3).map(l -> String.join("\n", l));
    Arbitrary<String> inner =
        layout
            ? Combinators.combine(
                    content,
                    depth == 0
                        ? Arbitraries.of("<table><tr><td>甲</td></tr></table>")
                        : Arbitraries.lazy(() -> table(depth - 1, false)),
                    content)
                .as((a, t, b) -> a + t + b)
            : content;
    Arbitrary<String> name = Arbitraries.of("td", "th");
    Arbitrary<String> first =
        Combinators.combine(name, inner).as((n, x) -> "<" + n + ">" + x + "</" + n + ">");
    Arbitrary<String> other =
        Combinators.combine(name, content).as((n, x) -> "<" + n + ">" + x + "</" + n + ">");
    Arbitrary<String> row =
        Combinators.combine(first, other.list().ofMaxSize(2), Arbitraries.of("", "", "\n", "甲"))
            .as((f, o, stray) -> "<tr>" + f + String.join("", o) + stray + "</tr>");
    return LayoutTableLinesTest.tableOf(content, row, 4);
  }
}

package io.github.nianbao.html.internal;

import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The law of the line scan ({@link PageLines}: each key at the line the parser with positions gives
 * it, or the scan gives up; {@link KeyedGridTest#sameButForLines}) on pages aimed at the markup its
 * scans share ({@code Lexed}): layout tables, whose check records the markup it passes; many
 * paragraphs of equal short text, which spend the quick check's budget so that the runs are indexed
 * (the index's pass records the page for the main scan, and is asked first from then on); raw text
 * elements holding markup-like text, SVG icons, prefixed tags ({@code o:p}), comments, quoted
 * {@code >} in attributes. Written by a reviewer of the shared lexer, who ran it, with the other
 * laws of the scan, some 1.5 million pages without a failure.
 */
class LexedLinesProperties {

  @Property(tries = 600)
  void placesEachKeyOfPagesOfSharedMarkupAsTheParserDoesOrGivesUp(@ForAll("anyPages") String page) {
    boolean placed = KeyedGridTest.sameButForLines(page);
    Statistics.label("the scan").collect(placed ? "places the keys" : "gives up");
  }

  @Property(tries = 600)
  void placesEachKeyOfPagesItFollowsAsTheParserDoesOrGivesUp(@ForAll("followedPages") String page) {
    boolean placed = KeyedGridTest.sameButForLines(page);
    Statistics.label("the scan").collect(placed ? "places the keys" : "gives up");
    // (a law over pages that are all given up would hold of any scan)
    Statistics.label("the scan").coverage(c -> c.check("places the keys").percentage(p -> p >= 10));
  }

  @Provide
  Arbitrary<String> anyPages() {
    return lexedPages(false);
  }

  /** Without the markup at which the scan gives up at once, so that it goes further. */
  @Provide
  Arbitrary<String> followedPages() {
    return lexedPages(true);
  }

  private static final String HEAD = "<html><head><title>某局2023年报告</title></head><body>\n";

  /** Pages whose markup the scans ahead of the main one record, and the main one reads. */
  private static Arbitrary<String> lexedPages(boolean followed) {
    Arbitrary<String> tail = Arbitraries.of("", "", "</body>\n\n0", "</body></html>\n");
    return Combinators.combine(block(3, followed).list().ofMinSize(1).ofMaxSize(6), tail)
        .as((l, t) -> HEAD + String.join("\n", l) + t);
  }

  /** Short texts, equal to each other often. */
  private static Arbitrary<String> words() {
    return Arbitraries.of("0", "0", "0", "a", "&nbsp;", "0 0", "一", "\n0", "0<1", "a<b");
  }

  /** Many paragraphs of one text: their quick checks spend the budget, and the runs are indexed. */
  private static Arbitrary<String> paragraphs() {
    return Combinators.combine(
            Arbitraries.integers().between(8, 40),
            Arbitraries.of("<p>%s</p>", "<p>%s</p>\n", "<div>%s</div>", "<p>%s<o:p></o:p></p>\n"),
            words())
        .as((n, f, w) -> f.formatted(w).repeat(n));
  }

  /** Markup the lexer reads otherwise than a plain tag, or the index's scan asks of. */
  private static final String[] ODD = {
    // raw text elements with markup-like text
    "<script>if(a<b){document.write('<table><tr><td>0</td></tr></table>')}</script>",
    "<script>var s='</scripts>0<p>0</p>';</script>",
    "<script><!-- <p>0</p> --></script>",
    "<script><!--<script>0</script>--></script>",
    "<script></script>",
    "<SCRIPT type=\"text/javascript\">'<td>'</SCRIPT >",
    "<style>p>a{color:red}</style>",
    "<style></style>",
    "<style>/*<table>*/</style>",
    "<title>0</title>",
    "<title><p>0</p></title>",
    "<title></title>",
    "<textarea><p>0</p><table></textarea>",
    "<textarea></textarea>",
    "<xmp><table><td>0</td></xmp>",
    "<xmp>0</xmp>",
    "<xmp></xmp>",
    "<noembed><p>0</p></noembed>",
    "<noframes>0</noframes>",
    "<iframe><table></iframe>",
    // SVG icons, and SVG the scan cannot pass
    "<svg viewBox=\"0 0 8 8\"><path d=\"M0 0h8\"/></svg>",
    "<svg><g><use href=\"#a\"/></g></svg>",
    "<svg class=\"i\"><circle r=\"1\"></circle></svg>",
    "<svg/>",
    "<svg><text>0</text></svg>",
    "<svg><![CDATA[0]]></svg>",
    "<math><mi>0</mi></math>",
    // prefixed tags (Word's), inline to the index
    "<o:p>0</o:p>",
    "<o:p></o:p>",
    "0<o:p></o:p>0",
    "<st1:place>0</st1:place>",
    "<v:shape id=\"x\">0</v:shape>",
    "</o:p>",
    "<w:Sdt>0</w:Sdt>",
    "0<o:p>&nbsp;</o:p>",
    // comments, bogus comments, CDATA
    "<!-- <p>0</p> -->",
    "<!---->",
    "<!-->0",
    "<!--->0",
    "<!-- a --!>0",
    "<![CDATA[0]]>",
    "<?xml version=\"1.0\"?>",
    "</ x>0",
    "<!DOCTYPE x>",
    "</>0",
    // tags with a quoted '>'
    "<p title=\"a>b\">0</p>",
    "<p class='x>'>0</p>",
    "<span title=\"<td>\">0</span>",
    "</p class=\"a>b\">0",
    // inline and block tags between equal texts
    "0<b>0</b>0",
    "<span>0</span>0",
    "0<br>0",
    "<b>0<table><tr><td>0</td></tr></table>0</b>",
    "<TABLE><TR><TD>0</TD></TR></TABLE>",
    "<td>0",
    "</td>",
    "</table>",
    "<tr>",
    "<pre>\n0</pre>",
    "<nav><p>0</p></nav>",
    "<form><p>0</p></form>",
  };

  /** {@link #ODD} but the markup at which the scan gives up. */
  private static final String[] FOLLOWED =
      Arrays.stream(ODD)
          .filter(
              m ->
                  !Set.of(
                          "<svg><text>0</text></svg>",
                          "<svg><![CDATA[0]]></svg>",
                          "<math><mi>0</mi></math>",
                          "<script><!-- <p>0</p> --></script>",
                          "<script><!--<script>0</script>--></script>",
                          "<![CDATA[0]]>",
                          "<b>0<table><tr><td>0</td></tr></table>0</b>",
                          "<td>0",
                          "</td>",
                          "</table>",
                          "<tr>",
                          "<svg/>")
                      .contains(m))
          .toArray(String[]::new);

  /** What stands in the body or a cell. */
  private static Arbitrary<String> block(int depth, boolean followed) {
    Arbitrary<String> odd = Arbitraries.of(followed ? FOLLOWED : ODD);
    if (depth == 0) {
      return Arbitraries.frequencyOf(
          Tuple.of(3, words()),
          Tuple.of(2, words().map(w -> "<p>" + w + "</p>")),
          Tuple.of(2, odd));
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> block(depth - 1, followed));
    return Arbitraries.frequencyOf(
        Tuple.of(3, words()),
        Tuple.of(3, words().map(w -> "<p>" + w + "</p>")),
        Tuple.of(2, paragraphs()),
        Tuple.of(3, Arbitraries.lazy(() -> table(depth - 1, false, followed))),
        Tuple.of(3, Arbitraries.lazy(() -> table(depth - 1, true, followed))),
        Tuple.of(4, odd),
        Tuple.of(1, inner.map(c -> "<div>" + c + "</div>")),
        Tuple.of(1, inner.map(c -> "<o:p>" + c + "</o:p>")),
        Tuple.of(1, inner.list().ofMaxSize(3).map(l -> String.join("", l))));
  }

  /** A table; a layout table (a cell holding a table) where {@code layout}. */
  private static Arbitrary<String> table(int depth, boolean layout, boolean followed) {
    Arbitrary<String> odd = Arbitraries.of(followed ? FOLLOWED : ODD);
    Arbitrary<String> content =
        depth == 0
            ? Arbitraries.oneOf(words(), odd)
            : block(depth, followed).list().ofMaxSize(3).map(l -> String.join("\n", l));
    Arbitrary<String> inner =
        layout
            ? Combinators.combine(
                    content,
                    depth == 0
                        ? Arbitraries.of("<table><tr><td>0</td></tr></table>")
                        : Arbitraries.lazy(() -> table(depth - 1, false, followed)),
                    content)
                .as((a, t, b) -> a + t + b)
            : content;
    Arbitrary<String> name = Arbitraries.of("td", "th", "TD");
    Arbitrary<String> attributes = Arbitraries.of("", " class=\"x\"", " a='>'");
    Arbitrary<String> first =
        Combinators.combine(name, attributes, inner)
            .as((n, a, x) -> "<" + n + a + ">" + x + "</" + n + ">");
    Arbitrary<String> other =
        Combinators.combine(name, attributes, content)
            .as((n, a, x) -> "<" + n + a + ">" + x + "</" + n + ">");
    Arbitrary<String> row =
        Combinators.combine(
                first,
                other.list().ofMaxSize(2),
                followed ? Arbitraries.of("", "\n") : Arbitraries.of("", "", "\n", "0"))
            .as((f, o, stray) -> "<tr>" + f + String.join("", o) + stray + "</tr>");
    return LayoutTableLinesTest.tableOf(content, row, 4);
  }
}

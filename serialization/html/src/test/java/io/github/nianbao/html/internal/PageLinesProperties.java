package io.github.nianbao.html.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The scan of a page's text ({@link PageLines}) places each key at the line the parser with
 * positions gives it, or gives up: never a wrong line ({@link KeyedGridTest#sameButForLines}), for
 * generated pages of text, blocks, tables inside cells, captions, rows and bodies, content the
 * parser moves out of a table (stray blocks and tables in rows, bodies and column groups), skipped
 * markup, breaks with content and preformatted text; and again with inline elements, skipped
 * markup, a title in the body, entities, comments and end tags the parser reads otherwise than they
 * are written.
 */
class PageLinesProperties {

  @Property(tries = 1500)
  void placesEachKeyAsTheParserDoesOrGivesUp(@ForAll("pages") String page) {
    boolean placed = KeyedGridTest.sameButForLines(page);
    Statistics.label("the scan").collect(placed ? "places the keys" : "gives up");
  }

  /**
   * The same with markup the parser reads otherwise than it is written, or that the walk passes:
   * inline elements, skipped markup, a title in the body, and {@link #ODD}.
   */
  @Property(tries = 1500)
  void placesEachKeyOfOddMarkupAsTheParserDoesOrGivesUp(@ForAll("oddPages") String page) {
    boolean placed = KeyedGridTest.sameButForLines(page);
    Statistics.label("the scan").collect(placed ? "places the keys" : "gives up");
  }

  @Provide
  Arbitrary<String> pages() {
    return pages(false);
  }

  @Provide
  Arbitrary<String> oddPages() {
    return pages(true);
  }

  private static Arbitrary<String> pages(boolean wide) {
    return fragment(3, wide)
        .list()
        .ofMaxSize(4)
        .map(
            l ->
                "<html><head><title>题 目</title></head><body>"
                    + String.join("\n", l)
                    + "</body></html>");
  }

  /** Text: letters, digits, Chinese, white space of every kind the walk tells apart. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("a1一“ \u3000\u00a0\n\t").ofMaxLength(6);
  }

  private static Arbitrary<String> wrap(String name, Arbitrary<String> content) {
    return content.map(c -> "<" + name + ">" + c + "</" + name + ">");
  }

  private static Arbitrary<String> joined(Arbitrary<String> part, int max) {
    return part.list().ofMaxSize(max).map(l -> String.join("", l));
  }

  /** Markup of the body or a cell: text, blocks, tables, skipped markup, breaks, preformatted. */
  private static Arbitrary<String> fragment(int depth, boolean wide) {
    if (depth == 0) {
      return text();
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> fragment(depth - 1, wide));
    Arbitrary<String> markup =
        Arbitraries.frequencyOf(
            Tuple.of(3, text()),
            Tuple.of(2, wrap("p", joined(inner, 3))),
            Tuple.of(1, wrap("h1", text())),
            Tuple.of(3, Arbitraries.lazy(() -> table(depth - 1, wide))),
            Tuple.of(1, wrap("form", inner)),
            Tuple.of(1, wrap("script", text())),
            Tuple.of(1, Arbitraries.of("<br>", "<br/>")),
            Tuple.of(1, wrap("br", inner)),
            Tuple.of(1, wrap("pre", text())),
            Tuple.of(1, inner.map(c -> "<div style=\"white-space: pre\">" + c + "</div>")),
            Tuple.of(1, wrap("span", joined(inner, 2))));
    if (!wide) {
      return markup;
    }
    return Arbitraries.frequencyOf(
        Tuple.of(8, markup),
        Tuple.of(1, wrap("b", joined(inner, 2))),
        Tuple.of(1, wrap("font", joined(inner, 2))),
        Tuple.of(1, wrap("o:p", joined(inner, 2))),
        Tuple.of(1, wrap("nav", joined(inner, 2))),
        Tuple.of(1, wrap("title", text())),
        Tuple.of(2, Arbitraries.of(ODD)));
  }

  /**
   * Markup the parser reads otherwise than it is written, or that the walk reads as a paragraph's
   * text or passes: entities, comments, end tags without a start, cells and captions outside a
   * table, {@code </ x>} (a comment), {@code </>} (nothing), {@code <wbr>}, a WPS field.
   */
  private static final String[] ODD = {
    "&nbsp;",
    "&amp;",
    "a&#97;",
    "<!-- a -->",
    "</div>",
    "</p>",
    "</span>",
    "<td>a</td>",
    "<caption>a</caption>",
    "</td>",
    "</table>",
    "<tr>",
    "</b>",
    "<p>",
    "<li>",
    "&lt;a",
    "< a",
    "</ a>",
    "</>",
    "a<wbr>a",
    "<sdfield>1</sdfield>"
  };

  /** Markup where no table should stand: nothing, a block, or a table. */
  private static Arbitrary<String> stray(int depth, boolean wide) {
    if (depth == 0) {
      return Arbitraries.of("", "<div>x</div>");
    }
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(1, wrap("div", fragment(depth - 1, wide))),
        Tuple.of(1, Arbitraries.lazy(() -> table(depth - 1, wide))));
  }

  private static Arbitrary<String> table(int depth, boolean wide) {
    Arbitrary<String> caption =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just("")), Tuple.of(1, wrap("caption", fragment(depth, wide))));
    Arbitrary<String> rows = joined(row(depth, wide), 3);
    Arbitrary<String> body =
        Arbitraries.oneOf(
            rows,
            wrap("tbody", rows),
            Combinators.combine(rows, rows, stray(depth, wide))
                .as((h, b, s) -> "<thead>" + h + "</thead><tbody>" + b + s + "</tbody>"));
    Arbitrary<String> colgroup =
        stray(depth, wide).map(s -> s.isEmpty() ? "" : "<colgroup>" + s + "</colgroup>");
    return Combinators.combine(caption, colgroup, body)
        .as((c, g, b) -> "<table>" + c + g + b + "</table>");
  }

  private static Arbitrary<String> row(int depth, boolean wide) {
    return Combinators.combine(joined(cell(depth, wide), 4), stray(depth, wide))
        .as((cells, s) -> "<tr>" + cells + s + "</tr>");
  }

  private static Arbitrary<String> cell(int depth, boolean wide) {
    Arbitrary<String> attributes =
        Arbitraries.of(
            "",
            "",
            " class=\"label\"",
            " colspan=\"2\"",
            " rowspan=\"3\" colspan=\"2\"",
            " colspan=\" 4 \"",
            " colspan=\"x\"",
            " rowspan=\"0\"");
    Arbitrary<String> content = depth == 0 ? text() : joined(fragment(depth, wide), 2);
    return Combinators.combine(Arbitraries.of("td", "th"), attributes, content)
        .as((n, a, c) -> "<" + n + a + ">" + c + "</" + n + ">");
  }
}

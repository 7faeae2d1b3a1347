package io.github.nianbao.html.internal;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.testing.AnyReports;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.nodes.Document;

/**
 * The law of {@link LiteralPage}: for any page, it builds nothing (null) or jsoup's document, node
 * for node ({@link SameDocument}); and the writer's pages are all literal, so that the SDK's own
 * pages are read without jsoup's parser.
 */
class LiteralPageProperties {

  @Property(tries = 300)
  void theWritersPagesAreLiteral(@ForAll("reports") AnnualReport report) {
    LiteralPageTest.builtAsJsoupParses(new HtmlFormat().write(report));
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  /**
   * Generated pages of the markup the builder takes, nested at random (so that blocks stand in
   * paragraphs, items in items, formatting in formatting): the builder's document is jsoup's or
   * there is none.
   */
  @Property(tries = 2000)
  void buildsJsoupsDocumentOrNoneForPagesOfItsMarkup(@ForAll("plainPages") String page) {
    boolean built = buildsJsoupsDocumentOrNone(page);
    Statistics.label("the page").collect(built ? "is built" : "goes to jsoup");
    Statistics.label("the page")
        .coverage(
            c -> {
              c.check("is built").percentage(p -> p > 50);
              c.check("goes to jsoup").percentage(p -> p > 1);
            });
  }

  /**
   * The same with markup of every kind a page may hold, most of it refused: the doctypes, heads and
   * endings of pages, elements read by rules of their own, references good and bad, stray and
   * missing tags, text in tables.
   */
  @Property(tries = 3000)
  void buildsJsoupsDocumentOrNoneForPagesOfAnyMarkup(@ForAll("pages") String page) {
    boolean built = buildsJsoupsDocumentOrNone(page);
    Statistics.label("the page").collect(built ? "is built" : "goes to jsoup");
    Statistics.label("the page")
        .coverage(
            c -> {
              c.check("is built").percentage(p -> p > 3);
              c.check("goes to jsoup").percentage(p -> p > 30);
            });
  }

  private static boolean buildsJsoupsDocumentOrNone(String page) {
    Document built = LiteralPage.parse(page);
    if (built != null) {
      String d = SameDocument.difference(built, LiteralPageTest.jsoup(page));
      if (d != null) {
        throw new AssertionError(d + " in " + page);
      }
    }
    return built != null;
  }

  @Provide
  Arbitrary<String> plainPages() {
    return pages(false);
  }

  @Provide
  Arbitrary<String> pages() {
    return pages(true);
  }

  private static <T> Arbitrary<T> pick(boolean wide, T[] plain, T[] odd) {
    if (!wide) {
      return Arbitraries.of(plain);
    }
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(plain)), Tuple.of(1, Arbitraries.of(odd)));
  }

  private static Arbitrary<String> pages(boolean wide) {
    Arbitrary<String> prolog =
        pick(
            wide,
            new String[] {
              "",
              "<!DOCTYPE html>\n",
              " <!doctype HTML> ",
              "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\">",
              "<!-- a -->\n",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
              "<![if y]>",
              "\n<!-- a --><!DOCTYPE html><!-- b -->\n"
            },
            new String[] {
              "<!DOCTYPE html SYSTEM \"x\">", "\uFEFF", "x", "<?xml version=\"1.0\"?>"
            });
    Arbitrary<String> space = Arbitraries.of("", "", "\n", " \r\n ", "<!-- c -->", "\n<!--c-->\n");
    Arbitrary<String> head =
        joined(
                pick(
                    wide,
                    new String[] {
                      "<title>题 &amp; 目</title>",
                      "<TITLE>t</TITLE>",
                      "<meta charset=\"utf-8\">",
                      "<meta name=x content='y' />",
                      "<link rel=stylesheet href=a.css>",
                      "<style>p{}</style>",
                      "<script>var a = '<p>';</script>",
                      "<script><!-- x <script></script> --></script>",
                      "\n",
                      "<!-- h -->"
                    },
                    new String[] {
                      "<script src=a></script>", "<base href=/>", "<div>x</div>", "text"
                    }),
                4)
            .map(h -> "<head>" + h + "</head>");
    Arbitrary<String> body =
        pick(wide, new String[] {"<body>", "<BODY class=a>"}, new String[] {""});
    Arbitrary<String> ending =
        pick(
            wide,
            new String[] {
              "</body></html>",
              "</body>\n</html>\n",
              "",
              "</body>",
              "</html>",
              "</body>\n \n</html>\n\n"
            },
            new String[] {"</body><!-- x --></html>", "</body></html> x", "</html><!-- y -->"});
    return Combinators.combine(prolog, space, head, space, body, fragment(3, wide), ending)
        .as((p, s1, h, s2, b, f, e) -> p + "<html lang=zh>" + s1 + h + s2 + b + f + e);
  }

  private static Arbitrary<String> joined(Arbitrary<String> part, int max) {
    return part.list().ofMaxSize(max).map(l -> String.join("", l));
  }

  /** Text with references, the odd {@code <} and {@code &}, white space; and bad ones. */
  private static Arbitrary<String> text(boolean wide) {
    return joined(
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.strings().withChars("a1一“ \n\t").ofMaxLength(5)),
            Tuple.of(
                1,
                pick(
                    wide,
                    new String[] {
                      "&amp;",
                      "&nbsp;",
                      "&ldquo;",
                      "&#20013;",
                      "&#x41;",
                      "& x",
                      "a&b",
                      "1 < 2",
                      "<=",
                      "\r\n",
                      "\u00a0",
                      "<!-- c -->"
                    },
                    new String[] {
                      "&amp",
                      "&copy 1",
                      "&foo;",
                      "&#128;",
                      "&#0;",
                      "&#65",
                      "\0",
                      "\uFFFF",
                      "<?x?>",
                      "</ x>",
                      "<![CDATA[x]]>",
                      "<!-->",
                      "a</br>b",
                      "<中>"
                    }))),
        3);
  }

  /** An element around content, its tag written in one of the ways pages write it. */
  private static Arbitrary<String> element(String name, Arbitrary<String> content, boolean wide) {
    Arbitrary<String> attributes =
        pick(
            wide,
            new String[] {
              "",
              "",
              "",
              " class=\"x\"",
              " style='white-space:pre'",
              " colspan=2",
              " nowrap",
              " A=\"1\"",
              " x=\"a&amp;b\""
            },
            new String[] {" a=1 a=2", " x=a\"b", " x=\"1\"y=2"});
    Arbitrary<String> end =
        wide
            ? Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("</" + name + ">")),
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(
                    1, Arbitraries.just("</" + name.toUpperCase(java.util.Locale.ROOT) + " >")))
            : Arbitraries.of(
                "</" + name + ">", "</" + name.toUpperCase(java.util.Locale.ROOT) + " >");
    Arbitrary<String> open =
        Arbitraries.of("<" + name, "<" + name.toUpperCase(java.util.Locale.ROOT));
    return Combinators.combine(open, attributes, content, end)
        .as((o, a, c, e) -> o + a + ">" + c + e);
  }

  private static final String[] BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "ul",
    "li",
    "dl",
    "dd",
    "dt",
    "section",
    "center",
    "blockquote",
    "header",
    "footer",
    "nav",
    "main",
    "form",
    "pre"
  };

  private static final String[] ODD_BLOCKS = {"noscript", "textarea", "select", "listing", "xmp"};

  private static final String[] INLINE = {
    "span", "b", "font", "a", "i", "strong", "u", "sup", "o:p", "x-y", "label", "button", "sdfield"
  };

  private static final String[] ODD_INLINE = {"st1", "nobr", "svg", "image", "iframe"};

  /** Markup of the body or a cell. */
  private static Arbitrary<String> fragment(int depth, boolean wide) {
    if (depth == 0) {
      return text(wide);
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> joined(fragment(depth - 1, wide), 3));
    return joined(
        Arbitraries.frequencyOf(
            Tuple.of(4, text(wide)),
            Tuple.of(3, pick(wide, BLOCKS, ODD_BLOCKS).flatMap(n -> element(n, inner, wide))),
            Tuple.of(3, pick(wide, INLINE, ODD_INLINE).flatMap(n -> element(n, inner, wide))),
            Tuple.of(3, Arbitraries.lazy(() -> table(depth - 1, wide))),
            Tuple.of(
                1,
                pick(
                    wide,
                    new String[] {
                      "<br>",
                      "<br/>",
                      "<img src=a>",
                      "<hr>",
                      "<wbr>",
                      "<meta x=1>",
                      "<script>a<b</script>",
                      "<script><!-- w('<script>x</script>') --></script>",
                      "<script><!--\n a = '</p>';\n//--></script>",
                      "<script><!-- <script> --> </script>",
                      "<style>p{}</style>",
                      "<input name=q>",
                      "<select><option value=1>a</option>\n<optgroup label=g><option>b</option>"
                          + "</optgroup></select>"
                    },
                    new String[] {
                      "<span/>",
                      "<o:p/>",
                      "<select><option>a<option>b</select>",
                      "<form>",
                      "</form>",
                      "<title>t</title>",
                      "</p>",
                      "</div>",
                      "<p>",
                      "<li>",
                      "<td>x</td>",
                      "<tr>",
                      "</table>"
                    }))),
        3);
  }

  private static Arbitrary<String> table(int depth, boolean wide) {
    Arbitrary<String> cell =
        Combinators.combine(
                Arbitraries.of("td", "th", "TD"),
                Arbitraries.of("", " colspan=\"2\"", " rowspan=3", " class=label"),
                depth == 0 ? text(wide) : fragment(depth, wide),
                wide
                    ? Arbitraries.frequencyOf(
                        Tuple.of(10, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false)))
                    : Arbitraries.just(true))
            .as((n, a, c, close) -> "<" + n + a + ">" + c + (close ? "</" + n + ">" : ""));
    Arbitrary<String> between =
        pick(
            wide,
            new String[] {"", "", "\n", " \t", "<!-- r -->"},
            new String[] {"x", "&nbsp;", "<p>x</p>", "<col>", "<td>1</td>"});
    Arbitrary<String> row =
        Combinators.combine(between, joined(cell, 4), between)
            .as((a, cells, b) -> a + "<tr>" + cells + "</tr>" + b);
    Arbitrary<String> rows = joined(row, 3);
    Arbitrary<String> body =
        Arbitraries.oneOf(
            rows,
            rows.map(r -> "<tbody>" + r + "</tbody>"),
            rows.map(r -> "<tbody>" + r),
            Combinators.combine(rows, rows)
                .as((h, b) -> "<thead>" + h + "</thead><tbody>" + b + "</tbody>"));
    Arbitrary<String> caption =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just("")),
            Tuple.of(1, text(wide).map(t -> "<caption>" + t + "</caption>")));
    return Combinators.combine(caption, between, body)
        .as((c, b, r) -> "<table>" + c + b + r + "</table>");
  }
}

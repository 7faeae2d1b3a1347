package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scan that places a keyed grid's keys in the page's text ({@link PageLines}) places each at
 * the line the parser with positions gives it, or gives up: never a wrong line.
 */
class PageLinesTest {

  private static final String HEAD = "<html><head><title>某局2023年报告</title></head><body>\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a cell's text on the line after its tag, runs split across spans
        "<table>\n<tr><td\n rowspan=\"2\">\n<p><span>（一）</span><span>主动公开</span></p></td>"
            + "<td>1</td></tr>\n<tr>\n<td>&nbsp;</td><td>2</td></tr></table>",
        // entities, a comment, an attribute holding '>' and a quote
        "<p class=\"a>b\">首页 &gt; 政务公开<!-- x\n y --> &amp; 年度报告</p>\n<p>&#20108;、主动公开</p>",
        // a paragraph whose first text starts on the line of the tag before it
        "<div>\n\n  正文第一段\n</div><div><b>加粗</b>其后</div>",
        // a script holding markup, a style, and a table with a caption
        "<script>var s = '<td>0</td>';</script><style>td{}</style>\n<table><caption>表一"
            + "</caption><tr><th>名称</th><td>0</td></tr></table>",
        // a table the parser rearranges: text inside a table but outside a cell goes before it
        "<table>\n<tr>\n奇怪的文字<td>a</td></tr></table><p>奇怪的文字</p>",
        // an entity without its semicolon, which the parser decodes anyway
        "<p>甲&amp乙</p>\n<table><tr><td>&nbsp</td><td>x&ltz</td></tr></table>",
        // upper-case tags, a form with a table the walk skips
        "<P>段落</P>\n<FORM><TABLE><TR><TD>搜索</TD></TR></TABLE></FORM>\n<TABLE><TR><TD>值"
            + "</TD></TR></TABLE>",
        // a layout table around the report's table
        "<table><tr><td>\n<table><tr><td>a</td><td>b</td></tr></table>\n</td></tr></table>",
        // cases the generated pages of PageLinesProperties found, each placed at a wrong line
        // before the scan gave up on them:
        // a table in a row (the parser ends the outer table) and a block in a row (moved before
        // the table)
        "<table><tr><table><thead></thead><tbody><tr><td></td></tr><tr><div>a\n</div></tr>"
            + "</tbody></table></tr><tr><td></td></tr></table>",
        "<p><table><thead></thead><tbody><tr><table><tr><td>\n</td><div>x</div></tr></table>"
            + "</tr><tr><td></td></tr></tbody></table></p>",
        // text in skipped markup (a form's), then the same text as a paragraph's, after a </br>
        "<form>a</form>\n<br>a</br>",
        "<nav>a</nav>\n<p>a</p>",
        // a paragraph's text after its first, then the same text as a paragraph's
        "<p>a<b>b</b></p>\n<p>b</p>",
        "<p>a</p><p><span>x</span>y\n</p>\n<p>y</p>",
        // a title in the body (text the walk reads, raw text to the scan), then skipped text
        "<title>a</title>\n<form><span>a</span></form>",
        // a paragraph's text, its first character an entity, after the same text in a form: the
        // scan's quick count must find the entity (named for a no-break space, numeric for 一)
        "<form>\u00a0x</form>\n<p>&nbsp;x</p>",
        "<form>一</form>\n<p>&#19968;</p>",
        "<form>一</form>\n<p>&#x4e00;</p>",
        // a blank caption (no key) before a caption of a no-break space (a key)
        "<table><caption><p></p></caption></table>\n<table><caption><pre>\u00a0</pre></caption>"
            + "</table>"
      })
  void placesAsTheParserDoesOrGivesUp(String body) {
    KeyedGridTest.sameButForLines(HEAD + body + "\n</body></html>");
  }

  /**
   * Text the parser reads where the scan did not see it, or read it otherwise, before the same text
   * in skipped markup (a form's), which the scan then took for the key: comments that end as the
   * parser ends them ({@code <!-->}, {@code --!>}), an end tag whose attribute holds a {@code '>'},
   * an entity without its semicolon, a NUL (dropped), a CDATA section in MathML (text); and a
   * paragraph's text in a CDATA section or after a NUL after the same text in a form. Each was
   * placed at a wrong line by the scan of 9cf2e8d. And a cell whose text (in a title) the scan
   * sought after the cell's end, in the text after the table (found by PageLinesProperties: the
   * quick count then placed the paragraph after it at a wrong line). The cases after it (quotes in
   * unquoted values, raw text end tags by prefix, an escaped script's text) were placed at wrong
   * lines by the scan of 6ebcad6, found by a reviewer's check that asks the lines as far as each
   * key, as a read does (KeyedGridTest.sameButForLines asks so now).
   */
  /** A title inside a template or a noscript is not the page's: the scan does not take it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<html><head><template><title>X</title></template>\n<title>Y</title></head><body><p>a</p>"
            + "</body></html>",
        "<html><head><noscript><title>X</title></noscript>\n<title>Y</title></head><body><p>a</p>"
            + "</body></html>"
      })
  void placesTheTitleAsTheParserDoesOrGivesUp(String page) {
    KeyedGridTest.sameButForLines(page);
  }

  /**
   * A long run of entities after a paragraph's text (a Word page's indentation of {@code &nbsp;}):
   * the count of the places the text could stand stops when its work reaches the bound, and the
   * page's runs are indexed once. Before, each entity of the run was a place whose run was read
   * again from its start: a 240 KB page took minutes.
   */
  @Test
  void aLongRunOfEntitiesIsScannedInBoundedTime() {
    String page =
        "<html><body><p>hello</p>\n<div><form>"
            + "&nbsp;".repeat(40_000)
            + "</form></div>\n<p>hello</p></body></html>";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20), () -> KeyedGridTest.sameButForLines(page));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>a</p><!-->\n<p>x</p>\n<!-- -->\n<form>x</form>",
        "<p>a</p><!-- c --!>\n<p>x</p>\n<!-- -->\n<form>x</form>",
        "<p>a</p></b c='>\n'>x\n<form>x</form>",
        "<p>a</p>\n<p>&#10x</p>\n<form>x</form>",
        "<p>a</p>\n<p>x\u0000</p>\n<form>x</form>",
        "<p>a</p>\n<p><math><![CDATA[x]]></math></p>\n<form>x</form>",
        "<form>x</form>\n<p><math><![CDATA[x]]></math></p>",
        "<form>x</form>\n<p>\u0000x</p>",
        // a cell's text in a title (raw text to the scan) that is also the text after the table:
        // the scan took that text for the cell's
        "<span><table><tr><td><title>a</title></td></tr></table></span>\na<wbr>a",
        // a quote in an unquoted value or after a second '=' opens no quoted value (start and
        // end tags alike), so the tag ends at the first '>'
        "<p>a<i x=b=\"c>\n<p>hello</p>\n<form class=\"f\">hello</form>",
        "<p>a<i x=\"\"=\">\n<p>hello</p>\n<form class=\"f\">hello</form>",
        "<p>a</i x=b=\"c>\n<p>hello</p>\n<form class=\"f\">hello</form>",
        "<table><tr><td>A<i x=b=\"c>\n<td>X</td>\n<td class=\"c\">X</td>\n<td>X</td></tr></table>",
        "<table><tr><td>A<i x=\"\"=\">\n<td>X</td>\n<td class=\"c\">X</td>\n<td>X</td></tr></table>",
        // a raw text element ends at its name followed by white space, '/' or '>' only
        "<table><tr><td>A<script>\"</scripts>\"\n<td>X</script></td>\n<td>X</td></tr></table>",
        "<table><tr><td>A<textarea></textareas>\n<td>X</textarea></td>\n<td>X</td></tr></table>",
        // a caption after a cell of its table, which the walk reads before the rows (found by
        // PageLinesProperties at 15,000 tries, once the lines were asked as far as each key)
        "<br><table><tr><td><b>\n</b></td><td><caption>a</caption></td><td></td></tr></table></br>",
        "<table><tr><td>x</td></tr>\n<caption>a</caption></table>",
        // a script's text escaped by <!--, where <script> nests and </script> is text
        "<table><tr><td>A<script><!--<script></script>\n<td>X</script></td>\n<td>X</td></tr></table>"
      })
  void placesTextTheScanReadsOtherwiseAsTheParserDoesOrGivesUp(String body) {
    KeyedGridTest.sameButForLines(HEAD + body + "\n</body></html>");
  }

  /**
   * {@code </ x>} is a comment to the parser and {@code </>} nothing (the text either side of it
   * one node): the scan reads them so, and places the paragraphs (the scan on main gave up on
   * these).
   */
  @ParameterizedTest
  @ValueSource(strings = {"<p>x</ a>y</p>\n<p>x</p>", "<p>\n</>x</p>\n<p>x</p>"})
  void placesTextAroundEndTagsThatAreNone(String body) {
    assertTrue(KeyedGridTest.sameButForLines(HEAD + body + "\n</body></html>"), body);
  }

  /**
   * The parser drops a line break right after {@code <pre>} or {@code <listing>}: the text starts
   * on the line after it (a case the generated pages of {@code WalkProperties} found).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<pre>\na\nb</pre>\n<p>x</p>",
        "<pre>\n\na</pre>\n<p>x</p>",
        "<pre>\r\na</pre>\n<p>x</p>",
        "<PRE class=\"c\">\na</PRE>\n<listing>\nb</listing>\n<p>x</p>",
        "<div>a<pre>\nx</pre></div>\n<p>y</p>",
        "<pre><b>\nx</b></pre>\n<p>y</p>",
        "<pre> \nx</pre>\n<p>y</p>"
      })
  void placesTheTextOfAPreAfterItsFirstLineBreak(String body) {
    assertTrue(KeyedGridTest.sameButForLines(HEAD + body + "\n</body></html>"), body);
  }

  /**
   * No named entity stands for a character from {@link PageLines#NO_NAMED_ENTITY_FROM} to {@link
   * PageLines#NO_NAMED_ENTITY_TO} (Chinese text): the parser's escaper, which writes a character it
   * has a name for by that name, writes each as a number. (The entities that stand for two
   * characters start with none of them either: a count over the parser's 2,125 names.)
   */
  @Test
  void noNamedEntityStandsForACharacterOfChineseText() {
    Document.OutputSettings ascii =
        new Document.OutputSettings().escapeMode(Entities.EscapeMode.extended).charset("US-ASCII");
    for (char c = PageLines.NO_NAMED_ENTITY_FROM; c <= PageLines.NO_NAMED_ENTITY_TO; c++) {
      String escaped = Entities.escape(String.valueOf(c), ascii);
      assertTrue(escaped.startsWith("&#"), () -> escaped);
    }
    // the escaper does write names where it has them
    assertEquals("&nbsp;", Entities.escape("\u00a0", ascii));
  }

  @Test
  void placesTheCellsOfAPlainPage() {
    String page =
        HEAD
            + "<div class=\"crumb\">首页 &gt; 年度报告</div>\n<h2>一、总体情况</h2>\n<p>正文</p>\n"
            + "<table border=\"1\">\n<tr>\n<td rowspan=\"3\">信息内容</td>\n<td>本年制发件数</td>"
            + "</tr>\n<tr><td>规章</td>\n<td>0</td>\n</tr>\n<tr><td></td><td>1</td></tr></table>\n"
            + "</body></html>";
    assertTrue(KeyedGridTest.sameButForLines(page));
  }

  /** The corpus's two real pages (the report as HTML in a script string): placed by the scan. */
  @ParameterizedTest
  @ValueSource(strings = {"gh-01-shanghai-office-2019", "gh-02-shanghai-city-2020"})
  void placesTheKeysOfTheRealPages(String id) throws Exception {
    byte[] bytes =
        Files.readAllBytes(Path.of("..", "src", "test", "resources", "corpus", id + ".html"));
    String text = PageCharset.decode(bytes).text();
    String page = EmbeddedHtml.find(text, Jsoup.parse(text, "", Parser.htmlParser())).orElse(text);
    assertTrue(KeyedGridTest.sameButForLines(page));
  }

  /**
   * A layout table (a table holding a table, as portals lay out their pages) is read as blocks: the
   * scan places the paragraphs of its cells and the cells of the tables inside it, knowing from the
   * walk which of the page's tables are layout tables (tables in skipped markup and in the head
   * counted).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<table><tr><td>\n<p>一、总体情况</p>\n<table><tr><td>a</td><td>b</td></tr></table>\n</td>"
            + "<td>边栏</td></tr></table>\n<p>尾</p>",
        "<table><tr><td><table><tr><td>\n<table><tr><td>a</td></tr></table></td></tr></table>\n"
            + "</td></tr></table>\n<table><tr><td>x</td></tr></table>",
        "<nav><table></table></nav>\n<table><tr><td>x</td></tr></table>\n<table><tr><td>\n"
            + "<table><tr><td>a</td></tr></table>\n</td></tr></table>",
        "<table><caption>标题</caption><tr><td>\n<table><tr><td>a</td></tr></table>\n</td>"
            + "</tr></table>"
      })
  void placesTheKeysOfALayoutTable(String body) {
    String page = HEAD + body + "\n</body></html>";
    HtmlReader.Keyed keyed = HtmlReader.keyedPage(Jsoup.parse(page, "", Parser.htmlParser()));
    assertFalse(keyed.layoutTables().isEmpty());
    assertTrue(KeyedGridTest.sameButForLines(page), body);
  }

  /**
   * Content the parser moves out of a layout table, which the walk then reads before the paragraphs
   * of the table's cells: the scan checks the whole table when it meets its start tag, and gives up
   * (the first was found by the HTML fuzzer: the scan placed the paragraph {@code 0} at the cell's,
   * a line before the one the parser moved).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<table><td><table></table><d>0</d>\n<tr></tr>0</table>",
        "<table><tr><td>\n<table><tr><td>a</td></tr></table><p>x</p>\n</td></tr>\n<p>x</p>"
            + "</table>",
        "<table><tr><td><table><tr><td>a</td></tr></table><p>y</p></td></tr></table>\n"
            + "<table><tr><td>b</td></tr>y</table>"
      })
  void givesUpWhereContentIsMovedOutOfALayoutTable(String body) {
    assertFalse(KeyedGridTest.sameButForLines(HEAD + body + "\n</body></html>"), body);
  }

  /**
   * White space after the body's end tag is put after the body (jsoup: in the {@code html}
   * element), and the text after it back in the body: that text starts at its first character that
   * is not white space (found by the HTML fuzzer: the scan placed {@code >} a line early); so too
   * after {@code </html>}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<l></body>\n>",
        HEAD + "<p>a</p></body>\n\n  b</html>",
        HEAD + "<p>a</p></body></html>\n\nb",
        HEAD + "<p>a</p></body><!-- c -->\n<p>b</p>",
        // after a scope the scan does not follow (the parser may have ignored </body>): text right
        // after it starts where it stands either way, and white space alone at the end takes no key
        HEAD + "<object></object><p>a</p></body>b\n</html>",
        HEAD + "<select><option>x</select><p>a</p></body>\n\n</html>\n"
      })
  void placesTheTextAfterTheBodysEndTagAsTheParserDoes(String page) {
    assertTrue(KeyedGridTest.sameButForLines(page), page);
  }
}

package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.html.HtmlFormat;
import io.github.nianbao.serialization.text.TextFormat;
import io.github.nianbao.testing.Seeds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LiteralPage} builds jsoup's document, node for node, from pages whose markup is their
 * tree, and refuses (null) every page where jsoup's parser would repair, move or read otherwise
 * what is written.
 */
class LiteralPageTest {

  /** jsoup's document of a page, as the reader parses it. */
  static Document jsoup(String page) {
    return Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(false));
  }

  /** Asserts that the page is literal and built as jsoup parses it. */
  static void builtAsJsoupParses(String page) {
    Document built = LiteralPage.parse(page);
    assertNotNull(built, () -> "not taken for literal: " + page);
    String d = SameDocument.difference(built, jsoup(page));
    if (d != null) {
      throw new AssertionError(d + " in " + page);
    }
  }

  @Test
  void theWritersPagesOfTheSeedsAreLiteral() throws Exception {
    HtmlFormat html = new HtmlFormat();
    for (String seed : Seeds.names()) {
      AnnualReport report = new TextFormat().read(Seeds.text(seed)).report();
      builtAsJsoupParses(html.write(report));
    }
  }

  private static final String HEAD = "<html><head><title>t</title></head><body>";
  private static final String TAIL = "</body></html>";

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a row written in the table itself gets its body, as the parser gives it one
        "<table>\n<tr><th colspan=\"4\">第二十条</th></tr>\n<tr><td>0</td></tr>\n</table>",
        "<table><caption>表</caption><thead><tr><th>a</th></tr></thead>"
            + "<tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>2</td></tr></tfoot></table>",
        "<table><tbody><tr><td>1</td></tr></table>",
        "<table> <!-- rows --> <tr> <td>1</td> </tr> </table>",
        "<table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>",
        // columns: the column group the parser puts around them, ended by the first other tag
        "<table>\n\t<col width=\"64*\"/>\n\n\t<col width=\"64*\"/>\n<tr><td>1</td></tr></table>",
        "<table><colgroup span=2><col><!-- c --> <col></colgroup><tbody><tr><td>1</td></tr></tbody>"
            + "</table>",
        "<table><colgroup><col><thead><tr><th>a</th></tr></thead></table>",
        "<table><col></table>",
        // text as it stands: references, a lone & and <, white space of every kind, CR LF
        "<p>a&amp;b &lt;c&gt; &quot;d&quot; &nbsp;&ldquo;引&rdquo; &#20013;&#x6587;</p>",
        "<p>a & b < c <= d 1<2</p>",
        "<p>\r\n\t line\f two\r</p>",
        "<p>一、总体情况</p><div style=\"white-space:pre-wrap\">2023 年，\n\n（一）主动公开。</div>",
        // runs of text, Word's and WPS's markup, breaks and images
        "<p class=MsoNormal><span lang=EN-US style='font-size:12.0pt'>1<o:p></o:p></span></p>",
        "<p><b><font face=\"仿宋\"><font size=\"4\">渠</font></font></b><br><br/><img src=a.png"
            + " alt=''><wbr></p>",
        "<p><a href=\"/x?a=1&amp;b=2\">链接</a> <x-note>注</x-note> <st1:chsdate>2023</st1:chsdate>"
            + "<sdfield type=PAGE>3</sdfield> <st1>x</st1></p>",
        "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><dl><dt>t</dt><dd>d</dd></dl>",
        "<font face=a><font size=4><span><b><font face=b><font size=4>渠</font></font></b></span>"
            + "</font></font><b><b>x</b></b>",
        "<h1>标题</h1><h2>一、总体情况</h2><hr><center>居中</center><blockquote>引</blockquote>",
        // preformatted text: the parser drops one line break right after <pre> (\n or \r\n)
        "<pre>\n一、总体情况\n  2023 年</pre><pre>\n\nx</pre><PRE>\r\ny</PRE><pre>\n</pre><pre>z</pre>",
        // attributes: quoted either way, unquoted, without a value, in capitals
        "<TABLE BORDER=1 CellPadding='7'><TR><TD COLSPAN=\"3\" nowrap>1</TD></TR></TABLE>",
        "<div data-x=\"a&lt;b\" title='x > y'>q</div>",
        // a portal's search box and list of links, in a form or not
        "<form action=/s><input name=q><input type=submit value=搜索 /><button>搜</button></form>",
        "<form><select onchange=\"go(this)\"><option value=\"\">相关链接</option>\n"
            + "<optgroup label=市><option value=1>市政府</option></optgroup><!-- c --></select></form>"
            + "<select><option>a &amp; b</option></select><p><input name=x><label>l</label></p>",
        // script and style in the body, comments anywhere
        "<script>var a = 1 < 2 && \"</div>\";</script><style>p{}</style><!-- c --><p>x</p>",
        "<p>a<!-- c -- d -->b</p>",
        // scripts wrapped in a comment, as old portals write them: a <script> inside the comment
        // starts text that a </script> only leaves
        "<script language=\"javascript\"><!--\nvar a = \"</div>\";\n//--></script><p>x</p>",
        "<script><!-- document.write('<script src=a></script>'); --></script><p>x</p>",
        "<script><!-- <script> a </script> b --> c</script><p>x</p>",
        "<script><!--> a</script>b",
        "<script><!---> a</script>b",
        "<script>a<!-x</script>b",
        "<script><!-- a <!-- b --> </script>c",
        "<script><!-- <scripts> </script>c",
        "<script><!-- <SCRIPT/> x </SCRIPT > y --></script>z",
        "<script><!-- <script> x --> y </script>z",
        // what the tokeniser makes a comment of: Word's conditions, a processing instruction, CDATA
        "<p class=MsoListParagraph><![if !supportLists]><span>1.</span><![endif]>一</p>",
        "<p>a<![CDATA[x]]>c<!x>d<!>e</p>",
        "<table><tr><td>1</td></tr><![if !supportMisalignedColumns]><tr><td>2</td></tr>"
            + "<![endif]></table>",
      })
  void pagesOfTheseMarkupsAreLiteral(String body) {
    builtAsJsoupParses(HEAD + body + TAIL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
            + "<body>\n<p>x</p>\n</body>\n</html>\n",
        "\n <!-- before --> \n<!doctype HTML>\n<!-- after -->\n<html><head></head><body></body></html>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\""
            + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>\n"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />\n"
            + "<title>某局 &amp; 年报</title><style>p{}</style><script>var x;</script>"
            + "<link rel=\"stylesheet\" href=\"a.css\"></head><body><p>x</p></body></html>",
        "<html> <!-- c --> <head> <title></title> </head> \n <body><p>x</p></body>  </html>  ",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\"><html><head></head>"
            + "<body></body></html>",
        "<!doctype html pUbLiC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\"><html><head></head>"
            + "<body></body></html>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"x\"><html><head></head><body></body>"
            + "</html>",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"x\"><html><head></head>"
            + "<body></body></html>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"x\"><html><head></head><body></body>"
            + "</html>",
        // the end of the page: open elements closed by it, </body> or </html> alone
        "<html><head></head><body><table><tr><td>1</td></tr></table><p>open",
        "<html><head></head><body><p>x</p></body>",
        "<html><head></head><body><p>x</p></html>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
            + "<html><head></head><body></body></html>",
      })
  void wholePagesOfTheseShapesAreLiteral(String page) {
    builtAsJsoupParses(page);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // blocks the parser closes a <p> for, items it closes, headings it pops
        "<p>a<div>b</div></p>",
        "<p>a<table><tr><td>1</td></tr></table></p>",
        "<p>a<h2>b</h2></p>",
        "<p>a<ul><li>b</li></ul></p>",
        "<li>a<li>b</li></li>",
        "<dl><dd>a<dt>b</dt></dd></dl>",
        "<h1>a<h2>b</h2></h1>",
        // formatting the parser repairs
        "<a href=x>a<a href=y>b</a></a>",
        "<b><b><b>x</b></b></b>",
        "<b x><b><b><b><b>y</b></b></b></b>z</b>",
        "<b>a<p>b</b>c</p>",
        // end tags that do not close the element opened last, missing or stray
        "<div><span>a</div>",
        "<p>a</span></p>",
        "</br>",
        "<p>a<td>b</td></p>",
        // tables: text, a cell or a column outside a row, a colgroup
        "<table>text<tr><td>1</td></tr></table>",
        "<table><td>1</td></table>",
        "<table><tr><td>1</td><p>x</p></tr></table>",
        "<table><col width=1>x<tr><td>1</td></tr></table>",
        "<table><colgroup><p>x</p></colgroup></table>",
        "<table><col><tr><td>1</td></tr><col><td>2</td></table>",
        "<table><tr><td>1</tr></table>",
        "<table>&nbsp;<tr><td>1</td></tr></table>",
        // elements the parser reads by rules of their own
        "<p>a<pre>x</pre></p>",
        "<pre>\rx</pre>",
        "<textarea>x</textarea>",
        "<form>a<form>b</form></form>",
        "<p>a<form>b</form></p>",
        "<button>a<button>b</button></button>",
        "<select><option>a</select>",
        "<select><option>a<option>b</option></select>",
        "<select><div>a</div></select>",
        "<select><optgroup><optgroup></optgroup></optgroup></select>",
        "<select><input name=x></select>",
        "<table><tr><td>1</td></tr><form></form></table>",
        "<svg><rect/></svg>",
        "<noscript><p>x</p></noscript>",
        "<span/>",
        "<o:p/>",
        "<image src=x>",
        // references the parser reads otherwise, or replaces
        "<p>&amp x</p>",
        "<p>&copy 2023</p>",
        "<p>&foo;</p>",
        "<p>&#128;</p>",
        "<p>&#0;</p>",
        "<p>&#20013</p>",
        "<p>&#xD800;</p>",
        // markup the tokeniser reads as something else
        "<p>a<!-->b</p>",
        "<p>a<!--->b</p>",
        "<p>a<!-- b --!>c</p>",
        "<p>a<![if x</p>",
        // a processing instruction in the page is a node of its own to jsoup
        "<p>a<?php x ?>b</p>",
        "<p>a</ p>b</p>",
        "<p>a<中>b</p>",
        "<p a=1 a=2>x</p>",
        "<p a=\"1\"b=2>x</p>",
        "<p a=x\"y>x</p>",
        "<p.x>y</p.x>",
        "<p>a\0b</p>",
        // the fuzzer's find: jsoup's reader takes U+FFFF for the end of the page, and drops the
        // rest
        "<table><tr><td>\uFFFF</td></tr></table>",
      })
  void pagesOfTheseMarkupsGoToJsoup(String body) {
    assertNull(LiteralPage.parse(HEAD + body + TAIL), body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "<p>no html, head or body</p>",
        "<html><body><p>no head</p></body></html>",
        "<html><head><title>t</title><body><p>no end of the head</p></body></html>",
        "<html><head><div>in the head</div></head><body></body></html>",
        "<html><head>text</head><body></body></html>",
        "<html><head><base href=\"/\"></head><body></body></html>",
        "<html><head><?x?></head><body></body></html>",
        "<?php x ?><html><head></head><body></body></html>",
        "<?xml-stylesheet href=\"a\"?><html><head></head><body></body></html>",
        "<html><head></head><body></body></html>text after",
        "<html><head></head><body></body><!-- after --></html>",
        "<html><head></head><body></body></html><!-- after -->",
        "\uFEFF<html><head></head><body></body></html>",
        "<!DOCTYPE html SYSTEM \"about:legacy-compat\"><html><head></head><body></body></html>",
        // U+FFFF ends jsoup's input wherever it stands (a reviewer's pages)
        "<html><head></head><body>\uFFFF<p>x</p>",
        "<html><head><title>\uFFFF</title></head><body>",
        "<html><head><!--\uFFFF--></head><body>",
        "<!DOCTYPE html PUBLIC \"\uFFFF\" \"b\"><html><head></head><body>",
        // doctypes that may put the parser in quirks mode
        "<!DOCTYPE html PUBL\u0131C \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\"><html><head></head>"
            + "<body></body></html>",
        "<!DOCTYPE html PUBL\u0130C \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\"><html><head></head>"
            + "<body></body></html>",
        "<!DOCTYPE htm><html><head></head><body></body></html>",
        "<!DOCTYPE html PUBLIC \"HTML\" \"x\"><html><head></head><body></body></html>",
        "<!DOCTYPE html PUBLIC \"-//W3O//DTD W3 HTML Strict 3.0//EN//\" \"x\"><html><head></head>"
            + "<body></body></html>",
        "<html><head></head><body><p>x</p><body class=a></body></html>",
      })
  void pagesOfTheseShapesGoToJsoup(String page) {
    assertNull(LiteralPage.parse(page), page);
  }

  /**
   * Linear in the page: each run of text and each attribute's value is looked at once. A first
   * version looked for the next {@code &} from each run to the end of the page: a page of 80 KB
   * took 5 ms instead of 1, this one minutes.
   */
  @Test
  void aPageOfManyRunsIsBuiltInLinearTime() {
    int runs = 250_000;
    String page = HEAD + "<p class=\"x\" title='y'>一</p>\n".repeat(runs) + "<p>&amp;</p>" + TAIL;
    Document built =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20), () -> LiteralPage.parse(page));
    assertNotNull(built);
    org.junit.jupiter.api.Assertions.assertEquals(runs + 1, built.body().children().size());
  }

  /**
   * A tag of many attributes goes to jsoup; formatting elements of many attributes are compared
   * with the few open last only (a reviewer's pages: 100,000 attributes on a tag took 15 s, 100
   * nested fonts of 2,000 attributes 51 s, each name looked for among those before it).
   */
  @Test
  void tagsOfManyAttributesCostLinearTime() {
    StringBuilder many = new StringBuilder("<p");
    for (int i = 0; i < 100_000; i++) {
      many.append(" a").append(i);
    }
    String manyPage = HEAD + many + ">x</p>" + TAIL;
    assertNull(
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20), () -> LiteralPage.parse(manyPage)));
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i < LiteralPage.MAX_ATTRIBUTES - 1; i++) {
      attributes.append(" a").append(i).append("=\"v\"");
    }
    StringBuilder fonts = new StringBuilder();
    for (int d = 0; d < 150; d++) {
      fonts.append("<font").append(attributes).append(" z=\"").append(d).append("\">");
    }
    String fontPage = HEAD + fonts + "x" + "</font>".repeat(150) + TAIL;
    Document built =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20), () -> LiteralPage.parse(fontPage));
    assertNotNull(built);
    builtAsJsoupParses(HEAD + "<p" + attributes + " z=1>x</p>" + TAIL);
    assertNull(LiteralPage.parse(HEAD + "<p" + attributes + " y=1 z=1>x</p>" + TAIL));
  }

  @Test
  void aPageNestedDeeperThanTheBoundGoesToJsoup() {
    // <html> and <body> are open: MAX_DEPTH - 2 divs inside the body are the most built
    int most = LiteralPage.MAX_DEPTH - 2;
    String deepest = HEAD + "<div>".repeat(most) + "x" + "</div>".repeat(most) + TAIL;
    builtAsJsoupParses(deepest);
    String deeper = HEAD + "<div>".repeat(most + 1) + "x" + "</div>".repeat(most + 1) + TAIL;
    assertNull(LiteralPage.parse(deeper));
  }
}

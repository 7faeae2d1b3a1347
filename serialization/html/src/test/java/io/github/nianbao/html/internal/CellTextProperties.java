package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridCell;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A cell whose only child is a run of text that {@link HtmlReader#standsAsIs} is read as that text,
 * without the collapsing and stripping its runs go through otherwise: the two ways give the same
 * text, whatever the run holds.
 */
class CellTextProperties {

  @Property(tries = 2000)
  void aRunReadsAsTheSameRunInASpan(@ForAll("runs") String run) {
    Document doc = Document.createShell("");
    Element tr = doc.body().appendElement("table").appendElement("tbody").appendElement("tr");
    tr.appendElement("td").appendChild(new TextNode(run));
    tr.appendElement("td").appendElement("span").appendChild(new TextNode(run));
    Grid grid = HtmlReader.keyed(doc);
    List<GridCell> cells = grid.rows().get(0).cells();
    // the first cell may take the shortcut, the second never does
    assertEquals(cells.get(1).text(), cells.get(0).text());
    if (HtmlReader.standsAsIs(run)) {
      assertEquals(run, cells.get(0).text());
    }
  }

  @Property(tries = 2000)
  void aBlockOfOneRunReadsAsTheSameRunInASpan(
      @ForAll("runs") String run,
      @ForAll("blocks") String block,
      @ForAll("parents") String parent) {
    Document alone = Document.createShell("");
    Document inSpan = Document.createShell("");
    for (Document doc : List.of(alone, inSpan)) {
      // the block in the body, or inside a preformatted block (whose text it then keeps as is)
      Element host = parent.equals("body") ? doc.body() : doc.body().appendElement(parent);
      Element e =
          block.equals("pre-wrap")
              ? host.appendElement("div").attr("style", "white-space: pre-wrap")
              : host.appendElement(block);
      doc.body().appendElement("p").appendChild(new TextNode("后"));
      (doc == alone ? e : e.appendElement("span")).appendChild(new TextNode(run));
    }
    // the first block may take the shortcut, the second never does
    HtmlReader.Keyed a = HtmlReader.keyedPage(alone);
    HtmlReader.Keyed b = HtmlReader.keyedPage(inSpan);
    assertEquals(rows(b.grid()), rows(a.grid()));
    assertEquals(b.keys(), a.keys());
    assertEquals(
        Arrays.toString(Arrays.copyOf(b.kinds(), b.keys() + 1)),
        Arrays.toString(Arrays.copyOf(a.kinds(), a.keys() + 1)));
    assertEquals(
        Arrays.toString(Arrays.copyOf(b.anchors(), b.keys() + 1)),
        Arrays.toString(Arrays.copyOf(a.anchors(), a.keys() + 1)));
  }

  private static List<String> rows(Grid grid) {
    return grid.rows().stream()
        .map(r -> r.cells().get(0).line() + ":" + r.cells().get(0).text())
        .toList();
  }

  @Provide
  Arbitrary<String> parents() {
    return Arbitraries.of("body", "pre", "div");
  }

  @Provide
  Arbitrary<String> blocks() {
    return Arbitraries.of("p", "div", "h2", "li", "pre", "pre-wrap");
  }

  @Provide
  Arbitrary<String> runs() {
    return Arbitraries.strings()
        .withChars("0 1a一二\u3000\u00a0\t\n\r\f\u0001\u001c\uffff,.")
        .ofMinLength(0)
        .ofMaxLength(8);
  }
}

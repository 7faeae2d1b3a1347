package io.github.nianbao.html.internal;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether two documents are the same node for node: the same kinds of node in the same places, the
 * same names, attributes (in order, a value-less one apart from an empty one), texts, data,
 * comments and doctype, the same controls listed in each form, the same quirks mode, and the same
 * tags as far as the walk asks them (block or inline, known).
 */
public final class SameDocument {
  private SameDocument() {}

  /**
   * The first difference between two documents, or null if they are the same.
   *
   * @param built the document built otherwise
   * @param parsed jsoup's
   * @return where and how they differ, or null
   */
  public static String difference(Document built, Document parsed) {
    if (built.quirksMode() != parsed.quirksMode()) {
      return "quirks mode " + built.quirksMode() + " vs " + parsed.quirksMode();
    }
    String d = difference((Node) built, parsed);
    if (d == null && !built.outerHtml().equals(parsed.outerHtml())) {
      // not expected once every node is the same: a check of the check
      return "the same nodes, but not the same HTML";
    }
    return d;
  }

  private static String difference(Node x, Node y) {
    if (x.getClass() != y.getClass()) {
      return "a " + x.nodeName() + " where jsoup has a " + y.nodeName() + " at " + path(y);
    }
    if (x instanceof TextNode t && !t.getWholeText().equals(((TextNode) y).getWholeText())) {
      return "text "
          + quote(t.getWholeText())
          + " vs "
          + quote(((TextNode) y).getWholeText())
          + " at "
          + path(y);
    }
    if (x instanceof DataNode d && !d.getWholeData().equals(((DataNode) y).getWholeData())) {
      return "data differs at " + path(y);
    }
    if (x instanceof Comment c && !c.getData().equals(((Comment) y).getData())) {
      return "comment "
          + quote(c.getData())
          + " vs "
          + quote(((Comment) y).getData())
          + " at "
          + path(y);
    }
    if (x instanceof DocumentType && !x.outerHtml().equals(y.outerHtml())) {
      return "doctype " + x.outerHtml() + " vs " + y.outerHtml();
    }
    if (x instanceof FormElement form) {
      var a = form.elements();
      var b = ((FormElement) y).elements();
      if (a.size() != b.size()) {
        return "a form listing " + a.size() + " controls vs " + b.size() + " at " + path(y);
      }
      for (int i = 0; i < a.size(); i++) {
        if (!path(a.get(i)).equals(path(b.get(i)))) {
          return "a form's control " + path(a.get(i)) + " vs " + path(b.get(i));
        }
      }
    }
    if (x instanceof Element e) {
      Element f = (Element) y;
      if (!e.normalName().equals(f.normalName())) {
        return "element " + e.normalName() + " vs " + f.normalName() + " at " + path(y);
      }
      if (!sameAttributes(e, f)) {
        return "attributes "
            + e.attributes().html()
            + " vs "
            + f.attributes().html()
            + " at "
            + path(y);
      }
      if (e.tag().isBlock() != f.tag().isBlock()
          || e.tag().isKnownTag() != f.tag().isKnownTag()
          || e.tag().isEmpty() != f.tag().isEmpty()) {
        return "tag of " + e.normalName() + " differs at " + path(y);
      }
    }
    if (x.childNodeSize() != y.childNodeSize()) {
      return x.childNodeSize()
          + " children vs "
          + y.childNodeSize()
          + " at "
          + path(y)
          + ": "
          + x.childNodes()
          + " vs "
          + y.childNodes();
    }
    for (int i = 0; i < x.childNodeSize(); i++) {
      String d = difference(x.childNode(i), y.childNode(i));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The same attributes in the same order: names, values, and whether each has a value. */
  private static boolean sameAttributes(Element e, Element f) {
    if (e.attributesSize() != f.attributesSize()) {
      return false;
    }
    if (e.attributesSize() == 0) {
      return true;
    }
    var a = e.attributes().asList();
    var b = f.attributes().asList();
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).getKey().equals(b.get(i).getKey())
          || !a.get(i).getValue().equals(b.get(i).getValue())
          || a.get(i).hasDeclaredValue() != b.get(i).hasDeclaredValue()) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\r", "\\r").replace("\n", "\\n") + "\"";
  }

  private static String path(Node n) {
    StringBuilder b = new StringBuilder();
    for (Node p = n; p != null; p = p.parent()) {
      b.insert(0, "/" + p.nodeName() + "[" + p.siblingIndex() + "]");
    }
    return b.toString();
  }
}

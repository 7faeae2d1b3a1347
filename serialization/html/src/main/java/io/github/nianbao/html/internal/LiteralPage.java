package io.github.nianbao.html.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * The document jsoup's parser builds from a page whose markup already is its tree, built without
 * the parser; null for any other page, which the caller gives to jsoup.
 *
 * <p>A page is literal when every element is opened and closed where it stands and nothing in it
 * asks the HTML parser to repair or move anything: {@code <html>}, {@code <head>} and {@code
 * <body>} written out; in the head only white space, comments, {@code <meta>}, {@code <link>},
 * {@code <title>}, {@code <style>} and {@code <script>}; in the body the elements of a report's
 * page (blocks, preformatted text, tables, runs of text, line breaks, images, a form's inputs,
 * buttons and lists of options, unknown elements such as Word's {@code <o:p>}, comments and what
 * the tokeniser makes a comment of, such as Word's {@code <![if !supportLists]>}), each end tag
 * closing the element opened last; no block opened inside a {@code <p>}, no {@code <li>} inside a
 * {@code <li>}, no third nested {@code <b>} or {@code <font>} with the same attributes and no
 * {@code <a>} inside an {@code <a>}; in a table only white space between its rows and cells (a row
 * written directly in a table gets the {@code <tbody>}, a column the {@code <colgroup>}, that the
 * parser puts around it); character references by their name with its semicolon, or by a number of
 * an ordinary character; no NUL, and no U+FFFF (where jsoup's reader takes its input to end). For
 * such a page the parser's tree construction only appends each node where it stands, so the
 * document built here is node for node the parser's (tested against jsoup on every test page and on
 * fuzzed pages): the SDK's own pages, LibreOffice's exports and many a CMS page are read without
 * jsoup's tokeniser and tree builder, at about half their cost.
 *
 * <p>The rules mirror jsoup 1.24's tree builder, quirks mode included (quirks without a doctype). A
 * new jsoup may build some page otherwise: the tests that hold this class to jsoup's parse ({@code
 * LiteralPageTest}, {@code LiteralPageProperties}, the HTML fuzzer's oracle) then fail, and are to
 * be run after any upgrade.
 */
public final class LiteralPage {
  private LiteralPage() {}

  /**
   * The deepest nesting built here, {@code <html>} counted: a deeper page goes to jsoup, whose
   * parser caps the depth (at 512 by default) by closing elements.
   */
  static final int MAX_DEPTH = 200;

  /**
   * Builds the document of a literal page.
   *
   * @param page the page's text
   * @return the document jsoup's HTML parser would build from it, or null if the page is not
   *     literal
   */
  public static Document parse(String page) {
    if (page.indexOf('\uFFFF') >= 0 || page.indexOf('\0') >= 0) {
      // jsoup's reader takes U+FFFF for the end of its input, and replaces or drops NUL
      return null;
    }
    try {
      return new Builder(page).build();
    } catch (NotLiteral e) {
      return null;
    }
  }

  /** Thrown where the page stops being literal; one instance, without a stack trace. */
  private static final class NotLiteral extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotLiteral INSTANCE = new NotLiteral();

    private NotLiteral() {
      super("not literal", null, false, false);
    }
  }

  private static NotLiteral notLiteral() {
    return NotLiteral.INSTANCE;
  }

  // ---------------------------------------------------------------- element names

  private static final int ORDINARY = 0;

  /** Closes an open {@code <p>} in jsoup's parser (so: not literal inside one). */
  private static final int CLOSES_P = 1;

  /** A formatting element, kept in the parser's list of active formatting elements. */
  private static final int FORMATTING = 2;

  /** A void element: never has children, never closed. */
  private static final int VOID = 4;

  /** A heading, {@code h1} to {@code h6}. */
  private static final int HEADING = 8;

  /** Read in the body as the head reads it: void or raw text. */
  private static final int HEAD_LIKE = 16;

  /** A list item or a definition term or description, closing an open one. */
  private static final int ITEM = 32;

  /** A {@code <form>}: one open at a time, its controls listed in it. */
  private static final int FORM = 64;

  /** A control a form lists ({@code input}, {@code button}, {@code select}). */
  private static final int CONTROL = 128;

  /** Preformatted text: the parser drops a line feed right after its start tag. */
  private static final int PRE = 256;

  /** The elements accepted in the body outside a table's rows, by name, with their kinds. */
  private static final Map<String, Integer> BODY = new HashMap<>();

  static {
    for (String n :
        new String[] {
          "address", "article", "aside", "blockquote", "center", "div", "dl", "figcaption",
              "figure",
          "footer", "header", "nav", "ol", "p", "section", "ul", "main", "table"
        }) {
      BODY.put(n, CLOSES_P);
    }
    for (String n : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) {
      BODY.put(n, CLOSES_P | HEADING);
    }
    for (String n : new String[] {"li", "dd", "dt"}) {
      BODY.put(n, CLOSES_P | ITEM);
    }
    BODY.put("hr", CLOSES_P | VOID);
    BODY.put("form", CLOSES_P | FORM);
    BODY.put("pre", CLOSES_P | PRE);
    BODY.put("input", VOID | CONTROL);
    BODY.put("button", CONTROL);
    BODY.put("select", CONTROL);
    for (String n : new String[] {"br", "img", "wbr"}) {
      BODY.put(n, VOID);
    }
    for (String n : new String[] {"meta", "link"}) {
      BODY.put(n, VOID | HEAD_LIKE);
    }
    for (String n : new String[] {"script", "style"}) {
      BODY.put(n, HEAD_LIKE);
    }
    for (String n :
        new String[] {
          "a", "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u"
        }) {
      BODY.put(n, FORMATTING);
    }
    for (String n :
        new String[] {
          "span", "sub", "sup", "label", "abbr", "cite", "q", "mark", "time", "ins", "del", "dfn",
          "kbd", "samp", "var"
        }) {
      BODY.put(n, ORDINARY);
    }
  }

  /** The most attributes of a tag built here (a tag of more goes to jsoup). */
  static final int MAX_ATTRIBUTES = 64;

  /**
   * How many of the formatting elements open last the parser compares a new one with (it looks at
   * the last 13 entries of its list of them), and more.
   */
  private static final int FORMATTING_WINDOW = 16;

  // ---------------------------------------------------------------- the builder

  private static final class Builder {
    private final String page;
    private final char[] c;
    private final int n;
    private int p;

    private final Document doc = new Document("");
    private Element[] stack = new Element[32];
    private int depth;

    /** The form open, as the parser's form pointer: null when none is. */
    private FormElement form;

    /** The name of the tag just read, lower case. */
    private String name;

    /** The attributes of the start tag just read, null if none. */
    private Attributes attributes;

    /** Whether the start tag just read ends with {@code />}. */
    private boolean selfClosing;

    private final StringBuilder decoded = new StringBuilder();

    /**
     * The tag of each name met in this page: one per name and document, as jsoup's parser keeps its
     * tags (a tag is mutable; no two documents share one).
     */
    private final Map<String, Tag> tags = new HashMap<>();

    private Tag tag(String tagName) {
      Tag t = tags.get(tagName);
      if (t == null) {
        t = Tag.valueOf(tagName, Parser.NamespaceHtml, ParseSettings.htmlDefault);
        tags.put(tagName, t);
      }
      return t;
    }

    Builder(String page) {
      this.page = page;
      this.c = page.toCharArray();
      this.n = c.length;
    }

    Document build() {
      // before <html>: comments and a doctype; white space is dropped before the doctype (and
      // where there is none), a text of the document after it
      boolean doctype = false;
      while (true) {
        int a = p;
        skipWhite();
        if (doctype && p > a) {
          doc.appendChild(new TextNode(page.substring(a, p)));
        }
        if (atComment() || (startsWith("<?xml") && p + 5 < n && isWhite(c[p + 5]))) {
          // (an XML declaration before the page, as XHTML exports write it, is a comment to jsoup;
          // any other processing instruction is a node of its own)
          doc.appendChild(comment());
        } else if (!doctype && startsWithIgnoreCase("<!doctype")) {
          doc.appendChild(doctype());
          doctype = true;
        } else {
          break;
        }
      }
      // the parser's mode: quirks without a doctype, none with the doctype of HTML
      doc.quirksMode(doctype ? Document.QuirksMode.noQuirks : Document.QuirksMode.quirks);
      Element html = open("html", doc);
      // before <head>: white space and comments go into <html>
      whiteAndComments(html);
      Element head = open("head", html);
      head();
      pop(head);
      // between </head> and <body>
      whiteAndComments(html);
      open("body", html);
      body();
      return doc;
    }

    /** White space and comments, into an element. */
    private void whiteAndComments(Element into) {
      while (true) {
        int a = p;
        skipWhite();
        if (p > a) {
          into.appendChild(new TextNode(page.substring(a, p)));
        }
        if (atComment()) {
          into.appendChild(comment());
        } else {
          return;
        }
      }
    }

    /**
     * Reads the start tag of {@code <html>}, {@code <head>} or {@code <body>}; appends and pushes
     * its element.
     */
    private Element open(String expected, Element parent) {
      if (p >= n || c[p] != '<' || !startTag() || !name.equals(expected) || selfClosing) {
        throw notLiteral();
      }
      Element e = new Element(tag(name), null, attributes);
      parent.appendChild(e);
      push(e);
      return e;
    }

    private void push(Element e) {
      if (depth >= MAX_DEPTH) {
        throw notLiteral();
      }
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = e;
    }

    private void pop(Element expected) {
      if (depth == 0 || stack[depth - 1] != expected) {
        throw notLiteral();
      }
      stack[--depth] = null;
    }

    private Element current() {
      return stack[depth - 1];
    }

    // ---------------------------------------------------------------- the head

    private void head() {
      Element head = current();
      while (true) {
        int a = p;
        skipWhite();
        if (p > a) {
          head.appendChild(new TextNode(page.substring(a, p)));
        }
        if (p >= n || c[p] != '<') {
          throw notLiteral();
        }
        if (atComment()) {
          head.appendChild(comment());
        } else if (p + 1 < n && c[p + 1] == '/') {
          endTag();
          if (!name.equals("head")) {
            throw notLiteral();
          }
          return;
        } else if (startTag()) {
          switch (name) {
            case "meta", "link" -> head.appendChild(new Element(tag(name), null, attributes));
            case "title", "style", "script" -> rawElement(head);
            default -> throw notLiteral();
          }
        } else {
          throw notLiteral();
        }
      }
    }

    /**
     * An element of text the parser does not read as markup: a {@code <title>} (its references
     * decoded, a text), a {@code <style>} or a {@code <script>} (as it stands, data), to the first
     * end tag of its name.
     */
    private void rawElement(Element parent) {
      if (selfClosing) {
        throw notLiteral();
      }
      String raw = name;
      Element e = new Element(tag(raw), null, attributes);
      parent.appendChild(e);
      int end = raw.equals("script") ? scriptEnd() : rawEnd(raw);
      if (end > p) {
        if (raw.equals("title")) {
          e.appendChild(new TextNode(text(p, end)));
        } else {
          e.appendChild(new DataNode(page.substring(p, end)));
        }
      }
      p = end;
      endTag();
      if (!name.equals(raw)) {
        throw notLiteral();
      }
    }

    /**
     * Where a script's end tag starts, as the tokeniser's script states find it: the first {@code
     * </script} (then {@code >}, {@code /} or white space), but that inside a comment ({@code <!--}
     * to {@code -->}, as old pages wrap their scripts) a {@code <script} starts text that such an
     * end tag only leaves, back into the comment.
     */
    private int scriptEnd() {
      final int data = 0;
      final int escaped = 1;
      final int doubleEscaped = 2;
      int state = data;
      int dashes = 0;
      int i = p;
      while (i < n) {
        char ch = c[i];
        if (ch == '<') {
          dashes = 0;
          if (i + 1 < n && c[i + 1] == '/' && isTagName(i + 2, "script")) {
            if (state != doubleEscaped) {
              return i;
            }
            state = escaped;
            i += 8;
            continue;
          }
          if (state == data && page.startsWith("<!--", i)) {
            // the tokeniser's "escaped dash dash" state: a > at once ends the comment
            state = escaped;
            dashes = 2;
            i += 4;
            continue;
          }
          if (state == escaped && isTagName(i + 1, "script")) {
            state = doubleEscaped;
            i += 7;
            continue;
          }
        } else if (ch == '-') {
          dashes++;
        } else {
          if (ch == '>' && dashes >= 2 && state != data) {
            state = data;
          }
          dashes = 0;
        }
        i++;
      }
      throw notLiteral();
    }

    /**
     * Whether a lower-case tag name (its letters in either case) stands at {@code k}, then white
     * space, / or >: where the tokeniser ends a raw text's or a script's name.
     */
    private boolean isTagName(int k, String tagName) {
      int m = tagName.length();
      if (k + m >= n || !matchesAsciiIgnoreCase(k, tagName)) {
        return false;
      }
      char x = c[k + m];
      return x == '>' || x == '/' || isWhite(x);
    }

    /**
     * Where the end tag of a raw text element starts: {@code </name} then {@code >}, {@code /} or
     * white space.
     */
    private int rawEnd(String raw) {
      int from = p;
      while (true) {
        int lt = page.indexOf("</", from);
        if (lt < 0) {
          throw notLiteral();
        }
        if (isTagName(lt + 2, raw)) {
          return lt;
        }
        from = lt + 2;
      }
    }

    // ---------------------------------------------------------------- the body

    private static final byte IN_BODY = 0;
    private static final byte AFTER_BODY = 1;
    private static final byte AFTER_HTML = 2;

    private void body() {
      Element html = stack[0];
      byte mode = IN_BODY;
      while (p < n) {
        if (mode != IN_BODY) {
          int a = p;
          skipWhite();
          if (p > a) {
            (mode == AFTER_BODY ? html : doc).appendChild(new TextNode(page.substring(a, p)));
            continue;
          }
          if (mode == AFTER_BODY && startsWith("</")) {
            endTag();
            if (name.equals("html")) {
              mode = AFTER_HTML;
              continue;
            }
          }
          throw notLiteral();
        }
        char ch = c[p];
        if (ch == '<' && p + 1 < n) {
          char next = c[p + 1];
          if (next == '/') {
            if (endTagInBody()) {
              mode = name.equals("body") ? AFTER_BODY : AFTER_HTML;
            }
            continue;
          }
          if (next == '!') {
            if (!atComment()) {
              throw notLiteral();
            }
            current().appendChild(comment());
            continue;
          }
          if (isAsciiLetter(next)) {
            startTagInBody();
            continue;
          }
        }
        text();
      }
    }

    /** A run of text to the next tag, comment or end tag; white space only in a table's rows. */
    private void text() {
      int a = p;
      boolean references = false;
      while (p < n) {
        char ch = c[p];
        if (ch == '<') {
          if (p + 1 >= n) {
            throw notLiteral();
          }
          char next = c[p + 1];
          if (next == '/' || next == '!' || next == '?' || isAsciiLetter(next)) {
            break;
          }
          if (next < ' ' || next > '~') {
            // the tokeniser's idea of a letter after '<' is not to be guessed
            throw notLiteral();
          }
        } else if (ch == '&') {
          references = true;
        }
        p++;
      }
      if (p == a) {
        // <? and the like: a bogus comment to the tokeniser
        throw notLiteral();
      }
      Element into = current();
      if (isTableContext(into.normalName())) {
        for (int i = a; i < p; i++) {
          if (!isWhite(c[i])) {
            // text in a table outside its cells is moved before the table by the parser
            throw notLiteral();
          }
        }
      }
      into.appendChild(new TextNode(references ? text(a, p) : page.substring(a, p)));
    }

    private void startTagInBody() {
      if (!startTag()) {
        throw notLiteral();
      }
      Element into = current();
      String parent = into.normalName();
      if (isTableContext(parent)) {
        tableStart(into, parent);
        return;
      }
      Integer known = BODY.get(name);
      int kind;
      if (known != null) {
        kind = known;
      } else if (isUnknown(name)) {
        // an element jsoup knows nothing of (Word's o:p, st1:chsdate, LibreOffice's sdfield):
        // appended where it stands
        kind = ORDINARY;
      } else {
        throw notLiteral();
      }
      if (selfClosing && (kind & VOID) == 0) {
        throw notLiteral();
      }
      if ((kind & CLOSES_P) != 0 && pInButtonScope()) {
        throw notLiteral();
      }
      if ((kind & HEADING) != 0 && isHeading(parent)) {
        throw notLiteral();
      }
      if ((kind & ITEM) != 0 && openItem()) {
        throw notLiteral();
      }
      if ((kind & FORMATTING) != 0 && (formattingOpen() || name.equals("a") && aOpen())) {
        throw notLiteral();
      }
      if ((kind & HEAD_LIKE) != 0 && (kind & VOID) == 0) {
        rawElement(into);
        return;
      }
      Element e;
      if ((kind & FORM) != 0) {
        if (form != null) {
          // the parser drops a form's start tag inside a form
          throw notLiteral();
        }
        form = new FormElement(tag(name), null, attributes);
        e = form;
      } else {
        if (name.equals("button") && isOpen("button")) {
          // the parser closes an open button first
          throw notLiteral();
        }
        e = new Element(tag(name), null, attributes);
        if ((kind & CONTROL) != 0 && form != null) {
          form.addElement(e);
        }
      }
      into.appendChild(e);
      if ((kind & VOID) == 0) {
        push(e);
        if (name.equals("select")) {
          select(e);
        }
      }
      if ((kind & PRE) != 0 && p < n) {
        // a line break right after <pre> is no part of its text (\n, or \r\n: jsoup's reader
        // takes the pair for one); a lone \r there is left to jsoup
        if (c[p] == '\n') {
          p++;
        } else if (c[p] == '\r') {
          if (p + 1 >= n || c[p + 1] != '\n') {
            throw notLiteral();
          }
          p += 2;
        }
      }
    }

    /** Whether an element of the name is open (anywhere: a conservative scope). */
    private boolean isOpen(String element) {
      for (int i = depth - 1; i > 0; i--) {
        if (stack[i].normalName().equals(element)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The inside of a {@code <select>}, to its end tag: text, comments, options and option groups,
     * each closed before the next starts (the parser closes an open one itself, and drops any other
     * tag).
     */
    private void select(Element select) {
      while (p < n) {
        char ch = c[p];
        if (ch == '<' && p + 1 < n) {
          char next = c[p + 1];
          if (next == '/') {
            endTag();
            Element cur = current();
            if (!name.equals(cur.normalName())
                || !(name.equals("option") || name.equals("optgroup") || name.equals("select"))) {
              throw notLiteral();
            }
            stack[--depth] = null;
            if (cur == select) {
              return;
            }
            continue;
          }
          if (next == '!') {
            if (!atComment()) {
              throw notLiteral();
            }
            current().appendChild(comment());
            continue;
          }
          if (isAsciiLetter(next)) {
            if (!startTag() || selfClosing) {
              throw notLiteral();
            }
            String open = current().normalName();
            boolean ok =
                name.equals("option")
                    ? open.equals("select") || open.equals("optgroup")
                    : name.equals("optgroup") && open.equals("select");
            if (!ok) {
              throw notLiteral();
            }
            Element e = new Element(tag(name), null, attributes);
            current().appendChild(e);
            push(e);
            continue;
          }
        }
        text();
      }
      throw notLiteral();
    }

    /**
     * A start tag where a table's rows stand: a table's parts, a column, a row, a cell. A row
     * written in the table itself gets the body, and a column the column group, that the parser
     * puts around it; a column group ends at the first tag that is not a column, as the parser ends
     * it.
     */
    private void tableStart(Element into, String parent) {
      boolean col = name.equals("col");
      if (selfClosing && !col) {
        throw notLiteral();
      }
      if (parent.equals("colgroup")) {
        if (col) {
          into.appendChild(new Element(tag(name), null, attributes));
          return;
        }
        stack[--depth] = null;
        into = current();
        parent = into.normalName();
        if (!parent.equals("table")) {
          throw notLiteral();
        }
      }
      boolean ok =
          switch (parent) {
            case "table" ->
                switch (name) {
                  case "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr" -> true;
                  default -> false;
                };
            case "tr" -> name.equals("td") || name.equals("th");
            default -> name.equals("tr");
          };
      if (!ok) {
        throw notLiteral();
      }
      if (parent.equals("table") && (name.equals("tr") || col)) {
        Element group = new Element(tag(col ? "colgroup" : "tbody"), null, null);
        into.appendChild(group);
        push(group);
        into = group;
      }
      Element e = new Element(tag(name), null, attributes);
      into.appendChild(e);
      if (!col) {
        push(e);
      }
    }

    /**
     * An end tag in the body: it must close the current element (or the table whose body or column
     * group is current). Returns whether it ends the body ({@code </body>}, {@code </html>}).
     */
    private boolean endTagInBody() {
      endTag();
      Element cur = current();
      String open = cur.normalName();
      if (name.equals(open)) {
        if (name.equals("body")) {
          return true;
        }
        if (name.equals("form")) {
          form = null;
        }
        stack[--depth] = null;
        return false;
      }
      if (name.equals("table")
          && (open.equals("tbody")
              || open.equals("thead")
              || open.equals("tfoot")
              || open.equals("colgroup"))) {
        stack[--depth] = null;
        if (!current().normalName().equals("table")) {
          throw notLiteral();
        }
        stack[--depth] = null;
        return false;
      }
      if (name.equals("html") && open.equals("body")) {
        return true;
      }
      throw notLiteral();
    }

    /**
     * Whether a {@code <p>} is open with no table, cell or caption after it: the parser's "p in
     * button scope" (which a {@code <button>} ends too; not stopping there only refuses more).
     */
    private boolean pInButtonScope() {
      for (int i = depth - 1; i >= 0; i--) {
        String s = stack[i].normalName();
        if (s.equals("p")) {
          return true;
        }
        if (isScopeEnd(s)) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether a list item (or a definition term or description, for those) is open that the one
     * starting would close; conservatively, any below the nearest list, table or cell.
     */
    private boolean openItem() {
      boolean list = name.equals("li");
      for (int i = depth - 1; i > 0; i--) {
        String s = stack[i].normalName();
        if (list ? s.equals("li") : s.equals("dd") || s.equals("dt")) {
          return true;
        }
        if (s.equals("ul") || s.equals("ol") || s.equals("dl") || isScopeEnd(s)) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether the formatting element starting may be repaired by the parser: an {@code <a>} with
     * one open since the last cell or caption; or two open of its name and attributes among the
     * last {@link #FORMATTING_WINDOW} formatting elements open (the parser forgets the first of
     * three such when a fourth starts, and may then close more than the end tag of one names; it
     * compares with fewer). Elements of its name with other attributes ({@code <font face>} around
     * {@code <font size>}, as Word and WPS write them) are no matter. An open {@code <a>} beyond
     * the window is {@link #aOpen}'s.
     */
    private boolean formattingOpen() {
      int same = 0;
      int formatting = 0;
      for (int i = depth - 1; i > 0 && formatting < FORMATTING_WINDOW; i--) {
        Element e = stack[i];
        String s = e.normalName();
        if (s.equals("td") || s.equals("th") || s.equals("caption")) {
          return false;
        }
        Integer kind = BODY.get(s);
        if (kind == null || (kind & FORMATTING) == 0) {
          continue;
        }
        formatting++;
        if (s.equals(name)) {
          if (name.equals("a")) {
            return true;
          }
          if (sameAttributes(e) && ++same >= 2) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether an {@code <a>} is open since the last cell or caption. */
    private boolean aOpen() {
      for (int i = depth - 1; i > 0; i--) {
        String s = stack[i].normalName();
        if (s.equals("a")) {
          return true;
        }
        if (s.equals("td") || s.equals("th") || s.equals("caption")) {
          return false;
        }
      }
      return false;
    }

    /** Whether an element has the attributes of the start tag just read. */
    private boolean sameAttributes(Element e) {
      if (attributes == null || attributes.size() == 0) {
        return e.attributesSize() == 0;
      }
      return e.attributesSize() == attributes.size() && e.attributes().equals(attributes);
    }

    // ---------------------------------------------------------------- tokens

    /**
     * Reads a start tag at {@code p} ({@code <} then an ASCII letter): its name, attributes and
     * whether it ends with {@code />}. Returns false if no letter follows the {@code <}; throws
     * where the tag is not one the parser reads plainly.
     */
    private boolean startTag() {
      int i = p + 1;
      if (i >= n || !isAsciiLetter(c[i])) {
        return false;
      }
      int a = i;
      boolean upper = false;
      while (i < n && isNameChar(c[i])) {
        upper |= c[i] >= 'A' && c[i] <= 'Z';
        i++;
      }
      if (i >= n || !(isWhite(c[i]) || c[i] == '/' || c[i] == '>')) {
        throw notLiteral();
      }
      name = lower(a, i, upper);
      attributes = null;
      selfClosing = false;
      while (true) {
        while (i < n && isWhite(c[i])) {
          i++;
        }
        if (i >= n) {
          throw notLiteral();
        }
        char ch = c[i];
        if (ch == '>') {
          p = i + 1;
          return true;
        }
        if (ch == '/') {
          if (i + 1 < n && c[i + 1] == '>') {
            selfClosing = true;
            p = i + 2;
            return true;
          }
          throw notLiteral();
        }
        // an attribute's name
        int na = i;
        boolean up = false;
        while (i < n) {
          char x = c[i];
          if (isWhite(x) || x == '/' || x == '>' || x == '=') {
            break;
          }
          if (x == '"' || x == '\'' || x == '<' || x > '~') {
            throw notLiteral();
          }
          up |= x >= 'A' && x <= 'Z';
          i++;
        }
        if (i == na || i >= n) {
          throw notLiteral();
        }
        String key = lower(na, i, up);
        while (i < n && isWhite(c[i])) {
          i++;
        }
        String value = null;
        if (i < n && c[i] == '=') {
          i++;
          while (i < n && isWhite(c[i])) {
            i++;
          }
          if (i >= n) {
            throw notLiteral();
          }
          char q = c[i];
          if (q == '"' || q == '\'') {
            int va = i + 1;
            int vb = page.indexOf(q, va);
            if (vb < 0) {
              throw notLiteral();
            }
            value = text(va, vb);
            i = vb + 1;
            // a quoted value must be followed by space, / or >
            if (i < n && !isWhite(c[i]) && c[i] != '/' && c[i] != '>') {
              throw notLiteral();
            }
          } else {
            int va = i;
            while (i < n && !isWhite(c[i]) && c[i] != '>') {
              char x = c[i];
              if (x == '"' || x == '\'' || x == '<' || x == '=' || x == '`') {
                throw notLiteral();
              }
              i++;
            }
            if (i == va) {
              throw notLiteral();
            }
            value = text(va, i);
          }
        }
        if (attributes == null) {
          attributes = new Attributes();
        } else if (attributes.size() >= MAX_ATTRIBUTES || attributes.hasKey(key)) {
          // the parser keeps the first of a repeated name
          throw notLiteral();
        }
        attributes.add(key, value);
      }
    }

    /** Reads an end tag at {@code p}: {@code </name>}, white space before the {@code >} allowed. */
    private void endTag() {
      int i = p + 2;
      if (i >= n || !isAsciiLetter(c[i])) {
        throw notLiteral();
      }
      int a = i;
      boolean upper = false;
      while (i < n && isNameChar(c[i])) {
        upper |= c[i] >= 'A' && c[i] <= 'Z';
        i++;
      }
      int b = i;
      while (i < n && isWhite(c[i])) {
        i++;
      }
      if (i >= n || c[i] != '>') {
        throw notLiteral();
      }
      name = lower(a, b, upper);
      p = i + 1;
    }

    /**
     * Whether a comment starts at {@code p}: {@code <!--}, or what the tokeniser reads as a comment
     * of its own making, {@code <!} before anything but a doctype (Word's {@code <![if
     * !supportLists]>}, a CDATA section outside foreign content).
     */
    private boolean atComment() {
      return p + 1 < n && c[p] == '<' && c[p + 1] == '!' && !startsWithIgnoreCase("<!doctype");
    }

    /**
     * A comment at {@code p} ({@link #atComment}): {@code <!--} to its {@code -->}; otherwise what
     * follows {@code <!} (or {@code <}, before a {@code ?}) to the next {@code >}.
     */
    private Comment comment() {
      if (!startsWith("<!--")) {
        int from = c[p + 1] == '?' ? p + 1 : p + 2;
        int gt = page.indexOf('>', from);
        if (gt < 0) {
          throw notLiteral();
        }
        p = gt + 1;
        return new Comment(page.substring(from, gt));
      }
      int a = p + 4;
      if (a < n && (c[a] == '>' || (c[a] == '-' && a + 1 < n && c[a + 1] == '>'))) {
        // <!--> and <!---> end at once
        throw notLiteral();
      }
      int end = page.indexOf("-->", a);
      if (end < 0) {
        throw notLiteral();
      }
      String data = page.substring(a, end);
      if (data.indexOf("--!") >= 0) {
        throw notLiteral();
      }
      p = end + 3;
      return new Comment(data);
    }

    /** {@code <!DOCTYPE html>}, or with a public and a system identifier in double quotes. */
    private DocumentType doctype() {
      int i = p + 9;
      int w = i;
      while (i < n && isWhite(c[i])) {
        i++;
      }
      if (i == w) {
        throw notLiteral();
      }
      int a = i;
      boolean upper = false;
      while (i < n && isAsciiLetter(c[i])) {
        upper |= c[i] <= 'Z';
        i++;
      }
      if (i == a) {
        throw notLiteral();
      }
      String docName = lower(a, i, upper);
      if (!docName.equals("html")) {
        // the parser puts a page of another doctype in quirks mode
        throw notLiteral();
      }
      while (i < n && isWhite(c[i])) {
        i++;
      }
      DocumentType type;
      if (i < n && c[i] == '>') {
        type = new DocumentType(docName, "", "");
        type.setPubSysKey(null);
      } else if (matchesAsciiIgnoreCase(i, "public")) {
        i += 6;
        String[] ids = new String[2];
        for (int k = 0; k < 2; k++) {
          int s = i;
          while (i < n && isWhite(c[i])) {
            i++;
          }
          if (i == s || i >= n || c[i] != '"') {
            throw notLiteral();
          }
          int e = page.indexOf('"', i + 1);
          if (e < 0) {
            throw notLiteral();
          }
          ids[k] = page.substring(i + 1, e);
          if (ids[k].indexOf('>') >= 0) {
            throw notLiteral();
          }
          i = e + 1;
        }
        while (i < n && isWhite(c[i])) {
          i++;
        }
        if (i >= n || c[i] != '>') {
          throw notLiteral();
        }
        if (!ids[0].startsWith("-//W3C//DTD XHTML ")
            && !ids[0].startsWith("-//W3C//DTD HTML 4.01")) {
          // other public identifiers may put the parser in a quirks mode of its own choosing
          throw notLiteral();
        }
        type = new DocumentType(docName, ids[0], ids[1]);
        type.setPubSysKey(DocumentType.PUBLIC_KEY);
      } else {
        throw notLiteral();
      }
      p = i + 1;
      return type;
    }

    // ---------------------------------------------------------------- text and references

    /** The text {@code c[a, b)} with its character references decoded. */
    private String text(int a, int b) {
      int amp = a;
      while (amp < b && c[amp] != '&') {
        amp++;
      }
      if (amp == b) {
        return page.substring(a, b);
      }
      StringBuilder s = decoded;
      s.setLength(0);
      int i = a;
      while (i < b) {
        char ch = c[i];
        if (ch != '&') {
          s.append(ch);
          i++;
          continue;
        }
        i = reference(i, b, s);
      }
      return s.toString();
    }

    /**
     * Decodes the reference at {@code c[i]} ({@code &}) into {@code s} and returns where the text
     * goes on. A named reference must end with its semicolon and be one of HTML's names; a numeric
     * one with its semicolon, of an ordinary character (not NUL, a surrogate or a C1 control, which
     * the parser replaces, nor, to be safe, another control or a noncharacter). An {@code &} before
     * anything else is itself.
     */
    private int reference(int i, int b, StringBuilder s) {
      int k = i + 1;
      if (k >= b) {
        s.append('&');
        return k;
      }
      char x = c[k];
      if (isAsciiLetter(x)) {
        int a = k;
        while (k < b && isAsciiLetter(c[k])) {
          k++;
        }
        while (k < b && c[k] >= '0' && c[k] <= '9') {
          k++;
        }
        if (k >= b || c[k] != ';') {
          throw notLiteral();
        }
        String ref = page.substring(a, k);
        if (!Entities.isNamedEntity(ref)) {
          throw notLiteral();
        }
        s.append(Entities.getByName(ref));
        return k + 1;
      }
      if (x == '#') {
        k++;
        int radix = 10;
        if (k < b && (c[k] == 'x' || c[k] == 'X')) {
          radix = 16;
          k++;
        }
        int a = k;
        int cp = 0;
        while (k < b && Character.digit(c[k], radix) >= 0 && c[k] < 0x80 && k - a < 7) {
          cp = cp * radix + Character.digit(c[k], radix);
          k++;
        }
        if (k == a || k >= b || c[k] != ';' || !ordinary(cp)) {
          throw notLiteral();
        }
        s.appendCodePoint(cp);
        return k + 1;
      }
      s.append('&');
      return k;
    }

    private static boolean ordinary(int cp) {
      if (cp < 0x20) {
        return cp == '\t' || cp == '\n';
      }
      if (cp < 0x7F) {
        return true;
      }
      if (cp < 0xA0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        return false;
      }
      if (cp >= 0xFDD0 && cp <= 0xFDEF) {
        return false;
      }
      return (cp & 0xFFFE) != 0xFFFE;
    }

    // ---------------------------------------------------------------- characters

    private void skipWhite() {
      while (p < n && isWhite(c[p])) {
        p++;
      }
    }

    private boolean startsWith(String s) {
      return page.startsWith(s, p);
    }

    private boolean startsWithIgnoreCase(String s) {
      return matchesAsciiIgnoreCase(p, s);
    }

    /**
     * Whether a lower-case ASCII word stands at {@code at}, its letters in either case: ASCII only,
     * as the tokeniser compares ({@code regionMatches} would take U+0131 ı and U+0130 İ for i, as a
     * reviewer found in {@code PUBL\u0131C}).
     */
    private boolean matchesAsciiIgnoreCase(int at, String s) {
      int m = s.length();
      if (at < 0 || at + m > n) {
        return false;
      }
      for (int j = 0; j < m; j++) {
        char x = c[at + j];
        char w = s.charAt(j);
        if (x != w && !(w >= 'a' && w <= 'z' && x == (char) (w - 32))) {
          return false;
        }
      }
      return true;
    }

    private String lower(int a, int b, boolean upper) {
      String s = page.substring(a, b);
      return upper ? s.toLowerCase(java.util.Locale.ROOT) : s;
    }
  }

  /** White space as the tokeniser and the tree builder take it. */
  static boolean isWhite(char ch) {
    return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\f' || ch == '\r';
  }

  private static boolean isAsciiLetter(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  }

  /** A character of a tag name accepted here (the tokeniser takes more; those go to jsoup). */
  private static boolean isNameChar(char ch) {
    return isAsciiLetter(ch) || (ch >= '0' && ch <= '9') || ch == ':' || ch == '-' || ch == '_';
  }

  /** Where a table's rows stand: text there must be white space, tags a table's parts. */
  private static boolean isTableContext(String name) {
    return switch (name) {
      case "table", "tbody", "thead", "tfoot", "tr", "colgroup" -> true;
      default -> false;
    };
  }

  /** Elements that end the search for an open {@code <p>} or list item. */
  private static boolean isScopeEnd(String name) {
    return switch (name) {
      case "html", "table", "td", "th", "caption" -> true;
      default -> false;
    };
  }

  private static boolean isHeading(String name) {
    return name.length() == 2
        && name.charAt(0) == 'h'
        && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }

  /**
   * Names the parser reads by rules of their own whether or not it counts them among the tags it
   * knows (its tree builder's cases, and the HTML standard's for names a parser may not know).
   */
  private static final java.util.Set<String> OWN_RULES =
      java.util.Set.of(
          "a",
          "span",
          "li",
          "html",
          "body",
          "frameset",
          "frame",
          "form",
          "plaintext",
          "button",
          "nobr",
          "table",
          "input",
          "hr",
          "image",
          "isindex",
          "textarea",
          "xmp",
          "iframe",
          "noembed",
          "noframes",
          "noscript",
          "select",
          "math",
          "svg",
          "pre",
          "listing",
          "dd",
          "dt",
          "optgroup",
          "option",
          "rb",
          "rp",
          "rt",
          "rtc",
          "area",
          "br",
          "embed",
          "img",
          "keygen",
          "wbr",
          "template",
          "menuitem",
          "search",
          "sarcasm",
          "selectedcontent",
          "head",
          "title",
          "base",
          "basefont",
          "bgsound",
          "command",
          "link",
          "meta",
          "script",
          "style",
          "caption",
          "col",
          "colgroup",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "param",
          "source",
          "track",
          "applet",
          "marquee",
          "object");

  /**
   * An element jsoup knows nothing of and reads by no rule of its own: Word's {@code o:p}, a custom
   * element, LibreOffice's {@code sdfield}.
   */
  private static boolean isUnknown(String name) {
    return !Tag.isKnownTag(name) && !OWN_RULES.contains(name);
  }
}

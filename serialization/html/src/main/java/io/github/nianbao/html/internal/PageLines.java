package io.github.nianbao.html.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Finds the lines of a keyed grid's keys in the page's own text, without parsing it again: the
 * things that took keys (the title, each cell, each caption, each paragraph's first text) are met
 * in document order, so one scan forward through the page finds each after the one before, counting
 * line breaks as it goes. A cell is found at its next {@code <td>} or {@code <th>} tag, and its
 * text must follow that tag (tags, white space and no-break spaces between its characters aside); a
 * paragraph at the next run of text (between two tags) that is its first text.
 *
 * <p>The scan places a key at the line the parser gives it, or gives up (and the page is parsed
 * again with positions): never a wrong line. It gives up where the parser rearranges the markup or
 * reads it otherwise than the scan: content the parser moves out of a table (text that is not blank
 * or an element other than a table's parts in a table outside its cells, a table in a table's row),
 * a cell or caption outside a table, {@code </br>}, {@code <plaintext>}, a CDATA section, an entity
 * this scan does not decode, a caption of white space only. A paragraph's text is placed at a run
 * only where no other run could be it (text in skipped markup, a form or a navigation bar, or a
 * paragraph's text after its first, is otherwise taken for it): from that run on, the page must
 * hold no more runs of that text than there are paragraphs of that text from that key on. The scan
 * first counts, cheaply, every run after it that could be one ({@link #sure}: a search for the
 * text's first character), which is enough for most pages; where that finds too many, it counts
 * again with the page's runs indexed, leaving out those it is sure take no key (a cell's, and a run
 * after another of the same paragraph with only inline tags between them; {@link #onlyRuns}), and
 * from then on asks the index first. The index's pass starts where the main scan stands (what it
 * answers is about the runs ahead) and lexes the page's markup once for the scans that follow it
 * ({@link Lexed}). A scan asked for some keys only checks only the paragraphs asked: the others are
 * passed as text.
 *
 * <p>A layout table (a table holding a table) is read by the walk as blocks: the walk says which of
 * the page's tables, numbered in document order, are layout tables, and the scan, numbering the
 * table start tags it passes, takes such a table's cells as blocks (their text is paragraphs', and
 * they take no cell's key). Content the parser moves out of a layout table comes, in the walk,
 * before the paragraphs of its cells: the scan passes each layout table whole when it meets it
 * ({@link #checkLayout}) and gives up if it holds any. White space after the body's end tag is not
 * the body's ({@link #afterBody}).
 */
final class PageLines {
  static final byte TITLE = 1;
  static final byte TEXT = 2;
  static final byte CELL = 3;
  static final byte CAPTION = 4;

  private final String s;

  /**
   * The page's characters, shared by the scans of the page: the loops that read every character of
   * the markup (a tag's name, its attributes, the search for the next '<') read them here, without
   * {@code String.charAt}'s checks of the string's coding.
   */
  private final char[] cs;

  private int pos;

  /** The line at {@link #lineFrom}: line breaks are counted only up to where a line is asked. */
  private int line = 1;

  private int lineFrom;

  /**
   * Whether the scan met markup it cannot be sure the parser reads as it is written (content the
   * parser moves out of a table, a cell outside a table, {@code </br>}): it then gives up.
   */
  private boolean lost;

  /**
   * Whether the parser has started the page's body at the scan's place: a start tag other than the
   * head's, or text that is not white space, was passed. Before that, white space is the head's or
   * dropped: the body's first text starts at its first character that is not white space.
   */
  private boolean inBody;

  /**
   * Whether the body's or the page's end tag was passed last, and no tag or text that is not white
   * space since: the parser puts white space there after the body (jsoup: in the {@code html}
   * element or the document), where the walk does not read it; what follows it goes back in the
   * body.
   */
  private boolean afterBody;

  /**
   * Whether a {@code marquee}, {@code object}, {@code applet}, {@code template}, {@code select} or
   * {@code frameset} was met: inside one, the parser ignores the body's end tag, where the scan
   * does not follow it.
   */
  private boolean scoped;

  /**
   * Whether the body's or the page's end tag was passed last where {@link #scoped} (the parser may
   * or may not have ended the body), and no tag or text that is not white space since: text after
   * white space then cannot be placed.
   */
  private boolean afterBodyUnsure;

  /** Whether a {@code noscript} or {@code template} was met before the body ({@link #inBody}). */
  private boolean headUnsure;

  /**
   * What the tags passed open, innermost last: {@link #IN_TABLE} or {@link #IN_CELL}, or, in a
   * layout table, {@link #IN_LAYOUT} or {@link #IN_LAYOUT_CELL}.
   */
  private byte[] context = new byte[8];

  private int depth;

  /** Where the last table's start tag, and the last row's, cell's or row group's, were met. */
  private int tableAt = -1;

  private int rowAt = -1;

  private static final byte IN_TABLE = 1;
  private static final byte IN_CELL = 2;

  /**
   * In a layout table (a table holding a table), outside its cells: the walk reads its cells as
   * blocks, so that they take no keys of cells, and their text is paragraphs' text.
   */
  private static final byte IN_LAYOUT = 3;

  private static final byte IN_LAYOUT_CELL = 4;

  /** The layout tables, by their number among the page's tables in document order (from 1). */
  private final BitSet layout;

  /** The table start tags passed. */
  private int tables;

  /** Where the layout tables checked so far end ({@link #checkLayout}). */
  private int checkedTo = -1;

  /** The page's runs of text, for {@link #onlyRuns}; computed when a paragraph is first sought. */
  private Map<String, int[]> runs;

  /** The keys that are paragraphs' texts, by their text, for {@link #onlyRuns}. */
  private Map<String, int[]> texts;

  /** Where {@link #run} started its search last. */
  private int searchFrom;

  /** Where the run {@link #run} matched last starts. */
  private int matchedAt;

  /**
   * The start of the last run holding an entity this scan does not decode, or -1; past any run when
   * the index of the runs could not follow the parser.
   */
  private int lastUnknownRun = -1;

  /**
   * Whether the markup passed last is a bogus comment ({@code <!x>}, {@code <?x>}, {@code </ x>})
   * or an inline element's tag: no paragraph starts or ends at it. A comment ({@code <!-- -->})
   * leaves it as the markup before it set it.
   */
  private boolean inline;

  /** Where the name of the start tag passed last starts and ends; -1 if the markup was none. */
  private int startName = -1;

  /** The {@link TagName} of the start tag passed last. */
  private int startId;

  /** Where the content of the element whose start tag was passed last starts. */
  private int rawFrom;

  /** Whether this is {@link #indexRuns}'s scan, which asks {@link #inline}. */
  private boolean indexing;

  /**
   * The starts of the runs {@link #indexRuns} counts (those that could be a paragraph's first text:
   * its text could be one, and the scan is not sure it is a cell's or a paragraph's after its
   * first), ascending, its size first.
   */
  private int[] counted;

  /** Characters of an entity decoded but not yet compared. */
  private String pending;

  private int pendingAt;

  /** The page's markup as the scans ahead of the main one lexed it, for the main one to read. */
  private final Lexed lexed;

  /** The slot in {@link #lexed} of the markup this scan expects next. */
  private int cursor;

  private PageLines(String page, char[] chars, BitSet layout, Lexed lexed) {
    this.s = page;
    this.cs = chars;
    this.layout = layout;
    this.lexed = lexed;
  }

  /**
   * The markup of a page as {@link #lex} finds it, in the order of the places lexed, for the scans
   * of the page: they go forward through the same markup, and the scans that go ahead of the main
   * one (the index of the page's runs, the check of a layout table) record it for the main one. A
   * tag with text of its own (a raw text element, an SVG icon) is not recorded, nor a place behind
   * the last one recorded: they are lexed again where met.
   */
  private static final class Lexed {
    private int[] at = new int[0];

    /** The kind, the flags, the tag's name's id and the name's length, of each markup. */
    private int[] info = new int[0];

    /** Where each markup ends. */
    private int[] end = new int[0];

    private int size;

    /**
     * How many pieces of markup the page may hold, for the first markup recorded: one in {@link
     * #CHARS_A_MARKUP} characters (exported pages hold one in some twenty), so that the lists
     * seldom grow; nothing is made for a page none of whose markup is recorded.
     */
    private final int expected;

    private static final int CHARS_A_MARKUP = 16;

    Lexed(int pageLength) {
      expected = Math.max(256, pageLength / CHARS_A_MARKUP);
    }

    /** The slot of the markup at {@code p}, looked for first at {@code hint}; -1 if none. */
    int find(int p, int hint) {
      if (hint < size && at[hint] == p) {
        return hint;
      }
      if (isNext(p)) {
        return -1;
      }
      int k = Arrays.binarySearch(at, 0, size, p);
      return k < 0 ? -1 : k;
    }

    /** Whether markup at {@code p} would be recorded after the last one recorded. */
    boolean isNext(int p) {
      return size == 0 || p > at[size - 1];
    }

    /** Records the markup at {@code p} (after the last one recorded); returns its slot. */
    int add(int p, int what, int to) {
      if (size == at.length) {
        int c = size == 0 ? expected : size * 2;
        at = Arrays.copyOf(at, c);
        info = Arrays.copyOf(info, c);
        end = Arrays.copyOf(end, c);
      }
      at[size] = p;
      info[size] = what;
      end[size] = to;
      return size++;
    }
  }

  /**
   * The line of each key, or null if the scan cannot place one.
   *
   * @param page the page
   * @param kinds the kind of each key, from index 1
   * @param anchors the text of each key (a cell's text, a paragraph's first text node), from 1
   * @param keys how many keys: the scan stops after the last
   * @param layout the layout tables, by their number among the page's tables in document order
   *     (from 1): as the walk found them (a page's tables are its table start tags, in order, where
   *     the scan follows the parser)
   */
  static int[] lines(String page, byte[] kinds, String[] anchors, int keys, BitSet layout) {
    return lines(page, kinds, anchors, keys, layout, null);
  }

  /**
   * The lines of the keys asked, or null if the scan cannot place one: {@link #lines(String,
   * byte[], String[], int, BitSet)} with the paragraphs' texts not asked passed over ({@link
   * #textsToPlace}). The scan still passes them, as text, on its way to the next key; only the
   * check that a run is the paragraph's, which costs a search of the rest of the page (or the index
   * of its runs), is left out. Keys not placed are 0.
   *
   * @param asked the keys asked; null for all
   */
  static int[] lines(
      String page, byte[] kinds, String[] anchors, int keys, BitSet layout, BitSet asked) {
    if (page.indexOf(PARSER_EOF) >= 0) {
      // jsoup reads U+FFFF as the input's end where its tokeniser stands in a tag, drops the tag
      // and reads on: markup the scan cannot follow
      return null;
    }
    PageLines p = new PageLines(page, page.toCharArray(), layout, new Lexed(page.length()));
    BitSet texts = asked == null ? null : textsToPlace(kinds, anchors, keys, asked);
    int[] out = new int[keys + 1];
    for (int k = 1; k <= keys; k++) {
      if (texts != null && kinds[k] == TEXT && !texts.get(k)) {
        continue;
      }
      int l;
      switch (kinds[k]) {
        case TITLE -> l = p.titleHidden() ? -1 : p.tag("title", null);
        case CAPTION -> l = p.tag("caption", null);
        case CELL -> l = p.tag("td", "th");
        case TEXT -> l = p.text(kinds, anchors, k);
        default -> l = -1;
      }
      if (l <= 0 || p.lost) {
        return null;
      }
      if (kinds[k] == CAPTION && !hasCellChar(anchors[k])) {
        // a blank caption takes no key: the caption found may be one before it
        return null;
      }
      if ((kinds[k] == CELL || kinds[k] == CAPTION) && (!p.cellText(anchors[k]) || p.lost)) {
        return null;
      }
      out[k] = l;
    }
    return out;
  }

  /** The character jsoup's reader takes for the end of its input. */
  private static final char PARSER_EOF = '\uFFFF';

  /**
   * The paragraphs' texts among the first {@code keys} keys that a scan asked for the keys {@code
   * asked} places: those asked, and those of the same text (which the search for one asked would
   * otherwise meet first). The others are passed over: a paragraph's run bounds where the next key
   * is looked for no better than the key placed before it does.
   */
  private static BitSet textsToPlace(byte[] kinds, String[] anchors, int keys, BitSet asked) {
    BitSet out = new BitSet(keys + 1);
    Set<String> wanted = new HashSet<>();
    for (int k = asked.nextSetBit(1); k >= 0 && k <= keys; k = asked.nextSetBit(k + 1)) {
      if (kinds[k] == TEXT && anchors[k] != null) {
        wanted.add(nonBlank(anchors[k]));
      }
    }
    if (wanted.isEmpty()) {
      return out;
    }
    for (int k = 1; k <= keys; k++) {
      if (kinds[k] == TEXT && anchors[k] != null && wanted.contains(nonBlank(anchors[k]))) {
        out.set(k);
      }
    }
    return out;
  }

  // ---- the lexer

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether a markup construct (tag, end tag, comment, declaration) starts at {@code i}. */
  private boolean markupAt(int i) {
    char[] cs = this.cs;
    if (cs[i] != '<' || i + 1 >= cs.length) {
      return false;
    }
    char c = cs[i + 1];
    return isAsciiLetter(c)
        || c == '!'
        || c == '?'
        // an end tag; {@code </} then another character is a comment to the parser ({@code </>}
        // is nothing: the text either side of it is one node, one run here)
        || (c == '/' && i + 2 < cs.length && cs[i + 2] != '>');
  }

  /** How many characters {@link #nextLt} looks at one by one before it searches. */
  private static final int NEAR = 8;

  /**
   * Where the next '<' from {@code from} on is, or -1: {@code s.indexOf('<', from)}, the first
   * {@link #NEAR} characters looked at one by one (the text between two of WPS's tags is one to
   * three characters, where a call to {@code indexOf} costs more than it saves).
   */
  private int nextLt(int from) {
    char[] cs = this.cs;
    int near = Math.min(from + NEAR, cs.length);
    for (int i = from; i < near; i++) {
      if (cs[i] == '<') {
        return i;
      }
    }
    return near >= cs.length ? -1 : s.indexOf('<', near);
  }

  private void advance(int to) {
    pos = to;
  }

  /** The line at offset {@code p}, counting the line breaks since the last line asked. */
  private int lineAt(int p) {
    if (p < lineFrom) {
      line = 1;
      lineFrom = 0;
    }
    for (int i = s.indexOf('\n', lineFrom); i >= 0 && i < p; i = s.indexOf('\n', i + 1)) {
      line++;
    }
    lineFrom = p;
    return line;
  }

  /** The markup at {@code pos} (see {@link #markupAt}) passed; returns the start tag's name. */
  private String markup() {
    int at = pos;
    int k = lexed.find(at, cursor);
    int info;
    int nameEnd;
    int tagEnd;
    int end;
    if (k >= 0) {
      cursor = k + 1;
      info = lexed.info[k];
      nameEnd = at + (info >>> NAME_SHIFT);
      tagEnd = lexed.end[k];
      end = tagEnd;
    } else {
      lex(at);
      info = lexedInfo;
      nameEnd = lexedNameEnd;
      tagEnd = lexedTagEnd;
      end = lexedEnd;
      if (records && tagEnd == end && nameEnd - at <= MAX_NAME && lexed.isNext(at)) {
        cursor = lexed.add(at, info | (nameEnd - at) << NAME_SHIFT, end) + 1;
      }
    }
    int kind = info & KIND;
    if (kind == COMMENT) {
      advance(end);
      return null;
    }
    inline = true;
    startName = -1;
    if (kind == BOGUS) {
      lost |= (info & LOST) != 0;
      advance(end);
      return null;
    }
    int id = (info >>> ID_SHIFT) & ID_MASK;
    if (kind == END) {
      endTag(id, at + 2, nameEnd);
      // (in a table the parser ignores them; where a scope it does not follow may hide the body,
      // the scan cannot tell whether it did)
      boolean ends = (id == TagName.BODY || id == TagName.HTML) && inBody && depth == 0;
      afterBody = ends && !scoped;
      afterBodyUnsure = ends && scoped;
      inline = indexing && (TagName.isInline(id) || (info & PREFIXED) != 0);
      advance(end);
      return null;
    }
    afterBody = false;
    afterBodyUnsure = false;
    scoped |=
        id == TagName.MARQUEE
            || id == TagName.OBJECT
            || id == TagName.APPLET
            || id == TagName.TEMPLATE
            || id == TagName.SELECT
            || id == TagName.FRAMESET;
    startTag(id, at + 1);
    if (!inBody) {
      bodyStartTag(id);
    }
    startName = at + 1;
    startId = id;
    inline = indexing && (TagName.isInline(id) || (info & PREFIXED) != 0);
    advance(tagEnd);
    if (id == TagName.SVG || id == TagName.MATH) {
      lost |= (info & LOST) != 0;
      advance(end);
      return null;
    }
    if (id == TagName.TABLE && top() == IN_LAYOUT && at >= checkedTo && !lost) {
      checkLayout();
    }
    rawFrom = tagEnd;
    lost |= (info & LOST) != 0;
    advance(end);
    return TagName.lookedFor(id);
  }

  // what lex() finds of a piece of markup (Lexed.info): its kind, flags, and its tag's name's id
  private static final int KIND = 3;
  private static final int COMMENT = 0;
  private static final int BOGUS = 1;
  private static final int END = 2;
  private static final int START = 3;

  /** The scan cannot follow the parser past it (a CDATA section, an escaped script, MathML …). */
  private static final int LOST = 4;

  /** The tag's name has a prefix ({@code o:p}): an element the parser does not know, inline. */
  private static final int PREFIXED = 8;

  private static final int ID_SHIFT = 8;

  private static final int ID_MASK = 0xFF;

  /** Where {@link Lexed#info} keeps the length of a tag's name (as far as its end). */
  private static final int NAME_SHIFT = 16;

  private static final int MAX_NAME = 0xFFFF;

  /** What {@link #lex} found last: {@link Lexed#info}'s kind, flags and id, and the places. */
  private int lexedInfo;

  private int lexedNameEnd;

  private int lexedTagEnd;

  private int lexedEnd;

  /**
   * Whether this scan records the markup it lexes in {@link #lexed} for the scans that follow it
   * (the index of the runs, the check of a layout table: scans that go ahead of the main one).
   */
  private boolean records;

  /**
   * Lexes the markup at {@code at}: its kind, its name's end and id, where its tag ends and where
   * what it starts ends (a raw text element's text, an SVG icon), as the parser's tokeniser reads
   * them ({@link #lexedInfo} …); a pure function of the page and the place, so that the scans of
   * the page can share it ({@link #lexed}).
   */
  private void lex(int at) {
    int n = s.length();
    char c = s.charAt(at + 1);
    int kind;
    int flags = 0;
    int id = TagName.OTHER;
    int nameEnd = at;
    int tagEnd;
    int end;
    if (c == '!' && s.startsWith("<!--", at)) {
      kind = COMMENT;
      tagEnd = end = commentEnd(at + 4);
    } else if (c == '!' || c == '?' || (c == '/' && !isAsciiLetter(s.charAt(at + 2)))) {
      kind = BOGUS;
      if (c == '!' && s.startsWith("<![CDATA[", at)) {
        // text to the parser in SVG or MathML, else a comment: the scan cannot tell which
        flags |= LOST;
      }
      // a comment to the parser, up to the next '>'
      int gt = s.indexOf('>', at);
      tagEnd = end = gt < 0 ? n : gt + 1;
    } else {
      // a tag; an end tag's attributes (which the parser reads, and drops) may hold a quoted '>'
      kind = c == '/' ? END : START;
      int a = kind == END ? at + 2 : at + 1;
      // the name, up to white space, '/' or '>', its key made as it is read
      char[] cs = this.cs;
      int i = a;
      long key = 0;
      char x;
      while (i < n && !isSpaceOrEnd(x = cs[i])) {
        key = TagName.key(key, x);
        i++;
      }
      nameEnd = i;
      id = TagName.of(key, i - a);
      if ((indexing || records) && !TagName.isInline(id)) {
        // (asked only by the index's scan, and kept for it)
        for (int j = a + 1; j < i; j++) {
          if (cs[j] == ':') {
            flags |= PREFIXED;
            break;
          }
        }
      }
      tagEnd = end = tagEnd(i);
      if (kind == START && (id == TagName.SVG || id == TagName.MATH)) {
        end = foreignEnd(id, tagEnd);
        if (end < 0) {
          flags |= LOST;
          end = tagEnd;
        }
      } else if (kind == START && TagName.isRawText(id)) {
        // raw text up to its end tag: the name followed by white space, '/' or '>' (</scripts>
        // is text)
        String name = TagName.lookedFor(id);
        int rawEnd = rawTextEnd(name, tagEnd);
        if (name.equals("script") && s.lastIndexOf("<!--", rawEnd < 0 ? n : rawEnd) >= tagEnd) {
          // a script's text with <!-- in it may be escaped, where its end tag is text too: the
          // scan does not follow that
          flags |= LOST;
        }
        end = rawEnd < 0 ? n : rawEnd;
      }
    }
    lexedInfo = kind | flags | id << ID_SHIFT;
    lexedNameEnd = nameEnd;
    lexedTagEnd = tagEnd;
    lexedEnd = end;
  }

  /**
   * Where a comment whose text starts at {@code i} ends, as the parser reads it: after {@code -->}
   * or {@code --!>}, or at once for {@code <!-->} and {@code <!--->}; the page's end if never.
   */
  private int commentEnd(int i) {
    int n = s.length();
    if (s.startsWith(">", i)) {
      return i + 1;
    }
    if (s.startsWith("->", i)) {
      return i + 2;
    }
    for (int d = s.indexOf("--", i); d >= 0; d = s.indexOf("--", d + 1)) {
      if (s.startsWith(">", d + 2)) {
        return d + 3;
      }
      if (s.startsWith("!>", d + 2)) {
        return d + 4;
      }
    }
    return n;
  }

  /**
   * Where a tag whose attributes start at {@code i} ends: after its '>', as the parser's tokeniser
   * reads the attributes (start and end tags alike): a quote opens a quoted value only where a
   * value begins, after an attribute's {@code =} and white space (in an unquoted value or a name it
   * is a character like any other), and a quoted value may hold a '>'; the page's end if never.
   */
  private int tagEnd(int i) {
    return tagEnd(cs, i);
  }

  /**
   * {@link #tagEnd(char[], int)} of a page given as a string, for the tests: it copies the page at
   * each call, so the scan never calls it.
   */
  static int tagEnd(String s, int i) {
    return tagEnd(s.toCharArray(), i);
  }

  /**
   * {@link #tagEnd(int)} of a page: the tokeniser's states (before a name, in a name, after it,
   * before a value, in an unquoted value, after a quoted one) walked by a loop each, a quoted value
   * passed with a loop of its own; the characters that end a name or a value told by one lookup
   * ({@link #CHAR_CLASS}). A tag without attributes ends at once: no search ahead for a '>' first.
   */
  static int tagEnd(char[] s, int i) {
    int n = s.length;
    char x;
    // before a name: white space and '/' pass; '>' ends; any other character starts a name
    while (i < n) {
      x = s[i];
      if (x == '>') {
        return i + 1;
      }
      if (x == '/' || isBlankChar(x)) {
        i++;
        continue;
      }
      // a name (its first character may be '=' or a quote), up to white space, '/', '=' or '>'
      i++;
      while (true) {
        while (i < n && !isIn((x = s[i]), NAME_ENDS)) {
          i++;
        }
        if (i >= n) {
          return n;
        }
        if (x == '>') {
          return i + 1;
        }
        if (x == '/') {
          // before a name again
          break;
        }
        if (x != '=') {
          // after the name: white space, then '=' gives a value; '/' or another name follows
          i = skipBlanks(s, i);
          if (i >= n) {
            return n;
          }
          x = s[i];
          if (x == '>') {
            return i + 1;
          }
          if (x == '/') {
            break;
          }
          if (x != '=') {
            // another name starts here
            i++;
            continue;
          }
        }
        // '=': before the value, white space passes
        i++;
        i = skipBlanks(s, i);
        if (i >= n) {
          return n;
        }
        x = s[i];
        if (x == '>') {
          return i + 1;
        }
        if (x == '"' || x == '\'') {
          // a quoted value, which may hold a '>', up to its closing quote
          int q = i + 1;
          while (q < n && s[q] != x) {
            q++;
          }
          if (q == n) {
            return n;
          }
          i = q + 1;
          if (i >= n) {
            return n;
          }
          x = s[i];
          if (x == '>') {
            return i + 1;
          }
          if (x == '/' || isBlankChar(x)) {
            break;
          }
          // any other character starts the next name
          i++;
          continue;
        }
        // an unquoted value, up to white space ('>' ends the tag)
        while (i < n && !isIn((x = s[i]), VALUE_ENDS)) {
          i++;
        }
        if (i >= n) {
          return n;
        }
        if (x == '>') {
          return i + 1;
        }
        break;
      }
      i++;
    }
    return n;
  }

  /** Where the white space of a page from {@code i} on ends. */
  private static int skipBlanks(char[] s, int i) {
    while (i < s.length && isBlankChar(s[i])) {
      i++;
    }
    return i;
  }

  /**
   * Notes a start tag met before the body: any but the head's ({@code html}, {@code head}, {@code
   * title}, {@code meta}, {@code link}, {@code style}, {@code script}, {@code base}, {@code
   * basefont}, {@code bgsound}) starts it; after {@code noscript} or {@code template} in the head
   * (content the parser may move) the scan does not say where white space before the body goes.
   */
  private void bodyStartTag(int id) {
    if (id == TagName.NOSCRIPT || id == TagName.TEMPLATE) {
      headUnsure = true;
    } else if (!(isHeadTag(id) || id == TagName.BASEFONT || id == TagName.BGSOUND)) {
      inBody = true;
    }
  }

  /**
   * Whether a start tag is one of {@code html}, {@code head}, {@code title}, {@code meta}, {@code
   * link}, {@code style}, {@code script}, {@code noframes}, {@code base}: before the body, the
   * parser puts them in the head (a {@code noframes} is raw text there, as a {@code style}).
   */
  private static boolean isHeadTag(int id) {
    return switch (id) {
      case TagName.HTML,
          TagName.HEAD,
          TagName.TITLE,
          TagName.META,
          TagName.LINK,
          TagName.STYLE,
          TagName.SCRIPT,
          TagName.NOFRAMES,
          TagName.BASE ->
          true;
      default -> false;
    };
  }

  private static boolean isSpaceOrEnd(char c) {
    return isIn(c, TAG_NAME_ENDS);
  }

  // the characters that end a piece of a tag, as bits of CHAR_CLASS; each a character of ASCII
  private static final byte BLANK = 1;
  private static final byte GT = 2;
  private static final byte SLASH = 4;
  private static final byte EQUALS = 8;

  /** What ends a tag's name: white space, '/' or '>'. */
  private static final byte TAG_NAME_ENDS = BLANK | GT | SLASH;

  /** What ends an attribute's name: white space, '/', '=' or '>'. */
  private static final byte NAME_ENDS = BLANK | GT | SLASH | EQUALS;

  /** What ends an unquoted value: white space or '>'. */
  private static final byte VALUE_ENDS = BLANK | GT;

  /**
   * The bits of each ASCII character: one lookup where the loops would compare it several times.
   */
  private static final byte[] CHAR_CLASS = new byte[128];

  static {
    for (char c : new char[] {' ', '\t', '\n', '\r', '\f'}) {
      CHAR_CLASS[c] = BLANK;
    }
    CHAR_CLASS['>'] = GT;
    CHAR_CLASS['/'] = SLASH;
    CHAR_CLASS['='] = EQUALS;
  }

  /** Whether a character is one of a class ({@link #CHAR_CLASS}'s bits). */
  private static boolean isIn(char c, byte bits) {
    return c < CHAR_CLASS.length && (CHAR_CLASS[c] & bits) != 0;
  }

  /**
   * Whether a {@code <template>} or {@code <noscript>} starts before the page's first {@code
   * <title>}: a title inside one is not the one the walk reads, and the scan does not follow them.
   */
  private boolean titleHidden() {
    // only the markup before the title is looked at, not the whole page
    int title = indexOfIgnoreCase("<title", 0);
    for (int i = s.indexOf('<'); i >= 0 && i < title; i = s.indexOf('<', i + 1)) {
      if (startsWithIgnoreCase(i, "<template") || startsWithIgnoreCase(i, "<noscript")) {
        return true;
      }
    }
    return false;
  }

  /** Where the end tag of a raw text element starts, from {@code from} on; -1 if never. */
  private int rawTextEnd(String name, int from) {
    String end = "</" + name;
    for (int i = indexOfIgnoreCase(end, from); i >= 0; i = indexOfIgnoreCase(end, i + 1)) {
      int after = i + end.length();
      if (after < s.length()) {
        char c = s.charAt(after);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>') {
          return i;
        }
      }
    }
    return -1;
  }

  private int indexOfIgnoreCase(String what, int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      if (startsWithIgnoreCase(i, what)) {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWithIgnoreCase(int i, String what) {
    return i + what.length() <= s.length() && regionIs(i, what);
  }

  /**
   * Takes, from another scan of the same page, where it stands and what the markup it passed left:
   * the tags open, the tables counted, the body begun or ended, the last table's and row's places.
   */
  private void takeState(PageLines o) {
    pos = o.pos;
    context = Arrays.copyOf(o.context, o.context.length);
    depth = o.depth;
    tables = o.tables;
    inBody = o.inBody;
    afterBody = o.afterBody;
    afterBodyUnsure = o.afterBodyUnsure;
    scoped = o.scoped;
    headUnsure = o.headUnsure;
    tableAt = o.tableAt;
    rowAt = o.rowAt;
    cursor = o.cursor;
  }

  /**
   * Checks the layout table whose start tag was just passed, to its end: the parser moves content
   * in a table outside its cells (text that is not blank, elements other than its parts) before the
   * table, where the walk reads it before the paragraphs of the table's cells, while the scan would
   * meet those paragraphs first, and might place a key at one of them before it knew. So the whole
   * table is passed once, by a scan of its own, and this scan is lost if that one is. Tables inside
   * it are checked with it.
   */
  private void checkLayout() {
    PageLines v = new PageLines(s, cs, layout, lexed);
    v.takeState(this);
    v.checkedTo = Integer.MAX_VALUE;
    v.records = true;
    int open = depth;
    int n = s.length();
    while (v.pos < n && v.depth >= open && !v.lost) {
      int lt = v.nextLt(v.pos);
      int end = lt < 0 ? n : lt;
      v.passText(v.pos, end);
      v.pos = end;
      if (lt < 0) {
        break;
      }
      if (v.markupAt(lt)) {
        v.markup();
      } else {
        v.passText(lt, lt + 1);
        v.pos = lt + 1;
      }
    }
    checkedTo = v.pos;
    lost |= v.lost;
  }

  /** The SVG elements that draw, with no text of HTML in them and none that ends the SVG. */
  private static final Set<String> DRAWING =
      Set.of(
          "path",
          "g",
          "use",
          "circle",
          "rect",
          "line",
          "polyline",
          "polygon",
          "ellipse",
          "defs",
          "symbol",
          "lineargradient",
          "radialgradient",
          "stop",
          "clippath",
          "mask",
          "pattern",
          "text",
          "tspan");

  /**
   * Where an SVG or MathML element whose start tag ends at {@code from} ends for the scan, or -1 if
   * the scan cannot pass it. In foreign content the parser reads markup otherwise (no raw text in a
   * {@code style}, an HTML {@code title} or {@code desc}, a MathML {@code td} that is no cell, HTML
   * elements that end it): the scan passes an SVG whose elements are only {@link #DRAWING} ones (an
   * icon), up to its end tag, and is lost at any other, at an SVG without an end tag (an empty
   * {@code <svg/>} too), and at MathML.
   */
  private int foreignEnd(int id, int from) {
    if (id == TagName.MATH) {
      return -1;
    }
    int end = rawTextEnd("svg", from);
    if (end < 0) {
      return -1;
    }
    for (int i = s.indexOf('<', from); i >= 0 && i < end; i = s.indexOf('<', i + 1)) {
      int a = i + 1 < end && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
      int b = a;
      while (b < end && !isSpaceOrEnd(s.charAt(b))) {
        b++;
      }
      if (b == a || !DRAWING.contains(s.substring(a, b).toLowerCase(Locale.ROOT))) {
        return -1;
      }
    }
    return end;
  }

  // ---- where the tags passed leave the scan: in a table (outside a cell), in a cell, neither

  private byte top() {
    return depth == 0 ? 0 : context[depth - 1];
  }

  /** Whether a context is a table's, outside its cells. */
  private static boolean isTable(byte context) {
    return context == IN_TABLE || context == IN_LAYOUT;
  }

  /** Whether a context is a cell's or a caption's. */
  private static boolean isCell(byte context) {
    return context == IN_CELL || context == IN_LAYOUT_CELL;
  }

  private void push(byte what) {
    if (depth == context.length) {
      context = Arrays.copyOf(context, depth * 2);
    }
    context[depth++] = what;
  }

  /**
   * Whether the page holds a name (in lower case) at {@code a}, ASCII letters in either case: as
   * the parser reads a tag's name (not Unicode's case folding: {@code ſ} is no {@code s}).
   */
  private boolean regionIs(int a, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = s.charAt(a + i);
      char x = lower.charAt(i);
      if (c != x && !(x >= 'a' && x <= 'z' && (c | 0x20) == x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A start tag named between {@code a} and {@code b}: a table, a cell or a caption opens; a cell
   * ends at the next cell, row or row group. The scan is lost where the parser would move what the
   * tag opens out of a table (anything but a table's parts, a script or a style in a table outside
   * its cells, a table among them) or drop the tag (a cell or caption outside a table).
   */
  private void startTag(int id, int a) {
    if (id == TagName.PLAINTEXT) {
      // all that follows is text to the parser
      lost = true;
      return;
    }
    boolean caption = id == TagName.CAPTION;
    boolean cellTag = caption || id == TagName.TD || id == TagName.TH;
    if (caption && rowAt > tableAt) {
      // a caption after a row or cell of its table: the walk reads a table's captions before its
      // rows, where the scan, going forward, has passed them
      lost = true;
      return;
    }
    if (cellTag || TagName.isTablePart(id)) {
      if (!caption) {
        rowAt = a;
      }
      if (isCell(top())) {
        depth--;
      }
      if (cellTag) {
        byte table = top();
        if (!isTable(table)) {
          lost = true;
          return;
        }
        push(table == IN_LAYOUT ? IN_LAYOUT_CELL : IN_CELL);
      }
    } else if (id == TagName.TABLE) {
      if (isTable(top())) {
        lost = true;
        return;
      }
      tables++;
      push(layout.get(tables) ? IN_LAYOUT : IN_TABLE);
      tableAt = a;
    } else if (isTable(top()) && id != TagName.SCRIPT && id != TagName.STYLE) {
      lost = true;
    }
  }

  /**
   * An end tag named between {@code a} and {@code b}: a cell, a caption or a table closes. The scan
   * is lost at {@code </br>} (which the parser reads as a break) and at any other end tag in a
   * table outside its cells.
   */
  private void endTag(int id, int a, int b) {
    if (!inBody && (id == TagName.BODY || id == TagName.HTML)) {
      // before the body, the parser starts one here and may end it at once: where the white space
      // after it goes is not followed
      lost = true;
    }
    if (id == TagName.BR) {
      lost = true;
    } else if (id == TagName.TD
        || id == TagName.TH
        || id == TagName.CAPTION
        || TagName.isTablePart(id)) {
      if (isCell(top())) {
        depth--;
      }
    } else if (id == TagName.TABLE) {
      int d = depth;
      while (d > 0 && !isTable(context[d - 1])) {
        d--;
      }
      if (d > 0) {
        depth = d - 1;
      }
    } else if (isTable(top()) && b > a) {
      lost = true;
    }
  }

  /**
   * Text passed between {@code a} and {@code b}: in a table outside its cells, it must be blank.
   */
  private void passText(int a, int b) {
    if (afterBody || afterBodyUnsure) {
      for (int i = a; i < b; i++) {
        char c = s.charAt(i);
        if (c == '&' || (afterBodyUnsure && i > a && !isBlankChar(c))) {
          // a character reference may stand for white space, which goes after the body; white
          // space before text may or may not be the body's
          lost = true;
        }
        if (c == '&' || !isBlankChar(c)) {
          afterBody = false;
          afterBodyUnsure = false;
          break;
        }
      }
    }
    if (!inBody) {
      for (int i = a; i < b && !inBody; i++) {
        char c = s.charAt(i);
        inBody = !isBlankChar(c);
        // a character reference before the body may stand for white space (&#13;), which the
        // parser drops there as it drops white space: where the body's text starts is then not
        // known to the scan
        lost |= c == '&';
      }
      // text after a noscript or template before the body: it may be theirs (none of the body's
      // to the walk) or start the body; the scan cannot tell where the body's text starts
      lost |= inBody && headUnsure;
    }
    if (isTable(top())) {
      for (int i = a; i < b; i++) {
        if (!isBlankChar(s.charAt(i))) {
          lost = true;
          return;
        }
      }
    }
  }

  /** Passes on to the next start tag of one of the names; its line, or -1 if there is none. */
  private int tag(String a, String b) {
    pending = null;
    int n = s.length();
    while (pos < n) {
      int lt = nextLt(pos);
      if (lt < 0) {
        passText(pos, n);
        advance(n);
        return -1;
      }
      passText(pos, lt);
      advance(lt);
      if (!markupAt(pos)) {
        passText(pos, pos + 1);
        advance(pos + 1);
        continue;
      }
      int at = pos;
      String name = markup();
      // (a layout table's cells and captions are no cells to the walk)
      if (name != null
          && (name.equals(a) || name.equals(b))
          && (name.equals("title") || top() == IN_CELL)) {
        return lineAt(at);
      }
    }
    return -1;
  }

  /**
   * Whether a cell's text follows: each of its characters, in order, white space and no-break
   * spaces aside, with tags between them but no other cell's.
   */
  private boolean cellText(String text) {
    // the depth at which the tag just passed opened the cell: an end tag that closes it ends it
    int cell = depth;
    for (int i = 0; i < text.length(); i++) {
      char want = text.charAt(i);
      if (isCellSpace(want)) {
        continue;
      }
      int got = nextCellChar(cell);
      if (got != want) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text holds a character that is not white space or a no-break space. */
  private static boolean hasCellChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isCellSpace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCellSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\uFFFF';
  }

  /**
   * The next character of text that is not white space, passing markup; -1 at a cell's end: the
   * next cell's, row's, table's or caption's tag, or an end tag that closes the cell opened at
   * depth {@code cell} (text after it is not the cell's).
   */
  private int nextCellChar(int cell) {
    int n = s.length();
    while (true) {
      int c = nextChar(true);
      if (c == -2) {
        if (pos >= n) {
          return -1;
        }
        int start = pos;
        String name = markup();
        if (name != null
            && (name.equals("td")
                || name.equals("th")
                || name.equals("tr")
                || name.equals("table")
                || name.equals("caption"))) {
          // the cell ended: leave the tag for the next cell
          pos = start;
          return -1;
        }
        if (depth < cell) {
          return -1;
        }
        continue;
      }
      if (c < 0 || !isCellSpace((char) c)) {
        return c;
      }
    }
  }

  /**
   * The next character of text at {@code pos}, an entity decoded; -2 at markup or the end, -1 for
   * an entity this scan does not decode.
   */
  private int nextChar(boolean decode) {
    if (pending != null) {
      char c = pending.charAt(pendingAt++);
      if (pendingAt == pending.length()) {
        pending = null;
      }
      return c;
    }
    if (pos >= s.length() || markupAt(pos)) {
      return -2;
    }
    char c = s.charAt(pos);
    if (isTable(top()) && !isBlankChar(c)) {
      lost = true;
    }
    if (c == '&' && decode) {
      int semi = -1;
      for (int i = pos + 1; i < s.length() && i < pos + 34; i++) {
        char x = s.charAt(i);
        if (x == ';') {
          semi = i;
          break;
        }
        if (!Character.isLetterOrDigit(x) && x != '#') {
          break;
        }
      }
      if (semi > pos + 1) {
        String name = s.substring(pos + 1, semi);
        String value = decode(name);
        if (value == null) {
          return -1;
        }
        advance(semi + 1);
        if (value.length() > 1) {
          pending = value;
          pendingAt = 1;
        }
        return value.charAt(0);
      }
      // a bare ampersand, or one the parser might read otherwise: leave it to the parser
      if (pos + 1 < s.length() && Character.isLetterOrDigit(s.charAt(pos + 1))) {
        return -1;
      }
    }
    advance(pos + 1);
    return c;
  }

  private static String decode(String name) {
    if (name.charAt(0) == '#') {
      try {
        int cp =
            name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0x80 && cp < 0xA0)) {
          return null; // the parser maps these to other characters
        }
        return new String(Character.toChars(cp));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (!Entities.isNamedEntity(name)) {
      return null;
    }
    String v = Entities.getByName(name);
    return v.isEmpty() ? null : v;
  }

  /** jsoup's white space: what makes a text node blank. */
  private static boolean isBlankChar(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /**
   * Passes on to the next run of text (between two pieces of markup) that is the text node given,
   * blanks aside; the line where the run starts, or -1.
   */
  private int run(String want, boolean gated) {
    pending = null;
    searchFrom = pos;
    int n = s.length();
    // where the content of a <pre> or <listing> starts, if the markup just passed is its start tag
    int preContent = -1;
    while (pos < n) {
      if (markupAt(pos)) {
        String name = markup();
        preContent = "pre".equals(name) || "listing".equals(name) ? pos : -1;
        if (!gated && isReadRaw(name) && couldBe(rawFrom, pos, want)) {
          // raw text the walk may read as a paragraph's (a title in the body): that may be the key
          doubt = true;
        }
        continue;
      }
      int start = pos;
      int end = runEnd(start);
      boolean beforeBody = !inBody;
      boolean blankDropped = beforeBody || afterBody;
      passText(start, end);
      // gated: a cell's text, or a paragraph's after its first, is no paragraph's first text
      int m = !gated || isCounted(start) ? matches(start, end, want) : 0;
      if (m == -1) {
        return -1;
      }
      pos = end;
      if (m == 1) {
        matchedAt = start;
        // a line break right after <pre> or <listing> is no part of the text (the parser drops
        // it): the text starts on the line after it
        int first = start;
        if (beforeBody && headUnsure && isBlankChar(s.charAt(start))) {
          lost = true;
          return -1;
        }
        while (blankDropped && first < end && isBlankChar(s.charAt(first))) {
          // white space before the body is the head's, or dropped, and white space after the
          // body's end tag is after the body: the body's text starts after it
          first++;
        }
        if (start == preContent && start < end && s.charAt(start) == '\r') {
          first++;
        }
        if (start == preContent && first < end && s.charAt(first) == '\n') {
          first++;
        }
        return lineAt(first);
      }
      preContent = -1;
    }
    return -1;
  }

  /**
   * Where the run of text starting at {@code start} ends: at the next markup, or the page's end.
   */
  private int runEnd(int start) {
    int end = start;
    while (true) {
      end = nextLt(end);
      if (end < 0) {
        return s.length();
      }
      if (markupAt(end)) {
        return end;
      }
      end++;
    }
  }

  /**
   * Whether the text between {@code a} and {@code b} (no markup in it) is the text given (its
   * characters but blanks, {@link #nonBlank}): 1 if it is, 0 if not, -1 if it holds an entity this
   * scan does not decode.
   */
  private int matches(int a, int b, String want) {
    // the first character that is not blank: most runs are told from it alone
    int p = a;
    while (p < b && isBlankChar(s.charAt(p))) {
      p++;
    }
    char c = p < b ? s.charAt(p) : 0;
    if (p == b || (c != want.charAt(0) && c != '&' && c != '<' && c != 0)) {
      return 0;
    }
    String t = decoded(a, b);
    if (t == null) {
      return -1;
    }
    return !t.isEmpty() && t.equals(want) ? 1 : 0;
  }

  /** A text's characters but jsoup's blanks. */
  private static String nonBlank(String text) {
    char[] b = new char[text.length()];
    int m = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isBlankChar(c)) {
        b[m++] = c;
      }
    }
    return m == text.length() ? text : new String(b, 0, m);
  }

  /**
   * The text between {@code a} and {@code b} (no markup in it), entities decoded, blanks left out;
   * null if it holds an entity this scan does not decode.
   */
  private String decoded(int a, int b) {
    int p0 = a;
    while (p0 < b
        && s.charAt(p0) != '&'
        && s.charAt(p0) != '<'
        && s.charAt(p0) != 0
        && !isBlankChar(s.charAt(p0))) {
      p0++;
    }
    if (p0 == b) {
      return s.substring(a, b);
    }
    // a char array, not a StringBuilder, which would copy itself when it meets Chinese text
    char[] out = new char[b - a];
    int m = 0;
    for (int p = a; p < b; ) {
      char c = s.charAt(p);
      if (c == '<' && s.startsWith("</>", p)) {
        // nothing to the parser
        p += 3;
        continue;
      }
      if (c == 0) {
        // the parser drops it, or reads another character
        return null;
      }
      if (c == '&') {
        int semi = -1;
        for (int k = p + 1; k < b && k < p + 34; k++) {
          char x = s.charAt(k);
          if (x == ';') {
            semi = k;
            break;
          }
          if (!Character.isLetterOrDigit(x) && x != '#') {
            break;
          }
        }
        if (semi > p + 1) {
          String value = decode(s.substring(p + 1, semi));
          if (value == null) {
            return null;
          }
          if (m + value.length() > out.length) {
            out = Arrays.copyOf(out, m + value.length() + (b - p));
          }
          for (int k = 0; k < value.length(); k++) {
            if (!isBlankChar(value.charAt(k))) {
              out[m++] = value.charAt(k);
            }
          }
          p = semi + 1;
          continue;
        } else if (p + 1 < b
            && (Character.isLetterOrDigit(s.charAt(p + 1)) || s.charAt(p + 1) == '#')) {
          // an entity without its semicolon, which the parser may decode (&#10 is a line break)
          return null;
        }
      }
      if (!isBlankChar(c)) {
        out[m++] = c;
      }
      p++;
    }
    return new String(out, 0, m);
  }

  // ---- the runs of the page: a paragraph's text is placed only where no other run could be it

  /**
   * Whether {@link #run} passed, before the run it matched, raw text the walk may read as a
   * paragraph's (a title in the body, {@code <xmp>}, {@code <noembed>}, {@code <noframes>}) that
   * could be the text sought.
   */
  private boolean doubt;

  /**
   * How many characters {@link #sure} has searched, and {@link #CANDIDATE_COST} for each candidate
   * it looked at.
   */
  private long searched;

  /** How many pages' worth {@link #sure} searches before the runs are indexed. */
  private static final int QUICK_PAGES = 16;

  /**
   * How many pages' worth one {@link #sure} searches before it gives up (and the runs are indexed).
   */
  private static final int CALL_PAGES = 2;

  /** What looking at a candidate run costs {@link #sure}, in characters searched. */
  private static final int CANDIDATE_COST = 64;

  /**
   * Places a paragraph's text, key {@code k}: at the first run of it from here, if {@link #sure} of
   * it (the page holds no other run that could be this key's, a check that costs a search of the
   * rest of the page for the text's first character and little more); else as {@link #onlyRuns}
   * decides, with the page's runs indexed (once). Once they are indexed, the index is asked first
   * (a lookup, where the quick check searches the rest of the page again), and the quick check only
   * where it cannot tell. Returns the line, or -1.
   */
  private int text(byte[] kinds, String[] anchors, int k) {
    String want = nonBlank(anchors[k]);
    if (want.isEmpty()) {
      return -1;
    }
    PageLines from = new PageLines(s, cs, layout, lexed);
    from.takeState(this);
    if (runs != null) {
      int l = indexed(want, kinds, anchors, k);
      if (l > 0 || lost || !quick(anchors[k])) {
        return l;
      }
      takeState(from);
    }
    if (quick(anchors[k])) {
      doubt = false;
      int l = run(want, false);
      if (lost) {
        return -1;
      }
      if (l > 0 && !doubt && sure(want, kinds, anchors, k)) {
        return l;
      }
      if (runs != null) {
        // the index could not tell either
        return -1;
      }
    }
    if (runs == null) {
      indexRuns(kinds, anchors, from);
    }
    takeState(from);
    return indexed(want, kinds, anchors, k);
  }

  /**
   * Whether the quick check may place a paragraph's text (the text the walk read, {@code anchor}):
   * text that holds a '<' may be raw text whose markup-like characters end a run here early, which
   * the quick check would not count; and each check searches the rest of the page (a search for a
   * character, some ten times quicker than the index's pass): after {@link #QUICK_PAGES} pages'
   * worth, the runs are indexed, once, for the keys left.
   */
  private boolean quick(String anchor) {
    return anchor.indexOf('<') < 0 && searched < QUICK_PAGES * (s.length() + 1L);
  }

  /** Places a paragraph's text, key {@code k}, with the page's runs indexed; the line, or -1. */
  private int indexed(String want, byte[] kinds, String[] anchors, int k) {
    int l = run(want, true);
    return l > 0 && !lost && onlyRuns(kinds, anchors, k) ? l : -1;
  }

  /**
   * Whether the run {@link #run} matched last, at {@link #matchedAt} and ending at {@code pos}, is
   * key {@code k}'s text for sure. Every paragraph's text from key {@code k} on is a run of the
   * page at or after that one (the runs before it, from where the search began, are none of that
   * text); this counts the runs after it that could be one of that text (more than there are: any
   * run starting with the text's first character, or an entity that may stand for it, and reading
   * as the text, entities decoded or not, or holding an entity this scan does not decode). If there
   * are as many as there are paragraphs of that text after key {@code k}, every one is a
   * paragraph's, and the one matched is key {@code k}'s.
   */
  private boolean sure(String want, byte[] kinds, String[] anchors, int k) {
    // one check gives up after a few pages' worth, the whole quick count after QUICK_PAGES
    long limit =
        Math.min(QUICK_PAGES * (s.length() + 1L), searched + CALL_PAGES * (s.length() + 1L));
    searched += s.length() - pos;
    char first = want.charAt(0);
    // no named entity stands for a character from U+3000 to U+D7FF (Chinese, say): then only a
    // numeric one may (PageLinesTest checks this against the parser's entities)
    boolean named = first < NO_NAMED_ENTITY_FROM || first > NO_NAMED_ENTITY_TO;
    int candidates = 0;
    int after = -1; // paragraphs of the text after key k, counted when a candidate is met
    int lastStart = -1;
    int at = s.indexOf(first, pos);
    int amp = nextEntity(pos, named);
    while (at >= 0 || amp >= 0) {
      int i;
      if (amp < 0 || (at >= 0 && at < amp)) {
        i = at;
        at = s.indexOf(first, at + 1);
      } else {
        i = amp;
        amp = nextEntity(amp + 1, named);
      }
      searched += CANDIDATE_COST;
      if (searched >= limit) {
        return false;
      }
      int start = runStart(i);
      if (start == -1) {
        continue;
      }
      if (start != CDATA) {
        if (start == lastStart) {
          continue;
        }
        // (a run is looked at once, whether it could be the text or not)
        lastStart = start;
        int end = runEnd(start);
        // the work of reading the run counts, as runStart's does: a long run of entities is
        // read once, and many candidates in it end the quick count
        searched += end - start;
        if (!couldBe(start, end, want)) {
          continue;
        }
      }
      candidates++;
      if (after < 0) {
        after = paragraphs(want, kinds, anchors, k + 1);
      }
      if (candidates > after) {
        return false;
      }
    }
    return after < 0 || candidates == after;
  }

  /** The next {@code &} from {@code from} on, or the next {@code &#} if not {@code named}. */
  private int nextEntity(int from, boolean named) {
    int i = s.indexOf('&', from);
    while (!named && i >= 0 && (i + 1 == s.length() || s.charAt(i + 1) != '#')) {
      i = s.indexOf('&', i + 1);
    }
    return i;
  }

  /** The characters from which no named entity stands for one (checked in PageLinesTest). */
  static final char NO_NAMED_ENTITY_FROM = '\u3000';

  static final char NO_NAMED_ENTITY_TO = '\ud7ff';

  /**
   * Where a run of text whose first character other than white space is at {@code i} starts: after
   * the markup before it, with only white space and entities (which may stand for white space)
   * between; -1 if other text comes first (or {@code i} is in markup).
   */
  private int runStart(int i) {
    int start = runStartFrom(i - 1);
    // the way walked back counts in the quick count's work (searched)
    searched += i - Math.max(0, walkedTo);
    return start;
  }

  /** Where {@link #runStartFrom} stopped walking back. */
  private int walkedTo;

  private int runStartFrom(int j) {
    walkedTo = j;
    while (j >= 0) {
      walkedTo = j;
      char c = s.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if (isBlankChar(c) || c == 0) {
        // white space, or a NUL (which the parser drops)
        j--;
        continue;
      }
      if (c == '[' && j >= 8 && s.startsWith("<![CDATA[", j - 8)) {
        // a CDATA section: text to the parser in SVG or MathML
        return CDATA;
      }
      if (c != ';' && c != '#' && !isAsciiLetterOrDigit(c)) {
        return -1;
      }
      // perhaps an entity's end (its name is ASCII): back to its '&'
      int a = c == ';' ? j - 1 : j;
      while (a >= 0 && a > j - 40 && (s.charAt(a) == '#' || isAsciiLetterOrDigit(s.charAt(a)))) {
        a--;
      }
      if (a < 0 || s.charAt(a) != '&') {
        return -1;
      }
      j = a - 1;
    }
    return 0;
  }

  /** What {@link #runStart} returns for text in a CDATA section: it may be any text. */
  private static final int CDATA = -2;

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  /**
   * Whether the text between {@code a} and {@code b} could be the text given: it reads as it,
   * entities decoded (text) or not (raw text, {@code <xmp>}'s), blanks aside, or it holds an entity
   * this scan does not decode.
   */
  private boolean couldBe(int a, int b, String want) {
    String t = decoded(a, b);
    return t == null || t.equals(want) || sameButBlanks(s, a, b, want);
  }

  /** Whether an element's raw text (which the scan passes as markup) may be read by the walk. */
  private static boolean isReadRaw(String name) {
    return "title".equals(name)
        || "xmp".equals(name)
        || "noembed".equals(name)
        || "noframes".equals(name);
  }

  /** How many keys from {@code from} on are paragraphs' texts that read as the text given. */
  private static int paragraphs(String want, byte[] kinds, String[] anchors, int from) {
    int count = 0;
    for (int j = from; j < kinds.length && j < anchors.length; j++) {
      if (kinds[j] == TEXT
          && anchors[j] != null
          && sameButBlanks(anchors[j], 0, anchors[j].length(), want)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the text {@code text[from, to)} is the one given ({@link #nonBlank}) but for blanks.
   */
  private static boolean sameButBlanks(String text, int from, int to, String want) {
    int i = 0;
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (isBlankChar(c)) {
        continue;
      }
      if (i == want.length() || want.charAt(i) != c) {
        return false;
      }
      i++;
    }
    return i == want.length();
  }

  /**
   * Whether the run just matched ({@link #matchedAt}) is key {@code k}'s text for sure: the page
   * holds, from that run on, as many runs of that text as there are paragraphs of that text from
   * key {@code k} on. Each paragraph's text is a run of the page (in order, at or after the one
   * matched, as the keys before were placed); so if there are no more runs than paragraphs, each
   * run is one of them, and the first is key {@code k}'s. With more runs (text the walk does not
   * key: a paragraph's text after its first, text in skipped markup, a cell's text) the scan cannot
   * tell.
   */
  private boolean onlyRuns(byte[] kinds, String[] anchors, int k) {
    // (the runs are indexed: text() indexes them before it searches the runs)
    if (lastUnknownRun >= searchFrom) {
      return false;
    }
    String t = nonBlank(anchors[k]);
    int[] r = runs.get(t);
    int[] p = texts.get(t);
    // the first run of the text from where the search started (one the scan passes as markup, a
    // title's in the body, may come before the one matched) and as many as the paragraphs
    return r != null
        && p != null
        && countFrom(r, searchFrom) == countFrom(r, matchedAt)
        && countFrom(r, matchedAt) == countFrom(p, k);
  }

  /** How many of the ascending values of a list (its size first) are at least {@code min}. */
  private static int countFrom(int[] list, int min) {
    int i = Arrays.binarySearch(list, 1, list[0] + 1, min);
    return list[0] + 1 - (i >= 0 ? i : -i - 1);
  }

  private static void add(int[][] list, int value) {
    if (list[0][0] + 1 == list[0].length) {
      list[0] = Arrays.copyOf(list[0], list[0].length * 2);
    }
    list[0][++list[0][0]] = value;
  }

  /** Whether a run starting at {@code start} is one {@link #indexRuns} counts. */
  private boolean isCounted(int start) {
    return Arrays.binarySearch(counted, 1, counted[0] + 1, start) >= 0;
  }

  private static void add(Map<String, int[]> map, String key, int value) {
    int[] list = map.get(key);
    if (list == null) {
      list = new int[4];
      map.put(key, list);
    } else if (list[0] + 1 == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      map.put(key, list);
    }
    list[++list[0]] = value;
  }

  /**
   * Finds the page's runs of text that are not blank from where a scan stands on (every question
   * the index answers is about the runs ahead of the main scan), and the keys that are paragraphs'
   * texts. A run right after that place is counted even if it goes on the paragraph before it.
   */
  private void indexRuns(byte[] kinds, String[] anchors, PageLines from) {
    runs = new HashMap<>();
    texts = new HashMap<>();
    for (int k = 1; k < kinds.length && k < anchors.length; k++) {
      if (kinds[k] == TEXT && anchors[k] != null) {
        add(texts, nonBlank(anchors[k]), k);
      }
    }
    // the first characters of those texts: a run starting with another is none of them
    char[] firsts = new char[texts.size()];
    int f = 0;
    for (String t : texts.keySet()) {
      firsts[f++] = t.isEmpty() ? 0 : t.charAt(0);
    }
    Arrays.sort(firsts);
    PageLines x = new PageLines(s, cs, layout, lexed);
    x.takeState(from);
    // (the main scan checks the layout tables it passes)
    x.checkedTo = Integer.MAX_VALUE;
    x.indexing = true;
    x.records = true;
    int n = s.length();
    boolean inParagraph = false;
    // whether the parser has started the body: a title after that is in the body, read by the walk
    boolean inBody = from.inBody;
    int[][] counts = {new int[16]};
    while (x.pos < n) {
      if (x.markupAt(x.pos)) {
        if (s.startsWith("<![CDATA[", x.pos)) {
          // text to the parser in SVG or MathML: a run this scan does not read
          add(counts, x.pos);
          lastUnknownRun = x.pos;
        }
        String name = x.markup();
        inParagraph &= x.inline;
        if (x.startName >= 0 && !inBody) {
          inBody |= !isHeadTag(x.startId);
        }
        if (("title".equals(name) && inBody)
            || "xmp".equals(name)
            || "noembed".equals(name)
            || "noframes".equals(name)) {
          // text the walk reads that the scan passes as markup: a run the scan does not place
          String t = "title".equals(name) ? x.decoded(x.rawFrom, x.pos) : null;
          if (t == null || !t.isEmpty()) {
            add(counts, x.rawFrom);
            if (t == null) {
              lastUnknownRun = x.rawFrom;
            } else {
              add(runs, t, x.rawFrom);
            }
          }
        }
        continue;
      }
      int start = x.pos;
      int end = x.runEnd(start);
      x.pos = end;
      if (!x.lost && x.top() == IN_CELL) {
        // a cell's text, where the scan follows the parser (a cell ends at a tag not inline)
        continue;
      }
      int p = start;
      while (p < end && isBlankChar(s.charAt(p))) {
        p++;
      }
      if (p == end) {
        continue;
      }
      char c = s.charAt(p);
      // a run that starts with a character (not an entity, not a NUL, not a '<') is not blank
      boolean plain = c != '&' && c != '<' && c != 0;
      String t = plain ? null : x.decoded(start, end);
      if (!plain && t != null && t.isEmpty()) {
        continue;
      }
      inBody = true;
      boolean after = inParagraph;
      inParagraph = true;
      if (!x.lost && after) {
        // a paragraph's text after its first, where the scan follows the parser
        continue;
      }
      if (plain) {
        if (Arrays.binarySearch(firsts, c) < 0) {
          // no paragraph's text starts with its first character: no run the scan need tell
          continue;
        }
        t = x.decoded(start, end);
      }
      add(counts, start);
      if (t == null) {
        lastUnknownRun = start;
      } else {
        add(runs, t, start);
      }
    }
    counted = counts[0];
    if (x.lost) {
      // the index's scan could not follow the parser somewhere: its runs after that may be
      // others than the parser's, so no count of them is sure
      lastUnknownRun = Integer.MAX_VALUE;
    }
  }
}

package io.github.nianbao.html.internal;

/**
 * The tag names {@link PageLines} tells apart, each an {@code int}, found from the page's
 * characters without a {@code String} made: a name matches in ASCII letters of either case, as the
 * parser reads a tag's name (not Unicode's case folding: {@code ſ} is no {@code s}); any other name
 * is {@link #OTHER}.
 */
final class TagName {
  private TagName() {}

  /** A name this scan does not tell apart. */
  static final int OTHER = 0;

  // the names PageLines stops at (td to listing), then the raw text elements' (script to noframes)
  static final int TD = 1;
  static final int TH = 2;
  static final int TR = 3;
  static final int TABLE = 4;
  static final int CAPTION = 5;
  static final int PRE = 6;
  static final int LISTING = 7;
  static final int SCRIPT = 8;
  static final int STYLE = 9;
  static final int TITLE = 10;
  static final int TEXTAREA = 11;
  static final int XMP = 12;
  static final int IFRAME = 13;
  static final int NOEMBED = 14;
  static final int NOFRAMES = 15;

  /** The last id of the names {@link #lookedFor}. */
  private static final int LAST_LOOKED_FOR = NOFRAMES;

  // a table's parts, and the other names the scan asks about
  static final int TBODY = 16;
  static final int THEAD = 17;
  static final int TFOOT = 18;
  static final int COLGROUP = 19;
  static final int COL = 20;
  static final int PLAINTEXT = 21;
  static final int BR = 22;
  static final int BODY = 23;
  static final int HTML = 24;
  static final int HEAD = 25;
  static final int META = 26;
  static final int LINK = 27;
  static final int BASE = 28;
  static final int BASEFONT = 29;
  static final int BGSOUND = 30;
  static final int NOSCRIPT = 31;
  static final int TEMPLATE = 32;
  static final int SVG = 33;
  static final int MATH = 34;
  static final int MARQUEE = 35;
  static final int OBJECT = 36;
  static final int APPLET = 37;
  static final int SELECT = 38;
  static final int FRAMESET = 39;

  /** The name of each id, in lower case; from {@link #FIRST_INLINE} on, only inline elements. */
  private static final String[] NAMES = {
    null,
    "td",
    "th",
    "tr",
    "table",
    "caption",
    "pre",
    "listing",
    "script",
    "style",
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "tbody",
    "thead",
    "tfoot",
    "colgroup",
    "col",
    "plaintext",
    "br",
    "body",
    "html",
    "head",
    "meta",
    "link",
    "base",
    "basefont",
    "bgsound",
    "noscript",
    "template",
    "svg",
    "math",
    "marquee",
    "object",
    "applet",
    "select",
    "frameset",
    // inline elements other than br
    "span",
    "font",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "a",
    "sup",
    "sub",
    "small",
    "big",
    "s",
    "strike",
    "wbr",
    "img",
    "label",
    "abbr",
    "ins",
    "del",
    "mark",
    "q",
    "cite",
    "code",
    "kbd",
    "var",
    "tt",
    "nobr",
    "sdfield"
  };

  /** The first id of the inline elements other than {@code br}. */
  private static final int FIRST_INLINE = FRAMESET + 1;

  /** The longest name, in characters. */
  private static final int MAX_LENGTH = 9;

  /**
   * The keys ({@link #key}) of the names, in a table of {@link #SLOTS} slots by their hash ({@link
   * #slot}), each at its slot or the first free one after it (0 where free), and the id of each.
   */
  private static final long[] KEYS;

  private static final int[] IDS;

  private static final int SLOTS = 256;

  static {
    long[] keys = new long[SLOTS];
    int[] ids = new int[SLOTS];
    for (int id = 1; id < NAMES.length; id++) {
      long key = key(NAMES[id], 0, NAMES[id].length());
      int k = slot(key);
      while (keys[k] != 0) {
        k = (k + 1) & (SLOTS - 1);
      }
      keys[k] = key;
      ids[k] = id;
    }
    KEYS = keys;
    IDS = ids;
  }

  /** A key's slot: the top eight bits of a multiplicative hash. */
  private static int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 56);
  }

  /**
   * The name's characters, ASCII letters in lower case, seven bits each (none is NUL, so that no
   * two names of up to {@link #MAX_LENGTH} characters share a key); -1 for a name no id has (a NUL,
   * a character beyond ASCII, or too long).
   */
  private static long key(CharSequence s, int a, int b) {
    if (b - a > MAX_LENGTH) {
      return -1;
    }
    long key = 0;
    for (int i = a; i < b; i++) {
      long c = keyChar(s.charAt(i));
      if (c < 0) {
        return -1;
      }
      key = key << 7 | c;
    }
    return key;
  }

  /** A name's character in its {@link #key}: lower case if a letter; -1 if NUL or beyond ASCII. */
  private static long keyChar(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c + ('a' - 'A');
    }
    return c > 0x7F || c == 0 ? -1 : c;
  }

  /** The id of the tag name between {@code a} and {@code b} of a page, or {@link #OTHER}. */
  static int of(String s, int a, int b) {
    return b <= a ? OTHER : ofKey(key(s, a, b));
  }

  /**
   * The key of a name read so far ({@code key}, 0 before its first character) with one more
   * character: as {@link #key} makes it, but negative from a character no id's name has on (with at
   * most {@link #MAX_LENGTH} characters, no shift moves that sign out), for the lexer, which makes
   * the key as it reads the name.
   */
  static long key(long key, char c) {
    return key << 7 | keyChar(c);
  }

  /** The id of the name of {@code length} characters whose key {@link #key(long, char)} made. */
  static int of(long key, int length) {
    return length == 0 || length > MAX_LENGTH ? OTHER : ofKey(key);
  }

  /** The id of a name's {@link #key}, or {@link #OTHER}. */
  private static int ofKey(long key) {
    if (key < 0) {
      return OTHER;
    }
    for (int k = slot(key); KEYS[k] != 0; k = (k + 1) & (SLOTS - 1)) {
      if (KEYS[k] == key) {
        return IDS[k];
      }
    }
    return OTHER;
  }

  /**
   * The name of an id the scan looks for (a cell's, a table's, a caption's, a preformatted
   * element's, a raw text element's: {@code td} to {@code noframes}), or null.
   */
  static String lookedFor(int id) {
    return id >= TD && id <= LAST_LOOKED_FOR ? NAMES[id] : null;
  }

  /** Whether an id is a raw text element's, whose content is text up to its end tag. */
  static boolean isRawText(int id) {
    return id >= SCRIPT && id <= LAST_LOOKED_FOR;
  }

  /**
   * Whether an id is one of the elements whose tags neither start nor end a paragraph (the walk
   * reads their text into the paragraph around them, and the parser never makes a block of them):
   * {@link PageLines} is sure that a run after another in a paragraph, with only these tags
   * between, is no paragraph's first text.
   */
  static boolean isInline(int id) {
    return id == BR || id >= FIRST_INLINE;
  }

  /** Whether an id is a row group's, a row's or a column's. */
  static boolean isTablePart(int id) {
    return id == TR || (id >= TBODY && id <= COL);
  }

  /** The name of an id, for tests. */
  static String name(int id) {
    return NAMES[id];
  }

  /** How many ids there are, {@link #OTHER} included, for tests. */
  static int count() {
    return NAMES.length;
  }
}

package io.github.nianbao.serialization.internal.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the lines of a table section into cells. A line with a tab is split at every tab, and an
 * empty piece is an empty cell; a line without a tab is split at runs of white space, and
 * consecutive pieces that are neither a number nor a {@linkplain Vocabulary#MARKS known mark} are
 * joined again into one text (so that {@code 规 章} or {@code 1. 属于国家秘密} stay one label). Text is
 * then split into labels at numberings ({@link LabelText#splitLabels}).
 */
final class Tokens {
  private Tokens() {}

  /** What a token is. */
  enum Kind {
    /** A label or other text. */
    TEXT,
    /** A number. */
    VALUE,
    /** A known mark such as {@code /}. */
    MARK,
    /** An empty cell between tabs. */
    EMPTY
  }

  /**
   * One line of input: its 1-based number and its place in the text, and, if it has a tab, its
   * tab-separated cells, stripped, as ranges of the text (a {@code String} is made only when one is
   * asked for).
   */
  static final class Line {
    private final int number;
    private final char[] chars;
    private final int from;
    private final int to;

    /** Start and end of each cell, stripped: {@code cells[2k]}, {@code cells[2k + 1]}; or null. */
    private final int[] cells;

    /** Whether the cells were cut at pipes, not tabs (never the canonical layout). */
    private final boolean piped;

    /** The number of cells printed between tabs or pipes, empty ones included; or 0. */
    private final int printedCells;

    /** Whether the line has too many cells to be cut ({@link #MAX_LINE_CELLS}). */
    private final boolean unsplit;

    private String text;

    Line(int number, char[] chars, int from, int to, int[] cells) {
      this(number, chars, from, to, cells, false);
    }

    Line(int number, char[] chars, int from, int to, int[] cells, boolean piped) {
      this(number, chars, from, to, cells, piped, cells == null ? 0 : cells.length / 2, false);
    }

    private Line(
        int number,
        char[] chars,
        int from,
        int to,
        int[] cells,
        boolean piped,
        int printedCells,
        boolean unsplit) {
      this.number = number;
      this.chars = chars;
      this.from = from;
      this.to = to;
      this.cells = cells;
      this.piped = piped;
      this.printedCells = printedCells;
      this.unsplit = unsplit;
    }

    /** Whether the line has cells cut at tabs, as the canonical layout prints its rows. */
    boolean canonical() {
      return cells != null && !piped;
    }

    /** The 1-based line number. */
    int number() {
      return number;
    }

    /**
     * The first characters of the line, at most {@code max} (a diagnostic quotes no more), without
     * keeping them.
     */
    String prefix(int max) {
      return text != null && text.length() <= max
          ? text
          : new String(chars, from, Math.min(to - from, max));
    }

    /** The text of the line. */
    String text() {
      if (text == null) {
        text = new String(chars, from, to - from);
      }
      return text;
    }

    /** Whether the line has a tab, and so cells. */
    boolean tabbed() {
      return cells != null;
    }

    /** The number of tab-separated cells. */
    int cellCount() {
      return cells.length / 2;
    }

    /** Whether cell {@code k} is empty (white space only). */
    boolean cellEmpty(int k) {
      return cells[2 * k] == cells[2 * k + 1];
    }

    /** The stripped text of cell {@code k}. */
    String cell(int k) {
      return new String(chars, cells[2 * k], cells[2 * k + 1] - cells[2 * k]);
    }

    /** Whether the stripped text of cell {@code k} is {@code s}. */
    boolean cellEquals(int k, String s) {
      int f = cells[2 * k];
      int n = cells[2 * k + 1] - f;
      if (n != s.length()) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (chars[f + i] != s.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** Cell {@code k} as a token: empty, a number, or else a mark. */
    Token cellToken(int k) {
      int f = cells[2 * k];
      int t = cells[2 * k + 1];
      Kind kind =
          f == t
              ? Kind.EMPTY
              : isValue(chars, f, t)
                      || (piped && WrittenNumber.parse(new String(chars, f, t - f)) != null)
                  ? Kind.VALUE
                  : Kind.MARK;
      return kind == Kind.EMPTY
          ? new Token(Kind.EMPTY, "", this, k)
          : new Token(kind, this, k, f, t);
    }
  }

  /**
   * A token: kind, text, line, and the index of its cell in a tab-separated line (or -1). The text
   * of a number or mark cut from a tab-separated line is made when it is first asked for.
   */
  static final class Token {
    private final Kind kind;
    private final Line line;
    private final int cell;
    private final int from;
    private final int to;
    private final LabelFacts facts;
    private final String suffix;
    private String text;

    Token(Kind kind, String text, Line line, int cell) {
      this(kind, text, line, cell, null);
    }

    /** A token of text; a number glued to a label may carry the next label's item number. */
    Token(Kind kind, String text, Line line, int cell, String suffix) {
      this.kind = kind;
      this.text = text;
      this.line = line;
      this.cell = cell;
      this.from = -1;
      this.to = -1;
      this.facts = null;
      this.suffix = suffix;
    }

    /**
     * The digits at the end of a number glued to the next label that may be that label's item
     * number ({@code 2} of {@code 00000002.其他…}), or null.
     */
    String suffix() {
      return suffix;
    }

    /** A text token: a label with its facts. */
    Token(LabelFacts facts, Line line, int cell) {
      this.kind = Kind.TEXT;
      this.text = facts.text();
      this.line = line;
      this.cell = cell;
      this.from = -1;
      this.to = -1;
      this.facts = facts;
      this.suffix = null;
    }

    /** A token whose text is {@code line}'s characters {@code [from, to)}. */
    Token(Kind kind, Line line, int cell, int from, int to) {
      this.kind = kind;
      this.line = line;
      this.cell = cell;
      this.from = from;
      this.to = to;
      this.facts = null;
      this.suffix = null;
    }

    /** The facts of a text token's label; null for other tokens. */
    LabelFacts facts() {
      return facts;
    }

    Kind kind() {
      return kind;
    }

    Line line() {
      return line;
    }

    int cell() {
      return cell;
    }

    String text() {
      if (text == null) {
        text = new String(line.chars, from, to - from);
      }
      return text;
    }

    /**
     * The value of a whole number of at most 18 ASCII digits, optionally with a minus sign, without
     * making its text; or {@link Long#MIN_VALUE} if the token is not such a number.
     */
    long smallWholeNumber() {
      if (text != null || kind != Kind.VALUE) {
        return Long.MIN_VALUE;
      }
      char[] c = line.chars;
      int i = from;
      boolean negative = false;
      if (c[i] == '-') {
        negative = true;
        i++;
      }
      // a plus sign is read by WrittenNumber, with a note
      if (to - i < 1 || to - i > 18) {
        return Long.MIN_VALUE;
      }
      long v = 0;
      for (; i < to; i++) {
        char d = c[i];
        if (d < '0' || d > '9') {
          return Long.MIN_VALUE;
        }
        v = v * 10 + (d - '0');
      }
      return negative ? -v : v;
    }
  }

  /**
   * The most cells that are not empty a line is cut into, and the most tokens other than empty
   * cells it gives: a row of the widest table has 16 (its label and 15 cells), a published row with
   * its extras some more. A line with more (a line of a million numbers) is not cut: {@link
   * #tokenize} gives no token of it and says so, and the reader reports the line as not read. With
   * {@link #MAX_EMPTY_RUN}, a line costs a bounded number of objects, whatever its length.
   */
  static final int MAX_LINE_CELLS = 64;

  /**
   * The most empty cells of a run of them in a line that are kept: a line of a million tabs around
   * its numbers is read as it would be with all of them, without a token each. When a row has more
   * cells than columns, empty ones are dropped ({@code TableReader}) until it has as many cells as
   * columns: so a run of empty cells that keeps at least as many as a row has columns (at most 15)
   * is read as the whole run is.
   */
  static final int MAX_EMPTY_RUN = MAX_LINE_CELLS;

  /**
   * The longest text of a line between its numbers and marks (or of a cell) that is cut into
   * labels: a label has at most some 60 characters, a table row printed with no separator at all
   * some hundreds. A line with longer text is not cut, as a line of too many cells is not.
   */
  static final int MAX_TEXT_CHARS = 4096;

  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

  /**
   * Strips white space, including no-break and ideographic spaces, from both ends.
   *
   * @param s the text
   * @return the text without surrounding white space
   */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * The first index in {@code chars[from, to)} that is not {@linkplain #isSpace white space}, or
   * {@code to}.
   */
  static int skipSpace(char[] chars, int from, int to) {
    while (from < to && isSpace(chars[from])) {
      from++;
    }
    return from;
  }

  /** The end of {@code chars[from, to)} without its trailing {@linkplain #isSpace white space}. */
  static int trimSpace(char[] chars, int from, int to) {
    while (to > from && isSpace(chars[to - 1])) {
      to--;
    }
    return to;
  }

  /** Whether a character is white space for {@link #strip}. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c <= ' ' && Character.isWhitespace(c);
    }
    if (c > '\u3000') {
      // no character above U+3000 is Java white space
      return c == '\uFEFF';
    }
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u3000'
        || c == '\u200B'
        || c == '\uFEFF';
  }

  /**
   * Returns whether a cell's text is a number: a whole number or a plain decimal, full-width digits
   * allowed.
   *
   * @param s the stripped text
   * @return whether it is a number
   */
  static boolean isValue(String s) {
    if (s.isEmpty() || s.length() > 60) {
      return false;
    }
    if (LabelText.isAscii(s)) {
      return isAsciiDecimal(s);
    }
    // by range, as isValue(char[], int, int) does: the index is looked up with one form of key
    char[] c = s.toCharArray();
    return LabelIndex.of(c, 0, c.length).isValue();
  }

  /** {@link #isValue} of text that is not ASCII, computed (kept by {@link LabelIndex}). */
  static boolean isValueNow(String s) {
    return DECIMAL.matcher(LabelText.nfkc(s)).matches();
  }

  /** {@link #DECIMAL} by hand, for ASCII text (its own NFKC). */
  private static boolean isAsciiDecimal(String s) {
    char[] c = s.toCharArray();
    return isAsciiDecimal(c, 0, c.length);
  }

  /** {@link #isValue(String)} of the text {@code chars[from, to)}, stripped and not empty. */
  static boolean isValue(char[] chars, int from, int to) {
    if (to - from > 60) {
      return false;
    }
    return isAscii(chars, from, to)
        ? isAsciiDecimal(chars, from, to)
        : LabelIndex.of(chars, from, to).isValue();
  }

  private static boolean isAscii(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #DECIMAL} by hand, for text {@code c[from, to)}, not empty (false if not ASCII). */
  private static boolean isAsciiDecimal(char[] c, int from, int to) {
    int i = from;
    if (c[i] == '-' || c[i] == '+') {
      i++;
    }
    int digits = i;
    while (i < to && c[i] >= '0' && c[i] <= '9') {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i == to) {
      return true;
    }
    if (c[i] != '.') {
      return false;
    }
    i++;
    int fraction = i;
    while (i < to && c[i] >= '0' && c[i] <= '9') {
      i++;
    }
    return i > fraction && i == to;
  }

  /**
   * Makes a line from its place in the text; a line with a tab, else one with a pipe ({@code |},
   * {@code ｜}), is cut into its cells, each stripped.
   *
   * <p>Tabs separate cells: an empty piece between two tabs is an empty cell; a pipe in a line with
   * a tab is text. Pipes, in a line without a tab, as HTML tables flattened to text and Markdown
   * tables print them, also end or open a cell: the piece before a pipe that opens the line, and
   * the piece after a pipe that ends it, are no cells when they are blank ({@code | 规章 | 0 |} has
   * the cells 规章 and 0; {@code 0 |} has the cell 0; a line of a lone {@code |} has one empty cell).
   *
   * @param number the 1-based line number
   * @param chars the text
   * @param from where the line starts
   * @param to where it ends (before its line break)
   * @return the line
   */
  static Line line(int number, char[] chars, int from, int to) {
    return line(number, chars, from, to, true);
  }

  /**
   * Makes a line, as {@link #line(int, char[], int, int)}; a tab-separated line is the canonical
   * layout only when {@code tabsCanonical} (else its cells are read as a published table's).
   *
   * @param number the 1-based line number
   * @param chars the text
   * @param from where the line starts
   * @param to where it ends
   * @param tabsCanonical whether tab-separated rows are the canonical layout
   * @return the line
   */
  static Line line(int number, char[] chars, int from, int to, boolean tabsCanonical) {
    int tabs = 0;
    for (int i = from; i < to; i++) {
      if (chars[i] == '\t') {
        tabs++;
      }
    }
    int pipeCount = 0;
    if (tabs == 0) {
      for (int i = from; i < to; i++) {
        char c = chars[i];
        if (c == '|' || c == '\uFF5C') {
          pipeCount++;
        }
      }
    }
    if (tabs == 0 && pipeCount == 0) {
      return new Line(number, chars, from, to, null);
    }
    if (tabs > 0 && tabs < MAX_LINE_CELLS) {
      // the common row of a table: cut in one pass, no run of empty cells long enough to cut
      int[] cells = new int[2 * (tabs + 1)];
      int n = 0;
      for (int start = from; ; ) {
        int end = start;
        while (end < to && chars[end] != '\t') {
          end++;
        }
        int a = skipSpace(chars, start, end);
        cells[n++] = a;
        cells[n++] = trimSpace(chars, a, end);
        if (end == to) {
          break;
        }
        start = end + 1;
      }
      return new Line(number, chars, from, to, cells, !tabsCanonical, tabs + 1, false);
    }
    // a line with a tab is cut at its tabs only: a pipe in it is text (a mark such as a|b)
    boolean pipes = tabs == 0;
    char separator = pipes ? '|' : '\t';
    // each cell's stripped range, up to each separator and the end of the line; of a run of
    // empty cells, the first MAX_EMPTY_RUN only (see there). Counted first, then filled
    int count = 0;
    int nonEmpty = 0;
    int printed = 0;
    int run = 0;
    for (int start = from; ; ) {
      int end = cellEnd(chars, start, to, separator, pipes);
      int a = skipSpace(chars, start, end);
      printed++;
      if (a == end) {
        count += ++run <= MAX_EMPTY_RUN ? 1 : 0;
      } else {
        run = 0;
        count++;
        nonEmpty++;
      }
      if (end == to) {
        break;
      }
      start = end + 1;
    }
    if (nonEmpty > MAX_LINE_CELLS) {
      // no row has so many: the line is not cut, and no cell of it is made
      return new Line(number, chars, from, to, null, pipes || !tabsCanonical, printed, true);
    }
    int[] cells = new int[2 * count];
    int n = 0;
    run = 0;
    for (int start = from; ; ) {
      int end = cellEnd(chars, start, to, separator, pipes);
      int a = skipSpace(chars, start, end);
      run = a == end ? run + 1 : 0;
      if (run <= MAX_EMPTY_RUN) {
        cells[n++] = a;
        cells[n++] = trimSpace(chars, a, end);
      }
      if (end == to) {
        break;
      }
      start = end + 1;
    }
    if (pipes) {
      int first = 0;
      int last = count;
      int lead = skipSpace(chars, from, to);
      if (lead < to && isPipe(chars[lead]) && cells[0] == cells[1]) {
        first = 1;
      }
      int trail = trimSpace(chars, from, to);
      if (trail > from
          && isPipe(chars[trail - 1])
          && last - 1 > first
          && cells[2 * (last - 1)] == cells[2 * (last - 1) + 1]) {
        last--;
      }
      if (first > 0 || last < count) {
        cells = java.util.Arrays.copyOfRange(cells, 2 * first, 2 * last);
      }
    }
    return new Line(number, chars, from, to, cells, pipes || !tabsCanonical, printed, false);
  }

  /** The end of the cell that starts at {@code start}: the next separator, or {@code to}. */
  private static int cellEnd(char[] chars, int start, int to, char separator, boolean pipes) {
    int end = start;
    while (end < to && chars[end] != separator && !(pipes && isPipe(chars[end]))) {
      end++;
    }
    return end;
  }

  /**
   * Whether a text has a run of ASCII digits glued to a label: after a Chinese character or a
   * closing bracket or quote, and ending the text or followed by the next label's item number
   * ({@code 规章000}, {@code …秘密00000002.其他…}). A lone digit before a point is an item number ({@code
   * 不予公开1.属于…}), not glued cells.
   */
  static boolean hasGluedDigits(CharSequence t) {
    int n = t.length();
    for (int i = 1; i < n; i++) {
      if (isGlueChar(t.charAt(i - 1)) && isAsciiDigit(t.charAt(i))) {
        int end = gluedRunEnd(t, i);
        if (end > 0) {
          return true;
        }
        i = Math.max(i, -end);
      }
    }
    return false;
  }

  /**
   * The end of the glued run starting at {@code from}, or minus the end of the digits when they are
   * no glued run.
   */
  private static int gluedRunEnd(CharSequence t, int from) {
    int n = t.length();
    int j = from;
    while (j < n && isAsciiDigit(t.charAt(j))) {
      j++;
    }
    // a decimal: the fee
    if (j + 1 < n && t.charAt(j) == '.' && isAsciiDigit(t.charAt(j + 1))) {
      int k = j + 1;
      while (k < n && isAsciiDigit(t.charAt(k))) {
        k++;
      }
      if (k == n || isSpace(t.charAt(k))) {
        return k;
      }
    }
    if (j == n || isSpace(t.charAt(j))) {
      return j;
    }
    char next = t.charAt(j);
    if ((next == '.' || next == '．' || next == '、') && j - from >= 2) {
      return j;
    }
    return -j;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A character after which digits are glued to a label: a Chinese character, a closing mark. */
  private static boolean isGlueChar(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF')
        || c == '）'
        || c == ')'
        || c == '”'
        || c == '"'
        || c == '」'
        || c == '》';
  }

  /**
   * Cuts a text with glued digits into labels and numbers: each glued run is a {@link Kind#VALUE}
   * token; a run followed by the next label's item number ({@code 00000002.其他}) keeps that digit as
   * its {@linkplain Token#suffix() suffix}, for the reader to try both readings, and the next label
   * gets it as its numbering.
   */
  private static void glued(String t, Line line, List<Token> out) {
    int n = t.length();
    int start = 0;
    int i = 1;
    while (i < n) {
      if (isGlueChar(t.charAt(i - 1)) && isAsciiDigit(t.charAt(i))) {
        int end = gluedRunEnd(t, i);
        if (end > 0) {
          addLabels(t.substring(start, i), line, out);
          String run = t.substring(i, end);
          String suffix = null;
          start = end;
          if (end < n && (t.charAt(end) == '.' || t.charAt(end) == '．' || t.charAt(end) == '、')) {
            suffix = run.substring(run.length() - 1);
            start = end - 1;
          }
          out.add(new Token(Kind.VALUE, run, line, -1, suffix));
          i = end + 1;
          continue;
        }
        i = Math.max(i + 1, -end);
        continue;
      }
      i++;
    }
    addLabels(t.substring(start), line, out);
  }

  private static void addLabels(String text, Line line, List<Token> out) {
    if (text.isBlank()) {
      return;
    }
    for (String part : LabelText.splitLabels(spaceNumberings(text))) {
      out.add(new Token(LabelFacts.of(part), line, -1));
    }
  }

  /**
   * The text of a flattened table with a space before each numbering glued to the label before it
   * ({@code 结果（一）予以公开}, {@code 不予公开1.属于…}), so that {@link LabelText#splitLabels} finds it.
   */
  static String spaceNumberings(String t) {
    StringBuilder b = new StringBuilder(t.length() + 8);
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (i > 0 && isGlueChar(t.charAt(i - 1))) {
        boolean numbering = false;
        if ((c == '（' || c == '(')
            && i + 2 < n
            && LabelText.isNumeral(t.charAt(i + 1))
            && (t.charAt(i + 2) == '）' || t.charAt(i + 2) == ')')
            // not the clause of 第二十条第（五）项
            && t.charAt(i - 1) != '第'
            && (i + 3 >= n || TraditionalForms.simplified(t.charAt(i + 3)) != '项')) {
          numbering = true;
        } else if (isAsciiDigit(c)
            && i + 1 < n
            && (t.charAt(i + 1) == '.' || t.charAt(i + 1) == '．')
            && (i + 2 >= n || !isAsciiDigit(t.charAt(i + 2)))) {
          numbering = true;
        }
        if (numbering) {
          b.append(' ');
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /** The normal forms of Table 3's group labels with their numbering, e.g. （六）其他处理. */
  private static final java.util.Set<String> GROUP_LABELS = groupLabels();

  private static java.util.Set<String> groupLabels() {
    java.util.Set<String> all = new java.util.HashSet<>();
    for (Vocabulary.Label l : Vocabulary.APPLICATIONS.structure()) {
      if (l.numbering() != null) {
        all.add(l.numbering() + "|" + l.normals().get(0));
      }
    }
    return all;
  }

  /** Whether a text is exactly one of Table 3's numbered group labels. */
  private static boolean isGroupLabel(String text) {
    LabelText.Parsed p = LabelText.parse(text);
    return p.numbering() != null && GROUP_LABELS.contains(p.numbering() + "|" + p.normal());
  }

  /** Whether a character separates cells as a pipe: {@code |} or the full-width {@code ｜}. */
  static boolean isPipe(char c) {
    return c == '|' || c == '\uFF5C';
  }

  /**
   * Whether the line {@code chars[from, to)} is the delimiter row of a Markdown table: pipes,
   * hyphens, colons and spaces only (no tab), with at least one pipe and one hyphen.
   */
  static boolean isMarkdownRule(char[] chars, int from, int to) {
    int a = skipSpace(chars, from, to);
    if (a == to || (!isPipe(chars[a]) && chars[a] != '-' && chars[a] != ':')) {
      // most lines: a row label, a number, a heading
      return false;
    }
    boolean pipe = false;
    boolean hyphen = false;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '\t') {
        // a line with a tab is a row of cells (marks such as | and - included)
        return false;
      }
      if (isPipe(c)) {
        pipe = true;
      } else if (c == '-' || c == '\u2014' || c == '\uFF0D') {
        hyphen = true;
      } else if (c != ':' && c != '\uFF1A' && !isSpace(c)) {
        return false;
      }
    }
    return pipe && hyphen;
  }

  /**
   * Splits a line into tokens, unless it has more than {@link #MAX_LINE_CELLS} cells that are not
   * empty (between tabs or pipes) or would give more tokens other than empty cells (numbers, marks
   * and labels): then it adds none.
   *
   * @param line the line
   * @param out where to add the tokens
   * @return 0 if the line's tokens were added; -1 if it was not cut for a text longer than {@link
   *     #MAX_TEXT_CHARS}; else the number of its cells between tabs or pipes, or, for a line
   *     without them, of the pieces between its white space
   */
  static int tokenize(Line line, List<Token> out) {
    if (line.unsplit) {
      return line.printedCells;
    }
    LineTokens tokens = new LineTokens(out);
    try {
      tokenizeLine(line, tokens);
    } catch (TooManyTokens e) {
      tokens.discard();
      if (e == TooManyTokens.TOO_LONG) {
        return -1;
      }
      return line.tabbed() ? line.printedCells : pieces(line);
    }
    return 0;
  }

  /**
   * The tokens of one line: adding more than {@link #MAX_LINE_CELLS} that are not empty cells
   * throws {@link TooManyTokens}.
   */
  /**
   * The tokens of one line, added straight to the table's list (no copy of each line's tokens): a
   * view of the list from where the line starts, that counts what is added and can take the line's
   * tokens away again.
   */
  private static final class LineTokens extends java.util.AbstractList<Token> {
    private final List<Token> out;
    private final int start;
    private int notEmpty;

    LineTokens(List<Token> out) {
      this.out = out;
      this.start = out.size();
    }

    @Override
    public Token get(int index) {
      return out.get(start + index);
    }

    @Override
    public int size() {
      return out.size() - start;
    }

    @Override
    public Token set(int index, Token t) {
      return out.set(start + index, t);
    }

    @Override
    public void add(int index, Token t) {
      count(t);
      out.add(start + index, t);
    }

    @Override
    public boolean add(Token t) {
      count(t);
      return out.add(t);
    }

    @Override
    public Token remove(int index) {
      return out.remove(start + index);
    }

    private void count(Token t) {
      if (t.kind() != Kind.EMPTY && ++notEmpty > MAX_LINE_CELLS) {
        throw TooManyTokens.INSTANCE;
      }
    }

    /** Takes away every token of the line. */
    void discard() {
      out.subList(start, out.size()).clear();
    }
  }

  /**
   * Thrown by {@link LineTokens} to stop cutting a line as soon as it has given too many tokens,
   * from wherever in the cutting: one instance, without a stack trace.
   */
  private static final class TooManyTokens extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final TooManyTokens INSTANCE = new TooManyTokens("more tokens than a line is cut into");
    static final TooManyTokens TOO_LONG =
        new TooManyTokens("a text longer than is cut into labels");

    private TooManyTokens(String message) {
      super(message, null, false, false);
    }
  }

  /** The number of pieces of a line between runs of white space ({@link #isSplitSpace}). */
  private static int pieces(Line line) {
    int count = 0;
    boolean inPiece = false;
    for (int i = line.from; i < line.to; i++) {
      boolean space = isSplitSpace(line.chars[i]);
      if (!space && !inPiece) {
        count++;
      }
      inPiece = !space;
    }
    return count;
  }

  /** Splits a line into tokens. */
  private static void tokenizeLine(Line line, List<Token> out) {
    if (line.tabbed()) {
      for (int k = 0; k < line.cellCount(); k++) {
        if (line.cells[2 * k + 1] - line.cells[2 * k] > MAX_TEXT_CHARS) {
          throw TooManyTokens.TOO_LONG;
        }
        if (line.cellEmpty(k)) {
          out.add(new Token(Kind.EMPTY, "", line, k));
        } else {
          addPiece(line, k, out);
        }
      }
      return;
    }
    // pieces between runs of white space (isSplitSpace), on the stripped line, no String each
    char[] chars = line.chars;
    int a = skipSpace(chars, line.from, line.to);
    int b = trimSpace(chars, a, line.to);
    StringBuilder text = new StringBuilder();
    Piece onlyText = null;
    int i = a;
    while (i < b) {
      while (i < b && isSplitSpace(chars[i])) {
        i++;
      }
      if (i == b) {
        break;
      }
      int p = i;
      while (i < b && !isSplitSpace(chars[i])) {
        i++;
      }
      if (text.length() + 1 + i - p > MAX_TEXT_CHARS) {
        // (a number this long is no cell either)
        throw TooManyTokens.TOO_LONG;
      }
      Piece piece = i - p <= 60 && isAsciiDecimal(chars, p, i) ? VALUE : piece(chars, p, i);
      if (piece.kind() != Kind.TEXT) {
        flushText(text, onlyText, line, out);
        onlyText = null;
        out.add(new Token(piece.kind(), line, -1, p, i));
      } else {
        // a text of one piece has its labels in the piece already
        onlyText = text.length() == 0 ? piece : null;
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(chars, p, i - p);
      }
    }
    flushText(text, onlyText, line, out);
  }

  /**
   * Whether a line without tabs is split at a character: {@code [\\s\\u00A0\\u3000\\u200B\\uFEFF]}
   * (regular expression white space, no-break, ideographic and zero-width spaces, BOM).
   */
  private static boolean isSplitSpace(char c) {
    switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u3000', '\u200B', '\uFEFF':
        return true;
      default:
        return false;
    }
  }

  /** What a cell of text is: a number, a mark, or labels ({@link LabelText#splitLabels}). */
  private record Piece(Kind kind, List<LabelFacts> labels) {}

  private static final Piece VALUE = new Piece(Kind.VALUE, List.of());
  private static final Piece MARK = new Piece(Kind.MARK, List.of());

  /** The {@link Piece} of a cell's text {@code chars[from, to)}, kept by {@link LabelIndex}. */
  private static Piece piece(char[] chars, int from, int to) {
    return (Piece) LabelIndex.of(chars, from, to).piece();
  }

  /** The {@link Piece} of a cell's text, computed (kept by {@link LabelIndex}). */
  static Object pieceNow(String c) {
    return isValue(c) || WrittenNumber.parse(c) != null
        ? VALUE
        : Vocabulary.MARKS.contains(c) || Vocabulary.MARKS.contains(TraditionalForms.simplified(c))
            ? MARK
            : new Piece(Kind.TEXT, facts(LabelText.splitLabels(c)));
  }

  private static List<LabelFacts> facts(List<String> labels) {
    LabelFacts[] facts = new LabelFacts[labels.size()];
    for (int i = 0; i < facts.length; i++) {
      facts[i] = LabelFacts.of(labels.get(i));
    }
    return List.of(facts);
  }

  private static void addPiece(Line line, int k, List<Token> out) {
    int f = line.cells[2 * k];
    int t = line.cells[2 * k + 1];
    char[] chars = line.chars;
    if (t - f <= 60 && isAsciiDecimal(chars, f, t)) {
      out.add(new Token(Kind.VALUE, line, k, f, t));
      return;
    }
    // text other than an ASCII number: one memo lookup tells number, mark or labels
    Piece piece = piece(chars, f, t);
    if (piece.kind() != Kind.TEXT) {
      out.add(new Token(piece.kind(), line, k, f, t));
    } else {
      List<LabelFacts> labels = piece.labels();
      for (int i = 0, n = labels.size(); i < n; i++) {
        out.add(new Token(labels.get(i), line, k));
      }
    }
  }

  private static void flushText(StringBuilder text, Piece onlyPiece, Line line, List<Token> out) {
    if (text.length() == 0) {
      return;
    }
    if (hasGluedDigits(text)) {
      glued(text.toString(), line, out);
      text.setLength(0);
      return;
    }
    int space = text.indexOf(" ");
    if (space > 0 && isGroupLabel(text.substring(0, space))) {
      // a group label beside the middle line of a sub-row's label: two labels
      addLabels(text.substring(0, space), line, out);
      addLabels(text.substring(space + 1), line, out);
      text.setLength(0);
      return;
    }
    if (onlyPiece != null) {
      for (LabelFacts label : onlyPiece.labels()) {
        out.add(new Token(label, line, -1));
      }
    } else {
      for (String part : LabelText.splitLabels(text.toString())) {
        out.add(new Token(LabelFacts.of(part), line, -1));
      }
    }
    text.setLength(0);
  }
}

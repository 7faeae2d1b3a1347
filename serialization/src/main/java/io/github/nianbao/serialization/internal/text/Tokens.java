package io.github.nianbao.serialization.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the lines of a table section into cells. A line with a tab is split at every tab, and
 * an empty piece is an empty cell; a line without a tab is split at runs of white space, and
 * consecutive pieces that are neither a number nor a {@linkplain Vocabulary#MARKS known mark} are
 * joined again into one text (so that {@code 规 章} or {@code 1. 属于国家秘密} stay one label). Text
 * is then split into labels at numberings ({@link LabelText#splitLabels}).
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

  /** One line of input: its 1-based number, its text, and its tab-separated cells if any. */
  record Line(int number, String text, List<String> cells) {
    boolean tabbed() {
      return cells != null;
    }
  }

  /** A token: kind, text, line, and the index of its cell in a tab-separated line (or -1). */
  record Token(Kind kind, String text, Line line, int cell) {}

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
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

  private static boolean isSpace(char c) {
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
   * Returns whether a cell's text is a number: a whole number or a plain decimal, full-width
   * digits allowed.
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
    return IS_VALUE.get(s);
  }

  /** {@link #isValue} of text that is not ASCII: labels, mostly, which repeat. */
  private static final Memo<Boolean> IS_VALUE =
      new Memo<>(4096, s -> DECIMAL.matcher(LabelText.nfkc(s)).matches());

  /** {@link #DECIMAL} by hand, for ASCII text (its own NFKC). */
  private static boolean isAsciiDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      i++;
    }
    int digits = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    i++;
    int fraction = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > fraction && i == n;
  }

  /**
   * Makes a line from its text.
   *
   * @param number the 1-based line number
   * @param text the text
   * @return the line
   */
  static Line line(int number, String text) {
    if (text.indexOf('\t') < 0) {
      return new Line(number, text, null);
    }
    int count = 1;
    for (int i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) {
      count++;
    }
    // each cell between tabs, stripped, cut out once
    String[] cells = new String[count];
    int from = 0;
    for (int k = 0; k < count; k++) {
      int to = k == count - 1 ? text.length() : text.indexOf('\t', from);
      int start = from;
      int end = to;
      while (start < end && isSpace(text.charAt(start))) {
        start++;
      }
      while (end > start && isSpace(text.charAt(end - 1))) {
        end--;
      }
      cells[k] = text.substring(start, end);
      from = to + 1;
    }
    return new Line(number, text, Collections.unmodifiableList(Arrays.asList(cells)));
  }

  /**
   * Splits a line into tokens.
   *
   * @param line the line
   * @param out where to add the tokens
   */
  static void tokenize(Line line, List<Token> out) {
    if (line.tabbed()) {
      for (int i = 0; i < line.cells().size(); i++) {
        String c = line.cells().get(i);
        if (c.isEmpty()) {
          out.add(new Token(Kind.EMPTY, "", line, i));
        } else {
          addPiece(c, line, i, out);
        }
      }
      return;
    }
    String s = strip(line.text());
    if (s.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (String piece : SPACES.split(s)) {
      if (isValue(piece) || Vocabulary.MARKS.contains(piece)) {
        flushText(text, line, out);
        out.add(new Token(isValue(piece) ? Kind.VALUE : Kind.MARK, piece, line, -1));
      } else {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(piece);
      }
    }
    flushText(text, line, out);
  }

  private static void addPiece(String c, Line line, int cell, List<Token> out) {
    if (isValue(c)) {
      out.add(new Token(Kind.VALUE, c, line, cell));
    } else if (Vocabulary.MARKS.contains(c)) {
      out.add(new Token(Kind.MARK, c, line, cell));
    } else {
      for (String part : LabelText.splitLabels(c)) {
        out.add(new Token(Kind.TEXT, part, line, cell));
      }
    }
  }

  private static void flushText(StringBuilder text, Line line, List<Token> out) {
    if (text.length() > 0) {
      for (String part : LabelText.splitLabels(text.toString())) {
        out.add(new Token(Kind.TEXT, part, line, -1));
      }
      text.setLength(0);
    }
  }
}

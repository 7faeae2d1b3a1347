package io.github.nianbao.core;

import java.util.regex.Pattern;

/** The model's normal forms of text: what every format can write and read back unchanged. */
final class Texts {
  private Texts() {}

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

  /** A line break, or a page break (form feed, vertical tab) that PDF text carries as one. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\f\\u000B]");

  /**
   * Text on one line: every run of white space (line breaks, tabs, 全角空格) one space, stripped of
   * white space and of invisible characters (byte order mark U+FEFF, zero-width space, joiners) at
   * both ends — as every format reads it, so that an agency is the same in JSON and in text.
   */
  static String singleLine(String text) {
    if (isSingleSpaced(text)) {
      // no run of white space other than one plain space: replaceAll would change nothing
      return stripInvisible(text);
    }
    return stripInvisible(WHITE_SPACE.matcher(text).replaceAll(" "));
  }

  /** The text without white space and invisible characters at its ends. */
  private static String stripInvisible(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlankOrInvisible(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlankOrInvisible(text.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == text.length() ? text : text.substring(from, to);
  }

  private static boolean isBlankOrInvisible(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u3000'
        || c == '\uFEFF'
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060';
  }

  /**
   * Refuses control characters other than tab and line breaks: no format can carry them, and no
   * report prints them.
   *
   * @throws IllegalArgumentException naming what holds one and where
   */
  static void checkNoControl(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        throw new IllegalArgumentException(
            what + " holds the control character U+" + String.format("%04X", (int) c) + " at " + i);
      }
    }
  }

  /**
   * Refuses a narrative longer than {@link AbstractAnnualReport#MAX_NARRATIVE_CHARS} characters.
   *
   * @throws IllegalArgumentException naming the section and its length
   */
  static void checkNarrativeLength(String text, String what) {
    if (text.length() > AbstractAnnualReport.MAX_NARRATIVE_CHARS) {
      throw new IllegalArgumentException(
          what
              + " has "
              + text.length()
              + " characters, more than the "
              + AbstractAnnualReport.MAX_NARRATIVE_CHARS
              + " a narrative section may have");
    }
  }

  /** Narrative: line breaks as {@code \n}, white space around the whole text removed. */
  static String narrative(String text) {
    if (text.indexOf('\r') < 0 && text.indexOf('\f') < 0 && text.indexOf('\u000B') < 0) {
      // nothing LINE_BREAK matches: replaceAll would change nothing
      return text.strip();
    }
    return LINE_BREAK.matcher(text).replaceAll("\n").strip();
  }

  /** Whether {@link #WHITE_SPACE} matches nothing in the text but single plain spaces. */
  private static boolean isSingleSpaced(String text) {
    boolean previousSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space =
          c == ' '
              || c == '\t'
              || c == '\n'
              || c == '\u000B'
              || c == '\f'
              || c == '\r'
              || c == '\u00A0'
              || c == '\u3000';
      if (space && (c != ' ' || previousSpace)) {
        return false;
      }
      previousSpace = space;
    }
    return true;
  }
}

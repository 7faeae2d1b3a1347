package io.github.nianbao.core;

import java.util.regex.Pattern;

/** The model's normal forms of text: what every format can write and read back unchanged. */
final class Texts {
  private Texts() {}

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

  /** Text on one line: every run of white space (line breaks, tabs, 全角空格) one space, stripped. */
  static String singleLine(String text) {
    if (isSingleSpaced(text)) {
      // no run of white space other than one plain space: replaceAll would change nothing
      return text.strip();
    }
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  /** Narrative: line breaks as {@code \n}, white space around the whole text removed. */
  static String narrative(String text) {
    if (text.indexOf('\r') < 0) {
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
          c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
              || c == '\u00A0' || c == '\u3000';
      if (space && (c != ' ' || previousSpace)) {
        return false;
      }
      previousSpace = space;
    }
    return true;
  }
}

package io.github.nianbao.core;

import java.util.regex.Pattern;

/** The model's normal forms of text: what every format can write and read back unchanged. */
final class Texts {
  private Texts() {}

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

  /** Text on one line: every run of white space (line breaks, tabs, 全角空格) one space, stripped. */
  static String singleLine(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  /** Narrative: line breaks as {@code \n}, white space around the whole text removed. */
  static String narrative(String text) {
    return LINE_BREAK.matcher(text).replaceAll("\n").strip();
  }
}

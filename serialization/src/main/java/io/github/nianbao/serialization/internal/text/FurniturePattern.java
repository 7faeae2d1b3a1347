package io.github.nianbao.serialization.internal.text;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of page furniture with a test of a line's first character before the whole match: most
 * lines (a table row, a label) cannot be furniture from their first character on, which the regular
 * expression engine says once per character, through {@link Matcher#hitEnd()}: when the
 * one-character text does not match and the engine did not need more input, no text that starts
 * with that character matches. The answers are kept, two bits a character.
 */
final class FurniturePattern {
  private static final int UNKNOWN = 0;
  private static final int MAY_MATCH = 1;
  private static final int CANNOT_MATCH = 2;

  private final Pattern pattern;

  /** Per BMP character, 2 bits: {@link #UNKNOWN}, {@link #MAY_MATCH} or {@link #CANNOT_MATCH}. */
  private final AtomicIntegerArray firstCharacter = new AtomicIntegerArray(65536 / 16);

  FurniturePattern(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The pattern. */
  Pattern pattern() {
    return pattern;
  }

  /**
   * Returns whether the pattern matches the whole text.
   *
   * @param s the text, not empty
   * @return whether it matches
   */
  boolean matches(String s) {
    char c = s.charAt(0);
    if (!Character.isSurrogate(c) && state(c) == CANNOT_MATCH) {
      return false;
    }
    return pattern.matcher(s).matches();
  }

  /**
   * Returns whether a text that starts with a character may match.
   *
   * @param c the first character
   * @return false if no text that starts with it matches
   */
  boolean mayStartWith(char c) {
    return Character.isSurrogate(c) || state(c) != CANNOT_MATCH;
  }

  private int state(char c) {
    int word = c >>> 4;
    int shift = (c & 15) * 2;
    int state = (firstCharacter.get(word) >>> shift) & 3;
    if (state != UNKNOWN) {
      return state;
    }
    Matcher m = pattern.matcher(String.valueOf(c));
    state = m.matches() || m.hitEnd() ? MAY_MATCH : CANNOT_MATCH;
    int bits = state << shift;
    firstCharacter.getAndUpdate(word, w -> w | bits);
    return state;
  }
}

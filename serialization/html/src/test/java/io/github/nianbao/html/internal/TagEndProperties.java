package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PageLines#tagEnd(String, int)}, a loop for each of the tokeniser's states in a tag's
 * attributes, ends every tag where the plain state machine it replaced ends it (kept here as the
 * oracle): on strings of the characters that change the state, from every place.
 */
class TagEndProperties {

  @Property(tries = 3000)
  void endsEveryTagWhereTheStateMachineDoes(@ForAll("attributes") String s) {
    for (int i = 0; i <= s.length(); i++) {
      int at = i;
      assertEquals(byStates(s, at), PageLines.tagEnd(s, at), () -> "at " + at + " of " + s);
    }
  }

  /** Characters and pieces of attributes (quoted values holding '>'), strung together. */
  @Provide
  Arbitrary<String> attributes() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars(" \t\n\f\r/=\"'>a").ofLength(1),
            Arbitraries.of("ab", "=\"", "='", "\"v>w\"", "'v>w'", "a=", " a=\"b\"", "/>", "=>"));
    return piece.list().ofMaxSize(16).map(l -> String.join("", l));
  }

  /**
   * The loops tell the characters that end a piece of a tag by a table of ASCII: characters beyond
   * it whose low byte is one of those ('ľ' is U+013E, '>' U+003E), and NUL, end nothing.
   */
  @Property(tries = 2000)
  void endsTagsOfCharactersBeyondAsciiWhereTheStateMachineDoes(@ForAll("wideAttributes") String s) {
    for (int i = 0; i <= s.length(); i++) {
      int at = i;
      assertEquals(byStates(s, at), PageLines.tagEnd(s, at), () -> "at " + at + " of " + s);
    }
  }

  @Provide
  Arbitrary<String> wideAttributes() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withChars(
                    " \t\n\f\r/=\"'>a\u013E\u012F\u013D\u0120\u0122\u0127\u0000\u00A0\u3000宋")
                .ofLength(1),
            Arbitraries.of("=\"", "='", "\"v>w\"", "a=", " a=\"b\"", "/>", "=\u013E", "\u0122>"));
    return piece.list().ofMaxSize(16).map(l -> String.join("", l));
  }

  @Example
  void endsWordsStyledTagsAfterTheirQuotedValues() {
    String tag = "<font size=\"4\" style=\"a>b\" class='c>d' x=y/>tail";
    assertEquals(tag.indexOf("tail"), PageLines.tagEnd(tag, 5));
    assertEquals(byStates(tag, 5), PageLines.tagEnd(tag, 5));
    // a quote in a name or an unquoted value opens nothing
    String odd = "<p a\"b=c'd>e'>";
    assertEquals(odd.indexOf('e'), PageLines.tagEnd(odd, 2));
  }

  // the state machine PageLines used before, one switch a character

  private static final int BEFORE_NAME = 0;
  private static final int NAME = 1;
  private static final int AFTER_NAME = 2;
  private static final int BEFORE_VALUE = 3;
  private static final int UNQUOTED = 4;
  private static final int AFTER_QUOTED = 5;

  private static int byStates(String s, int i) {
    int n = s.length();
    // most tags: a '>' before any quote
    int j = i;
    char x = 0;
    while (j < n && (x = s.charAt(j)) != '>' && x != '"' && x != '\'') {
      j++;
    }
    if (j == n || x == '>') {
      return j == n ? n : j + 1;
    }
    int state = BEFORE_NAME;
    while (i < n) {
      x = s.charAt(i);
      if (x == '>') {
        return i + 1;
      }
      if (state == BEFORE_VALUE && (x == '"' || x == '\'')) {
        // a quoted value, which may hold a '>', up to its closing quote
        int q = s.indexOf(x, i + 1);
        if (q < 0) {
          return n;
        }
        i = q + 1;
        state = AFTER_QUOTED;
        continue;
      }
      boolean space = x == ' ' || x == '\t' || x == '\n' || x == '\r' || x == '\f';
      switch (state) {
        case BEFORE_NAME -> state = space || x == '/' ? BEFORE_NAME : NAME;
        case NAME ->
            state = space ? AFTER_NAME : x == '/' ? BEFORE_NAME : x == '=' ? BEFORE_VALUE : NAME;
        case AFTER_NAME ->
            state = x == '/' ? BEFORE_NAME : x == '=' ? BEFORE_VALUE : space ? AFTER_NAME : NAME;
        case BEFORE_VALUE -> state = space ? BEFORE_VALUE : UNQUOTED;
        case UNQUOTED -> state = space ? BEFORE_NAME : UNQUOTED;
        default -> {
          // after a quoted value: white space or '/' ends the attribute; any other character
          // starts the next one's name
          state = space || x == '/' ? BEFORE_NAME : NAME;
        }
      }
      i++;
    }
    return n;
  }
}

package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TagName} finds a tag's name as a comparison of the page's characters with each name, ASCII
 * letters in either case, would; and {@link HtmlReader#hasWhiteSpacePre} reads a style as its
 * lower-case form without spaces would.
 */
class TagNameProperties {

  /** What {@link TagName#of} must give: the name compared with each, as the scan once did. */
  private static int byComparison(String page, int a, int b) {
    for (int id = 1; id < TagName.count(); id++) {
      String name = TagName.name(id);
      if (b - a == name.length() && sameIgnoringAsciiCase(page, a, name)) {
        return id;
      }
    }
    return TagName.OTHER;
  }

  private static boolean sameIgnoringAsciiCase(String page, int a, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = page.charAt(a + i);
      char x = lower.charAt(i);
      if (c != x && !(x >= 'a' && x <= 'z' && (c | 0x20) == x)) {
        return false;
      }
    }
    return true;
  }

  @Example
  void everyNameIsItsOwnInEitherCase() {
    for (int id = 1; id < TagName.count(); id++) {
      String name = TagName.name(id);
      String page = "<" + name.toUpperCase(Locale.ROOT) + " x>";
      assertEquals(id, TagName.of(page, 1, 1 + name.length()), name);
      assertEquals(id, TagName.of("</" + name, 2, 2 + name.length()), name);
    }
    assertEquals(TagName.OTHER, TagName.of("<ſcript>", 1, 7), "not Unicode's case folding");
    assertEquals(TagName.OTHER, TagName.of("<plaintexts>", 1, 11));
    assertEquals(TagName.OTHER, TagName.of("<td>", 1, 1));
    assertTrue(TagName.isInline(TagName.BR));
    assertTrue(TagName.isInline(TagName.of("<SDFIELD", 1, 8)));
    assertFalse(TagName.isInline(TagName.TD));
    assertTrue(TagName.isRawText(TagName.NOFRAMES));
    assertFalse(TagName.isRawText(TagName.PRE));
  }

  @Property(tries = 5000)
  void aNameIsFoundAsComparingItWithEachWould(@ForAll("names") String name) {
    String page = "<" + name + ">";
    assertEquals(byComparison(page, 1, 1 + name.length()), TagName.of(page, 1, 1 + name.length()));
  }

  /**
   * The lexer makes a name's key as it reads the name ({@link TagName#key(long, char)}, then {@link
   * TagName#of(long, int)}): the id found so is the one {@link TagName#of(String, int, int)} finds,
   * for names too long, with a NUL or a character beyond ASCII anywhere in them.
   */
  @Property(tries = 5000)
  void aNameReadCharacterByCharacterIsFoundAsAWholeOneIs(@ForAll("names") String name) {
    long key = 0;
    for (int i = 0; i < name.length(); i++) {
      key = TagName.key(key, name.charAt(i));
    }
    String page = "<" + name + ">";
    assertEquals(
        TagName.of(page, 1, 1 + name.length()), TagName.of(key, name.length()), () -> name);
  }

  @Example
  void aNameWithACharacterNoNameHasIsNoneReadCharacterByCharacter() {
    for (String name : new String[] {"\u0000b", "b\u0000", "fon\u00e9", "\u0100b", "tabl\u0165"}) {
      long key = 0;
      for (int i = 0; i < name.length(); i++) {
        key = TagName.key(key, name.charAt(i));
      }
      assertEquals(TagName.OTHER, TagName.of(key, name.length()), name);
    }
    assertEquals(TagName.OTHER, TagName.of(0, 0));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> known =
        Arbitraries.integers()
            .between(1, TagName.count() - 1)
            .map(TagName::name)
            .flatMap(n -> Arbitraries.of(n, n.toUpperCase(Locale.ROOT), mixedCase(n)));
    Arbitrary<String> near =
        Arbitraries.strings()
            .withChars("tdhrblecaipnosfmgyxTDHSKſıİ\u212A\u0000:1é")
            .ofMinLength(1)
            .ofMaxLength(11);
    return Arbitraries.oneOf(known, near, known.map(n -> n + "x"), known.map(n -> n.substring(1)));
  }

  private static String mixedCase(String n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < b.length(); i += 2) {
      b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
    }
    return b.toString();
  }

  @Property(tries = 5000)
  void aStyleIsPreformattedAsItsLowerCaseWithoutSpacesSays(@ForAll("styles") String style) {
    assertEquals(
        style.toLowerCase(Locale.ROOT).replace(" ", "").contains("white-space:pre"),
        HtmlReader.hasWhiteSpacePre(style),
        style);
  }

  @Provide
  Arbitrary<String> styles() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "white-space:pre",
            "WHITE-SPACE: PRE-WRAP",
            "white - space : p r e",
            "whİte-space:pre",
            "white-space:normal",
            "white-spac",
            "w",
            "W",
            " ",
            ";",
            "mso-spacerun:yes",
            "font-family:宋体",
            "e:pre",
            "\u212Aw");
    return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
  }
}

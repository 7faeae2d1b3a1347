package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The first-character test of {@link FurniturePattern} never changes what matches: the same answer
 * as the plain pattern, on the SDK's furniture patterns and on patterns of other shapes, for text
 * made of the characters those patterns are about.
 */
class FurniturePatternProperties {

  private static final List<String> PATTERNS =
      List.of(
          "^[•·●▪■◆]\\s*(来源|作者|发布日期)\\s*[:：].*$",
          "^[•·●▪■◆]?\\s*(分享到|打印本页|【关闭】)\\s*[:：]?\\s*$",
          "^[-—–]\\s*[0-9]{1,4}\\s*[-—–]$",
          "^第\\s*[0-9]{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*[0-9]{1,4}\\s*页)?$",
          ".*页$",
          "(?i)page\\s*\\d+",
          "(?=第).*",
          "\\Q第 1 页\\E",
          "a*|第.*",
          "(?m)^$",
          "-\\b.*",
          "第$",
          "(?<=x)第.*|第\\Z",
          "\\A第\\s*\\d+\\z",
          "(第)\\1?.*",
          "(?>第\\s+)\\d*",
          "(?x) 第 \\s* \\d+ \\s* 页");

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings()
        .withChars("第页共 -—–•●【】关闭分享到来源:：1234567890apgePAGE\t（）\u3000")
        .ofMinLength(1)
        .ofMaxLength(12);
  }

  @Property(tries = 2000)
  void answersAsThePlainPattern(@ForAll("lines") String line) {
    for (String source : PATTERNS) {
      Pattern p = Pattern.compile(source);
      FurniturePattern f = new FurniturePattern(p);
      // twice: the first answer fills the table of first characters, the second reads it
      assertEquals(p.matcher(line).matches(), f.matches(line), source + " on " + line);
      assertEquals(p.matcher(line).matches(), f.matches(line), source + " on " + line);
    }
  }

  @Property(tries = 300)
  void theSdksFurnitureAsThePlainPatterns(@ForAll("lines") String line) {
    boolean plain = false;
    for (FurniturePattern f : Vocabulary.FURNITURE) {
      plain |= f.pattern().matcher(line).matches();
    }
    boolean fast = false;
    for (FurniturePattern f : Vocabulary.FURNITURE) {
      fast |= f.matches(line);
    }
    assertEquals(plain, fast, line);
  }
}

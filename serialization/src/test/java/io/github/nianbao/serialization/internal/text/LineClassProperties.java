package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.ReportSection;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Layout#classify} answers as {@link Layout#heading(String)} and {@link
 * Vocabulary#isFurniture(String)} on the line's text: its shortcuts (a line with an ASCII digit
 * that does not start with a Chinese numeral is no heading; furniture ruled out by the first
 * character) never change the answer. Lines are built from pieces of headings, numberings, digits,
 * white space, bullets and furniture.
 */
class LineClassProperties {

  @Provide
  Arbitrary<String> lines() {
    List<String> pieces = new ArrayList<>();
    for (ReportSection s : ReportSection.values()) {
      pieces.add(s.heading());
      pieces.add(s.title());
      pieces.add(s.numbering());
    }
    pieces.addAll(
        List.of(
            "一、", "二、", "十二、", "（二）", "(三)", "2．", "3.", "1、", "2", "０", "１２", "12", "2023", " ",
            "\t", "\u3000", "\u00A0", "\u2003", "\u200B", "\uFEFF", "\u000B", "•", "●", "\\",
            "- 2 -", "第 3 页", "第 3 頁", "第", "页", "頁", "共", "来源：", "來源：", "分享到", "【打印】", "况", "情",
            "x"));
    Arbitrary<String> piece = Arbitraries.of(pieces);
    Arbitrary<String> mutated =
        Combinators.combine(piece, Arbitraries.integers().between(0, 3))
            .as((p, k) -> k == 0 || p.length() < 2 ? p : p.substring(0, p.length() - 1));
    return mutated.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void classifyAnswersAsHeadingAndFurniture(@ForAll("lines") String line) {
    char[] chars = ("x\n" + line + "\ny").toCharArray();
    int from = 2;
    int to = 2 + line.length();
    ReportSection heading = Layout.heading(line);
    int expected =
        (heading == null ? 0 : heading.ordinal() + 1)
            | (Vocabulary.isFurniture(line) ? Layout.FURNITURE : 0);
    assertEquals(expected, Layout.classify(chars, from, to), line);
  }
}

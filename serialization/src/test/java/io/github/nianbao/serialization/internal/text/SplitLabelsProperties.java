package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link LabelText#splitNow} splits as it did when it copied the rest of the text at each numbering
 * (the reference below, its former code), up to {@link LabelText#MAX_LABELS} parts, in time in
 * proportion to the text: a text of a million numberings, which took minutes, takes milliseconds.
 */
class SplitLabelsProperties {

  // the patterns of LabelText, as they were
  private static final String SPACE = "[\\s\\u00A0\\u3000]*";
  private static final Pattern LEADING_NUMBERING =
      Pattern.compile(
          "^"
              + SPACE
              + "(?:([一二三四五六七八九十]{1,3})"
              + SPACE
              + "[、.．,，]"
              + "|[（(]"
              + SPACE
              + "([一二三四五六七八九十]{1,3})"
              + SPACE
              + "[)）]"
              + "|([0-9０-９]{1,2})"
              + SPACE
              + "(?:[.．、,，](?![0-9０-９])|(?=[^0-9０-９.．\\s\\u00A0\\u3000])))");
  private static final Pattern INNER_NUMBERING =
      Pattern.compile(
          "(?<=[\\s\\u00A0\\u3000])(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]"
              + "|[0-9０-９]{1,2}[.．、](?![0-9０-９])))");

  /** The former splitNow, which copied the rest of the text at each part. */
  static List<String> reference(String text) {
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty()) {
      Matcher m = LEADING_NUMBERING.matcher(rest);
      int searchFrom = 1;
      if (m.find()) {
        String after = rest.substring(m.end());
        if (!after.isBlank() && LEADING_NUMBERING.matcher(after).find()) {
          parts.add(rest.substring(0, m.end()).strip());
          rest = after.strip();
          continue;
        }
        searchFrom = Math.max(1, m.end());
      }
      Matcher inner = INNER_NUMBERING.matcher(rest);
      if (searchFrom < rest.length() && inner.find(searchFrom)) {
        parts.add(rest.substring(0, inner.start()).strip());
        rest = rest.substring(inner.start()).strip();
      } else {
        parts.add(rest);
        rest = "";
      }
    }
    if (parts.isEmpty()) {
      parts.add(text.strip());
    }
    return List.copyOf(parts);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "一、",
            "三、",
            "十二、",
            "二，",
            "（一）",
            "(二)",
            "（ 三 ）",
            "1.",
            "2．",
            "3、",
            "12.",
            "１.",
            "1",
            "2023",
            "1.5",
            "予以公开",
            "不予公开",
            "属于国家秘密",
            "其他",
            "第二十条第（五）项",
            " ",
            "  ",
            "\t",
            "\u3000",
            "\u00A0",
            "\u2003",
            "(",
            "）",
            "、",
            ".",
            "x");
    return piece.list().ofMinSize(0).ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 5000)
  void splitsAsTheFormerCode(@ForAll("texts") String text) {
    assertEquals(reference(text), LabelText.splitNow(text), text);
  }

  @Test
  void aMillionNumberingsAreSplitInLinearTimeIntoABoundedList() {
    String text = "（一）".repeat(1_000_000);
    List<String> parts =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> LabelText.splitNow(text));
    assertEquals(LabelText.MAX_LABELS + 1, parts.size());
    assertEquals("（一）", parts.get(0));
    // the rest, unsplit, is the last part: nothing is dropped
    assertEquals(text.length(), String.join("", parts).length());
    assertTrue(parts.get(parts.size() - 1).startsWith("（一）（一）"));
  }
}

package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.fixtures.Tongchuan2023;
import org.junit.jupiter.api.Test;

/**
 * A narrative section holds at most {@link AnnualReport#MAX_NARRATIVE_CHARS} characters in its
 * normal form; longer text is refused with a message that names the section.
 */
class NarrativeLengthTest {

  private static final int MAX = AnnualReport.MAX_NARRATIVE_CHARS;

  @Test
  void theLimitIsOneMebiChar() {
    assertEquals(1_048_576, MAX);
  }

  @Test
  void eachSectionHoldsTextAtTheLimit() {
    String text = "文".repeat(MAX);
    AnnualReport a = Tongchuan2023.report();
    AnnualReport b =
        a.withOverview(Overview.of(text)).withProblemsAndImprovements(text).withOtherMatters(text);
    assertEquals(MAX, b.overview().text().length());
    assertEquals(MAX, b.problemsAndImprovements().length());
    assertEquals(MAX, b.otherMatters().length());
  }

  @Test
  void whiteSpaceAroundTheTextIsNotCounted() {
    String text = "文".repeat(MAX);
    AnnualReport a = Tongchuan2023.report().withOtherMatters("\n  " + text + "\r\n\n");
    assertEquals(text, a.otherMatters());
    assertEquals(text, Overview.of("\u3000" + text + "\n").text());
  }

  @Test
  void aLongerSectionIsRefusedByName() {
    String text = "文".repeat(MAX) + "。";
    AnnualReport a = Tongchuan2023.report();
    IllegalArgumentException one =
        assertThrows(IllegalArgumentException.class, () -> Overview.of(text));
    assertTrue(
        one.getMessage().startsWith("section 一 has " + (MAX + 1) + " characters"),
        one.getMessage());
    IllegalArgumentException five =
        assertThrows(IllegalArgumentException.class, () -> a.withProblemsAndImprovements(text));
    assertTrue(five.getMessage().startsWith("section 五 has " + (MAX + 1)), five.getMessage());
    IllegalArgumentException six =
        assertThrows(IllegalArgumentException.class, () -> a.withOtherMatters(text));
    assertTrue(six.getMessage().startsWith("section 六 has " + (MAX + 1)), six.getMessage());
    assertTrue(six.getMessage().contains(String.valueOf(MAX)), six.getMessage());
  }
}

package io.github.nianbao.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Section 一、总体情况 ({@code overview}, docs/format.md, The report), kept verbatim.
 *
 * <p>The text is kept verbatim but for two normal forms that every format preserves: line breaks
 * are {@code \n}, and white space around the whole text is removed. The text is the only state;
 * {@link #parts()} finds in it the parts （一）主动公开 … （五）监督保障 that the format asks for, where present.
 * Equality compares the text. Use the generated {@link Overview}: {@code Overview.of(text)}.
 */
@Value.Immutable
abstract class AbstractOverview {

  /** A part's numbering at the start of a line: （一） or (一), full- or half-width, spaces allowed. */
  private static final Pattern PART_START =
      Pattern.compile("(?m)^[\\s\\u3000\\u00A0]*+([（(]\\s*([一二三四五])\\s*[）)])");

  private static final String NUMERALS = "一二三四五";

  AbstractOverview() {}

  /**
   * The section's text verbatim, without its heading 一、总体情况.
   *
   * @return the text, empty if the report has none
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns the parts （一）–（五） found at the start of a line, in order. A numbering counts only after
   * the previous part's, so that a later （二） inside a part's own text does not split it.
   *
   * @return the parts present, possibly none
   */
  @Value.Lazy
  public List<OverviewPart> parts() {
    String text = text();
    List<int[]> starts = partStarts(text);
    List<OverviewPart> parts = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i)[0];
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      OverviewTopic topic = OverviewTopic.values()[starts.get(i)[1]];
      parts.add(OverviewPart.of(topic, text.substring(start, end).stripTrailing()));
    }
    return List.copyOf(parts);
  }

  /** Returns the offset and ordinal of each part's numbering, in increasing ordinal order. */
  private static List<int[]> partStarts(String text) {
    Matcher m = PART_START.matcher(text);
    List<int[]> starts = new ArrayList<>();
    int next = 0;
    while (m.find()) {
      int ordinal = NUMERALS.indexOf(m.group(2).charAt(0));
      if (ordinal >= next) {
        starts.add(new int[] {m.start(1), ordinal});
        next = ordinal + 1;
      }
    }
    return starts;
  }

  /**
   * Returns the text of one part.
   *
   * @param topic the part
   * @return its text, or empty if the report has no such part
   */
  public Optional<String> part(OverviewTopic topic) {
    for (OverviewPart p : parts()) {
      if (p.topic() == topic) {
        return Optional.of(p.text());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the text before the first part, e.g. an introductory paragraph.
   *
   * @return the text before （一）, or all of the text when there are no parts; stripped
   */
  public String introduction() {
    List<int[]> starts = partStarts(text());
    return starts.isEmpty() ? text().strip() : text().substring(0, starts.get(0)[0]).strip();
  }

  /**
   * Brings the text to its normal form.
   *
   * @return this, or the overview with the normalised text
   * @throws IllegalArgumentException if the text holds a control character other than tab and line
   *     breaks, or is longer than {@link AbstractAnnualReport#MAX_NARRATIVE_CHARS} characters
   */
  @Value.Check
  protected AbstractOverview normalize() {
    String text = Texts.narrative(text());
    Texts.checkNoControl(text, "section 一");
    Texts.checkNarrativeLength(text, "section 一");
    return text.equals(text()) ? this : Overview.of(text);
  }

  /**
   * Returns the empty overview.
   *
   * @return the overview with no text
   */
  public static Overview empty() {
    return Overview.of("");
  }
}

package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * One of the parts （一）–（五） of section 一、总体情况, as found in the verbatim text by {@link
 * Overview#parts()}. Use the generated {@link OverviewPart}.
 */
@Value.Immutable
abstract class AbstractOverviewPart {

  AbstractOverviewPart() {}

  /**
   * The part's topic, by its printed numbering （一）–（五）.
   *
   * @return the topic
   */
  @Value.Parameter
  public abstract OverviewTopic topic();

  /**
   * The part's text verbatim, from its numbering up to the next part, trailing white space removed.
   *
   * @return the text, beginning with the numbering as printed
   */
  @Value.Parameter
  public abstract String text();
}

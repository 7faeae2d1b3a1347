package io.github.nianbao.core.constraints;

import jakarta.validation.Payload;

/**
 * The severities of docs/format.md, The rules as Bean Validation payloads: a constraint declares
 * {@code payload = Severities.Error.class} or {@code Severities.Warning.class}. A constraint
 * without either is an error.
 */
public final class Severities {
  private Severities() {}

  /** The numbers contradict each other or the format: the report is wrong. */
  public interface Error extends Payload {}

  /** Something to look at: a blank cell, a narrative that disagrees, a repeated text. */
  public interface Warning extends Payload {}
}

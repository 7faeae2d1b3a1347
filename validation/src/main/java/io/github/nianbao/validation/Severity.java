package io.github.nianbao.validation;

import io.github.nianbao.core.constraints.Severities;
import jakarta.validation.Payload;
import java.util.Collection;

/** How serious a finding is (docs/format.md, The rules). */
public enum Severity {
  /** The numbers contradict each other or the format: the report is wrong. */
  ERROR,
  /** Something to look at; the report may still be right. */
  WARNING;

  /**
   * Returns the severity that a constraint declares in its payload.
   *
   * @param payload the payload of a constraint descriptor
   * @return {@link #WARNING} if the payload holds {@link Severities.Warning} and not {@link
   *     Severities.Error}, otherwise {@link #ERROR}
   */
  public static Severity of(Collection<Class<? extends Payload>> payload) {
    return payload.contains(Severities.Warning.class) && !payload.contains(Severities.Error.class)
        ? WARNING
        : ERROR;
  }
}

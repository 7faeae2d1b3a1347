package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * The 3 numbered rows of Table 3's group （四）无法提供 ({@code applications.outcomes.unavailable},
 * docs/format.md, Table 3). Use the generated {@link Unavailable}; {@link Applications#fromRows}
 * builds a whole table by row.
 */
@Value.Immutable
abstract class AbstractUnavailable {

  AbstractUnavailable() {}

  /**
   * 1．本机关不掌握相关政府信息: {@code applications.outcomes.unavailable.notHeld}; the row {@link
   * ApplicationRow#UNAVAILABLE_NOT_HELD}.
   *
   * @return the row
   */
  public abstract ApplicantCounts notHeld();

  /**
   * 2．没有现成信息需要另行制作: {@code applications.outcomes.unavailable.requiresCreation}; the row {@link
   * ApplicationRow#UNAVAILABLE_REQUIRES_CREATION}.
   *
   * @return the row
   */
  public abstract ApplicantCounts requiresCreation();

  /**
   * 3．补正后申请内容仍不明确: {@code applications.outcomes.unavailable.unclearAfterCorrection}; the row {@link
   * ApplicationRow#UNAVAILABLE_UNCLEAR_AFTER_CORRECTION}.
   *
   * @return the row
   */
  public abstract ApplicantCounts unclearAfterCorrection();
}

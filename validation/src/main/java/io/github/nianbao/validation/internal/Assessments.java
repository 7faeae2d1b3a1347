package io.github.nianbao.validation.internal;

import io.github.nianbao.validation.NotAssessable;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects, for {@code ReportValidator}, where the SDK's validators could not assess a rule. A
 * plain Bean Validation call has no collector and the notes are dropped: not being assessable is
 * not a violation.
 */
public final class Assessments {
  private static final ThreadLocal<List<NotAssessable>> COLLECTOR = new ThreadLocal<>();

  private Assessments() {}

  /**
   * Starts collecting on this thread.
   *
   * @return the list that receives the notes until {@link #stop()}
   */
  public static List<NotAssessable> start() {
    List<NotAssessable> list = new ArrayList<>();
    COLLECTOR.set(list);
    return list;
  }

  /** Stops collecting on this thread. */
  public static void stop() {
    COLLECTOR.remove();
  }

  static void add(NotAssessable note) {
    List<NotAssessable> list = COLLECTOR.get();
    if (list != null) {
      list.add(note);
    }
  }
}

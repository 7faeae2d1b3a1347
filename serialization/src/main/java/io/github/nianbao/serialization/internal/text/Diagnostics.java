package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects a reader's diagnostics. At most {@link #LIMIT} are kept; beyond that one last
 * diagnostic says how many more there were, so that huge garbage input cannot exhaust memory.
 */
final class Diagnostics {
  /** The most diagnostics kept. */
  static final int LIMIT = 10_000;

  /** The longest text quoted in a diagnostic; longer text is cut with an ellipsis. */
  static final int MAX_TEXT = 300;

  private final List<Diagnostic> list = new ArrayList<>();
  private int dropped;

  void add(Diagnostic.Kind kind, int line, CellAddress cell, String text, String message) {
    if (list.size() >= LIMIT) {
      dropped++;
      return;
    }
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    list.add(Diagnostic.of(kind, line, cell, t, message));
  }

  /** Returns the diagnostics in input order (by line, stable). */
  List<Diagnostic> result() {
    List<Diagnostic> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt(Diagnostic::line));
    if (dropped > 0) {
      out.add(
          Diagnostic.of(
              Diagnostic.Kind.UNPLACED,
              0,
              null,
              "",
              dropped + " further diagnostics left out after the first " + LIMIT));
    }
    return out;
  }
}

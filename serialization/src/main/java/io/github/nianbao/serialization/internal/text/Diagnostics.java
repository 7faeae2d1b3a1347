package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects a reader's diagnostics. At most {@link #LIMIT} of each class are kept — notes of what
 * was lost (UNPLACED, MISSING_CELL) and notes of what was read or left out on purpose (NORMALISED,
 * IGNORED) — so that huge garbage input cannot exhaust memory, and a flood of the lesser notes
 * never crowds out a number that could not be placed. Beyond the limit one last diagnostic of the
 * class says how many more there were.
 */
final class Diagnostics {
  /** The most diagnostics kept. */
  static final int LIMIT = 10_000;

  /** The longest text quoted in a diagnostic; longer text is cut with an ellipsis. */
  static final int MAX_TEXT = 300;

  /** The diagnostics kept, in the order added; null where one was taken back. */
  private final List<Diagnostic> list = new ArrayList<>();

  /**
   * Per cell, the places in {@link #list} of its MISSING_CELL diagnostics, so that taking them back
   * does not look through all the others (a row printed again and again).
   */
  private final java.util.Map<CellAddress, List<Integer>> missing = new java.util.HashMap<>();

  private int lost;
  private int other;
  private int droppedLost;
  private int droppedOther;

  /**
   * Whether a note is of the class that a flood of lesser notes must never crowd out: what was lost
   * (UNPLACED, MISSING_CELL), and what was inferred or is doubtful (a split of glued digits, a year
   * taken from the narrative, a fee in 元).
   */
  private static boolean isLoss(Diagnostic.Reason reason) {
    Diagnostic.Kind kind = reason.kind();
    return kind == Diagnostic.Kind.UNPLACED
        || kind == Diagnostic.Kind.MISSING_CELL
        || kind == Diagnostic.Kind.DOUBTFUL
        || reason == Diagnostic.Reason.SPLIT_DIGITS
        || reason == Diagnostic.Reason.METADATA_INFERRED;
  }

  void add(Diagnostic.Reason reason, int line, CellAddress cell, String text, String message) {
    boolean loss = isLoss(reason);
    if ((loss ? lost : other) >= LIMIT) {
      if (loss) {
        droppedLost++;
      } else {
        droppedOther++;
      }
      return;
    }
    if (loss) {
      lost++;
    } else {
      other++;
    }
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    Diagnostic d = Diagnostic.of(reason, line, cell, t, message);
    if (d.kind() == Diagnostic.Kind.MISSING_CELL && cell != null) {
      missing.computeIfAbsent(cell, c -> new ArrayList<>(2)).add(list.size());
    }
    list.add(d);
  }

  /**
   * Takes back the notes that a cell is missing (MISSING_CELL, MISSING_ROW): a later copy of its
   * row has it after all.
   */
  void dropMissing(CellAddress cell) {
    List<Integer> places = missing.remove(cell);
    if (places == null) {
      return;
    }
    for (int i : places) {
      list.set(i, null);
      lost--;
    }
  }

  /** Returns the diagnostics in input order (by line, stable). */
  private static final Comparator<Diagnostic> BY_LINE = Comparator.comparingInt(Diagnostic::line);

  List<Diagnostic> result() {
    List<Diagnostic> out = new ArrayList<>(list.size());
    for (Diagnostic d : list) {
      if (d != null) {
        out.add(d);
      }
    }
    if (out.size() > 1) {
      out.sort(BY_LINE);
    }
    if (droppedLost > 0) {
      out.add(
          Diagnostic.of(
              Diagnostic.Reason.MORE_LOSSES,
              0,
              null,
              "",
              droppedLost
                  + " further UNPLACED, MISSING_CELL, DOUBTFUL or inferred-value diagnostics left out after the first "
                  + LIMIT));
    }
    if (droppedOther > 0) {
      out.add(
          Diagnostic.of(
              Diagnostic.Reason.MORE_NOTES,
              0,
              null,
              "",
              droppedOther
                  + " further NORMALISED or IGNORED diagnostics left out after the first "
                  + LIMIT));
    }
    return out;
  }
}

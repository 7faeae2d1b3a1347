package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.internal.text.LabelText.Parsed;
import java.util.List;

/**
 * What the table reader asks of one printed label, answered once per distinct text: its numbering
 * and normal form, its distances to the labels of each table, whether it is a header of each
 * table, and whether it is a known extra. A text token carries its facts, so that reading a table
 * looks nothing up.
 */
final class LabelFacts {
  private static final List<Vocabulary.TableSpec> TABLES =
      List.of(Vocabulary.ACTIVE_DISCLOSURE, Vocabulary.APPLICATIONS, Vocabulary.REVIEW_AND_LITIGATION);

  private final String text;
  private final Parsed parsed;
  /** By section ordinal: {@link TableReader#distances(String, ReportSection)}; null if no table. */
  private final TableReader.Distances[] distances =
      new TableReader.Distances[ReportSection.values().length];
  /** By section ordinal: whether the normal form is a header of the table. */
  private final boolean[] header = new boolean[ReportSection.values().length];
  private final boolean extra;

  /** The facts of a label, computed: use {@link #of}, which keeps them in {@link LabelIndex}. */
  LabelFacts(String text) {
    this.text = text;
    this.parsed = LabelText.parse(text);
    String normal = parsed.normal();
    for (Vocabulary.TableSpec t : TABLES) {
      int s = t.section().ordinal();
      distances[s] = TableReader.distances(normal, t.section());
      header[s] = TableReader.isHeader(normal, t.section());
    }
    this.extra = Vocabulary.isExtra(normal);
  }

  /**
   * Returns the facts of a label text.
   *
   * @param text the text of a label token
   * @return its facts
   */
  static LabelFacts of(String text) {
    return LabelIndex.of(text).facts();
  }

  /** The text. */
  String text() {
    return text;
  }

  /** Numbering, body and normal form. */
  Parsed parsed() {
    return parsed;
  }

  /** The distances to the labels of a table (never modified). */
  TableReader.Distances distances(ReportSection table) {
    return distances[table.ordinal()];
  }

  /** Whether the normal form is a header of a table. */
  boolean header(ReportSection table) {
    return header[table.ordinal()];
  }

  /** Whether the normal form is a known extra. */
  boolean extra() {
    return extra;
  }
}

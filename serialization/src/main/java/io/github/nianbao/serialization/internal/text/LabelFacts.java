package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.serialization.internal.text.LabelText.Parsed;

/**
 * What the table reader asks of one printed label, answered once per distinct text: its numbering
 * and normal form, its distances to the labels of each table, whether it is a header of each table,
 * and whether it is a known extra. A text token carries its facts, so that reading a table looks
 * nothing up.
 */
final class LabelFacts {

  private final String text;
  private final Parsed parsed;

  /** By table id: {@link TableReader#distances(String, Vocabulary.TableSpec)}, set when asked. */
  private final TableReader.Distances[] distances =
      new TableReader.Distances[Vocabulary.TABLE_COUNT];

  /** By table id: whether the normal form is a header of the table, set when asked. */
  private final Boolean[] header = new Boolean[Vocabulary.TABLE_COUNT];

  private final boolean extra;

  /** The facts of a label, computed: use {@link #of}, which keeps them in {@link LabelIndex}. */
  LabelFacts(String text) {
    this.text = text;
    this.parsed = LabelText.parse(text);
    this.extra = Vocabulary.isExtra(parsed.normal());
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

  /** The distances to the labels of a table (never modified); computed once, when first asked. */
  TableReader.Distances distances(Vocabulary.TableSpec table) {
    TableReader.Distances d = distances[table.id()];
    if (d == null) {
      distances[table.id()] = d = TableReader.distances(parsed.normal(), table);
    }
    return d;
  }

  /** Whether the normal form is a header of a table; computed once, when first asked. */
  boolean header(Vocabulary.TableSpec table) {
    Boolean h = header[table.id()];
    if (h == null) {
      header[table.id()] = h = TableReader.isHeader(parsed.normal(), table);
    }
    return h;
  }

  /** Whether the normal form is a known extra. */
  boolean extra() {
    return extra;
  }
}

package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.serialization.internal.text.LabelText.Parsed;
import java.util.List;

/**
 * The text reader's one cache: for each distinct short text of a report (a line, a cell, a label, a
 * normal form), what the reader asks of it, each fact computed the first time it is asked and kept
 * while the text is. Labels, headers and page furniture repeat from one report to the next, so
 * reading many reports computes each of them once.
 *
 * <p>Each fact is a pure function of the text, computed by the class that owns its rule (the
 * label's numbering and normal form by {@link LabelText}, a line's class by {@link Layout}, a
 * cell's kind by {@link Tokens}, page furniture and extras by {@link Vocabulary}, the distances to
 * a table's labels by {@link TableReader}); this class only keeps them. The cache is bounded
 * ({@link Memo}: two generations of {@link #CAPACITY} entries) and thread-safe: an entry's facts
 * are immutable values, computed at most a few times when threads race, never wrong.
 */
final class LabelIndex {
  private LabelIndex() {}

  /** The entries each generation of the cache keeps. */
  static final int CAPACITY = 16_384;

  private static final Memo<Entry> ENTRIES = new Memo<>(CAPACITY, Entry::new);

  /** The entry of a text. */
  static Entry of(String text) {
    return ENTRIES.get(text);
  }

  /** The entry of the text {@code chars[from, to)}, without making its {@code String} on a hit. */
  static Entry of(char[] chars, int from, int to) {
    return ENTRIES.get(chars, from, to);
  }

  /** What the reader knows of one text. */
  static final class Entry {
    // Vocabulary.SPECS.size(), not read from it: Vocabulary's own initialisation uses this index
    private static final int TABLES = Vocabulary.TABLE_COUNT;
    private static final int UNSET = Integer.MIN_VALUE;

    private final String text;
    private Parsed parsed;
    private List<String> labels;
    private String normal;
    private Boolean value;
    private Object piece;
    private Boolean furniture;
    private Boolean extra;
    private LabelFacts facts;
    private volatile int lineClass = UNSET;
    private volatile int heading = UNSET;

    /** By table, made when first asked for: most texts (table rows) are never asked. */
    private TableReader.Distances[] distances;

    private Boolean[] header;

    private Entry(String text) {
      this.text = text;
    }

    /** The text. */
    String text() {
      return text;
    }

    /** As a label: numbering, body and normal form ({@link LabelText#parse}). */
    Parsed parsed() {
      Parsed p = parsed;
      if (p == null) {
        parsed = p = LabelText.parseNow(text);
      }
      return p;
    }

    /** As a cell of text: the labels it holds ({@link LabelText#splitLabels}). */
    List<String> labels() {
      List<String> l = labels;
      if (l == null) {
        labels = l = LabelText.splitNow(text);
      }
      return l;
    }

    /** Its normal form ({@link LabelText#normal}). */
    String normal() {
      String n = normal;
      if (n == null) {
        normal = n = LabelText.normalNow(text);
      }
      return n;
    }

    /** As a cell that is not ASCII: whether it is a number ({@link Tokens#isValue(String)}). */
    boolean isValue() {
      Boolean v = value;
      if (v == null) {
        value = v = Tokens.isValueNow(text);
      }
      return v;
    }

    /** As a piece of a line: number, mark or labels (a {@code Tokens.Piece}). */
    Object piece() {
      Object p = piece;
      if (p == null) {
        piece = p = Tokens.pieceNow(text);
      }
      return p;
    }

    /** As a stripped line: whether it is page furniture ({@link Vocabulary#isFurniture}). */
    boolean furniture() {
      Boolean f = furniture;
      if (f == null) {
        furniture = f = Vocabulary.matchesFurnitureNow(text);
      }
      return f;
    }

    /** As a normal form: whether it is a known extra ({@link Vocabulary#isExtra}). */
    boolean extra() {
      Boolean e = extra;
      if (e == null) {
        extra = e = Vocabulary.matchesExtraNow(text);
      }
      return e;
    }

    /** As a label: its {@link LabelFacts}. */
    LabelFacts facts() {
      LabelFacts f = facts;
      if (f == null) {
        facts = f = new LabelFacts(text);
      }
      return f;
    }

    /** As a line: {@link Layout#classify}'s classes. */
    int lineClass() {
      int c = lineClass;
      if (c == UNSET) {
        lineClass = c = Layout.classNow(text);
      }
      return c;
    }

    /** As a stripped line: the ordinal of the section whose heading it is, or -1. */
    int heading() {
      int h = heading;
      if (h == UNSET) {
        heading = h = Layout.headingNow(text);
      }
      return h;
    }

    /** As a normal form: its distances to the labels of a table. */
    TableReader.Distances distances(Vocabulary.TableSpec table) {
      TableReader.Distances[] all = distances;
      if (all == null) {
        distances = all = new TableReader.Distances[TABLES];
      }
      TableReader.Distances d = all[table.id()];
      if (d == null) {
        all[table.id()] = d = TableReader.distancesNow(text, table);
      }
      return d;
    }

    /** As a normal form: whether it is a header of a table. */
    boolean header(Vocabulary.TableSpec table) {
      Boolean[] all = header;
      if (all == null) {
        header = all = new Boolean[TABLES];
      }
      Boolean h = all[table.id()];
      if (h == null) {
        all[table.id()] = h = TableReader.isHeaderNow(text, table);
      }
      return h;
    }
  }
}

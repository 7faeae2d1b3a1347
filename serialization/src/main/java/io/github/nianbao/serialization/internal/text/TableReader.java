package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.internal.text.LabelText.Numbering;
import io.github.nianbao.serialization.internal.text.LabelText.Parsed;
import io.github.nianbao.serialization.internal.text.Tokens.Line;
import io.github.nianbao.serialization.internal.text.Tokens.Token;
import io.github.nianbao.serialization.internal.text.Vocabulary.Label;
import io.github.nianbao.serialization.internal.text.Vocabulary.RowSpec;
import io.github.nianbao.serialization.internal.text.Vocabulary.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads the cells of one table section from its lines, leniently.
 *
 * <p>The section is split into {@linkplain Tokens tokens}. A text token is, in this order of
 * preference: a row label (matched by {@link LabelText} against every row of the table, the next
 * rows in printed order first) when numbers follow it (on its own line, if the text is also a
 * header word such as 其他 or 总计); a structure label such as （三）不予公开 or 第二十条第（一）项; a header (column
 * labels or pieces of them; repeated headers after a page break are noted); a row label even though
 * no number follows; a known extra (IGNORED); a label broken over two lines; a mark in the place of
 * a cell; else it is UNPLACED. The cells of a row are the tokens that follow its label, across
 * lines and repeated headers, up to the next label.
 *
 * <p>A row's cells are then fitted to the row's width: empty cells (between tabs) at the end, then
 * at the start, then inside are dropped while there are too many; surplus cells are UNPLACED;
 * missing cells are blank with a MISSING_CELL diagnostic. A tab-separated line of exactly the label
 * and the row's width of cells (the canonical layout) is taken cell by cell as it stands.
 */
final class TableReader {
  private static final int MAX_MARK_LENGTH = 8;

  private final TableSpec spec;
  private final List<Token> tokens;
  private final Diagnostics diagnostics;

  /** The cells read, by {@link CellAddress#index()}. */
  private final TableCell[] cells;

  private final int headingLine;
  private final BitSet textLines = new BitSet();
  private final boolean[] seen;
  private final boolean[] filled;

  private Row current;
  private Numbering pending;
  private int cursor;
  private boolean rowSinceHeader;

  /** A row being read. */
  private static final class Row {
    final int index;
    final RowSpec spec;
    final Line line;
    String label;
    int distance;
    final List<Token> cells;
    int nonEmpty;
    boolean duplicate;
    boolean exact;

    /** Whether the label was printed over two tokens. */
    boolean broken;

    /** Whether only the beginning of the label has been read: the rest may follow. */
    boolean incomplete;

    Row(int index, RowSpec spec, Line line, String label, int distance) {
      this.index = index;
      this.spec = spec;
      this.line = line;
      this.label = label;
      this.distance = distance;
      this.cells = new ArrayList<>(spec.cells().size() + 4);
    }

    void add(Token t) {
      cells.add(t);
      nonEmpty += t.kind() == Tokens.Kind.EMPTY ? 0 : 1;
    }

    boolean full() {
      return nonEmpty >= spec.cells().size();
    }
  }

  /** Whether the input ends with this table: a fragment may end inside its last row. */
  private boolean endsInput;

  /** While fitting the last row of a fragment that ends inside it. */
  private boolean cutShort;

  /**
   * Says that the input ends with this table's lines (nothing but blank lines follows).
   *
   * @return this reader
   */
  TableReader endingInput() {
    endsInput = true;
    return this;
  }

  /**
   * The most tokens (cells and labels) a table section is read into: a table has a few hundred,
   * printed over pages with its headers repeated a thousand or two. The lines after are not read,
   * each reported, so that a section of a million lines costs a bounded number of objects.
   */
  static final int MAX_TOKENS = 100_000;

  /** The lines not read because the section has more than {@link #MAX_TOKENS} tokens before. */
  private int unreadLines;

  private int firstUnread;
  private String firstUnreadText;

  /**
   * Creates the reader of one table section; its lines are then {@linkplain #add added}, in order.
   *
   * @param spec the table
   * @param headingLine the 1-based line of the section's heading (where a missing row is noted)
   * @param diagnostics where to report
   * @param cells the cells read, by {@link CellAddress#index()}
   */
  TableReader(TableSpec spec, int headingLine, Diagnostics diagnostics, TableCell[] cells) {
    this.spec = spec;
    this.diagnostics = diagnostics;
    this.cells = cells;
    this.headingLine = headingLine;
    // as many as the table's labels and cells, as most tables print: the list seldom grows
    this.tokens = new ArrayList<>(spec.tokens());
    this.seen = new boolean[spec.rows().size()];
    this.filled = new boolean[spec.rows().size()];
  }

  /**
   * Adds a line of the section, {@code chars[from, to)}, cut into its tokens ({@link Tokens#line}).
   * A line of more cells than a line is cut into ({@link Tokens#MAX_LINE_CELLS}) is not read, and
   * reported; so are the lines after the section's first {@link #MAX_TOKENS} tokens, reported
   * together by {@link #read}. A blank line without a tab has no token and is not kept.
   *
   * @param number the 1-based line number
   * @param chars the text
   * @param from where the line starts
   * @param to where it ends
   * @param tabsCanonical whether tab-separated rows are the canonical layout
   */
  void add(int number, char[] chars, int from, int to, boolean tabsCanonical) {
    int a = Tokens.skipSpace(chars, from, to);
    if (a == to && !hasTab(chars, from, to)) {
      // blank: no token (a line of tabs is empty cells)
      return;
    }
    if (tokens.size() >= MAX_TOKENS) {
      if (unreadLines++ == 0) {
        firstUnread = number;
        firstUnreadText = quote(chars, a, to);
      }
      return;
    }
    Line line = Tokens.line(number, chars, from, to, tabsCanonical);
    int before = tokens.size();
    int unsplit = Tokens.tokenize(line, tokens);
    if (unsplit < 0) {
      diagnostics.add(
          Reason.UNPLACED_TEXT,
          number,
          null,
          quote(chars, a, to),
          "text of more than "
              + Tokens.MAX_TEXT_CHARS
              + " characters between its tabs, pipes or"
              + " numbers, longer than any label or row: the line is not cut into cells, and not"
              + " read");
      return;
    }
    if (unsplit > 0) {
      diagnostics.add(
          Reason.UNPLACED_TEXT,
          number,
          null,
          quote(chars, a, to),
          "a line of more than "
              + Tokens.MAX_LINE_CELLS
              + " cells and labels ("
              + unsplit
              + " pieces between its tabs, pipes or spaces), more than any row of a table has:"
              + " it is not cut into cells, and not read");
      return;
    }
    for (int k = before; k < tokens.size(); k++) {
      if (tokens.get(k).kind() == Tokens.Kind.TEXT) {
        textLines.set(number);
        break;
      }
    }
  }

  private static boolean hasTab(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] == '\t') {
        return true;
      }
    }
    return false;
  }

  /** The text {@code chars[a, to)}, stripped, as far as a diagnostic quotes it. */
  private static String quote(char[] chars, int a, int to) {
    int end = Math.min(to, a + Diagnostics.MAX_TEXT + 1);
    return new String(chars, a, Tokens.trimSpace(chars, a, end) - a);
  }

  /** Reads the table into the map of cells. */
  void read() {
    if (unreadLines > 0) {
      diagnostics.add(
          Reason.UNPLACED_TEXT,
          firstUnread,
          null,
          firstUnreadText,
          "not read, with the "
              + (unreadLines - 1)
              + " lines after it that are not blank, to the section's end: the table has "
              + MAX_TOKENS
              + " cells and labels before"
              + " this line, more than any table (the rest of the section is not read)");
    }
    if (spec.structure().isEmpty() && spec.rows().size() == 1) {
      readWide();
    } else {
      readRows();
    }
    resolveGlued();
    for (int i = 0; i < spec.rows().size(); i++) {
      if (!seen[i]) {
        for (CellAddress a : spec.rows().get(i).cells()) {
          put(a, null);
          diagnostics.add(
              Reason.MISSING_ROW,
              headingLine,
              a,
              "",
              spec.rows().get(i).label().official().isEmpty()
                  ? "no row of numbers of this table found: the cell is blank"
                  : "row "
                      + spec.rows().get(i).label().official()
                      + " not found: the cell is blank");
        }
      }
    }
  }

  // ---------------------------------------------------------------- Tables 2 and 3

  private void readRows() {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case EMPTY -> {
          if (current != null && (t.line() == current.line || !textLines.get(t.line().number()))) {
            current.add(t);
          }
        }
        case VALUE, MARK -> {
          if (current != null) {
            current.add(t);
          } else {
            unplaced(t, Reason.UNPLACED_CELL, "a cell outside any row");
          }
        }
        case TEXT -> i = text(i);
      }
    }
    finish();
  }

  private record RowMatch(int index, int distance) {}

  /**
   * A normal form's distances to the labels of one table ({@link LabelText#match}: -1 when it does
   * not match): to each row label, to each structure label, and the rows it matches, in order.
   * Never modified.
   *
   * @param toRows by row index
   * @param toStructure by structure label index
   * @param matchingRows the indices of the rows with a distance of 0 or more, in order
   */
  record Distances(int[] toRows, int[] toStructure, int[] matchingRows) {}

  private int text(int i) {
    Token t = tokens.get(i);
    LabelFacts facts = t.facts();
    Parsed p = facts.parsed();
    if (p.normal().isEmpty()) {
      boolean open = current != null && !current.full();
      if (p.numbering() != null && !(open && numberingInItsOwnCell(i))) {
        pending = p.numbering();
      } else if (open) {
        current.add(t);
      } else {
        unplaced(t, Reason.UNPLACED_TEXT, "text outside any row");
      }
      return i;
    }
    // the rest of a label printed over several lines, its numbers on a middle line
    if (p.numbering() == null && current != null && current.incomplete) {
      String joined = current.label + t.text();
      String normal = LabelText.parse(joined).normal();
      String official = current.spec.label().normals().get(0);
      if (official.startsWith(normal)) {
        current.label = joined;
        current.incomplete = !official.equals(normal);
        return i;
      }
    }
    Numbering numbering = p.numbering() != null ? p.numbering() : pending;
    pending = null;
    boolean valuesFollow = valuesFollow(i, false);
    Distances distances = facts.distances(spec);
    RowMatch row = bestRow(distances, numbering);
    // a header word such as 其他 or 总计 is a row label only with its numbers on its line
    boolean header = numbering == null && facts.header(spec);
    if (row != null && valuesFollow && (!header || valuesFollow(i, true))) {
      return startRow(i, row, t.text());
    }
    int struct = bestStructure(distances, numbering);
    if (struct >= 0) {
      // a group label beside the middle line of a sub-row's label does not end that row
      if (current == null || !current.incomplete || !current.cells.isEmpty()) {
        finish();
      }
      Label label = spec.structure().get(struct);
      if (!t.text().equals(label.official())) {
        diagnostics.add(
            Reason.LABEL_VARIANT, t.line().number(), null, t.text(), "read as " + label.official());
      }
      return i;
    }
    if (header) {
      header(t);
      return i;
    }
    if (row != null) {
      return startRow(i, row, t.text());
    }
    // a label with a note in brackets (规章(县级无此项), 本年(2023)制发件数): read without it
    String core = withoutNotes(t.text());
    if (core != null) {
      Parsed q = LabelText.parse(core);
      RowMatch r =
          bestRow(distances(q.normal(), spec), q.numbering() != null ? q.numbering() : numbering);
      if (r != null && valuesFollow) {
        return startRow(i, r, t.text());
      }
      if (q.numbering() == null && isHeader(q.normal())) {
        header(t);
        String text = t.text();
        // (萬元, traditional, is 万元)
        String unit = TraditionalForms.simplified(text);
        if (spec.section() == ReportSection.ACTIVE_DISCLOSURE
            && unit.contains(WrittenNumber.YUAN)
            && !unit.contains(WrittenNumber.TEN_THOUSAND_YUAN)) {
          diagnostics.add(
              Reason.FEE_UNIT,
              t.line().number(),
              null,
              text,
              "the fee's column is headed in 元 where 万元 is asked: its amount is kept as printed");
        } else {
          diagnostics.add(
              Reason.LABEL_VARIANT,
              t.line().number(),
              null,
              text,
              "read as the header " + core.strip() + ", its note in brackets aside");
        }
        return i;
      }
    }
    // the first line of a label printed over several lines: the beginning of one row's label
    RowMatch start = prefixRow(p.normal(), numbering);
    if (start != null) {
      int next = startRow(i, start, t.text());
      if (current != null) {
        current.incomplete = true;
        current.broken = true;
      }
      return next;
    }
    if (facts.extra()) {
      finish();
      diagnostics.add(
          Reason.EXTRA, t.line().number(), null, t.text(), "an extra that is not in the model");
      return i;
    }
    // a label broken over two tokens, unless the second is a row's label on its own (then this
    // token is text before that row: a mark in the place of a cell, or unplaced, as below)
    if (i + 1 < tokens.size()
        && tokens.get(i + 1).kind() == Tokens.Kind.TEXT
        && !startsRowAlone(tokens.get(i + 1))) {
      String joined = t.text() + tokens.get(i + 1).text();
      Parsed q = LabelText.parse(joined);
      RowMatch r =
          bestRow(distances(q.normal(), spec), q.numbering() != null ? q.numbering() : numbering);
      if (r != null) {
        // finish() notes the joined label as LABEL_BROKEN
        int next = startRow(i + 1, r, joined);
        if (current != null) {
          current.broken = true;
        }
        return next;
      }
    }
    if (current != null && current.cells.isEmpty()) {
      String joined = current.label + t.text();
      Parsed q = LabelText.parse(joined);
      int d = distanceTo(q.normal(), current.spec.label());
      if (d >= 0 && d < current.distance) {
        current.label = joined;
        current.distance = d;
        diagnostics.add(
            Reason.LABEL_BROKEN, t.line().number(), null, joined, "a label broken over two lines");
        return i;
      }
    }
    // short text is a mark in the place of a cell, unless it is numbered: a label (cut short)
    if (current != null
        && !current.full()
        && p.normal().length() <= MAX_MARK_LENGTH
        && p.numbering() == null) {
      current.add(t);
      return i;
    }
    finish();
    unplaced(t, Reason.UNPLACED_TEXT, "text that is no label of this table");
    return i;
  }

  /**
   * Whether a token that is a numbering alone ({@code 5、}, {@code 5)}) stands in a cell of a tabbed
   * row with no label after it on its line (empty cells passed over): what is printed in the place
   * of a value (a row's cell spanning columns is followed by empty cells), not the numbering of a
   * label to come ({@code （一）} in a cell before 予以公开's).
   */
  private boolean numberingInItsOwnCell(int i) {
    Token t = tokens.get(i);
    if (t.cell() < 0) {
      return false;
    }
    for (int j = i + 1; j < tokens.size(); j++) {
      Token next = tokens.get(j);
      if (next.line() != t.line()) {
        return true;
      }
      if (next.kind() != Tokens.Kind.EMPTY) {
        return next.kind() != Tokens.Kind.TEXT;
      }
    }
    return true;
  }

  /**
   * A label without its notes in brackets after its start ({@code 规章(县级无此项)} → {@code 规章}, {@code
   * 本年(2023)制发件数} → {@code 本年制发件数}); a numbering such as （二） at the start is kept. Null if it has
   * none.
   */
  static String withoutNotes(String text) {
    StringBuilder b = null;
    int n = text.length();
    int i = 0;
    // a numbering in brackets at the start stays
    Parsed p = LabelText.parse(text);
    int keep = p.numbering() != null ? text.length() - p.body().length() : 0;
    if (keep < 0 || keep > n) {
      return null;
    }
    for (i = keep; i < n; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        int close = i + 1;
        while (close < n
            && text.charAt(close) != ')'
            && text.charAt(close) != '）'
            && text.charAt(close) != '('
            && text.charAt(close) != '（') {
          close++;
        }
        if (close < n
            && (text.charAt(close) == ')' || text.charAt(close) == '）')
            && close > i + 1) {
          if (b == null) {
            b = new StringBuilder(text.substring(0, i));
          }
          i = close;
          continue;
        }
      }
      if (b != null) {
        b.append(c);
      }
    }
    return b == null || b.toString().isBlank() ? null : b.toString();
  }

  /** Whether a row read has a number among its cells. */
  private static boolean hasNumber(Row row) {
    for (Token t : row.cells) {
      if (t.kind() == Tokens.Kind.VALUE) {
        return true;
      }
    }
    return false;
  }

  /** Whether any cell of a row was read as a number. */
  private boolean readNumbers(RowSpec spec) {
    for (CellAddress a : spec.cells()) {
      TableCell c = cells[a.index()];
      if (c != null && c.isNumber()) {
        return true;
      }
    }
    return false;
  }

  /** The rows without numbers in a row before a row whose numbers cannot be attributed. */
  private static final int MIN_LABEL_BLOCK = 2;

  /** The rows finished just before this one without any number, in a row. */
  private int emptyRowsBefore;

  private static boolean nonEmpty(Row row) {
    for (Token t : row.cells) {
      if (t.kind() != Tokens.Kind.EMPTY) {
        return true;
      }
    }
    return false;
  }

  /** Whether a row's first number stands on its label's line. */
  private static boolean onLabelLine(Row row) {
    for (Token t : row.cells) {
      if (t.kind() != Tokens.Kind.EMPTY) {
        return t.line() == row.line;
      }
    }
    return true;
  }

  /** The shortest beginning of a row label that is taken for the first line of it. */
  private static final int MIN_PREFIX = 4;

  /**
   * The one row whose label begins with {@code normal} (at least {@link #MIN_PREFIX} characters,
   * and not all of it), with the same numbering; null if none or more than one.
   */
  private RowMatch prefixRow(String normal, Numbering numbering) {
    if (normal.length() < MIN_PREFIX) {
      return null;
    }
    int found = -1;
    for (int r = 0; r < spec.rows().size(); r++) {
      Label label = spec.rows().get(r).label();
      String official = label.normals().get(0);
      if (official.length() > normal.length()
          && official.startsWith(normal)
          && (numbering == null
              || label.numbering() == null
              || numbering.equals(label.numbering()))) {
        if (found >= 0) {
          return null;
        }
        found = r;
      }
    }
    return found < 0 ? null : new RowMatch(found, official(found).length() - normal.length());
  }

  private String official(int row) {
    return spec.rows().get(row).label().normals().get(0);
  }

  private boolean valuesFollow(int i, boolean onLine) {
    for (int j = i + 1; j < tokens.size(); j++) {
      Tokens.Kind k = tokens.get(j).kind();
      if (onLine && tokens.get(j).line() != tokens.get(i).line()) {
        return false;
      }
      if (k != Tokens.Kind.EMPTY) {
        return k == Tokens.Kind.VALUE || k == Tokens.Kind.MARK;
      }
    }
    return false;
  }

  private void header(Token t) {
    // Table 2 prints its header once per 第二十条 clause: that is no repetition
    if (rowSinceHeader && spec.section() != ReportSection.ACTIVE_DISCLOSURE) {
      rowSinceHeader = false;
      diagnostics.add(
          Reason.REPEATED_HEADER, t.line().number(), null, t.text(), "a repeated table header");
    }
  }

  private static int distanceTo(String normal, Label label) {
    int best = -1;
    for (String n : label.normals()) {
      int d = LabelText.match(normal, n);
      if (d >= 0 && (best < 0 || d < best)) {
        best = d;
      }
    }
    return best;
  }

  private boolean isHeader(String normal) {
    return isHeader(normal, spec);
  }

  /** Whether a normal form is a {@linkplain Vocabulary#isHeader header} of a table. */
  static boolean isHeader(String normal, TableSpec table) {
    return LabelIndex.of(normal).header(table);
  }

  /** {@link #isHeader(String, TableSpec)}, computed (kept by {@link LabelIndex}). */
  static boolean isHeaderNow(String normal, TableSpec table) {
    return Vocabulary.isHeader(normal, table.headers());
  }

  private static Distances distances(TableSpec t, String normal) {
    int rows = t.rows().size();
    int[] toRows = new int[rows];
    int matching = 0;
    for (int r = 0; r < rows; r++) {
      toRows[r] = distanceTo(normal, t.rows().get(r).label());
      matching += toRows[r] >= 0 ? 1 : 0;
    }
    int[] toStructure = new int[t.structure().size()];
    for (int k = 0; k < toStructure.length; k++) {
      toStructure[k] = distanceTo(normal, t.structure().get(k));
    }
    int[] matchingRows = new int[matching];
    int m = 0;
    for (int r = 0; r < rows; r++) {
      if (toRows[r] >= 0) {
        matchingRows[m++] = r;
      }
    }
    return new Distances(toRows, toStructure, matchingRows);
  }

  /** The distances of a normal form to the labels of a table (memoised, never modified). */
  static Distances distances(String normal, TableSpec table) {
    return LabelIndex.of(normal).distances(table);
  }

  /** {@link #distances(String, TableSpec)}, computed (kept by {@link LabelIndex}). */
  static Distances distancesNow(String normal, TableSpec table) {
    return distances(table, normal);
  }

  /**
   * Whether a text token is, on its own, exactly the label of one of this table's rows (its
   * numbering, if printed, that row's).
   */
  private boolean startsRowAlone(Token t) {
    LabelFacts facts = t.facts();
    Numbering numbering = facts.parsed().numbering();
    Distances distances = facts.distances(spec);
    for (int r : distances.matchingRows()) {
      Numbering own = spec.rows().get(r).label().numbering();
      if (distances.toRows()[r] == 0
          && (numbering == null || own == null || numbering.equals(own))) {
        return true;
      }
    }
    return false;
  }

  private RowMatch bestRow(Distances distances, Numbering numbering) {
    int best = -1;
    int bestD = 0;
    int bestMismatch = 0;
    int bestFilled = 0;
    int bestBehind = 0;
    int bestFar = 0;
    for (int r : distances.matchingRows()) {
      Label label = spec.rows().get(r).label();
      int d = distances.toRows()[r];
      int mismatch =
          numbering != null && label.numbering() != null && !numbering.equals(label.numbering())
              ? 1
              : 0;
      int isFilled = filled[r] ? 1 : 0;
      int behind = r < cursor ? 1 : 0;
      int far = Math.abs(r - cursor);
      // the least (distance, mismatch, filled, behind, far), the first of equals
      if (best < 0
          || isLess(
              d,
              bestD,
              mismatch,
              bestMismatch,
              isFilled,
              bestFilled,
              behind,
              bestBehind,
              far,
              bestFar)) {
        best = r;
        bestD = d;
        bestMismatch = mismatch;
        bestFilled = isFilled;
        bestBehind = behind;
        bestFar = far;
      }
    }
    return best < 0 ? null : new RowMatch(best, bestD);
  }

  /** Whether (a0 … a4) is less than (b0 … b4), compared in that order. */
  private static boolean isLess(
      int a0, int b0, int a1, int b1, int a2, int b2, int a3, int b3, int a4, int b4) {
    if (a0 != b0) {
      return a0 < b0;
    }
    if (a1 != b1) {
      return a1 < b1;
    }
    if (a2 != b2) {
      return a2 < b2;
    }
    if (a3 != b3) {
      return a3 < b3;
    }
    return a4 < b4;
  }

  private int bestStructure(Distances distances, Numbering numbering) {
    int best = -1;
    int bestD = Integer.MAX_VALUE;
    for (int s = 0; s < spec.structure().size(); s++) {
      Label label = spec.structure().get(s);
      if (numbering != null && label.numbering() != null && !numbering.equals(label.numbering())) {
        continue;
      }
      int d = distances.toStructure()[s];
      if (d >= 0 && d < bestD) {
        bestD = d;
        best = s;
      }
    }
    return best;
  }

  private int startRow(int i, RowMatch match, String text) {
    finish();
    Token t = tokens.get(i);
    RowSpec rowSpec = spec.rows().get(match.index());
    Row row = new Row(match.index(), rowSpec, t.line(), text, match.distance());
    row.duplicate = filled[match.index()];
    seen[match.index()] = true;
    cursor = match.index() + 1;
    rowSinceHeader = true;
    current = row;
    int width = rowSpec.cells().size();
    Line line = t.line();
    if (line.tabbed()
        && t.cell() == 0
        && line.cellCount() == width + 1
        && line.cellEquals(0, text)) {
      // the label and exactly the row's cells: the cells are its own, and nothing after the line
      // joins the row. In the canonical layout (tab rows of the SDK's own text) each cell is
      // taken as printed: a number as people write it (12件) is a mark there, as written; in a
      // published table's row (a grid's, a pipe row) cells are read leniently
      boolean canonical = line.canonical();
      row.exact = canonical;
      int k = i + 1;
      while (k < tokens.size() && tokens.get(k).line() == line && tokens.get(k).cell() == 0) {
        k++;
      }
      for (int c = 1; c <= width; c++) {
        int first = k;
        while (k < tokens.size() && tokens.get(k).line() == line && tokens.get(k).cell() == c) {
          k++;
        }
        // a cell read as one number, mark or empty token is that token; else the cell as a whole
        Token only = k == first + 1 ? tokens.get(first) : null;
        boolean asIs =
            only != null
                && only.kind() != Tokens.Kind.TEXT
                && (!canonical
                    || only.kind() != Tokens.Kind.VALUE
                    || only.smallWholeNumber() != Long.MIN_VALUE
                    || Tokens.isValue(only.text()));
        row.add(asIs ? only : line.cellToken(c));
      }
      finish();
      // the line's last token: its cells are the label's and the row's
      return k - 1;
    }
    return i;
  }

  private void finish() {
    Row row = current;
    current = null;
    if (row == null) {
      return;
    }
    if (row.broken || !row.label.equals(row.spec.label().official())) {
      diagnostics.add(
          row.broken ? Reason.LABEL_BROKEN : Reason.LABEL_VARIANT,
          row.line.number(),
          null,
          row.label,
          "read as " + row.spec.label().official());
    }
    if (row.duplicate && hasNumber(row) && !readNumbers(row.spec)) {
      // the earlier copy had no numbers (a label alone on its line, marks): this one is read
      for (CellAddress a : row.spec.cells()) {
        diagnostics.dropMissing(a);
      }
      diagnostics.add(
          Reason.DUPLICATE_ROW,
          row.line.number(),
          null,
          row.label,
          "the row printed again, with numbers: this copy is read, the earlier one without"
              + " numbers is not");
    } else if (row.duplicate) {
      for (Token t : row.cells) {
        if (t.kind() != Tokens.Kind.EMPTY) {
          unplaced(
              t,
              Reason.DUPLICATE_ROW,
              "a cell of row " + row.spec.label().official() + " printed a second time");
        }
      }
      return;
    }
    // a block of labels printed without numbers (scrambled Markdown from a PDF converter: the
    // labels as wrapped text, then bare rows of numbers): numbers after the block belong to one
    // of its rows, but to which cannot be told
    boolean afterBlock = emptyRowsBefore >= MIN_LABEL_BLOCK && !onLabelLine(row);
    emptyRowsBefore = nonEmpty(row) ? 0 : emptyRowsBefore + 1;
    if (afterBlock && nonEmpty(row)) {
      for (Token t : row.cells) {
        if (t.kind() != Tokens.Kind.EMPTY) {
          unplaced(
              t,
              Reason.UNPLACED_CELL,
              "numbers after a block of labels printed without numbers: which row they belong to"
                  + " cannot be told");
        }
      }
      for (CellAddress a : row.spec.cells()) {
        put(a, null);
        diagnostics.add(
            Reason.MISSING_CELL,
            row.line.number(),
            a,
            "",
            "its label stands in a block of labels without numbers: the cell is blank");
      }
      filled[row.index] = true;
      return;
    }
    filled[row.index] = true;
    // a fragment that ends inside this row of explicit cells (tabs or pipes): its cells are the
    // first ones, in order
    cutShort =
        endsInput
            && row.line.tabbed()
            && !row.cells.isEmpty()
            && row.cells.get(row.cells.size() - 1) == tokens.get(tokens.size() - 1);
    fit(row.cells, row.spec.cells(), row.line.number(), row.exact);
    cutShort = false;
  }

  // ---------------------------------------------------------------- Table 4

  private void readWide() {
    RowSpec row = spec.rows().get(0);
    int width = row.cells().size();
    List<Token> data = new ArrayList<>();
    // the tokens of data that are not empty, counted as they are added (not recounted per token)
    int nonEmptyData = 0;
    boolean exact = false;
    int dataLine = headingLine;
    boolean dataSinceHeader = false;
    Line previous = null;
    for (Token t : tokens) {
      Line line = t.line();
      if (line != previous) {
        previous = line;
        if (data.isEmpty() && line.tabbed() && line.cellCount() == width && !hasHeader(line)) {
          exact = true;
          dataLine = line.number();
          for (int c = 0; c < width; c++) {
            Token cell = line.cellToken(c);
            data.add(cell);
            nonEmptyData += cell.kind() == Tokens.Kind.EMPTY ? 0 : 1;
          }
          dataSinceHeader = true;
        }
      }
      if (exact && line.number() == dataLine) {
        continue;
      }
      switch (t.kind()) {
        case EMPTY -> {
          if (!textLines.get(line.number())) {
            data.add(t);
          }
        }
        case VALUE, MARK -> {
          if (data.isEmpty()) {
            dataLine = line.number();
          }
          data.add(t);
          nonEmptyData++;
          dataSinceHeader = true;
        }
        case TEXT -> {
          LabelFacts facts = t.facts();
          Parsed p = facts.parsed();
          if (facts.header(spec)) {
            if (dataSinceHeader) {
              dataSinceHeader = false;
              diagnostics.add(
                  Reason.REPEATED_HEADER, line.number(), null, t.text(), "a repeated table header");
            }
          } else if (facts.extra()) {
            diagnostics.add(
                Reason.EXTRA, line.number(), null, t.text(), "an extra that is not in the model");
          } else if (!data.isEmpty()
              && nonEmptyData < width
              && p.normal().length() <= MAX_MARK_LENGTH
              && p.numbering() == null) {
            data.add(t);
            nonEmptyData++;
          } else {
            unplaced(t, Reason.UNPLACED_TEXT, "text that is no label of this table");
          }
        }
      }
    }
    if (!data.isEmpty() || exact) {
      seen[0] = true;
      fit(data, row.cells(), dataLine, exact);
    }
  }

  private boolean hasHeader(Line line) {
    for (int k = 0; k < line.cellCount(); k++) {
      String c = line.cell(k);
      if (!c.isEmpty() && !Tokens.isValue(c)) {
        String n = LabelText.normal(c);
        if (isHeader(n)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- cells

  private void fit(List<Token> given, List<CellAddress> addresses, int line, boolean exact) {
    int width = addresses.size();
    Token run = exact ? null : gluedRun(given, width);
    if (run != null) {
      glued(run, addresses);
      return;
    }
    List<Token> c = withoutSurplus(given, width);
    int values = 0;
    for (Token t : c) {
      values += t.kind() == Tokens.Kind.EMPTY ? 0 : 1;
    }
    if (!exact && values > width) {
      // too many cells: text that is no number is what does not belong, before any number
      List<Token> kept = new ArrayList<>(c.size());
      for (Token t : c) {
        if (values > width && t.kind() == Tokens.Kind.TEXT) {
          unplaced(t, Reason.UNPLACED_TEXT, "text among the cells of a row that has too many");
          values--;
        } else {
          kept.add(t);
        }
      }
      c = withoutSurplus(kept, width);
    }
    // (only a row with no empty cell: an empty one may be a surplus one, as some layouts print
    // before the numbers, and then the columns cannot be told)
    if (!exact && c.size() < width && values > 0 && width > 1 && cutShort && values == c.size()) {
      // the last cell is whole only when a separator follows it: the cut may fall in a number
      Token last = c.get(c.size() - 1);
      String raw = last.line().text();
      int end = raw.length();
      while (end > 0 && raw.charAt(end - 1) == ' ') {
        end--;
      }
      boolean closed =
          end < raw.length() && raw.charAt(raw.length() - 1) == '\t'
              || (end > 0 && (raw.charAt(end - 1) == '\t' || Tokens.isPipe(raw.charAt(end - 1))));
      if (!closed && last.kind() != Tokens.Kind.EMPTY) {
        unplaced(
            last,
            Reason.UNPLACED_CELL,
            "the input ends in this cell: it may be cut short, so it is not placed");
        c = new ArrayList<>(c.subList(0, c.size() - 1));
      }
      diagnostics.add(
          Reason.MISSING_CELL,
          line,
          null,
          "",
          "the input ends inside this row: its "
              + c.size()
              + " cells are the first "
              + c.size()
              + " of "
              + width
              + ", the rest blank");
    } else if (!exact && c.size() < width && values > 0 && width > 1) {
      // fewer cells than columns, and nothing tells which column is missing: place none
      for (Token t : c) {
        if (t.kind() != Tokens.Kind.EMPTY) {
          unplaced(
              t,
              Reason.SHORT_ROW,
              "one of "
                  + values
                  + " cells of a row of "
                  + width
                  + " columns: which column is missing cannot be told");
        }
      }
      for (CellAddress a : addresses) {
        put(a, null);
        diagnostics.add(
            Reason.MISSING_CELL, line, a, "", "the row has fewer cells than columns: it is blank");
      }
      return;
    }
    for (int k = width; k < c.size(); k++) {
      Token t = c.get(k);
      if (t.kind() != Tokens.Kind.EMPTY) {
        unplaced(t, Reason.SURPLUS_CELL, "a surplus cell after the " + width + " cells of the row");
      }
    }
    for (int k = 0; k < width; k++) {
      CellAddress a = addresses.get(k);
      if (k >= c.size()) {
        put(a, null);
        diagnostics.add(Reason.MISSING_CELL, line, a, "", "the row has no such cell: it is blank");
        continue;
      }
      Token t = c.get(k);
      if (t.kind() == Tokens.Kind.EMPTY) {
        put(a, null);
        if (!exact) {
          diagnostics.add(
              Reason.MISSING_CELL, t.line().number(), a, "", "an empty cell: it is blank");
        }
        continue;
      }
      TableCell cell =
          a.column() == DisclosureColumn2019.TOTAL_AMOUNT
              ? PrintedAmount.of(Tokens.strip(t.text()))
              : a.isAmount() ? amount(t, a) : count(t, a);
      if (cell == null) {
        put(a, null);
        unplaced(t, Reason.UNPLACED_TEXT, "neither a number nor a mark: the cell is blank");
        diagnostics.add(
            Reason.UNREADABLE_CELL,
            t.line().number(),
            a,
            t.text(),
            "no readable cell: it is blank");
      } else {
        put(a, cell);
      }
    }
  }

  // ---------------------------------------------------------------- glued digits

  /** The most splits of one run that are listed; more make it ambiguous anyway. */
  private static final int MAX_SPLITS = 64;

  /** A row of Table 3 printed as one run of digits, split once the whole table is read. */
  private record PendingRun(
      List<CellAddress> addresses, Token run, GluedDigits.StrippedCandidates candidates) {}

  private final List<PendingRun> pendingRuns = new ArrayList<>();

  /**
   * The one number of a row of more than one column, from a line without tabs or pipes, when it is
   * a run of ASCII digits at least as long as the row is wide (or one glued to the next label's
   * item number): cells printed with no separator. Null for any other row.
   */
  private static Token gluedRun(List<Token> given, int width) {
    if (width < 2) {
      return null;
    }
    // one number from a line without tabs or pipes: a row with cells of its own is not glued
    if (given.size() != 1
        || given.get(0).kind() != Tokens.Kind.VALUE
        || given.get(0).cell() != -1) {
      return null;
    }
    Token only = given.get(0);
    String digits = only.text();
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return null;
      }
    }
    return digits.length() >= width || only.suffix() != null ? only : null;
  }

  /**
   * Splits a run of digits into the row's cells by the identities the row's cells take part in:
   * Table 3's row total (then, across rows, its column identities: see {@link #resolveGlued}),
   * Table 4's group totals; Table 2's rows have none, so only a run with one split at all (e.g.
   * {@code 000}) is split.
   */
  private void glued(Token run, List<CellAddress> addresses) {
    int width = addresses.size();
    GluedDigits.RowIdentity identity =
        spec.section() == ReportSection.APPLICATIONS
            ? GluedDigits.TOTAL_IS_SUM_OF_REST
            : spec.section() == ReportSection.REVIEW_AND_LITIGATION && width % 5 == 0
                ? GluedDigits.groupsOf(5)
                : GluedDigits.NONE;
    GluedDigits.StrippedCandidates c =
        GluedDigits.candidatesStripping(run.text(), run.suffix(), width, identity, MAX_SPLITS);
    for (CellAddress a : addresses) {
      put(a, null);
    }
    if (spec.section() == ReportSection.APPLICATIONS) {
      pendingRuns.add(new PendingRun(addresses, run, c));
      return;
    }
    // Table 2's rows take part in no identity: the digits decide only when they are all zeros
    // (000: each cell 0); 123 may as well be one cell of 123 and two left blank
    boolean noIdentity = identity == GluedDigits.NONE;
    boolean zeros = run.text().chars().allMatch(ch -> ch == '0');
    if (c.status() == GluedDigits.Status.UNIQUE && (!noIdentity || zeros)) {
      placeSplit(
          run,
          addresses,
          c.unique().orElseThrow(),
          noIdentity ? "a zero in each cell" : "the only split of its digits");
    } else if (noIdentity && c.status() == GluedDigits.Status.UNIQUE) {
      ambiguous(run, addresses, GluedDigits.Status.AMBIGUOUS);
    } else {
      ambiguous(run, addresses, c.status());
    }
  }

  private void placeSplit(Token run, List<CellAddress> addresses, long[] split, String why) {
    StringBuilder cells = new StringBuilder();
    for (int k = 0; k < split.length; k++) {
      put(addresses.get(k), Cell.of(split[k]));
      cells.append(k == 0 ? "" : " ").append(split[k]);
    }
    diagnostics.add(
        Reason.SPLIT_DIGITS,
        run.line().number(),
        addresses.get(0),
        run.text(),
        "cells printed with no separator, split as " + cells + ": " + why + " (inferred)");
  }

  private void ambiguous(Token run, List<CellAddress> addresses, GluedDigits.Status status) {
    String why =
        switch (status) {
          case AMBIGUOUS -> "more than one split satisfies the identities";
          case NONE -> "no split satisfies the identities";
          default -> "too long to split";
        };
    diagnostics.add(
        Reason.AMBIGUOUS_DIGITS,
        run.line().number(),
        null,
        run.text(),
        "cells printed with no separator: " + why + "; the row is left blank");
    for (CellAddress a : addresses) {
      diagnostics.add(
          Reason.MISSING_CELL, run.line().number(), a, "", "glued digits not split: it is blank");
    }
  }

  /**
   * Splits Table 3's glued rows together: each row's candidates satisfy its row total; the resolver
   * keeps, per row, the split on which every assignment satisfying the column identities (一 + 二 =
   * （七） + 四, （七） = the sum of the outcome rows) agrees, over the rows that are glued or printed as
   * numbers. A row whose split is not so determined is left blank.
   */
  private void resolveGlued() {
    if (pendingRuns.isEmpty()) {
      return;
    }
    // the rows of the table's format version (（六） is one row in 2019), indexed by ordinal
    io.github.nianbao.core.ApplicationRow[] rows =
        io.github.nianbao.core.ApplicationRow.rows(
                spec == Vocabulary.APPLICATIONS_2019
                    ? io.github.nianbao.core.FormatVersion.V2019
                    : io.github.nianbao.core.FormatVersion.V2021)
            .toArray(new io.github.nianbao.core.ApplicationRow[0]);
    int all = io.github.nianbao.core.ApplicationRow.values().length;
    int width = io.github.nianbao.core.ApplicantCategory.values().length;
    // per row of the table: its index among the resolver's rows, or -1 when it takes no part
    int[] index = new int[all];
    java.util.Arrays.fill(index, -1);
    List<List<long[]>> candidates = new ArrayList<>();
    PendingRun[] runOf = new PendingRun[all];
    for (PendingRun p : pendingRuns) {
      runOf[((Enum<?>) p.addresses().get(0).row()).ordinal()] = p;
    }
    for (io.github.nianbao.core.ApplicationRow r : rows) {
      PendingRun p = runOf[r.ordinal()];
      List<long[]> list = null;
      if (p != null) {
        list = splits(p.candidates());
      } else {
        long[] known = new long[width];
        boolean numbers = true;
        for (io.github.nianbao.core.ApplicantCategory c :
            io.github.nianbao.core.ApplicantCategory.values()) {
          TableCell cell = cells[CellAddress.of(r, c).index()];
          if (cell instanceof Cell n && n.isNumber()) {
            known[c.ordinal()] = n.value();
          } else {
            numbers = false;
          }
        }
        list = numbers ? List.of(known) : null;
      }
      if (list != null) {
        index[r.ordinal()] = candidates.size();
        candidates.add(list);
      }
    }
    List<GluedDigits.LinearIdentity> identities = new ArrayList<>();
    int first = index[io.github.nianbao.core.ApplicationRow.NEWLY_RECEIVED.ordinal()];
    int second = index[io.github.nianbao.core.ApplicationRow.CARRIED_OVER.ordinal()];
    int total = index[io.github.nianbao.core.ApplicationRow.OUTCOMES_TOTAL.ordinal()];
    int forward = index[io.github.nianbao.core.ApplicationRow.CARRIED_FORWARD.ordinal()];
    List<Integer> outcomes = new ArrayList<>();
    boolean allOutcomes = true;
    for (io.github.nianbao.core.ApplicationRow r : rows) {
      if (r.ordinal() >= io.github.nianbao.core.ApplicationRow.DISCLOSED.ordinal()
          && r.ordinal() < io.github.nianbao.core.ApplicationRow.OUTCOMES_TOTAL.ordinal()) {
        allOutcomes &= index[r.ordinal()] >= 0;
        outcomes.add(index[r.ordinal()]);
      }
    }
    for (int c = 0; c < width; c++) {
      if (first >= 0 && second >= 0 && total >= 0 && forward >= 0) {
        identities.add(
            GluedDigits.LinearIdentity.of(
                GluedDigits.Term.plus(first, c),
                GluedDigits.Term.plus(second, c),
                GluedDigits.Term.minus(total, c),
                GluedDigits.Term.minus(forward, c)));
      }
      if (total >= 0 && allOutcomes) {
        List<GluedDigits.Term> terms = new ArrayList<>();
        terms.add(GluedDigits.Term.plus(total, c));
        for (int o : outcomes) {
          terms.add(GluedDigits.Term.minus(o, c));
        }
        identities.add(new GluedDigits.LinearIdentity(terms));
      }
    }
    GluedDigits.Resolution resolution =
        candidates.isEmpty() ? null : resolveOrNull(candidates, identities);
    for (io.github.nianbao.core.ApplicationRow r : rows) {
      PendingRun p = runOf[r.ordinal()];
      if (p == null) {
        continue;
      }
      int i = index[r.ordinal()];
      GluedDigits.RowResolution rr = i < 0 || resolution == null ? null : resolution.rows().get(i);
      if (rr != null && rr.status() == GluedDigits.Status.UNIQUE) {
        placeSplit(
            p.run(),
            p.addresses(),
            rr.split(),
            identities.isEmpty()
                ? "the only split whose total is the sum of the six columns"
                : "the only split that satisfies the row total and the table's column identities");
      } else {
        ambiguous(p.run(), p.addresses(), rr == null ? p.candidates().status() : rr.status());
      }
    }
  }

  private static GluedDigits.Resolution resolveOrNull(
      List<List<long[]>> candidates, List<GluedDigits.LinearIdentity> identities) {
    return GluedDigits.resolve(candidates, identities);
  }

  /**
   * Every split of a run under both readings, or null when the list is not known to be complete (a
   * run too long, or more splits than listed): the resolver needs them all.
   */
  private static List<long[]> splits(GluedDigits.StrippedCandidates c) {
    List<long[]> all = new ArrayList<>();
    for (GluedDigits.Candidates k : new GluedDigits.Candidates[] {c.whole(), c.stripped()}) {
      if (k == null) {
        continue;
      }
      if (!k.exhaustive()) {
        return null;
      }
      all.addAll(k.splits());
    }
    return all;
  }

  /**
   * Drops empty cells while a row has more cells than columns: first at its end, then at its start,
   * then inside from the left. One pass, so that a line of a million tabs costs a million steps,
   * not their square.
   */
  private static List<Token> withoutSurplus(List<Token> given, int width) {
    int surplus = given.size() - width;
    if (surplus <= 0) {
      return given;
    }
    int end = given.size();
    while (surplus > 0 && end > 0 && given.get(end - 1).kind() == Tokens.Kind.EMPTY) {
      end--;
      surplus--;
    }
    int start = 0;
    while (surplus > 0 && start < end && given.get(start).kind() == Tokens.Kind.EMPTY) {
      start++;
      surplus--;
    }
    List<Token> c = new ArrayList<>(Math.max(0, end - start));
    for (int k = start; k < end; k++) {
      Token t = given.get(k);
      if (surplus > 0 && t.kind() == Tokens.Kind.EMPTY) {
        surplus--;
        continue;
      }
      c.add(t);
    }
    return c;
  }

  private void put(CellAddress a, TableCell cell) {
    if (cell == null) {
      cells[a.index()] =
          a.column() == DisclosureColumn2019.TOTAL_AMOUNT
              ? PrintedAmount.blank()
              : a.isAmount() ? AmountCell.blank() : Cell.blank();
    } else {
      cells[a.index()] = cell;
    }
  }

  /**
   * Reads a count from a token: a short whole number without its text, else {@link #count(String)},
   * else a number as people write it ({@link WrittenNumber}: 1,234, 12件), noted.
   */
  private Cell count(Token t, CellAddress a) {
    long n = t.smallWholeNumber();
    if (n != Long.MIN_VALUE) {
      return Cell.of(n);
    }
    WrittenNumber w = t.kind() == Tokens.Kind.VALUE ? WrittenNumber.parse(t.text()) : null;
    if (w != null && w.isCount() && w.isWhole()) {
      try {
        Cell c = Cell.of(Long.parseLong(w.digits()));
        diagnostics.add(
            Reason.NUMBER_NORMALISED,
            t.line().number(),
            a,
            t.text(),
            "a number as people write it, read as " + w.digits());
        return c;
      } catch (NumberFormatException e) {
        // too large for a count: taken as printed, a mark
      }
    }
    return count(t.text());
  }

  /**
   * Reads the fee from a token: {@link #amount(String)}, else a number as people write it ({@link
   * WrittenNumber}: 1,953.86, 3.5万元), noted; a number in 元 where 万元 is asked is kept as printed, a
   * mark, with a {@link Reason#FEE_UNIT} note.
   */
  private AmountCell amount(Token t, CellAddress a) {
    WrittenNumber w = t.kind() == Tokens.Kind.VALUE ? WrittenNumber.parse(t.text()) : null;
    if (w == null || (!w.unit().isEmpty() && w.isCount())) {
      return amount(t.text());
    }
    if (w.unit().equals(WrittenNumber.YUAN)) {
      // kept as printed, unit and all: a number in 元 in the 万元 column would be 10,000 times
      // too large, in a sum of a region's reports too
      AmountCell printed = amount(t.text());
      diagnostics.add(
          Reason.FEE_UNIT,
          t.line().number(),
          a,
          t.text(),
          "an amount in 元 where 万元 is asked: kept as printed, not as a number (in 万元 it would be "
              + new BigDecimal(w.digits()).movePointLeft(4).stripTrailingZeros().toPlainString()
              + ")");
      return printed;
    }
    AmountCell c;
    try {
      c = AmountCell.of(new BigDecimal(w.digits()));
    } catch (IllegalArgumentException | ArithmeticException e) {
      // more decimals or digits than an amount holds: taken as printed
      return amount(t.text());
    }
    diagnostics.add(
        Reason.NUMBER_NORMALISED,
        t.line().number(),
        a,
        t.text(),
        "a number as people write it, read as " + w.digits());
    return c;
  }

  /** Reads a count: a whole number, else a mark; null if neither. */
  static Cell count(String text) {
    String s = Tokens.strip(text);
    if (s.isEmpty()) {
      return Cell.blank();
    }
    try {
      return Cell.of(Long.parseLong(LabelText.nfkc(s)));
    } catch (NumberFormatException e) {
      // not a whole number
    }
    try {
      return Cell.mark(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Reads an amount: a plain decimal, else a mark; null if neither. */
  static AmountCell amount(String text) {
    String s = Tokens.strip(text);
    if (s.isEmpty()) {
      return AmountCell.blank();
    }
    if (Tokens.isValue(s)) {
      try {
        return AmountCell.of(new BigDecimal(LabelText.nfkc(s)));
      } catch (IllegalArgumentException | ArithmeticException e) {
        return null;
      }
    }
    try {
      return AmountCell.mark(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void unplaced(Token t, Reason reason, String message) {
    diagnostics.add(reason, t.line().number(), null, t.text(), message);
  }
}

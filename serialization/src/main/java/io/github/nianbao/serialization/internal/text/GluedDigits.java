package io.github.nianbao.serialization.internal.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a run of glued digits (a table row flattened to text with no separator between its cells,
 * e.g. {@code 713000074} for the cells 71, 3, 0, 0, 0, 0, 74) back into cells, accepting a split
 * only when it is the single one that the table's identities allow. A reader must never invent a
 * number: when more than one split fits, the answer is {@link Status#AMBIGUOUS}, with the splits
 * found.
 *
 * <p>The digit rule: counts are printed without leading zeros, so a cell is {@code 0} or a run of
 * digits that does not start with {@code 0}; it also fits in a {@code long}. Digits are ASCII
 * {@code 0}–{@code 9} (a caller folds full-width digits first).
 *
 * <p>Every search is bounded: runs longer than {@link #MAX_DIGITS} are refused ({@link
 * Status#TOO_LONG}, no step taken), a row search stops after {@link #MAX_STEPS} steps and the table
 * resolver after {@link #MAX_RESOLVE_STEPS}; an answer cut short by its bound is never {@link
 * Status#UNIQUE} or {@link Status#NONE}. Pure: no I/O, no state between calls.
 */
final class GluedDigits {
  private GluedDigits() {}

  /** The longest run of digits searched; a longer run is {@link Status#TOO_LONG}. */
  static final int MAX_DIGITS = 60;

  /**
   * The most steps one row search takes (2<sup>20</sup>). A step is one entry of the feasibility
   * table (at most {@code 19 × digits × cells}, 68,400 for 60 digits and 60 cells), one cell value
   * or total place tried by the search.
   */
  static final long MAX_STEPS = 1L << 20;

  /**
   * The most steps one {@link #resolve} takes (2<sup>20</sup>); a step is one candidate added to
   * one vector of partial sums.
   */
  static final long MAX_RESOLVE_STEPS = 1L << 20;

  /**
   * The most vectors of partial sums {@link #resolve} keeps (2<sup>16</sup>), so that memory stays
   * bounded; reaching it counts as reaching the step bound.
   */
  static final long MAX_RESOLVE_STATES = 1L << 16;

  /** The most digits of a {@code long} ({@code 9223372036854775807}). */
  private static final int MAX_CELL_DIGITS = 19;

  private static final String LONG_MAX = Long.toString(Long.MAX_VALUE);

  /** The outcome of a search. */
  enum Status {
    /** Exactly one split (or one joint assignment for the row) satisfies the identities. */
    UNIQUE,
    /** Two or more satisfy them; nothing may be chosen. */
    AMBIGUOUS,
    /** None satisfies them (or the run cannot be split into that many cells at all). */
    NONE,
    /**
     * Not decided: the run is longer than {@link #MAX_DIGITS}, or the search reached its step bound
     * before finding a second answer or finishing.
     */
    TOO_LONG
  }

  /**
   * What must hold between the cells of one row for a split to be accepted. The search checks it on
   * every complete split; the SDK's own identities ({@link #TOTAL_IS_SUM_OF_REST}, {@link
   * #groupsOf}) are also used to prune the search, other identities only filter.
   */
  @FunctionalInterface
  interface RowIdentity {
    /** Whether the identity holds for these cells (never modified). */
    boolean holds(long[] cells);
  }

  /** No identity ties the cells (e.g. Table 2's issued, repealed, in force). */
  static final RowIdentity NONE = cells -> true;

  /** The last cell is the sum of all the others (a Table 3 row: six columns, then the total). */
  static final RowIdentity TOTAL_IS_SUM_OF_REST = new SumGroups(0);

  /**
   * The cells form consecutive groups of {@code width}, each group's last cell the sum of the
   * others in the group (Table 4: {@code groupsOf(5)}, total = upheld + corrected + other +
   * pending). A row whose length is not a multiple of {@code width} never holds.
   */
  static RowIdentity groupsOf(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("group width " + width);
    }
    return new SumGroups(width);
  }

  /** Groups whose last cell is the sum of the others; width 0 means one group of the row. */
  private record SumGroups(int width) implements RowIdentity {
    int widthFor(int cells) {
      return width == 0 ? cells : width;
    }

    @Override
    public boolean holds(long[] cells) {
      int w = widthFor(cells.length);
      if (cells.length == 0 || cells.length % w != 0) {
        return false;
      }
      for (int g = 0; g < cells.length; g += w) {
        long sum = 0;
        for (int i = g; i < g + w - 1; i++) {
          if (cells[i] < 0 || cells[i] > Long.MAX_VALUE - sum) {
            return false;
          }
          sum += cells[i];
        }
        if (cells[g + w - 1] != sum) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The splits of one run.
   *
   * @param status what the search found
   * @param splits the splits found, at most the cap asked for, in the order of the search (cell by
   *     cell, shorter cells first); the arrays belong to the caller
   * @param exhaustive whether {@code splits} is every split (the search neither reached its step
   *     bound nor stopped at the cap)
   * @param steps the steps taken, at most {@link #MAX_STEPS}
   */
  record Candidates(Status status, List<long[]> splits, boolean exhaustive, long steps) {
    Candidates {
      splits = Collections.unmodifiableList(new ArrayList<>(splits));
    }

    /** The split when {@link Status#UNIQUE}. */
    Optional<long[]> unique() {
      return status == Status.UNIQUE ? Optional.of(splits.get(0)) : Optional.empty();
    }
  }

  /**
   * Every split of {@code digits} into exactly {@code cells} cells that follows the digit rule and
   * satisfies {@code identity}, up to {@code maxCandidates} of them.
   *
   * <p>A table computed first says from which positions the rest of the run can still be cut into
   * the cells left; the search never enters a cut that cannot be completed. With {@link #NONE} or
   * another identity the search tries every valid cut, cell by cell, and checks the identity on
   * each complete split. With {@link #TOTAL_IS_SUM_OF_REST} or {@link #groupsOf} the identity
   * prunes: for each group, the search picks the place and length of the group's total (every other
   * cell of the group is at most the total, so has no more digits), then cuts the digits before it
   * into cells that sum to the total exactly, trying a cell only while the sum left is not exceeded
   * and can still be reached by the digits left; two cells that sum to a number of {@code L} digits
   * have one of {@code L − 1} or {@code L} digits, so the last two cells of a group take at most
   * four tries. Group starts and inner states found to lead nowhere are not searched again.
   *
   * <p>It stops at {@code maxCandidates + 1} splits (at least two, so that {@link Status#AMBIGUOUS}
   * is known) and after {@link #MAX_STEPS} steps. Measured: seven cells with {@link
   * #TOTAL_IS_SUM_OF_REST} decide within the bound for every run length up to {@link #MAX_DIGITS}
   * (at most about 700,000 steps on random 60-digit runs, about 150,000 on 60 nines or ones, 400 on
   * 60 zeros); fifteen cells in {@code groupsOf(5)} take at most about 100,000. Long rows with many
   * cells under one total (e.g. 14 cells and their total in 40 digits) may reach the bound and are
   * then {@link Status#TOO_LONG}.
   *
   * @param digits ASCII digits only
   * @param cells the number of cells, at least 1
   * @param maxCandidates the most splits to list, at least 1
   * @throws IllegalArgumentException if {@code digits} holds anything but ASCII digits
   */
  static Candidates candidates(
      CharSequence digits, int cells, RowIdentity identity, int maxCandidates) {
    Objects.requireNonNull(identity, "identity");
    if (cells < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("cells " + cells + ", maxCandidates " + maxCandidates);
    }
    int n = digits.length();
    for (int p = 0; p < n; p++) {
      char c = digits.charAt(p);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not an ASCII digit at " + p + ": " + digits);
      }
    }
    if (n > MAX_DIGITS) {
      return new Candidates(Status.TOO_LONG, List.of(), false, 0);
    }
    if (cells > n) {
      return new Candidates(Status.NONE, List.of(), true, 0);
    }
    Search s = new Search(digits, cells, identity, maxCandidates);
    s.run();
    int found = s.found;
    Status status;
    if (found >= 2) {
      status = Status.AMBIGUOUS;
    } else if (s.capped) {
      status = Status.TOO_LONG;
    } else {
      status = found == 1 ? Status.UNIQUE : Status.NONE;
    }
    return new Candidates(status, s.splits, !s.capped && !s.stopped, s.steps);
  }

  /** One row search; see {@link #candidates}. */
  private static final class Search {
    /** The most inner states remembered as leading nowhere, so that memory stays bounded. */
    private static final int MAX_REMEMBERED = 1 << 16;

    private final CharSequence d;
    private final int n;
    private final int k;
    private final RowIdentity identity;

    /** The group width when the identity is the SDK's sum groups, else 0. */
    private final int width;

    private final int keep;
    private final int stopAt;

    /** The longest valid cell at each position (valid lengths are 1 to it). */
    private final int[] maxLen;

    /** Whether the digits from a position can be cut into a number of valid cells. */
    private final boolean[][] feasible;

    /** Sum groups: whether the groups from {@code g} on, from a position, have no split. */
    private final boolean[][] deadGroup;

    /** Sum groups: splits of a stretch into cells of a given sum that do not exist. */
    private final Set<Inner> deadInner = new HashSet<>();

    private final long[] cells;
    private final List<long[]> splits = new ArrayList<>();
    private int found;
    private long steps;
    private boolean capped;
    private boolean stopped;

    /** Whether the current inner split reached its end (whatever came of the groups after it). */
    private boolean innerDone;

    /** Cutting digits {@code [from, to)} into {@code parts} cells that sum to {@code sum}. */
    private record Inner(int from, int to, int parts, long sum) {}

    Search(CharSequence d, int k, RowIdentity identity, int maxCandidates) {
      this.d = d;
      this.n = d.length();
      this.k = k;
      this.identity = identity;
      this.width = identity instanceof SumGroups g ? g.widthFor(k) : 0;
      this.keep = maxCandidates;
      this.stopAt = maxCandidates == Integer.MAX_VALUE ? maxCandidates : Math.max(2, keep + 1);
      this.maxLen = new int[n];
      this.feasible = new boolean[n + 1][k + 1];
      this.deadGroup = width > 0 ? new boolean[n + 1][k / width + 1] : null;
      this.cells = new long[k];
    }

    void run() {
      if (width > 0 && k % width != 0) {
        return; // the groups do not fit the row: no split holds
      }
      for (int p = 0; p < n; p++) {
        maxLen[p] = validLength(p);
      }
      feasible[n][0] = true;
      for (int p = n - 1; p >= 0; p--) {
        for (int left = 1; left <= k && left <= n - p; left++) {
          boolean any = false;
          for (int len = 1; len <= maxLen[p] && !any; len++) {
            steps++;
            any = feasible[p + len][left - 1];
          }
          feasible[p][left] = any;
        }
      }
      if (!feasible[0][k]) {
        return;
      }
      if (width > 0) {
        groups(0, 0);
      } else {
        plain(0, 0);
      }
    }

    /** The longest cell at {@code p}: 1 at a zero, else up to 19 digits within a long. */
    private int validLength(int p) {
      if (d.charAt(p) == '0') {
        return 1;
      }
      int len = Math.min(MAX_CELL_DIGITS, n - p);
      if (len == MAX_CELL_DIGITS) {
        for (int j = 0; j < MAX_CELL_DIGITS; j++) {
          int diff = d.charAt(p + j) - LONG_MAX.charAt(j);
          if (diff != 0) {
            return diff > 0 ? MAX_CELL_DIGITS - 1 : MAX_CELL_DIGITS;
          }
        }
      }
      return len;
    }

    /** Counts one step; returns whether the bound is reached and the search must stop. */
    private boolean step() {
      if (steps >= MAX_STEPS) {
        capped = true;
        return true;
      }
      steps++;
      return false;
    }

    private long parse(int from, int to) {
      long v = 0;
      for (int p = from; p < to; p++) {
        v = v * 10 + (d.charAt(p) - '0');
      }
      return v;
    }

    private void leaf() {
      if (identity.holds(cells.clone())) {
        if (splits.size() < keep) {
          splits.add(cells.clone());
        }
        found++;
        stopped = found >= stopAt;
      }
    }

    /** No identity to prune with: every valid cut, checked when complete. */
    private void plain(int pos, int i) {
      if (i == k) {
        leaf();
        return;
      }
      int left = k - i;
      long value = 0;
      for (int len = 1; len <= maxLen[pos] && len <= n - pos - (left - 1); len++) {
        if (step()) {
          return;
        }
        value = value * 10 + (d.charAt(pos + len - 1) - '0');
        if (feasible[pos + len][left - 1]) {
          cells[i] = value;
          plain(pos + len, i + 1);
          if (capped || stopped) {
            return;
          }
        }
      }
    }

    /**
     * Sum groups from group {@code g} on, from {@code pos}: for each place and length of the
     * group's total (the total has at least as many digits as each of its parts), cut the digits
     * before it into parts that sum to it exactly. Returns whether a split was found (or the search
     * stopped).
     */
    private boolean groups(int pos, int g) {
      if (g == k / width) {
        leaf(); // pos == n: the feasibility table allowed no other end
        return true;
      }
      if (deadGroup[pos][g]) {
        return false;
      }
      int parts = width - 1;
      int cellsAfter = k - (g + 1) * width;
      boolean any = false;
      for (int lt = 1; lt <= MAX_CELL_DIGITS; lt++) {
        int last = Math.min(n - cellsAfter, pos + (parts + 1) * lt);
        for (int end = pos + parts + lt; end <= last; end++) {
          if (step()) {
            return true;
          }
          int t = end - lt;
          if (maxLen[t] < lt || !feasible[end][cellsAfter] || deadGroup[end][g + 1]) {
            continue;
          }
          long total = parse(t, end);
          cells[(g + 1) * width - 1] = total;
          any |= split(pos, t, parts, total, g * width, end, g);
          if (capped || stopped) {
            return true;
          }
        }
      }
      if (!any) {
        deadGroup[pos][g] = true;
      }
      return any;
    }

    /**
     * Cuts digits {@code [a, b)} into {@code m} cells from cell {@code i} whose sum is {@code r},
     * then goes on with the groups after {@code g} at {@code end}. Each cell is at most {@code r},
     * so has at most as many digits; the cells cannot sum to more than {@code m} times the longest
     * that fits. Returns whether a split was found (or the search stopped).
     */
    private boolean split(int a, int b, int m, long r, int i, int end, int g) {
      int span = b - a;
      if (m == 0 || r == 0) {
        // no cells left (then nothing is left to sum), or every cell left is 0
        if (span != m || r != 0 || !zeros(a, b)) {
          return false;
        }
        Arrays.fill(cells, i, i + m, 0L);
        innerDone = true;
        return groups(end, g + 1);
      }
      int rLen = decimalLength(r);
      if (span < m || span > m * rLen) {
        return false;
      }
      int longest = Math.min(rLen, span - m + 1);
      if (longest < rLen && r / m > pow10(longest) - 1) {
        return false;
      }
      if (m == 1) {
        if (step()) {
          return true;
        }
        if (span > maxLen[a] || parse(a, b) != r) {
          return false;
        }
        cells[i] = r;
        innerDone = true;
        return groups(end, g + 1);
      }
      if (m == 2) {
        return pair(a, b, r, rLen, i, end, g);
      }
      Inner state = new Inner(a, b, m, r);
      if (deadInner.contains(state)) {
        return false;
      }
      boolean doneBefore = innerDone;
      innerDone = false;
      boolean any = false;
      long value = 0;
      for (int len = 1; len <= maxLen[a] && len <= rLen && len <= span - (m - 1); len++) {
        if (step()) {
          return true;
        }
        value = value * 10 + (d.charAt(a + len - 1) - '0');
        if (value > r) {
          break;
        }
        cells[i] = value;
        any |= split(a + len, b, m - 1, r - value, i + 1, end, g);
        if (capped || stopped) {
          return true;
        }
      }
      if (!innerDone && deadInner.size() < MAX_REMEMBERED) {
        deadInner.add(state);
      }
      innerDone |= doneBefore;
      return any;
    }

    /**
     * Two cells summing to {@code r}: two numbers both shorter than {@code r} by two digits or more
     * sum to less than {@code r}, so one of them has {@code rLen − 1} or {@code rLen} digits; at
     * most four cuts are tried.
     */
    private boolean pair(int a, int b, long r, int rLen, int i, int end, int g) {
      int span = b - a;
      int[] firstLengths = {span - rLen, span - rLen + 1, rLen - 1, rLen};
      Arrays.sort(firstLengths);
      boolean any = false;
      int previous = 0;
      for (int len : firstLengths) {
        if (len == previous || len < 1 || len >= span) {
          continue;
        }
        previous = len;
        if (len > maxLen[a] || len > rLen || span - len > maxLen[a + len] || span - len > rLen) {
          continue;
        }
        if (step()) {
          return true;
        }
        long first = parse(a, a + len);
        if (first > r || parse(a + len, b) != r - first) {
          continue;
        }
        cells[i] = first;
        cells[i + 1] = r - first;
        innerDone = true;
        any |= groups(end, g + 1);
        if (capped || stopped) {
          return true;
        }
      }
      return any;
    }

    private boolean zeros(int from, int to) {
      for (int p = from; p < to; p++) {
        if (d.charAt(p) != '0') {
          return false;
        }
      }
      return true;
    }
  }

  private static int decimalLength(long v) {
    int len = 1;
    while (v >= 10) {
      v /= 10;
      len++;
    }
    return len;
  }

  private static long pow10(int e) {
    long p = 1;
    for (int j = 0; j < e; j++) {
      p *= 10;
    }
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // A trailing item number

  /** Which reading of a run gave its splits. */
  enum Reading {
    /** The run as given. */
    WHOLE,
    /** The run without the possible suffix (the next row's item number). */
    STRIPPED
  }

  /**
   * The splits of a run read whole and read without a possible suffix.
   *
   * @param status {@link Status#UNIQUE} when exactly one split exists over both readings, {@link
   *     Status#AMBIGUOUS} when two or more do (in particular when both readings give a split),
   *     {@link Status#NONE} when neither does, {@link Status#TOO_LONG} when a reading was not
   *     decided and the other does not already make it ambiguous
   * @param reading the reading that gave the unique split, or null unless {@code UNIQUE}
   * @param whole the run read whole
   * @param stripped the run without the suffix, or null when it does not end with the suffix
   */
  record StrippedCandidates(Status status, Reading reading, Candidates whole, Candidates stripped) {
    /** The split when {@link Status#UNIQUE}. */
    Optional<long[]> unique() {
      if (status != Status.UNIQUE) {
        return Optional.empty();
      }
      return (reading == Reading.WHOLE ? whole : stripped).unique();
    }
  }

  /**
   * {@link #candidates} of the run whole and, when it ends with {@code possibleSuffix} and is
   * longer, without it: a trailing digit may be the item number of the next row (e.g. the {@code 2}
   * of {@code 2.其他法律行政法规禁止公开}). The two readings are different digits, so a split in each is
   * ambiguous.
   *
   * @param possibleSuffix ASCII digits, or empty or null for none
   */
  static StrippedCandidates candidatesStripping(
      CharSequence digits, String possibleSuffix, int cells, RowIdentity identity, int max) {
    Candidates whole = candidates(digits, cells, identity, max);
    Candidates stripped = null;
    String run = digits.toString();
    if (possibleSuffix != null
        && !possibleSuffix.isEmpty()
        && run.length() > possibleSuffix.length()
        && run.endsWith(possibleSuffix)) {
      stripped =
          candidates(
              run.substring(0, run.length() - possibleSuffix.length()), cells, identity, max);
    }
    int found = count(whole) + (stripped == null ? 0 : count(stripped));
    boolean undecided =
        whole.status() == Status.TOO_LONG
            || stripped != null && stripped.status() == Status.TOO_LONG;
    Status status;
    Reading reading = null;
    if (found >= 2) {
      status = Status.AMBIGUOUS;
    } else if (undecided) {
      status = Status.TOO_LONG;
    } else if (found == 0) {
      status = Status.NONE;
    } else {
      status = Status.UNIQUE;
      reading = whole.status() == Status.UNIQUE ? Reading.WHOLE : Reading.STRIPPED;
    }
    return new StrippedCandidates(status, reading, whole, stripped);
  }

  /** Splits known to exist: 2 for ambiguous (at least), else the listed ones. */
  private static int count(Candidates c) {
    return c.status() == Status.AMBIGUOUS ? 2 : c.splits().size();
  }

  // ---------------------------------------------------------------------------------------------
  // The table resolver

  /** One term of a {@link LinearIdentity}: {@code coefficient × row[cell]}. */
  record Term(int row, int cell, long coefficient) {
    /** {@code +row[cell]}. */
    static Term plus(int row, int cell) {
      return new Term(row, cell, 1);
    }

    /** {@code −row[cell]}. */
    static Term minus(int row, int cell) {
      return new Term(row, cell, -1);
    }
  }

  /**
   * A linear identity between cells of a table: the terms sum to zero (e.g. Table 3 per column: 一 +
   * 二 − （七）总计 − 四 = 0). Sums are exact (no overflow).
   */
  record LinearIdentity(List<Term> terms) {
    LinearIdentity {
      terms = List.copyOf(terms);
    }

    static LinearIdentity of(Term... terms) {
      return new LinearIdentity(List.of(terms));
    }

    /** Whether the terms sum to zero over {@code rows[row][cell]}, computed exactly. */
    boolean holds(long[][] rows) {
      long sum = 0;
      try {
        for (Term t : terms) {
          sum = Math.addExact(sum, Math.multiplyExact(t.coefficient(), rows[t.row()][t.cell()]));
        }
        return sum == 0;
      } catch (ArithmeticException overflow) {
        BigInteger big = BigInteger.ZERO;
        for (Term t : terms) {
          big =
              big.add(
                  BigInteger.valueOf(t.coefficient())
                      .multiply(BigInteger.valueOf(rows[t.row()][t.cell()])));
        }
        return big.signum() == 0;
      }
    }
  }

  /**
   * What the table's identities make of one row.
   *
   * @param status {@link Status#UNIQUE} when every joint assignment that satisfies the identities
   *     gives the row the same split; {@link Status#AMBIGUOUS} when two give it different splits;
   *     {@link Status#NONE} when no joint assignment satisfies them; {@link Status#TOO_LONG} when
   *     the step bound was reached first
   * @param split the split when {@code UNIQUE}, else null
   */
  record RowResolution(Status status, long[] split) {}

  /**
   * The rows of a table, resolved.
   *
   * @param rows one per row, in the order given
   * @param capped whether {@link #MAX_RESOLVE_STEPS} or {@link #MAX_RESOLVE_STATES} was reached
   *     (then the rows not decided are {@link Status#TOO_LONG})
   * @param steps the steps taken
   */
  record Resolution(List<RowResolution> rows, boolean capped, long steps) {
    Resolution {
      rows = List.copyOf(rows);
    }
  }

  /**
   * Resolves the rows of a table jointly: each row has its candidate splits (a row already known is
   * one candidate), and an assignment of one candidate to every row is accepted when every identity
   * holds. A row is {@code UNIQUE} when all accepted assignments agree on it.
   *
   * <p>Rows linked by no chain of identities are independent, so each connected part of the table
   * is searched alone: a contradiction in one part says nothing about rows of another, and a row in
   * no identity is decided by its own candidates. Within a part, the search runs over vectors of
   * the identities' partial sums, keeping equal sums once and dropping those that the other rows'
   * ranges cannot bring to zero (see the class {@code Resolver}); it stops after {@link
   * #MAX_RESOLVE_STEPS} steps or {@link #MAX_RESOLVE_STATES} kept vectors in all, and rows it could
   * not decide, or whose identity sums could exceed a {@code long}, are {@link Status#TOO_LONG}.
   *
   * <p>Each row's list must hold every split of the row (an exhaustive {@link Candidates}): a split
   * left out can make another look unique.
   *
   * @throws IllegalArgumentException if a term names a row that does not exist or a cell beyond a
   *     candidate's length
   */
  static Resolution resolve(List<List<long[]>> candidatesPerRow, List<LinearIdentity> identities) {
    int rows = candidatesPerRow.size();
    for (LinearIdentity identity : identities) {
      for (Term t : identity.terms()) {
        if (t.row() < 0 || t.row() >= rows) {
          throw new IllegalArgumentException("no row " + t.row() + " in " + identity);
        }
        for (long[] candidate : candidatesPerRow.get(t.row())) {
          if (t.cell() < 0 || t.cell() >= candidate.length) {
            throw new IllegalArgumentException(
                "row " + t.row() + " has no cell " + t.cell() + ": " + Arrays.toString(candidate));
          }
        }
      }
    }
    int[] parent = new int[rows];
    for (int r = 0; r < rows; r++) {
      parent[r] = r;
    }
    for (LinearIdentity identity : identities) {
      for (Term t : identity.terms()) {
        union(parent, identity.terms().get(0).row(), t.row());
      }
    }
    Resolver resolver = new Resolver(candidatesPerRow, rows);
    for (int root = 0; root < rows; root++) {
      if (find(parent, root) != root) {
        continue;
      }
      List<Integer> part = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        if (find(parent, r) == root) {
          part.add(r);
        }
      }
      List<LinearIdentity> own = new ArrayList<>();
      for (LinearIdentity identity : identities) {
        if (!identity.terms().isEmpty() && find(parent, identity.terms().get(0).row()) == root) {
          own.add(identity);
        }
      }
      resolver.solve(part, own);
    }
    return new Resolution(Arrays.asList(resolver.result), resolver.capped, resolver.steps);
  }

  private static int find(int[] parent, int r) {
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /**
   * The search of {@link #resolve}, one connected part at a time, as two passes over the part's
   * rows in a fixed order (rows with fewer candidates first). A state is the vector of the
   * identities' partial sums. The backward pass keeps, before each row, the sums the rows from it
   * to the end can make, dropping any that the rows before it cannot bring back to zero (the range
   * each row can add to each identity is known); equal sums are kept once. The forward pass then
   * goes row by row with the sums of the rows before it, keeps a candidate when some sum before it
   * plus the candidate meets a sum after it at zero, and carries on only such sums. So a candidate
   * is kept exactly when some accepted assignment uses it.
   */
  private static final class Resolver {
    private final List<List<long[]>> candidates;
    private final RowResolution[] result;
    private long steps;
    private long stored;
    private boolean capped;

    Resolver(List<List<long[]>> candidates, int rows) {
      this.candidates = candidates;
      this.result = new RowResolution[rows];
    }

    /** Counts one step; returns whether a bound is reached and the search must stop. */
    private boolean step() {
      if (steps >= MAX_RESOLVE_STEPS || stored >= MAX_RESOLVE_STATES) {
        capped = true;
        return true;
      }
      steps++;
      return false;
    }

    void solve(List<Integer> part, List<LinearIdentity> identities) {
      int[] order =
          part.stream()
              .sorted(
                  Comparator.<Integer>comparingInt(r -> candidates.get(r).size())
                      .thenComparingInt(r -> r))
              .mapToInt(Integer::intValue)
              .toArray();
      int n = order.length;
      int m = identities.size();
      // what each candidate adds to each identity, and the range each row can add
      long[][][] adds = new long[n][][];
      long[][] low = new long[n + 1][m];
      long[][] high = new long[n + 1][m];
      try {
        for (int j = 0; j < n; j++) {
          List<long[]> cs = candidates.get(order[j]);
          adds[j] = new long[cs.size()][m];
          for (int c = 0; c < cs.size(); c++) {
            for (int i = 0; i < m; i++) {
              long sum = 0;
              for (Term t : identities.get(i).terms()) {
                if (t.row() == order[j]) {
                  sum =
                      Math.addExact(sum, Math.multiplyExact(t.coefficient(), cs.get(c)[t.cell()]));
                }
              }
              adds[j][c][i] = sum;
            }
          }
        }
        // low[j], high[j]: the range of the rows before j; checked so that no sum overflows
        for (int j = 0; j < n; j++) {
          for (int i = 0; i < m; i++) {
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (long[] add : adds[j]) {
              lo = Math.min(lo, add[i]);
              hi = Math.max(hi, add[i]);
            }
            if (adds[j].length == 0) {
              lo = 0;
              hi = 0;
            }
            low[j + 1][i] = Math.addExact(low[j][i], lo);
            high[j + 1][i] = Math.addExact(high[j][i], hi);
            Math.subtractExact(high[j + 1][i], low[j + 1][i]);
            Math.negateExact(low[j + 1][i]);
          }
        }
      } catch (ArithmeticException overflow) {
        finish(order, null, 0); // sums beyond a long: not searched
        return;
      }
      // backward: after[j] = the sums of rows j.. that the rows before j can bring to zero
      List<Set<Sums>> after = new ArrayList<>(Collections.nCopies(n + 1, null));
      after.set(n, Set.of(new Sums(new long[m])));
      for (int j = n - 1; j >= 0; j--) {
        Set<Sums> here = new HashSet<>();
        for (Sums b : after.get(j + 1)) {
          for (long[] add : adds[j]) {
            if (step()) {
              finish(order, null, 0);
              return;
            }
            long[] s = b.plus(add);
            if (reachesZero(s, low[j], high[j]) && here.add(new Sums(s))) {
              stored++;
            }
          }
        }
        after.set(j, here);
      }
      if (after.get(0).isEmpty()) {
        for (int r : order) {
          result[r] = new RowResolution(Status.NONE, null);
        }
        return;
      }
      // forward: keep the candidates that some accepted assignment uses
      long[][] kept = new long[n][];
      Set<Sums> before = Set.of(new Sums(new long[m]));
      for (int j = 0; j < n; j++) {
        Set<Sums> next = new HashSet<>();
        List<long[]> cs = candidates.get(order[j]);
        for (Sums s : before) {
          for (int c = 0; c < cs.size(); c++) {
            if (step()) {
              finish(order, kept, j);
              return;
            }
            long[] sum = s.plus(adds[j][c]);
            if (after.get(j + 1).contains(new Sums(negate(sum)))) {
              next.add(new Sums(sum));
              if (kept[j] == null) {
                kept[j] = cs.get(c);
              } else if (kept[j] != AMBIGUOUS_ROW && !Arrays.equals(kept[j], cs.get(c))) {
                kept[j] = AMBIGUOUS_ROW;
              }
            }
          }
        }
        before = next;
      }
      finish(order, kept, n);
    }

    /** The rows before depth {@code decided} are known from {@code kept}; the others are not. */
    private void finish(int[] order, long[][] kept, int decided) {
      for (int j = 0; j < order.length; j++) {
        RowResolution r;
        if (j >= decided) {
          r = new RowResolution(Status.TOO_LONG, null);
        } else if (kept[j] == AMBIGUOUS_ROW) {
          r = new RowResolution(Status.AMBIGUOUS, null);
        } else {
          r = new RowResolution(Status.UNIQUE, kept[j].clone());
        }
        result[order[j]] = r;
      }
    }

    private static boolean reachesZero(long[] s, long[] low, long[] high) {
      for (int i = 0; i < s.length; i++) {
        // the rows before can add between low and high: some total must be zero
        if (s[i] + low[i] > 0 || s[i] + high[i] < 0) {
          return false;
        }
      }
      return true;
    }

    private static long[] negate(long[] s) {
      long[] out = new long[s.length];
      for (int i = 0; i < s.length; i++) {
        out[i] = -s[i];
      }
      return out;
    }
  }

  /** Marks a row with two different candidates in accepted assignments. */
  private static final long[] AMBIGUOUS_ROW = new long[0];

  /** A vector of partial sums, compared by content. */
  private static final class Sums {
    private final long[] v;
    private final int hash;

    Sums(long[] v) {
      this.v = v;
      this.hash = Arrays.hashCode(v);
    }

    long[] plus(long[] add) {
      long[] out = v.clone();
      for (int i = 0; i < out.length; i++) {
        out[i] += add[i];
      }
      return out;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Sums s && Arrays.equals(v, s.v);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}

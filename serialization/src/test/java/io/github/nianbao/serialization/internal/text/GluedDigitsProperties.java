package io.github.nianbao.serialization.internal.text;

import static io.github.nianbao.serialization.internal.text.GluedDigitsTest.FORWARD_ROW;
import static io.github.nianbao.serialization.internal.text.GluedDigitsTest.OUTCOME_ROWS;
import static io.github.nianbao.serialization.internal.text.GluedDigitsTest.TABLE3_ROWS;
import static io.github.nianbao.serialization.internal.text.GluedDigitsTest.TOTAL_ROW;
import static io.github.nianbao.serialization.internal.text.GluedDigitsTest.glue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.internal.text.GluedDigits.Candidates;
import io.github.nianbao.serialization.internal.text.GluedDigits.LinearIdentity;
import io.github.nianbao.serialization.internal.text.GluedDigits.Resolution;
import io.github.nianbao.serialization.internal.text.GluedDigits.RowIdentity;
import io.github.nianbao.serialization.internal.text.GluedDigits.RowResolution;
import io.github.nianbao.serialization.internal.text.GluedDigits.Status;
import io.github.nianbao.serialization.internal.text.GluedDigits.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link GluedDigits} never invents a number: the true split of a glued row is always among its
 * candidates, a unique answer is the true one, the table resolver never answers a wrong row, the
 * search equals brute force on short runs, and every search stays within its step bound.
 */
class GluedDigitsProperties {

  /** Counts as tables print them: many zeros, mostly small, now and then large. */
  private static Arbitrary<Long> counts() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just(0L)),
        Tuple.of(3, Arbitraries.longs().between(1, 9)),
        Tuple.of(3, Arbitraries.longs().between(10, 999)),
        Tuple.of(1, Arbitraries.longs().between(1000, 999_999)));
  }

  /** Six counts and their total. */
  @Provide
  Arbitrary<long[]> table3Rows() {
    return counts().list().ofSize(6).map(GluedDigitsProperties::withTotal);
  }

  private static long[] withTotal(List<Long> six) {
    long[] row = new long[7];
    for (int c = 0; c < 6; c++) {
      row[c] = six.get(c);
      row[6] += row[c];
    }
    return row;
  }

  @Property(tries = 2000)
  void theTrueSplitIsAlwaysACandidate(@ForAll("table3Rows") long[] row) {
    Candidates c = GluedDigits.candidates(glue(row), 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10_000);
    assertTrue(c.exhaustive(), glue(row));
    assertTrue(c.splits().stream().anyMatch(s -> Arrays.equals(s, row)), glue(row));
    assertNotEquals(Status.NONE, c.status());
    if (c.status() == Status.UNIQUE) {
      assertArrayEquals(row, c.unique().orElseThrow());
    } else {
      assertEquals(Status.AMBIGUOUS, c.status());
      assertTrue(c.splits().size() >= 2);
    }
  }

  /** Table 4: three groups of four counts and their total. */
  @Provide
  Arbitrary<long[]> table4Rows() {
    return counts()
        .list()
        .ofSize(12)
        .map(
            twelve -> {
              long[] row = new long[15];
              for (int g = 0; g < 3; g++) {
                for (int c = 0; c < 4; c++) {
                  row[5 * g + c] = twelve.get(4 * g + c);
                  row[5 * g + 4] += row[5 * g + c];
                }
              }
              return row;
            });
  }

  @Property(tries = 1000)
  void table4SplitsNeverLoseTheTruth(@ForAll("table4Rows") long[] row) {
    Candidates c = GluedDigits.candidates(glue(row), 15, GluedDigits.groupsOf(5), 10_000);
    if (glue(row).length() > GluedDigits.MAX_DIGITS) {
      assertEquals(Status.TOO_LONG, c.status());
      return;
    }
    assertTrue(c.exhaustive(), glue(row));
    assertTrue(c.splits().stream().anyMatch(s -> Arrays.equals(s, row)), glue(row));
    if (c.status() == Status.UNIQUE) {
      assertArrayEquals(row, c.unique().orElseThrow());
    }
  }

  @Property(tries = 1000)
  void aStrippedItemNumberNeverGivesAWrongUniqueRow(
      @ForAll("table3Rows") long[] row, @ForAll @IntRange(min = 1, max = 9) int item) {
    String digits = glue(row) + item;
    GluedDigits.StrippedCandidates s =
        GluedDigits.candidatesStripping(
            digits, Integer.toString(item), 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10_000);
    assertTrue(s.stripped().splits().stream().anyMatch(x -> Arrays.equals(x, row)), digits);
    if (s.status() == Status.UNIQUE) {
      assertEquals(GluedDigits.Reading.STRIPPED, s.reading());
      assertArrayEquals(row, s.unique().orElseThrow());
    } else {
      assertEquals(Status.AMBIGUOUS, s.status());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The resolver over Table 3

  /** A consistent Table 3 (2021): outcome rows, carried over and forward, and rows that follow. */
  @Provide
  Arbitrary<long[][]> table3s() {
    Arbitrary<Long> sparse =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(0L)),
            Tuple.of(3, Arbitraries.longs().between(1, 30)),
            Tuple.of(1, Arbitraries.longs().between(31, 400)));
    return sparse
        .list()
        .ofSize((OUTCOME_ROWS + 2) * 6)
        .map(
            v -> {
              long[][] rows = new long[TABLE3_ROWS][7];
              int at = 0;
              for (int r = 2; r < TOTAL_ROW; r++) {
                for (int c = 0; c < 6; c++) {
                  rows[r][c] = v.get(at++);
                  rows[TOTAL_ROW][c] += rows[r][c];
                }
              }
              for (int c = 0; c < 6; c++) {
                long over = v.get(at++);
                long forward = v.get(at++);
                long handled = rows[TOTAL_ROW][c] + forward;
                rows[1][c] = Math.min(over, handled);
                rows[FORWARD_ROW][c] = forward;
                rows[0][c] = handled - rows[1][c];
              }
              for (long[] row : rows) {
                row[6] = 0;
                for (int c = 0; c < 6; c++) {
                  row[6] += row[c];
                }
              }
              return rows;
            });
  }

  @Property(tries = 300)
  void theResolverAnswersTheTrueRowsOrAmbiguous(
      @ForAll("table3s") long[][] truth, @ForAll("knownRows") Set<Integer> known) {
    List<List<long[]>> candidates = new ArrayList<>();
    List<Status> alone = new ArrayList<>();
    for (int r = 0; r < TABLE3_ROWS; r++) {
      if (known.contains(r)) {
        candidates.add(List.of(truth[r].clone()));
        alone.add(Status.UNIQUE);
        continue;
      }
      Candidates c =
          GluedDigits.candidates(glue(truth[r]), 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10_000);
      assertTrue(c.exhaustive(), glue(truth[r]));
      candidates.add(c.splits());
      alone.add(c.status());
    }
    Resolution resolution = GluedDigits.resolve(candidates, GluedDigitsTest.table3Identities());
    assertFalse(resolution.capped());
    assertTrue(resolution.steps() <= GluedDigits.MAX_RESOLVE_STEPS);
    for (int r = 0; r < TABLE3_ROWS; r++) {
      RowResolution row = resolution.rows().get(r);
      if (row.status() == Status.UNIQUE) {
        assertArrayEquals(truth[r], row.split(), "row " + r);
      } else {
        assertEquals(Status.AMBIGUOUS, row.status(), "row " + r);
        // a row unique alone stays unique: the true table is an accepted assignment
        assertNotEquals(Status.UNIQUE, alone.get(r), "row " + r);
      }
    }
  }

  @Provide
  Arbitrary<Set<Integer>> knownRows() {
    return Arbitraries.integers().between(0, TABLE3_ROWS - 1).set().ofMaxSize(6);
  }

  /** Small random problems: the resolver agrees with trying every joint assignment. */
  @Property(tries = 1000)
  void theResolverAgreesWithBruteForce(
      @ForAll("smallCandidates") List<List<long[]>> candidates,
      @ForAll("smallIdentities") List<LinearIdentity> drawn) {
    int rows = candidates.size();
    List<LinearIdentity> identities = new ArrayList<>();
    for (LinearIdentity identity : drawn) {
      identities.add(
          new LinearIdentity(
              identity.terms().stream()
                  .map(t -> new Term(t.row() % rows, t.cell(), t.coefficient()))
                  .toList()));
    }
    Resolution resolution = GluedDigits.resolve(candidates, identities);
    assertFalse(resolution.capped());
    // parts of the table: rows linked by identities
    int[] part = new int[rows];
    for (int r = 0; r < rows; r++) {
      part[r] = r;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (LinearIdentity identity : identities) {
        int min = identity.terms().stream().mapToInt(t -> part[t.row()]).min().orElse(0);
        for (Term t : identity.terms()) {
          if (part[t.row()] != min) {
            part[t.row()] = min;
            changed = true;
          }
        }
      }
    }
    for (int p = 0; p < rows; p++) {
      final int thisPart = p;
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        if (part[r] == thisPart) {
          members.add(r);
        }
      }
      if (members.isEmpty()) {
        continue;
      }
      List<LinearIdentity> own =
          identities.stream()
              .filter(i -> !i.terms().isEmpty() && part[i.terms().get(0).row()] == thisPart)
              .toList();
      List<Set<List<Long>>> values = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        values.add(new HashSet<>());
      }
      enumerate(candidates, members, own, 0, new long[rows][], values);
      boolean any = !members.isEmpty() && !values.get(members.get(0)).isEmpty();
      for (int r : members) {
        RowResolution got = resolution.rows().get(r);
        if (!any) {
          assertEquals(Status.NONE, got.status(), "row " + r);
        } else if (values.get(r).size() == 1) {
          assertEquals(Status.UNIQUE, got.status(), "row " + r);
          assertEquals(
              values.get(r).iterator().next(), Arrays.stream(got.split()).boxed().toList());
        } else {
          assertEquals(Status.AMBIGUOUS, got.status(), "row " + r);
        }
      }
    }
  }

  private static void enumerate(
      List<List<long[]>> candidates,
      List<Integer> members,
      List<LinearIdentity> identities,
      int j,
      long[][] assigned,
      List<Set<List<Long>>> values) {
    if (j == members.size()) {
      for (LinearIdentity identity : identities) {
        if (!identity.holds(assigned)) {
          return;
        }
      }
      for (int r : members) {
        values.get(r).add(Arrays.stream(assigned[r]).boxed().toList());
      }
      return;
    }
    for (long[] c : candidates.get(members.get(j))) {
      assigned[members.get(j)] = c;
      enumerate(candidates, members, identities, j + 1, assigned, values);
    }
  }

  @Provide
  Arbitrary<List<List<long[]>>> smallCandidates() {
    Arbitrary<long[]> pair =
        Arbitraries.longs()
            .between(0, 3)
            .list()
            .ofSize(2)
            .map(l -> new long[] {l.get(0), l.get(1)});
    return pair.list().ofMinSize(0).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<LinearIdentity>> smallIdentities() {
    Arbitrary<Term> term =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1),
                Arbitraries.of(-2L, -1L, 1L, 2L))
            .as(Term::new);
    return term.list().ofMinSize(1).ofMaxSize(3).map(LinearIdentity::new).list().ofMaxSize(3);
  }

  // ---------------------------------------------------------------------------------------------
  // Brute force and bounds

  @Provide
  Arbitrary<String> shortRuns() {
    return Arbitraries.strings().withChars("0001129").ofMinLength(1).ofMaxLength(12);
  }

  /** The identities searched, by number: none, total, groups of 2, 3 and 1. */
  private static final List<RowIdentity> IDENTITIES =
      List.of(
          GluedDigits.NONE,
          GluedDigits.TOTAL_IS_SUM_OF_REST,
          GluedDigits.groupsOf(2),
          GluedDigits.groupsOf(3),
          GluedDigits.groupsOf(1));

  /** The same identities, written out again for brute force. */
  private static boolean holds(int identity, List<Long> cells) {
    int width =
        switch (identity) {
          case 0 -> 0;
          case 1 -> cells.size();
          case 2 -> 2;
          case 3 -> 3;
          default -> 1;
        };
    if (width == 0) {
      return true;
    }
    if (cells.size() % width != 0) {
      return false;
    }
    for (int g = 0; g < cells.size(); g += width) {
      long sum = 0;
      for (int i = g; i < g + width - 1; i++) {
        sum += cells.get(i);
      }
      if (sum != cells.get(g + width - 1)) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 3000)
  void theSearchEqualsBruteForce(
      @ForAll("shortRuns") String run,
      @ForAll @IntRange(min = 1, max = 7) int cells,
      @ForAll @IntRange(min = 0, max = 4) int identity) {
    List<List<Long>> expected = new ArrayList<>();
    cut(run, 0, new ArrayList<>(), cells, identity, expected);
    Candidates c = GluedDigits.candidates(run, cells, IDENTITIES.get(identity), Integer.MAX_VALUE);
    List<List<Long>> got = new ArrayList<>();
    for (long[] s : c.splits()) {
      got.add(Arrays.stream(s).boxed().toList());
    }
    assertEquals(new HashSet<>(expected), new HashSet<>(got), run);
    assertEquals(expected.size(), got.size(), run);
    assertTrue(c.exhaustive());
    Status status =
        expected.isEmpty() ? Status.NONE : expected.size() == 1 ? Status.UNIQUE : Status.AMBIGUOUS;
    assertEquals(status, c.status(), run);
  }

  /** Every cut into valid cells (no leading zero), filtered by the identity. */
  private static void cut(
      String run, int from, List<Long> cells, int count, int identity, List<List<Long>> out) {
    if (cells.size() == count) {
      if (from == run.length() && holds(identity, cells)) {
        out.add(List.copyOf(cells));
      }
      return;
    }
    for (int to = from + 1; to <= run.length(); to++) {
      if (to - from > 1 && run.charAt(from) == '0') {
        break;
      }
      cells.add(Long.parseLong(run.substring(from, to)));
      cut(run, to, cells, count, identity, out);
      cells.remove(cells.size() - 1);
    }
  }

  @Provide
  Arbitrary<String> longRuns() {
    Arbitrary<String> random =
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(GluedDigits.MAX_DIGITS);
    Arbitrary<String> repeated =
        Arbitraries.of("0", "9", "1", "10", "90", "123")
            .flatMap(
                unit ->
                    Arbitraries.integers()
                        .between(1, GluedDigits.MAX_DIGITS / unit.length())
                        .map(unit::repeat));
    return Arbitraries.oneOf(random, repeated);
  }

  @Property(tries = 300)
  void everySearchStaysWithinItsBound(
      @ForAll("longRuns") String run,
      @ForAll @IntRange(min = 1, max = 20) int cells,
      @ForAll @IntRange(min = 0, max = 4) int identity) {
    Candidates c = GluedDigits.candidates(run, cells, IDENTITIES.get(identity), 10);
    assertTrue(c.steps() <= GluedDigits.MAX_STEPS, "steps " + c.steps());
    if (c.status() == Status.TOO_LONG) {
      assertEquals(GluedDigits.MAX_STEPS, c.steps(), run); // never refused for length here
    }
  }

  @Property(tries = 200)
  void theTablesShapesDecideWithinTheBoundUpToTheLengthLimit(@ForAll("longRuns") String run) {
    record Shape(int cells, RowIdentity identity, long bound) {}
    for (Shape shape :
        List.of(
            new Shape(7, GluedDigits.TOTAL_IS_SUM_OF_REST, GluedDigits.MAX_STEPS),
            new Shape(15, GluedDigits.groupsOf(5), 300_000),
            new Shape(3, GluedDigits.NONE, 5_000),
            new Shape(1, GluedDigits.NONE, 2_000))) {
      Candidates c = GluedDigits.candidates(run, shape.cells(), shape.identity(), 10);
      assertNotEquals(Status.TOO_LONG, c.status(), shape + " " + run);
      assertTrue(c.steps() <= shape.bound(), shape + " " + run + ": " + c.steps());
    }
  }
}

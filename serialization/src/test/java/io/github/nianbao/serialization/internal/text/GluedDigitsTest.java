package io.github.nianbao.serialization.internal.text;

import static io.github.nianbao.serialization.internal.text.GluedDigits.Term.minus;
import static io.github.nianbao.serialization.internal.text.GluedDigits.Term.plus;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.internal.text.GluedDigits.Candidates;
import io.github.nianbao.serialization.internal.text.GluedDigits.LinearIdentity;
import io.github.nianbao.serialization.internal.text.GluedDigits.Reading;
import io.github.nianbao.serialization.internal.text.GluedDigits.Resolution;
import io.github.nianbao.serialization.internal.text.GluedDigits.Status;
import io.github.nianbao.serialization.internal.text.GluedDigits.StrippedCandidates;
import io.github.nianbao.serialization.internal.text.GluedDigits.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link GluedDigits} on the glued rows seen in flattened HTML tables, and on edge cases. */
class GluedDigitsTest {

  // ---------------------------------------------------------------------------------------------
  // Table 3 (2021) as rows for the resolver: 一, 二, the 22 outcome rows, （七）总计, 四

  static final int OUTCOME_ROWS = 22;
  static final int TOTAL_ROW = 2 + OUTCOME_ROWS;
  static final int FORWARD_ROW = TOTAL_ROW + 1;
  static final int TABLE3_ROWS = FORWARD_ROW + 1;

  /** Per column (the six categories and the total): 一 + 二 − 总计 − 四 = 0, 总计 = Σ outcomes. */
  static List<LinearIdentity> table3Identities() {
    List<LinearIdentity> identities = new ArrayList<>();
    for (int c = 0; c < 7; c++) {
      identities.add(
          LinearIdentity.of(plus(0, c), plus(1, c), minus(TOTAL_ROW, c), minus(FORWARD_ROW, c)));
      List<Term> terms = new ArrayList<>();
      terms.add(plus(TOTAL_ROW, c));
      for (int r = 2; r < TOTAL_ROW; r++) {
        terms.add(minus(r, c));
      }
      identities.add(new LinearIdentity(terms));
    }
    return identities;
  }

  /** The cells written with no separator. */
  static String glue(long[] cells) {
    StringBuilder b = new StringBuilder();
    for (long c : cells) {
      b.append(c);
    }
    return b.toString();
  }

  private static List<List<Long>> asLists(List<long[]> splits) {
    List<List<Long>> out = new ArrayList<>();
    for (long[] s : splits) {
      out.add(Arrays.stream(s).boxed().toList());
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // One row

  @Test
  void aTable3RowSplitsByItsTotal() {
    Candidates c = GluedDigits.candidates("713000074", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.UNIQUE, c.status());
    assertTrue(c.exhaustive());
    assertArrayEquals(new long[] {71, 3, 0, 0, 0, 0, 74}, c.unique().orElseThrow());
  }

  @Test
  void aRowOfZerosIsUniqueOnlyWithOneDigitPerCell() {
    Candidates seven = GluedDigits.candidates("0000000", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.UNIQUE, seven.status());
    assertArrayEquals(new long[7], seven.unique().orElseThrow());
    // eight zeros cannot be seven cells: 00 is no count
    Candidates eight = GluedDigits.candidates("00000000", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.NONE, eight.status());
    assertTrue(eight.splits().isEmpty());
    assertEquals(Status.NONE, GluedDigits.candidates("00000000", 7, GluedDigits.NONE, 10).status());
    assertEquals(
        List.of(List.of(0L, 0L, 0L)),
        asLists(GluedDigits.candidates("000", 3, GluedDigits.NONE, 10).splits()));
  }

  @Test
  void table2DocumentsWithoutAnIdentityAreUniqueOnlyWhenTheDigitsForceIt() {
    Candidates c = GluedDigits.candidates("8855698", 3, GluedDigits.NONE, 100);
    assertEquals(Status.AMBIGUOUS, c.status());
    assertTrue(c.exhaustive());
    assertEquals(15, c.splits().size()); // every cut of 7 digits without zeros in 3: C(6, 2)
    assertTrue(asLists(c.splits()).contains(List.of(88L, 556L, 98L)));
    assertTrue(c.unique().isEmpty());
    Candidates rules = GluedDigits.candidates("000", 3, GluedDigits.NONE, 100);
    assertEquals(Status.UNIQUE, rules.status());
    // zeros force the cut: 0 | 10 | 5 is the only reading of 0105
    assertArrayEquals(
        new long[] {0, 10, 5},
        GluedDigits.candidates("0105", 3, GluedDigits.NONE, 10).unique().orElseThrow());
  }

  @Test
  void ambiguousRowsListEverySplit() {
    Candidates c = GluedDigits.candidates("1120", 3, GluedDigits.NONE, 10);
    assertEquals(Status.AMBIGUOUS, c.status());
    assertEquals(
        List.of(List.of(1L, 1L, 20L), List.of(1L, 12L, 0L), List.of(11L, 2L, 0L)),
        asLists(c.splits()));
    // a Table 3 row whose total does not pin the cut: 10+1+3 and 1+0+13 both make 14
    Candidates row = GluedDigits.candidates("1013002842", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.AMBIGUOUS, row.status());
    assertEquals(
        List.of(List.of(1L, 0L, 13L, 0L, 0L, 28L, 42L), List.of(10L, 1L, 3L, 0L, 0L, 28L, 42L)),
        asLists(row.splits()));
  }

  @Test
  void aRowWithTotalsInTheHundredsMayStillBeAmbiguous() {
    // 512 + 37 + 2 + 0 + 5 + 11 = 567, but the digits read other ways too
    Candidates c = GluedDigits.candidates("5123720511567", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.AMBIGUOUS, c.status());
    assertEquals(3, c.splits().size());
    assertTrue(asLists(c.splits()).contains(List.of(512L, 37L, 2L, 0L, 5L, 11L, 567L)));
    // 318 + 0 + 0 + 0 + 0 + 9 = 327: one reading only
    Candidates d = GluedDigits.candidates("31800009327", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.UNIQUE, d.status());
    assertArrayEquals(new long[] {318, 0, 0, 0, 0, 9, 327}, d.unique().orElseThrow());
  }

  @Test
  void theCapListsFewerSplitsAndSaysSo() {
    Candidates c = GluedDigits.candidates("8855698", 3, GluedDigits.NONE, 2);
    assertEquals(Status.AMBIGUOUS, c.status());
    assertEquals(2, c.splits().size());
    assertFalse(c.exhaustive());
    // a cap of one still learns that a second split exists
    Candidates one = GluedDigits.candidates("1120", 3, GluedDigits.NONE, 1);
    assertEquals(Status.AMBIGUOUS, one.status());
    assertEquals(1, one.splits().size());
  }

  @Test
  void table4SplitsGroupByGroup() {
    Candidates c = GluedDigits.candidates("210140000010001", 15, GluedDigits.groupsOf(5), 10);
    assertEquals(Status.UNIQUE, c.status());
    assertArrayEquals(
        new long[] {2, 1, 0, 1, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1}, c.unique().orElseThrow());
    assertEquals(
        Status.UNIQUE,
        GluedDigits.candidates("0".repeat(15), 15, GluedDigits.groupsOf(5), 10).status());
    // fourteen cells are no groups of five
    assertEquals(
        Status.NONE,
        GluedDigits.candidates("0".repeat(14), 14, GluedDigits.groupsOf(5), 10).status());
  }

  @Test
  void aCellOfAGroupOfOneIsZero() {
    assertEquals(
        Status.UNIQUE, GluedDigits.candidates("00", 2, GluedDigits.groupsOf(1), 5).status());
    assertEquals(Status.NONE, GluedDigits.candidates("01", 2, GluedDigits.groupsOf(1), 5).status());
    assertEquals(
        Status.NONE, GluedDigits.candidates("5", 1, GluedDigits.TOTAL_IS_SUM_OF_REST, 5).status());
  }

  @Test
  void cellsFitInALong() {
    String max = Long.toString(Long.MAX_VALUE);
    Candidates c = GluedDigits.candidates("0" + max + max, 3, GluedDigits.TOTAL_IS_SUM_OF_REST, 5);
    assertEquals(Status.UNIQUE, c.status());
    assertArrayEquals(new long[] {0, Long.MAX_VALUE, Long.MAX_VALUE}, c.unique().orElseThrow());
    // one more than Long.MAX_VALUE is no cell
    assertEquals(
        Status.NONE,
        GluedDigits.candidates("9223372036854775808", 1, GluedDigits.NONE, 5).status());
    assertEquals(Status.UNIQUE, GluedDigits.candidates(max, 1, GluedDigits.NONE, 5).status());
  }

  @Test
  void customIdentitiesFilterCompleteSplits() {
    // a filter (first ≤ last) leaves 1 | 1 | 20 of 1 | 1 | 20, 1 | 12 | 0 and 11 | 2 | 0
    Candidates c = GluedDigits.candidates("1120", 3, cells -> cells[0] <= cells[2], 10);
    assertEquals(Status.UNIQUE, c.status());
    assertArrayEquals(new long[] {1, 1, 20}, c.unique().orElseThrow());
  }

  @Test
  void longRunsAreRefusedAndBadInputRejected() {
    Candidates c = GluedDigits.candidates("1".repeat(61), 7, GluedDigits.NONE, 10);
    assertEquals(Status.TOO_LONG, c.status());
    assertEquals(0, c.steps());
    assertThrows(
        IllegalArgumentException.class,
        () -> GluedDigits.candidates("12a", 2, GluedDigits.NONE, 5));
    assertThrows(
        IllegalArgumentException.class, () -> GluedDigits.candidates("１２", 2, GluedDigits.NONE, 5));
    assertThrows(
        IllegalArgumentException.class, () -> GluedDigits.candidates("12", 0, GluedDigits.NONE, 5));
    assertEquals(Status.NONE, GluedDigits.candidates("12", 3, GluedDigits.NONE, 5).status());
  }

  @Test
  void fortyZerosAndFortyNinesAreCheap() {
    for (String run : List.of("0".repeat(40), "9".repeat(40), "0".repeat(60), "9".repeat(60))) {
      Candidates total = GluedDigits.candidates(run, 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
      assertEquals(Status.NONE, total.status(), run);
      assertTrue(total.steps() < 200_000, run + ": " + total.steps());
      Candidates groups = GluedDigits.candidates(run, 15, GluedDigits.groupsOf(5), 10);
      assertEquals(Status.NONE, groups.status(), run);
      assertTrue(groups.steps() < 200_000, run + ": " + groups.steps());
    }
    Candidates none = GluedDigits.candidates("9".repeat(40), 7, GluedDigits.NONE, 10);
    assertEquals(Status.AMBIGUOUS, none.status());
    assertTrue(none.steps() < 10_000, "steps " + none.steps());
  }

  @Test
  void aSearchThatReachesItsBoundDecidesNothing() {
    // 29 cells under one total: too many cuts to rule out within the bound
    String run = "4073923186516572498273551093264853012947503284617295039";
    Candidates c = GluedDigits.candidates(run, 30, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.TOO_LONG, c.status());
    assertEquals(GluedDigits.MAX_STEPS, c.steps());
    assertFalse(c.exhaustive());
    // an identity that only filters cannot prune either
    Candidates f = GluedDigits.candidates("1".repeat(60), 20, cells -> false, 10);
    assertEquals(Status.TOO_LONG, f.status());
    assertEquals(GluedDigits.MAX_STEPS, f.steps());
  }

  // ---------------------------------------------------------------------------------------------
  // A trailing item number

  @Test
  void theNextRowsItemNumberIsStripped() {
    // 1．属于国家秘密 0 0 0 0 0 0 0, then 2．其他法律行政法规禁止公开
    StrippedCandidates s =
        GluedDigits.candidatesStripping("00000002", "2", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.UNIQUE, s.status());
    assertEquals(Reading.STRIPPED, s.reading());
    assertEquals(Status.NONE, s.whole().status());
    assertArrayEquals(new long[7], s.unique().orElseThrow());
  }

  @Test
  void aRowThatEndsInTheSuffixDigitIsReadWhole() {
    StrippedCandidates s =
        GluedDigits.candidatesStripping("0000022", "2", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertEquals(Status.UNIQUE, s.status());
    assertEquals(Reading.WHOLE, s.reading());
    assertEquals(Status.NONE, s.stripped().status());
    assertArrayEquals(new long[] {0, 0, 0, 0, 0, 2, 2}, s.unique().orElseThrow());
  }

  @Test
  void splitsInBothReadingsAreAmbiguous() {
    StrippedCandidates s =
        GluedDigits.candidatesStripping("111122", "2", 3, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    // 11 + 11 = 22 whole; 1 + 11 = 12 and 11 + 1 = 12 without the 2
    assertArrayEquals(new long[] {11, 11, 22}, s.whole().unique().orElseThrow());
    assertEquals(
        List.of(List.of(1L, 11L, 12L), List.of(11L, 1L, 12L)), asLists(s.stripped().splits()));
    assertEquals(Status.AMBIGUOUS, s.status());
    assertNull(s.reading());
    assertTrue(s.unique().isEmpty());
    // one split in each reading is still two readings: 10 56 5 71, or 1 0 56 57 and an item 1
    StrippedCandidates t =
        GluedDigits.candidatesStripping("1056571", "1", 4, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertArrayEquals(new long[] {10, 56, 5, 71}, t.whole().unique().orElseThrow());
    assertArrayEquals(new long[] {1, 0, 56, 57}, t.stripped().unique().orElseThrow());
    assertEquals(Status.AMBIGUOUS, t.status());
  }

  @Test
  void noSuffixMeansTheWholeReadingOnly() {
    StrippedCandidates s =
        GluedDigits.candidatesStripping("713000074", "3", 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertNull(s.stripped());
    assertEquals(Status.UNIQUE, s.status());
    assertEquals(Reading.WHOLE, s.reading());
    StrippedCandidates none =
        GluedDigits.candidatesStripping("713000074", null, 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 10);
    assertNull(none.stripped());
    assertEquals(Status.UNIQUE, none.status());
  }

  // ---------------------------------------------------------------------------------------------
  // The table resolver

  /** A small office's Table 3: 42 new applications, disclosed 29, not held 13. */
  private static long[][] smallTable3() {
    long[][] rows = new long[TABLE3_ROWS][7];
    rows[0] = new long[] {10, 1, 3, 0, 0, 28, 42};
    rows[2] = new long[] {6, 1, 2, 0, 0, 20, 29}; // （一）予以公开
    rows[2 + 10] = new long[] {4, 0, 1, 0, 0, 8, 13}; // （四）1．本机关不掌握相关政府信息
    rows[TOTAL_ROW] = rows[0].clone();
    return rows;
  }

  private static List<List<long[]>> candidatesOf(long[][] rows) {
    List<List<long[]>> out = new ArrayList<>();
    for (long[] row : rows) {
      Candidates c = GluedDigits.candidates(glue(row), 7, GluedDigits.TOTAL_IS_SUM_OF_REST, 100);
      assertTrue(c.exhaustive(), glue(row));
      out.add(c.splits());
    }
    return out;
  }

  @Test
  void theColumnIdentitiesPinRowsThatAreAmbiguousAlone() {
    long[][] truth = smallTable3();
    List<List<long[]>> candidates = candidatesOf(truth);
    assertEquals(2, candidates.get(0).size()); // 一 alone: 10,1,3 or 1,0,13
    assertEquals(2, candidates.get(TOTAL_ROW).size());
    Resolution r = GluedDigits.resolve(candidates, table3Identities());
    assertFalse(r.capped());
    for (int row = 0; row < TABLE3_ROWS; row++) {
      assertEquals(Status.UNIQUE, r.rows().get(row).status(), "row " + row);
      assertArrayEquals(truth[row], r.rows().get(row).split(), "row " + row);
    }
  }

  @Test
  void rowsTheIdentitiesCannotTellApartStayAmbiguous() {
    long[][] truth = smallTable3();
    List<List<long[]>> candidates = candidatesOf(truth);
    // without the outcome rows, 一 and 总计 can take either reading, as long as both take the same
    Resolution r =
        GluedDigits.resolve(
            List.of(candidates.get(0), candidates.get(TOTAL_ROW)),
            List.of(
                LinearIdentity.of(plus(0, 0), minus(1, 0)),
                LinearIdentity.of(plus(0, 2), minus(1, 2))));
    assertEquals(Status.AMBIGUOUS, r.rows().get(0).status());
    assertEquals(Status.AMBIGUOUS, r.rows().get(1).status());
    assertNull(r.rows().get(0).split());
  }

  @Test
  void contradictionsAreNoneOnlyWhereTheyAre() {
    List<List<long[]>> candidates =
        List.of(
            List.of(new long[] {1, 2, 3}),
            List.of(new long[] {1, 2, 4}, new long[] {1, 3, 4}),
            List.of(new long[] {5, 5, 10}),
            List.of(new long[] {7, 0, 7}, new long[] {0, 7, 7}));
    LinearIdentity never = LinearIdentity.of(plus(0, 2), minus(1, 2)); // 3 = 4
    LinearIdentity pins = LinearIdentity.of(new Term(2, 0, 7), new Term(3, 0, -5)); // 7·5 = 5·7
    Resolution r = GluedDigits.resolve(candidates, List.of(never, pins));
    assertFalse(r.capped());
    assertEquals(Status.NONE, r.rows().get(0).status());
    assertEquals(Status.NONE, r.rows().get(1).status());
    // the contradiction between rows 0 and 1 says nothing about rows 2 and 3
    assertEquals(Status.UNIQUE, r.rows().get(2).status());
    assertArrayEquals(new long[] {7, 0, 7}, r.rows().get(3).split());
    // a row in no identity is decided by its own candidates
    Resolution alone = GluedDigits.resolve(candidates, List.of(never));
    assertEquals(Status.UNIQUE, alone.rows().get(2).status());
    assertArrayEquals(new long[] {5, 5, 10}, alone.rows().get(2).split());
    assertEquals(Status.AMBIGUOUS, alone.rows().get(3).status());
    // and a row with no candidate at all has no assignment
    Resolution empty = GluedDigits.resolve(List.of(List.of()), List.of());
    assertEquals(Status.NONE, empty.rows().get(0).status());
  }

  @Test
  void equalPartialSumsAreKeptOnce() {
    // 24 rows of 0 or 1 that must sum to 24: 2^24 assignments, but only 25 different sums
    List<List<long[]>> candidates = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    for (int row = 0; row < 24; row++) {
      candidates.add(List.of(new long[] {0}, new long[] {1}));
      terms.add(plus(row, 0));
    }
    candidates.add(List.of(new long[] {24}));
    terms.add(minus(24, 0));
    Resolution r = GluedDigits.resolve(candidates, List.of(new LinearIdentity(terms)));
    assertFalse(r.capped());
    assertTrue(r.steps() < 2_000, "steps " + r.steps());
    for (int row = 0; row < 24; row++) {
      assertArrayEquals(new long[] {1}, r.rows().get(row).split());
    }
  }

  @Test
  void theResolverSaysWhenItsBoundIsReached() {
    // rows of 0 or 2^k, k = 23..0, that must sum to 2^23: the sums of the last rows all differ
    // and all stay possible
    List<List<long[]>> candidates = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    for (int row = 0; row < 24; row++) {
      candidates.add(List.of(new long[] {0}, new long[] {1L << (23 - row)}));
      terms.add(plus(row, 0));
    }
    candidates.add(List.of(new long[] {1L << 23}));
    terms.add(minus(24, 0));
    Resolution r = GluedDigits.resolve(candidates, List.of(new LinearIdentity(terms)));
    assertTrue(r.capped());
    assertTrue(r.steps() <= GluedDigits.MAX_RESOLVE_STEPS);
    for (int row = 0; row <= 24; row++) {
      assertEquals(Status.TOO_LONG, r.rows().get(row).status());
      assertNull(r.rows().get(row).split());
    }
  }

  @Test
  void termsMustNameExistingCells() {
    List<List<long[]>> candidates = List.of(List.of(new long[] {1, 2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> GluedDigits.resolve(candidates, List.of(LinearIdentity.of(plus(1, 0)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> GluedDigits.resolve(candidates, List.of(LinearIdentity.of(plus(0, 2)))));
  }
}

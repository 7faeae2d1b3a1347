package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void numberBlankAndMarkAreThreeDistinctKinds() {
    assertEquals(CellKind.NUMBER, Cell.of(0).kind());
    assertEquals(CellKind.BLANK, Cell.blank().kind());
    assertEquals(CellKind.MARK, Cell.mark("/").kind());
    assertNotEquals(Cell.zero(), Cell.blank());
    assertNotEquals(Cell.blank(), Cell.mark("无"));
    assertNotEquals(Cell.mark("/"), Cell.mark("—"));
  }

  @Test
  void numberKeepsItsValueIncludingNegativeAndLarge() {
    assertEquals(64, Cell.of(64).value());
    assertEquals(-3, Cell.of(-3).value());
    assertEquals(Long.MAX_VALUE, Cell.of(Long.MAX_VALUE).value());
    assertEquals(OptionalLong.of(136302), Cell.of(136302).number());
    assertEquals(Cell.of(5000), Cell.of(5000));
    assertEquals(Cell.of(5000).hashCode(), Cell.of(5000).hashCode());
  }

  @Test
  void blankIsNeverZero() {
    Cell blank = Cell.blank();
    assertTrue(blank.isBlank());
    assertFalse(blank.isNumber());
    assertEquals(OptionalLong.empty(), blank.number());
    IllegalStateException e = assertThrows(IllegalStateException.class, blank::value);
    assertTrue(e.getMessage().contains("<blank>"), e.getMessage());
    assertEquals("", blank.printed());
  }

  @Test
  void markKeepsItsPrintedText() {
    Cell mark = Cell.mark("不适用");
    assertEquals(Optional.of("不适用"), mark.mark());
    assertEquals("不适用", mark.printed());
    assertThrows(IllegalStateException.class, mark::value);
    assertEquals(Optional.empty(), Cell.of(1).mark());
  }

  @Test
  void markRejectsWhatIsABlankOrANumber() {
    assertThrows(IllegalArgumentException.class, () -> Cell.mark(""));
    assertThrows(IllegalArgumentException.class, () -> Cell.mark(" \t"));
    assertThrows(IllegalArgumentException.class, () -> Cell.mark("12"));
    assertThrows(IllegalArgumentException.class, () -> Cell.mark(" -7 "));
    assertThrows(NullPointerException.class, () -> Cell.mark(null));
    // a decimal is no count: it may be kept as the text printed in a count cell
    assertEquals("1.5", Cell.mark("1.5").printed());
  }

  @Test
  void plusAddsNumbersExactly() {
    assertEquals(Cell.of(7), Cell.of(3).plus(Cell.of(4)));
    assertEquals(Cell.of(-1), Cell.of(3).plus(Cell.of(-4)));
    assertThrows(ArithmeticException.class, () -> Cell.of(Long.MAX_VALUE).plus(Cell.of(1)));
  }

  @Test
  void plusKeepsANonNumberAsNotANumber() {
    assertEquals(Cell.blank(), Cell.of(3).plus(Cell.blank()));
    assertEquals(Cell.blank(), Cell.blank().plus(Cell.of(3)));
    assertEquals(Cell.blank(), Cell.blank().plus(Cell.blank()));
    assertEquals(Cell.mark("/"), Cell.mark("/").plus(Cell.of(2)));
    assertEquals(Cell.mark("/"), Cell.mark("/").plus(Cell.mark("/")));
    assertEquals(Cell.blank(), Cell.mark("/").plus(Cell.mark("无")));
    assertEquals(Cell.blank(), Cell.mark("/").plus(Cell.blank()));
  }

  @Test
  void zeroIsTheIdentityOfPlus() {
    for (Cell c : new Cell[] {Cell.of(9), Cell.of(-9), Cell.blank(), Cell.mark("—")}) {
      assertEquals(c, Cell.zero().plus(c));
      assertEquals(c, c.plus(Cell.zero()));
    }
  }

  @Test
  void toStringTellsTheKindsApart() {
    assertEquals("12", Cell.of(12).toString());
    assertEquals("<blank>", Cell.blank().toString());
    assertEquals("\"/\"", Cell.mark("/").toString());
  }

  @Test
  void aMarkIsNeitherAnOfficialLabelNorControlCharacters() {
    assertThrows(IllegalArgumentException.class, () -> Cell.mark("结果维持"));
    assertThrows(IllegalArgumentException.class, () -> Cell.mark("总计"));
    assertThrows(IllegalArgumentException.class, () -> AmountCell.mark("行政事业性收费"));
    assertThrows(IllegalArgumentException.class, () -> Cell.mark("a\u0000b"));
    assertEquals("未统计", Cell.mark("未统计").printed());
  }
}

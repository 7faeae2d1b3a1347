package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountCellTest {

  @Test
  void keepsThePrintedDigits() {
    assertEquals("1953.86", AmountCell.of("1953.86").printed());
    assertEquals("24252.311082", AmountCell.of("24252.311082").printed());
    assertEquals("0.00", AmountCell.of("0.00").printed());
    assertEquals(new BigDecimal("1953.86"), AmountCell.of("1953.86").value());
  }

  @Test
  void equalityComparesPrintedDigitsAndHasSameAmountComparesValues() {
    AmountCell a = AmountCell.of("1953.86");
    AmountCell b = AmountCell.of("1953.860");
    assertNotEquals(a, b);
    assertTrue(a.hasSameAmountAs(b));
    assertTrue(AmountCell.of(0).hasSameAmountAs(AmountCell.of("0.00")));
    assertFalse(AmountCell.blank().hasSameAmountAs(AmountCell.blank()));
    assertEquals(AmountCell.of("1.5"), AmountCell.of(new BigDecimal("1.5")));
    assertEquals(AmountCell.of("1.5").hashCode(), AmountCell.of(new BigDecimal("1.5")).hashCode());
  }

  @Test
  void negativeScaleIsStoredAsPlainDigits() {
    assertEquals(AmountCell.of(1000), AmountCell.of(new BigDecimal("1E+3")));
    assertEquals("1000", AmountCell.of(new BigDecimal("1E+3")).printed());
  }

  @Test
  void boundsAreEnforced() {
    assertThrows(IllegalArgumentException.class, () -> AmountCell.of("0.0000000000001"));
    assertThrows(IllegalArgumentException.class, () -> AmountCell.of(new BigDecimal("1E+40")));
    assertThrows(NumberFormatException.class, () -> AmountCell.of("12,5"));
    assertThrows(NumberFormatException.class, () -> AmountCell.of("9".repeat(100)));
  }

  @Test
  void blankAndMark() {
    assertEquals(CellKind.BLANK, AmountCell.blank().kind());
    assertEquals(Optional.empty(), AmountCell.blank().amount());
    assertEquals(Optional.of("/"), AmountCell.mark("/").mark());
    assertThrows(IllegalArgumentException.class, () -> AmountCell.mark("1.5"));
    assertThrows(IllegalStateException.class, () -> AmountCell.mark("无").value());
  }

  @Test
  void plusIsExactAndKeepsTheLargerScale() {
    assertEquals(AmountCell.of("3.50"), AmountCell.of("1.25").plus(AmountCell.of("2.25")));
    assertEquals(AmountCell.of("1.123"), AmountCell.of("1").plus(AmountCell.of("0.123")));
    assertEquals(AmountCell.blank(), AmountCell.of("1").plus(AmountCell.blank()));
    assertEquals(AmountCell.mark("—"), AmountCell.mark("—").plus(AmountCell.of("1")));
    assertEquals(AmountCell.of("7.1"), AmountCell.zero().plus(AmountCell.of("7.1")));
    assertThrows(
        ArithmeticException.class,
        () -> AmountCell.of("9".repeat(38)).plus(AmountCell.of("9".repeat(38))));
  }
}

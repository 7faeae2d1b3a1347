package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A workbook cell holds at most 32,767 characters: a longer text is cut, and says so. */
class XlsxCellTest {

  @Test
  void aTextThatFitsIsWhole() {
    String text = "予".repeat(Xlsx.MAX_CELL);
    assertEquals(text, Xlsx.fit(text));
  }

  @Test
  void aLongerTextIsCutWithANoteOfItsLength() {
    String text = "予以公开及".repeat(8_000);
    String cell = Xlsx.fit(text);
    assertEquals(Xlsx.MAX_CELL, cell.length());
    assertTrue(cell.startsWith("予以公开及予以公开及"));
    assertTrue(cell.endsWith("cut: 40000 characters, the cell holds 32767）"), cell);
  }

  @Test
  void noHalfOfASurrogatePairIsKept() {
    for (int shift = 0; shift < 2; shift++) {
      String text = "a".repeat(shift) + "𠀀".repeat(Xlsx.MAX_CELL);
      String cell = Xlsx.fit(text);
      int noteAt = cell.indexOf('…');
      assertFalse(Character.isHighSurrogate(cell.charAt(noteAt - 1)), "shift " + shift);
      assertTrue(cell.length() <= Xlsx.MAX_CELL);
    }
  }
}

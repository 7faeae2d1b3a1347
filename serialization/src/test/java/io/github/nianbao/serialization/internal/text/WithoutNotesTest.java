package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Labels with a note in brackets, as agencies print them, read without the note. */
class WithoutNotesTest {
  @Test
  void notesInBracketsAreLeftAside() {
    assertEquals("规章", TableReader.withoutNotes("规章(县级无此项)"));
    assertEquals("本年制发件数", TableReader.withoutNotes("本年(2023)制发件数"));
    assertEquals("本年收费金额", TableReader.withoutNotes("本年收费金额（单位：元）"));
  }

  @Test
  void aNumberingInBracketsAtTheStartStays() {
    assertEquals("（二）部分公开", TableReader.withoutNotes("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    assertNull(TableReader.withoutNotes("（一）予以公开"));
  }

  @Test
  void textWithoutANoteOrOnlyANoteIsNone() {
    assertNull(TableReader.withoutNotes("行政许可"));
    assertNull(TableReader.withoutNotes("(县级无此项)"));
    assertNull(TableReader.withoutNotes("规章(未闭合"));
  }
}

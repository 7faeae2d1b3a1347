package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Invisible characters at the ends of an agency or a mark: one normal form in the model. */
class InvisibleCharactersTest {

  private static AnnualReport withAgency(String agency) {
    return AnnualReport.builder()
        .agency(agency)
        .year(2023)
        .activeDisclosure(ActiveDisclosure.zero())
        .applications(Applications.zero())
        .reviewAndLitigation(ReviewAndLitigation.zero())
        .build();
  }

  @Test
  void aByteOrderMarkOrZeroWidthSpaceAroundTheAgencyIsNotPartOfIt() {
    assertEquals("某局", withAgency("\uFEFF某局").agency());
    assertEquals("某局", withAgency("某局\u200B").agency());
    assertEquals("某局", withAgency("\u200B \u2060某局\u200D\uFEFF").agency());
    // inside the name it stays: only the ends are normalised
    assertEquals("某\u200B局", withAgency("某\u200B局").agency());
  }

  @Test
  void aMarkLosesThemToo() {
    assertEquals("/", Cell.mark("\uFEFF/\u200B").printed());
  }
}

package io.github.nianbao.core;

import java.math.BigDecimal;
import java.util.Objects;

/** The shared check of a mark's text, for {@link Cell} and {@link AmountCell}. */
final class Marks {
  private Marks() {}

  /**
   * Checks a mark's text.
   *
   * @param printed the text
   * @param decimalIsNumber whether a decimal number such as {@code 1.5} is a number (amounts) or
   *     may be a mark (counts hold whole numbers only)
   */
  static String check(String printed, boolean decimalIsNumber) {
    Objects.requireNonNull(printed, "printed");
    if (printed.isBlank()) {
      throw new IllegalArgumentException(
          "A mark needs printed text; nothing printed is a blank cell");
    }
    String s = Texts.singleLine(printed);
    Texts.checkNoControl(s, "a mark");
    if (decimalIsNumber ? isDecimal(s) : isWholeNumber(s)) {
      throw new IllegalArgumentException("A number is not a mark: " + printed);
    }
    if (Labels.OFFICIAL.contains(s)) {
      throw new IllegalArgumentException("An official label is not a mark: " + s);
    }
    return s;
  }

  /** Every official label and heading the enums own: none of them is a cell's content. */
  private static final class Labels {
    static final java.util.Set<String> OFFICIAL = collect();

    private static java.util.Set<String> collect() {
      java.util.Set<String> all = new java.util.HashSet<>();
      for (ApplicationRow r : ApplicationRow.values()) {
        all.add(r.label());
        all.add(r.officialLabel());
      }
      for (OutcomeGroup g : OutcomeGroup.values()) {
        all.add(g.label());
        all.add(g.officialLabel());
      }
      for (ApplicantCategory c : ApplicantCategory.values()) {
        all.add(c.label());
      }
      for (ApplicantGroup g : ApplicantGroup.values()) {
        all.add(g.label());
      }
      for (ReviewColumn c : ReviewColumn.values()) {
        all.add(c.label());
      }
      for (ReviewCase c : ReviewCase.values()) {
        all.add(c.label());
        all.add(c.fullLabel());
      }
      for (ReviewProceeding p : ReviewProceeding.values()) {
        all.add(p.label());
      }
      for (DisclosureRow r : DisclosureRow.values()) {
        all.add(r.label());
      }
      for (DisclosureColumn c : DisclosureColumn.values()) {
        all.add(c.label());
      }
      for (DisclosureRow2019 r : DisclosureRow2019.values()) {
        all.add(r.label());
      }
      for (DisclosureColumn2019 c : DisclosureColumn2019.values()) {
        all.add(c.label());
      }
      for (DisclosureClause c : DisclosureClause.values()) {
        all.add(c.label());
      }
      for (TableHeading h : TableHeading.values()) {
        all.add(h.label());
      }
      for (ReportSection s : ReportSection.values()) {
        all.add(s.title());
        all.add(s.heading());
      }
      return java.util.Set.copyOf(all);
    }
  }

  private static boolean isWholeNumber(String s) {
    try {
      Long.parseLong(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDecimal(String s) {
    if (s.length() > 100) {
      return false;
    }
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

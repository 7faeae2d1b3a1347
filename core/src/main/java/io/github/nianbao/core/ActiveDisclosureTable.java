package io.github.nianbao.core;

/**
 * Table 2, 二、主动公开政府信息情况, of either format version: {@link ActiveDisclosure} (2021) or {@link
 * ActiveDisclosure2019} (the 2019 trial format). The two tables share no columns, so nothing
 * converts one into the other; code that needs Table 2 tests which one a report holds:
 *
 * <pre>{@code
 * if (report.activeDisclosure() instanceof ActiveDisclosure t2) {
 *   long inForce = t2.rules().inForce().value();
 * }
 * }</pre>
 *
 * <p>Tables 3 and 4 have the same types in both versions.
 */
public sealed interface ActiveDisclosureTable
    permits AbstractActiveDisclosure, AbstractActiveDisclosure2019 {

  /**
   * Returns the format version whose Table 2 this is.
   *
   * @return {@link FormatVersion#V2021} or {@link FormatVersion#V2019}
   */
  FormatVersion formatVersion();

  /**
   * Returns the Table 2 of a format version whose cells a function gives, as a reader builds it
   * from cells it has placed.
   *
   * @param version the format version
   * @param cells the cell at each of the version's Table 2 addresses, of the type {@link
   *     AnnualReport#cell(CellAddress)} returns there, or {@code null} for a blank
   * @return the table
   * @throws ClassCastException if a cell is of another type than its address holds
   */
  static ActiveDisclosureTable fromCells(
      FormatVersion version, java.util.function.Function<CellAddress, TableCell> cells) {
    java.util.function.Function<CellAddress, Cell> count =
        a -> {
          TableCell c = cells.apply(a);
          return c == null ? Cell.blank() : (Cell) c;
        };
    if (version == FormatVersion.V2019) {
      java.util.function.BiFunction<DisclosureRow2019, DisclosureColumn2019, Cell> at =
          (r, c) -> count.apply(CellAddress.of(r, c));
      java.util.function.Function<DisclosureRow2019, PublishedDocuments> documents =
          r ->
              PublishedDocuments.of(
                  at.apply(r, DisclosureColumn2019.NEWLY_MADE),
                  at.apply(r, DisclosureColumn2019.NEWLY_PUBLISHED),
                  at.apply(r, DisclosureColumn2019.TOTAL_PUBLISHED));
      java.util.function.Function<DisclosureRow2019, ItemCounts> items =
          r ->
              ItemCounts.of(
                  at.apply(r, DisclosureColumn2019.PREVIOUS_YEAR_ITEMS),
                  at.apply(r, DisclosureColumn2019.CHANGE),
                  at.apply(r, DisclosureColumn2019.DECISIONS));
      DisclosureRow2019 fees = DisclosureRow2019.ADMINISTRATIVE_FEES;
      DisclosureRow2019 procurement = DisclosureRow2019.CENTRALIZED_PROCUREMENT;
      TableCell amount =
          cells.apply(CellAddress.of(procurement, DisclosureColumn2019.TOTAL_AMOUNT));
      return ActiveDisclosure2019.builder()
          .rules(documents.apply(DisclosureRow2019.RULES))
          .normativeDocuments(documents.apply(DisclosureRow2019.NORMATIVE_DOCUMENTS))
          .licensing(items.apply(DisclosureRow2019.LICENSING))
          .otherManagementServices(items.apply(DisclosureRow2019.OTHER_MANAGEMENT_SERVICES))
          .penalties(items.apply(DisclosureRow2019.PENALTIES))
          .enforcement(items.apply(DisclosureRow2019.ENFORCEMENT))
          .administrativeFees(
              FeeItems.of(
                  at.apply(fees, DisclosureColumn2019.PREVIOUS_YEAR_ITEMS),
                  at.apply(fees, DisclosureColumn2019.CHANGE)))
          .centralizedProcurement(
              Procurement.of(
                  at.apply(procurement, DisclosureColumn2019.PROJECTS),
                  amount == null ? PrintedAmount.blank() : (PrintedAmount) amount))
          .build();
    }
    java.util.function.Function<DisclosureRow, DocumentCounts> documents =
        r ->
            DocumentCounts.of(
                count.apply(CellAddress.of(r, DisclosureColumn.ISSUED)),
                count.apply(CellAddress.of(r, DisclosureColumn.REPEALED)),
                count.apply(CellAddress.of(r, DisclosureColumn.IN_FORCE)));
    TableCell fee = cells.apply(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES));
    return ActiveDisclosure.builder()
        .rules(documents.apply(DisclosureRow.RULES))
        .normativeDocuments(documents.apply(DisclosureRow.NORMATIVE_DOCUMENTS))
        .licensing(count.apply(CellAddress.of(DisclosureRow.LICENSING)))
        .penalties(count.apply(CellAddress.of(DisclosureRow.PENALTIES)))
        .enforcement(count.apply(CellAddress.of(DisclosureRow.ENFORCEMENT)))
        .administrativeFees(fee == null ? AmountCell.blank() : (AmountCell) fee)
        .build();
  }
}

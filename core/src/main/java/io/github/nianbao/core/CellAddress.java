package io.github.nianbao.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The address of one of the 200 table cells of a report, named by the keys of DESIGN, e.g. {@code
 * applications.carriedForward.naturalPerson} or {@code activeDisclosure.licensing}.
 *
 * <p>The path is the location used in JSON and in validation findings; {@link #label()} names the
 * same cell by its official Chinese row and column labels. There is one instance per cell: {@link
 * #all()} lists them in printed order (Table 2 row by row, Table 3 row by row, Table 4 group by
 * group). Immutable and thread-safe.
 */
public final class CellAddress {

  private static final String SEPARATOR = "·";
  private static final List<CellAddress> ALL;
  private static final Map<String, CellAddress> BY_PATH;

  static {
    List<CellAddress> all = new ArrayList<>(200);
    for (DisclosureRow row : DisclosureRow.values()) {
      for (DisclosureColumn column : row.columns()) {
        all.add(new CellAddress(all.size(), ReportSection.ACTIVE_DISCLOSURE, row, column));
      }
    }
    for (ApplicationRow row : ApplicationRow.values()) {
      for (ApplicantCategory column : ApplicantCategory.values()) {
        all.add(new CellAddress(all.size(), ReportSection.APPLICATIONS, row, column));
      }
    }
    for (ReviewCase group : ReviewCase.values()) {
      for (ReviewColumn column : ReviewColumn.values()) {
        all.add(new CellAddress(all.size(), ReportSection.REVIEW_AND_LITIGATION, group, column));
      }
    }
    ALL = Collections.unmodifiableList(all);
    Map<String, CellAddress> byPath = new HashMap<>();
    for (CellAddress a : all) {
      byPath.put(a.path, a);
    }
    BY_PATH = Collections.unmodifiableMap(byPath);
  }

  private static final int T3_START = indexOfFirst(ReportSection.APPLICATIONS);
  private static final int T4_START = indexOfFirst(ReportSection.REVIEW_AND_LITIGATION);

  private final int index;
  private final ReportSection table;
  private final Enum<?> row;
  private final Enum<?> column;
  private final String path;

  private CellAddress(int index, ReportSection table, Enum<?> row, Enum<?> column) {
    this.index = index;
    this.table = table;
    this.row = row;
    this.column = column;
    this.path = table.key() + "." + rowKey(row) + suffix(columnKey(column));
  }

  private static int indexOfFirst(ReportSection table) {
    for (CellAddress a : ALL) {
      if (a.table == table) {
        return a.index;
      }
    }
    throw new AssertionError(table);
  }

  private static String suffix(String key) {
    return key.isEmpty() ? "" : "." + key;
  }

  private static String rowKey(Enum<?> row) {
    if (row instanceof DisclosureRow r) {
      return r.key();
    }
    if (row instanceof ApplicationRow r) {
      return r.key();
    }
    return ((ReviewCase) row).key();
  }

  private static String columnKey(Enum<?> column) {
    if (column instanceof DisclosureColumn c) {
      return c.key();
    }
    if (column instanceof ApplicantCategory c) {
      return c.key();
    }
    return ((ReviewColumn) column).key();
  }

  /**
   * Returns every cell address in printed order: 10 of Table 2, 175 of Table 3, 15 of Table 4.
   *
   * @return the 200 addresses
   */
  public static List<CellAddress> all() {
    return ALL;
  }

  /**
   * Returns this address's position in {@link #all()}: 0 to 199, in printed order, so that a
   * table of the 200 cells can be an array.
   *
   * @return the index, {@code all().get(index()) == this}
   */
  public int index() {
    return index;
  }

  /**
   * Returns the address of a Table 2 cell.
   *
   * @param row the row
   * @param column one of the row's {@linkplain DisclosureRow#columns() columns}
   * @return the address
   * @throws IllegalArgumentException if the row has no such column
   */
  public static CellAddress of(DisclosureRow row, DisclosureColumn column) {
    int index = 0;
    for (DisclosureRow r : DisclosureRow.values()) {
      if (r == row) {
        int c = r.columns().indexOf(column);
        if (c < 0) {
          throw new IllegalArgumentException(row + " has no column " + column);
        }
        return ALL.get(index + c);
      }
      index += r.columns().size();
    }
    throw new AssertionError(row);
  }

  /**
   * Returns the address of the single cell of 行政许可, 行政处罚, 行政强制 or 行政事业性收费.
   *
   * @param row a one-value row of Table 2
   * @return the address
   * @throws IllegalArgumentException for 规章 or 行政规范性文件, which have three columns
   */
  public static CellAddress of(DisclosureRow row) {
    if (row.columns().size() != 1) {
      throw new IllegalArgumentException(row + " has three columns: name one");
    }
    return of(row, row.columns().get(0));
  }

  /**
   * Returns the address of a Table 3 cell.
   *
   * @param row the row
   * @param column the column
   * @return the address
   */
  public static CellAddress of(ApplicationRow row, ApplicantCategory column) {
    return ALL.get(T3_START + row.ordinal() * ApplicantCategory.values().length + column.ordinal());
  }

  /**
   * Returns the address of a Table 4 cell.
   *
   * @param group the group
   * @param column the column
   * @return the address
   */
  public static CellAddress of(ReviewCase group, ReviewColumn column) {
    return ALL.get(T4_START + group.ordinal() * ReviewColumn.values().length + column.ordinal());
  }

  /**
   * Returns the address with the given path.
   *
   * @param path a path such as {@code applications.outcomes.withheld.stateSecret.naturalPerson}
   * @return the address, or empty if no cell has that path
   */
  public static Optional<CellAddress> parse(String path) {
    return Optional.ofNullable(BY_PATH.get(path));
  }

  /**
   * Returns the table that holds the cell.
   *
   * @return {@link ReportSection#ACTIVE_DISCLOSURE}, {@link ReportSection#APPLICATIONS} or {@link
   *     ReportSection#REVIEW_AND_LITIGATION}
   */
  public ReportSection table() {
    return table;
  }

  /**
   * Returns the row: a {@link DisclosureRow}, an {@link ApplicationRow} or a {@link ReviewCase}.
   *
   * @return the row's enum constant
   */
  public Enum<?> row() {
    return row;
  }

  /**
   * Returns the column: a {@link DisclosureColumn}, an {@link ApplicantCategory} or a {@link
   * ReviewColumn}.
   *
   * @return the column's enum constant
   */
  public Enum<?> column() {
    return column;
  }

  /**
   * Returns the path of keys, e.g. {@code applications.carriedForward.naturalPerson}.
   *
   * @return the path, as in JSON and findings
   */
  public String path() {
    return path;
  }

  /**
   * Returns whether the cell is the amount of 行政事业性收费 rather than a count.
   *
   * @return {@code true} for {@code activeDisclosure.administrativeFees}
   */
  public boolean isAmount() {
    return column == DisclosureColumn.FEE_AMOUNT;
  }

  /**
   * Returns the official Chinese label of the row, with its group where the row is numbered within
   * one, e.g. {@code （三）不予公开 1．属于国家秘密} or {@code 行政诉讼—复议后起诉}.
   *
   * @return the row label
   */
  public String rowLabel() {
    if (row instanceof DisclosureRow r) {
      return r.label();
    }
    if (row instanceof ApplicationRow r) {
      return r.isSubRow()
          ? r.group().orElseThrow().officialLabel() + " " + r.officialLabel()
          : r.officialLabel();
    }
    return ((ReviewCase) row).fullLabel();
  }

  /**
   * Returns the official Chinese label of the column, e.g. {@code 自然人} or {@code 尚未审结}.
   *
   * @return the column label
   */
  public String columnLabel() {
    if (column instanceof DisclosureColumn c) {
      return c.label();
    }
    if (column instanceof ApplicantCategory c) {
      return c.label();
    }
    return ((ReviewColumn) column).label();
  }

  /**
   * Returns the cell's name in Chinese: row label and column label, e.g. {@code
   * 四、结转下年度继续办理·自然人}.
   *
   * @return the label
   */
  public String label() {
    return rowLabel() + SEPARATOR + columnLabel();
  }

  /**
   * Returns the cell at this address of a report.
   *
   * @param report the report
   * @return a {@link Cell}, or the {@link AmountCell} for {@code administrativeFees}
   */
  TableCell cellOf(AbstractAnnualReport report) {
    if (index < T3_START) {
      ActiveDisclosure t2 = report.activeDisclosure();
      DisclosureRow r = (DisclosureRow) row;
      return switch (r) {
        case RULES, NORMATIVE_DOCUMENTS -> t2.documents(r).get((DisclosureColumn) column);
        case ADMINISTRATIVE_FEES -> t2.administrativeFees();
        default -> t2.decisions(r);
      };
    }
    if (index < T4_START) {
      return report.applications().get((ApplicationRow) row, (ApplicantCategory) column);
    }
    return report.reviewAndLitigation().get((ReviewCase) row).get((ReviewColumn) column);
  }

  /**
   * Returns a copy of a report with the cell at this address replaced.
   *
   * @param report the report
   * @param cell a {@link Cell}, or an {@link AmountCell} for the fee
   * @return the new report
   * @throws IllegalArgumentException if the cell's type does not fit the address
   */
  AnnualReport replaceIn(AbstractAnnualReport report, TableCell cell) {
    if (isAmount() != (cell instanceof AmountCell)) {
      throw new IllegalArgumentException(
          path + " holds " + (isAmount() ? "an AmountCell" : "a Cell") + ", not " + cell);
    }
    AnnualReport r = AnnualReport.copyOf(report);
    if (index < T3_START) {
      ActiveDisclosure t2 = r.activeDisclosure();
      DisclosureRow dr = (DisclosureRow) row;
      ActiveDisclosure changed =
          switch (dr) {
            case RULES -> t2.withRules(replace(t2.rules(), (Cell) cell));
            case NORMATIVE_DOCUMENTS ->
                t2.withNormativeDocuments(replace(t2.normativeDocuments(), (Cell) cell));
            case LICENSING -> t2.withLicensing((Cell) cell);
            case PENALTIES -> t2.withPenalties((Cell) cell);
            case ENFORCEMENT -> t2.withEnforcement((Cell) cell);
            case ADMINISTRATIVE_FEES -> t2.withAdministrativeFees((AmountCell) cell);
          };
      return r.withActiveDisclosure(changed);
    }
    if (index < T4_START) {
      Applications t3 = r.applications();
      ApplicationRow target = (ApplicationRow) row;
      ApplicantCounts counts = t3.row(target);
      ApplicantCounts replaced =
          ApplicantCounts.from(c -> c == column ? (Cell) cell : counts.get(c));
      return r.withApplications(
          Applications.fromRows(x -> x == target ? replaced : t3.row(x)));
    }
    ReviewAndLitigation t4 = r.reviewAndLitigation();
    ReviewCase group = (ReviewCase) row;
    ReviewOutcomes outcomes = t4.get(group);
    ReviewOutcomes replaced = ReviewOutcomes.from(c -> c == column ? (Cell) cell : outcomes.get(c));
    return r.withReviewAndLitigation(
        ReviewAndLitigation.from(g -> g == group ? replaced : t4.get(g)));
  }

  private DocumentCounts replace(DocumentCounts counts, Cell cell) {
    return DocumentCounts.of(
        column == DisclosureColumn.ISSUED ? cell : counts.issued(),
        column == DisclosureColumn.REPEALED ? cell : counts.repealed(),
        column == DisclosureColumn.IN_FORCE ? cell : counts.inForce());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellAddress a && a.index == index;
  }

  @Override
  public int hashCode() {
    return index;
  }

  /**
   * Returns the path.
   *
   * @return {@link #path()}
   */
  @Override
  public String toString() {
    return path;
  }
}

package io.github.nianbao.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The address of one table cell of a report, named by the keys of docs/format.md, e.g. {@code
 * applications.carriedForward.naturalPerson} or {@code activeDisclosure.licensing}.
 *
 * <p>The path is the location used in JSON and in validation findings; {@link #label()} names the
 * same cell by its official Chinese row and column labels. There is one instance per cell of either
 * format version: {@link #all(FormatVersion)} lists a version's cells in printed order (Table 2 row
 * by row, Table 3 row by row, Table 4 group by group) — 200 in 2021, 198 in 2019 — and {@link
 * #all()} every cell of both, the 2021 cells first. Paths never clash between versions: a 2019 cell
 * of Table 2 has a column key ({@code activeDisclosure.licensing.decisions}) where the 2021 cell
 * has none. Immutable and thread-safe.
 */
public final class CellAddress {

  private static final String SEPARATOR = "·";
  private static final List<CellAddress> ALL;
  private static final List<CellAddress> ALL_2021;
  private static final List<CellAddress> ALL_2019;
  private static final Map<String, CellAddress> BY_PATH;

  /** {@link #ALL} as an array, for the lookups by row and column. */
  private static final CellAddress[] BY_INDEX;

  /** Each Table 2 cell's index, by row and column ordinal; -1 where the row has no such column. */
  private static final int[][] T2_INDEX;

  static {
    List<CellAddress> all = new ArrayList<>(229);
    int[][] t2 = new int[DisclosureRow.values().length][DisclosureColumn.values().length];
    for (DisclosureRow row : DisclosureRow.values()) {
      java.util.Arrays.fill(t2[row.ordinal()], -1);
      for (DisclosureColumn column : row.columns()) {
        t2[row.ordinal()][column.ordinal()] = all.size();
        all.add(new CellAddress(all.size(), ReportSection.ACTIVE_DISCLOSURE, row, column));
      }
    }
    T2_INDEX = t2;
    for (ApplicationRow row : ApplicationRow.rows(FormatVersion.V2021)) {
      for (ApplicantCategory column : ApplicantCategory.values()) {
        all.add(new CellAddress(all.size(), ReportSection.APPLICATIONS, row, column));
      }
    }
    for (ReviewCase group : ReviewCase.values()) {
      for (ReviewColumn column : ReviewColumn.values()) {
        all.add(new CellAddress(all.size(), ReportSection.REVIEW_AND_LITIGATION, group, column));
      }
    }
    List<CellAddress> only2019 = new ArrayList<>();
    for (DisclosureRow2019 row : DisclosureRow2019.values()) {
      for (DisclosureColumn2019 column : row.columns()) {
        only2019.add(
            new CellAddress(
                all.size() + only2019.size(), ReportSection.ACTIVE_DISCLOSURE, row, column));
      }
    }
    for (ApplicantCategory column : ApplicantCategory.values()) {
      only2019.add(
          new CellAddress(
              all.size() + only2019.size(),
              ReportSection.APPLICATIONS,
              ApplicationRow.OTHER_HANDLING,
              column));
    }
    List<CellAddress> v2021 = List.copyOf(all);
    List<CellAddress> v2019 = new ArrayList<>(198);
    for (CellAddress a : only2019) {
      if (a.table == ReportSection.ACTIVE_DISCLOSURE) {
        v2019.add(a);
      }
    }
    for (ApplicationRow row : ApplicationRow.rows(FormatVersion.V2019)) {
      for (ApplicantCategory column : ApplicantCategory.values()) {
        v2019.add(
            row == ApplicationRow.OTHER_HANDLING
                ? only2019.get(
                    only2019.size() - ApplicantCategory.values().length + column.ordinal())
                : all.get(indexOf(all, row, column)));
      }
    }
    for (CellAddress a : v2021) {
      if (a.table == ReportSection.REVIEW_AND_LITIGATION) {
        v2019.add(a);
      }
    }
    all.addAll(only2019);
    ALL = Collections.unmodifiableList(all);
    BY_INDEX = all.toArray(new CellAddress[0]);
    ALL_2021 = v2021;
    ALL_2019 = List.copyOf(v2019);
    Map<String, CellAddress> byPath = new HashMap<>();
    for (CellAddress a : all) {
      if (byPath.put(a.path, a) != null) {
        throw new AssertionError("two cells have the path " + a.path);
      }
    }
    BY_PATH = Collections.unmodifiableMap(byPath);
  }

  private static int indexOf(List<CellAddress> all, ApplicationRow row, ApplicantCategory column) {
    for (CellAddress a : all) {
      if (a.row == row && a.column == column) {
        return a.index;
      }
    }
    throw new AssertionError(row);
  }

  private static final int T3_START = indexOfFirst(ReportSection.APPLICATIONS);
  private static final int T4_START = indexOfFirst(ReportSection.REVIEW_AND_LITIGATION);

  /** The number of applicant categories, Table 3's columns (values() would copy the array). */
  private static final int CATEGORIES = ApplicantCategory.values().length;

  /** The number of Table 4's columns. */
  private static final int REVIEW_COLUMNS = ReviewColumn.values().length;

  private static final int ONLY_2019_START = ALL_2021.size();

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
    if (row instanceof DisclosureRow2019 r) {
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
    if (column instanceof DisclosureColumn2019 c) {
      return c.key();
    }
    if (column instanceof ApplicantCategory c) {
      return c.key();
    }
    return ((ReviewColumn) column).key();
  }

  /**
   * Returns every cell address of both format versions: the 200 of 2021 in printed order, then the
   * 29 that only the 2019 format has (its Table 2 and its single row （六）其他处理).
   *
   * @return the 229 addresses; {@code all().get(a.index()) == a}
   */
  public static List<CellAddress> all() {
    return ALL;
  }

  /**
   * Returns the cell addresses of a format version in printed order: 10 of Table 2, 175 of Table 3
   * and 15 of Table 4 in 2021; 22, 161 and 15 in 2019.
   *
   * @param version the format version
   * @return the 200 or 198 addresses
   */
  public static List<CellAddress> all(FormatVersion version) {
    return version == FormatVersion.V2019 ? ALL_2019 : ALL_2021;
  }

  /**
   * Returns this address's position in {@link #all()}, so that a table of cells can be an array of
   * {@code all().size()}: 0 to 199 for the cells of 2021, in printed order, 200 to 228 for the
   * cells only the 2019 format has.
   *
   * @return the index, {@code all().get(index()) == this}
   */
  public int index() {
    return index;
  }

  /**
   * Returns whether a format version's report has this cell.
   *
   * @param version the format version
   * @return {@code true} for Tables 3 and 4 (but the rows of （六） that differ), and for the Table 2
   *     of the version
   */
  public boolean appliesTo(FormatVersion version) {
    if (row instanceof DisclosureRow) {
      return version == FormatVersion.V2021;
    }
    if (row instanceof DisclosureRow2019) {
      return version == FormatVersion.V2019;
    }
    if (row instanceof ApplicationRow r) {
      return r.appliesTo(version);
    }
    return true;
  }

  /**
   * Returns the address of a cell of the 2019 format's Table 2.
   *
   * @param row the row
   * @param column one of the row's {@linkplain DisclosureRow2019#columns() columns}
   * @return the address
   * @throws IllegalArgumentException if the row has no such column
   */
  public static CellAddress of(DisclosureRow2019 row, DisclosureColumn2019 column) {
    if (!row.columns().contains(column)) {
      throw new IllegalArgumentException(row + " has no column " + column);
    }
    for (int i = ONLY_2019_START; ; i++) {
      CellAddress a = ALL.get(i);
      if (a.row == row && a.column == column) {
        return a;
      }
    }
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
    int index = T2_INDEX[row.ordinal()][column.ordinal()];
    if (index < 0) {
      throw new IllegalArgumentException(row + " has no column " + column);
    }
    return BY_INDEX[index];
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
    if (row == ApplicationRow.OTHER_HANDLING) {
      return BY_INDEX[BY_INDEX.length - CATEGORIES + column.ordinal()];
    }
    int ordinal =
        row.ordinal() > ApplicationRow.OTHER_HANDLING.ordinal() ? row.ordinal() - 1 : row.ordinal();
    return BY_INDEX[T3_START + ordinal * CATEGORIES + column.ordinal()];
  }

  /**
   * Returns the address of a Table 4 cell.
   *
   * @param group the group
   * @param column the column
   * @return the address
   */
  public static CellAddress of(ReviewCase group, ReviewColumn column) {
    return BY_INDEX[T4_START + group.ordinal() * REVIEW_COLUMNS + column.ordinal()];
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
   * Returns the row: a {@link DisclosureRow} or {@link DisclosureRow2019}, an {@link
   * ApplicationRow} or a {@link ReviewCase}.
   *
   * @return the row's enum constant
   */
  public Enum<?> row() {
    return row;
  }

  /**
   * Returns the column: a {@link DisclosureColumn} or {@link DisclosureColumn2019}, an {@link
   * ApplicantCategory} or a {@link ReviewColumn}.
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
   * Returns whether the cell is an amount rather than a count: the 2021 format's 行政事业性收费 ({@link
   * AmountCell}) or the 2019 format's 采购总金额 ({@link PrintedAmount}).
   *
   * @return {@code true} for {@code activeDisclosure.administrativeFees} of 2021 and {@code
   *     activeDisclosure.centralizedProcurement.totalAmount}
   */
  public boolean isAmount() {
    return column == DisclosureColumn.FEE_AMOUNT || column == DisclosureColumn2019.TOTAL_AMOUNT;
  }

  /**
   * Returns whether the cell may hold a negative number as printed without breaking a rule: only
   * the 2019 format's 本年增/减.
   *
   * @return {@code true} for the cells of {@link DisclosureColumn2019#CHANGE}
   */
  public boolean isSigned() {
    return column == DisclosureColumn2019.CHANGE;
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
    if (row instanceof DisclosureRow2019 r) {
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
    if (column instanceof DisclosureColumn2019 c) {
      return c.label();
    }
    if (column instanceof ApplicantCategory c) {
      return c.label();
    }
    return ((ReviewColumn) column).label();
  }

  /**
   * Returns the cell's name in Chinese: row label and column label, e.g. {@code 四、结转下年度继续办理·自然人}.
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
   * @return the cell
   * @throws IllegalArgumentException if the report's format version has no such cell
   */
  TableCell cellOf(AbstractAnnualReport report) {
    checkVersion(report.formatVersion());
    if (table == ReportSection.ACTIVE_DISCLOSURE) {
      if (report.activeDisclosure() instanceof ActiveDisclosure2019 t2) {
        return t2.get((DisclosureRow2019) row, (DisclosureColumn2019) column);
      }
      ActiveDisclosure t2 = (ActiveDisclosure) report.activeDisclosure();
      DisclosureRow r = (DisclosureRow) row;
      return switch (r) {
        case RULES, NORMATIVE_DOCUMENTS -> t2.documents(r).get((DisclosureColumn) column);
        case ADMINISTRATIVE_FEES -> t2.administrativeFees();
        default -> t2.decisions(r);
      };
    }
    if (table == ReportSection.APPLICATIONS) {
      return report.applications().get((ApplicationRow) row, (ApplicantCategory) column);
    }
    return report.reviewAndLitigation().get((ReviewCase) row).get((ReviewColumn) column);
  }

  private void checkVersion(FormatVersion version) {
    if (!appliesTo(version)) {
      throw new IllegalArgumentException(
          "A report of the " + version.key() + " format has no cell " + path);
    }
  }

  private Class<? extends TableCell> cellType() {
    if (column == DisclosureColumn.FEE_AMOUNT) {
      return AmountCell.class;
    }
    return column == DisclosureColumn2019.TOTAL_AMOUNT ? PrintedAmount.class : Cell.class;
  }

  /**
   * Returns a copy of a report with the cell at this address replaced.
   *
   * @param report the report
   * @param cell a cell of the address's type
   * @return the new report
   * @throws IllegalArgumentException if the cell's type does not fit the address, or the report's
   *     format version has no such cell
   */
  AnnualReport replaceIn(AbstractAnnualReport report, TableCell cell) {
    checkVersion(report.formatVersion());
    if (!cellType().isInstance(cell)) {
      throw new IllegalArgumentException(
          path + " holds a " + cellType().getSimpleName() + ", not " + cell);
    }
    AnnualReport r = AnnualReport.copyOf(report);
    if (table == ReportSection.ACTIVE_DISCLOSURE) {
      if (r.activeDisclosure() instanceof ActiveDisclosure2019 t2) {
        return r.withActiveDisclosure(replace2019(t2, cell));
      }
      ActiveDisclosure t2 = (ActiveDisclosure) r.activeDisclosure();
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
    if (table == ReportSection.APPLICATIONS) {
      Applications t3 = r.applications();
      ApplicationRow target = (ApplicationRow) row;
      ApplicantCounts counts = t3.row(target);
      ApplicantCounts replaced =
          ApplicantCounts.from(c -> c == column ? (Cell) cell : counts.get(c));
      return r.withApplications(
          Applications.fromRows(t3.formatVersion(), x -> x == target ? replaced : t3.row(x)));
    }
    ReviewAndLitigation t4 = r.reviewAndLitigation();
    ReviewCase group = (ReviewCase) row;
    ReviewOutcomes outcomes = t4.get(group);
    ReviewOutcomes replaced = ReviewOutcomes.from(c -> c == column ? (Cell) cell : outcomes.get(c));
    return r.withReviewAndLitigation(
        ReviewAndLitigation.from(g -> g == group ? replaced : t4.get(g)));
  }

  private ActiveDisclosure2019 replace2019(ActiveDisclosure2019 t2, TableCell cell) {
    DisclosureColumn2019 c = (DisclosureColumn2019) column;
    return switch ((DisclosureRow2019) row) {
      case RULES -> t2.withRules(replace(t2.rules(), c, (Cell) cell));
      case NORMATIVE_DOCUMENTS ->
          t2.withNormativeDocuments(replace(t2.normativeDocuments(), c, (Cell) cell));
      case LICENSING -> t2.withLicensing(replace(t2.licensing(), c, (Cell) cell));
      case OTHER_MANAGEMENT_SERVICES ->
          t2.withOtherManagementServices(replace(t2.otherManagementServices(), c, (Cell) cell));
      case PENALTIES -> t2.withPenalties(replace(t2.penalties(), c, (Cell) cell));
      case ENFORCEMENT -> t2.withEnforcement(replace(t2.enforcement(), c, (Cell) cell));
      case ADMINISTRATIVE_FEES ->
          t2.withAdministrativeFees(
              FeeItems.of(
                  c == DisclosureColumn2019.PREVIOUS_YEAR_ITEMS
                      ? (Cell) cell
                      : t2.administrativeFees().previousYearItems(),
                  c == DisclosureColumn2019.CHANGE
                      ? (Cell) cell
                      : t2.administrativeFees().change()));
      case CENTRALIZED_PROCUREMENT ->
          t2.withCentralizedProcurement(
              c == DisclosureColumn2019.PROJECTS
                  ? t2.centralizedProcurement().withProjects((Cell) cell)
                  : t2.centralizedProcurement().withTotalAmount((PrintedAmount) cell));
    };
  }

  private static PublishedDocuments replace(
      PublishedDocuments row, DisclosureColumn2019 column, Cell cell) {
    return PublishedDocuments.of(
        column == DisclosureColumn2019.NEWLY_MADE ? cell : row.newlyMade(),
        column == DisclosureColumn2019.NEWLY_PUBLISHED ? cell : row.newlyPublished(),
        column == DisclosureColumn2019.TOTAL_PUBLISHED ? cell : row.totalPublished());
  }

  private static ItemCounts replace(ItemCounts row, DisclosureColumn2019 column, Cell cell) {
    return ItemCounts.of(
        column == DisclosureColumn2019.PREVIOUS_YEAR_ITEMS ? cell : row.previousYearItems(),
        column == DisclosureColumn2019.CHANGE ? cell : row.change(),
        column == DisclosureColumn2019.DECISIONS ? cell : row.decisions());
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

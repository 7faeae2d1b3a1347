package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.ActiveDisclosureTable;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureClause;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.Scope;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.core.TableHeading;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import io.github.nianbao.serialization.grid.Radicals;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lenient reader of the text format and the recogniser of {@linkplain
 * io.github.nianbao.serialization.grid.Grid grids}; see {@code TextFormat} for the rules it
 * follows.
 */
public final class TextReader {

  /**
   * How the reader reads, as the format that calls it says: the most characters it takes, and
   * whether a row of tab-separated cells is the canonical layout, whose cells stand as printed (the
   * text format's own rows), or cells of a published table, read leniently (a {@link
   * io.github.nianbao.serialization.grid.Grid}'s rows).
   *
   * @param maxChars the most characters read
   * @param tabRowsCanonical whether tab-separated rows are the canonical layout
   */
  public record Settings(int maxChars, boolean tabRowsCanonical) {
    /**
     * Returns the settings of the text format.
     *
     * @param maxChars the most characters read
     * @return the settings
     */
    public static Settings text(int maxChars) {
      return new Settings(maxChars, true);
    }

    /**
     * Returns the settings for a grid's rows.
     *
     * @param maxChars the most characters read
     * @return the settings
     */
    public static Settings grid(int maxChars) {
      return new Settings(maxChars, false);
    }
  }

  private final Diagnostics diagnostics = new Diagnostics();

  /** The version a canonical text names on its 格式： line, if any; the tables decide. */
  private FormatVersion declaredVersion;

  /** The reporting year, once the preamble is read. */
  private int year;

  private final ReadOptions options;
  private final Settings settings;

  private TextReader(ReadOptions options, Settings settings) {
    this.options = java.util.Objects.requireNonNull(options, "options");
    this.settings = java.util.Objects.requireNonNull(settings, "settings");
  }

  /**
   * Reads a report.
   *
   * @param in the text
   * @param options the agency and year to take where the text prints none
   * @param settings the limits and layout the format asks for
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is not a report
   * @throws IOException if reading fails
   */
  public static ReadResult read(Reader in, ReadOptions options, Settings settings)
      throws IOException {
    String text = slurp(in, settings.maxChars());
    return new TextReader(options, settings).parse(text);
  }

  /**
   * Reads a report from a whole text, as {@link #read(Reader, ReadOptions, Settings)} does.
   *
   * @param text the text
   * @param options the agency and year to take where the text prints none
   * @param settings the limits and layout the format asks for
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is not a report
   */
  public static ReadResult read(String text, ReadOptions options, Settings settings)
      throws ReportParseException {
    if (text.length() > settings.maxChars()) {
      throw tooLarge(settings.maxChars());
    }
    return new TextReader(options, settings).parse(text);
  }

  /**
   * Reads a report from the text {@code text[0, length)}, as {@link #read(String, ReadOptions,
   * Settings)} does, without copying it: the reader takes the array over and may change it (it
   * writes ideographs over the radicals that stand for them).
   *
   * @param text the text; owned by the reader from now on
   * @param length how many of its characters are the text
   * @param options the agency and year to take where the text prints none
   * @param settings the limits and layout the format asks for
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is not a report
   */
  public static ReadResult read(char[] text, int length, ReadOptions options, Settings settings)
      throws ReportParseException {
    java.util.Objects.checkFromIndexSize(0, length, text.length);
    if (length > settings.maxChars()) {
      throw tooLarge(settings.maxChars());
    }
    return new TextReader(options, settings).parse(text, length);
  }

  /**
   * Reads a report from a text its caller has already cut into lines and checked, as a grid's
   * reader does while it builds the text: line {@code i} is {@code text[lineFrom[i], lineFrom[i +
   * 1])}, ending in its line break ({@code \n}, or {@code \r\n}), with no other line break in it;
   * no character is one the reader refuses as not text ({@link #isBinary}); no radical that stands
   * for an ideograph is left ({@code radicals} were put right, and are noted as {@link
   * #read(String, ReadOptions, Settings)} notes them); the text starts with no byte order mark.
   * What follows is as {@link #read(char[], int, ReadOptions, Settings)} reads.
   *
   * @param text the text; owned by the reader from now on
   * @param lineFrom where each line starts, and at {@code [lines]} where the text ends; owned by
   *     the reader from now on
   * @param lines how many lines
   * @param radicals how many radicals the caller has read as ideographs
   * @param options the agency and year to take where the text prints none
   * @param settings the limits and layout the format asks for
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is not a report
   */
  public static ReadResult readLines(
      char[] text, int[] lineFrom, int lines, int radicals, ReadOptions options, Settings settings)
      throws ReportParseException {
    java.util.Objects.checkFromIndexSize(0, lines + 1, lineFrom.length);
    int length = lineFrom[lines];
    java.util.Objects.checkFromIndexSize(0, length, text.length);
    if (length > settings.maxChars()) {
      throw tooLarge(settings.maxChars());
    }
    TextReader reader = new TextReader(options, settings);
    reader.lines(text, lineFrom, lines, radicals);
    return reader.parseLines();
  }

  private static ReportParseException tooLarge(int maxChars) {
    return new ReportParseException(
        ErrorType.TOO_LARGE, 0, 0, "", "the input exceeds " + maxChars + " characters");
  }

  /**
   * Reads all of a text, refusing more than {@code maxChars} characters.
   *
   * @param in the text
   * @param maxChars the most characters read
   * @return the text
   * @throws ReportParseException if it is longer ({@code TOO_LARGE})
   * @throws IOException if reading fails
   */
  public static String slurp(Reader in, int maxChars) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      b.append(buf, 0, n);
      if (b.length() > maxChars) {
        throw tooLarge(maxChars);
      }
    }
    return b.toString();
  }

  /** The text being read, cut into lines (line breaks as {@link String#lines()}). */
  private char[] chars;

  /**
   * Where each line starts, and at {@code [lineCount]} where a line after the last would start
   * (after its line break, or the end of the text): a line ends before the line break that stands
   * before the next line's start. One int a line, counted before it is filled, so that a text of
   * nothing but line breaks costs a few bytes a character, not an object a line.
   */
  private int[] lineFrom;

  private int lineCount;

  /**
   * Per line: {@link Layout#classify}, in a byte: the section bits (0 to 6) as they are, {@link
   * Layout#FURNITURE} as {@link #FURNITURE_BIT}.
   */
  private byte[] classes;

  private static final int FURNITURE_BIT = 0x80;

  /** The sections in order, once ({@code values()} copies its array at each call). */
  private static final ReportSection[] SECTIONS = ReportSection.values();

  /** Where line {@code i} ends, before its line break. */
  private int lineTo(int i) {
    int from = lineFrom[i];
    int end = lineFrom[i + 1];
    if (end > from && chars[end - 1] == '\n') {
      end--;
      if (end > from && chars[end - 1] == '\r') {
        end--;
      }
    } else if (end > from && chars[end - 1] == '\r') {
      end--;
    }
    return end;
  }

  private String line(int i) {
    return new String(chars, lineFrom[i], lineTo(i) - lineFrom[i]);
  }

  private String strippedLine(int i) {
    return Tokens.strip(line(i));
  }

  private boolean isBlankLine(int i) {
    return Tokens.skipSpace(chars, lineFrom[i], lineTo(i)) == lineTo(i);
  }

  private boolean isFurniture(int i) {
    return (classes[i] & FURNITURE_BIT) != 0;
  }

  /** Whether only blank lines stand between a heading and the next heading. */
  private boolean emptyBefore(int heading, int next) {
    if (next < 0) {
      return false;
    }
    for (int i = heading + 1; i < next; i++) {
      if (!isBlankLine(i)) {
        return false;
      }
    }
    return true;
  }

  /** A line that is a section heading: its 0-based index and the section's ordinal. */
  private record HeadingLine(int line, int section) {}

  /** Whether the heading of candidate {@code c} is printed again by a later candidate. */
  private static boolean printedAgain(List<HeadingLine> candidates, int c) {
    for (int d = c + 1; d < candidates.size(); d++) {
      if (candidates.get(d).section() == candidates.get(c).section()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes the text {@code text[0, n)} apart into lines, as {@link String#lines()} does (at {@code
   * \n}, {@code \r} and {@code \r\n}), after a byte order mark, in the array itself (no copy);
   * refuses binary input and input with no text.
   */
  private void split(char[] text, int n) throws ReportParseException {
    if (n > 0 && text[0] == '\uFEFF') {
      System.arraycopy(text, 1, text, 0, --n);
    }
    chars = text;
    // the lines counted first: the arrays are made once, at their size; radicals that stand for
    // ideographs (as text copied from some PDFs has them) read as the ideographs
    int count = 0;
    int radicals = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c == '\n' || (c == '\r' && (i + 1 == n || chars[i + 1] != '\n'))) {
        count++;
      } else if (Radicals.inBlocks(c)) {
        char u = Radicals.ideograph(c);
        if (u != 0) {
          chars[i] = u;
          radicals++;
        }
      }
    }
    radicalsRead(radicals);
    if (n > 0 && chars[n - 1] != '\n' && chars[n - 1] != '\r') {
      count++;
    }
    lineFrom = new int[count + 1];
    classes = new byte[count];
    boolean blank = true;
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7F) {
        blank &= c == ' ';
        continue;
      }
      if (c >= 0xA0 && c < 0xFFFE) {
        // most of a report's text (its ideographs and full-width punctuation): text, never
        // binary; the same steps as below, without the checks that cannot apply
        if (blank && !Tokens.isSpace(c)) {
          blank = false;
        }
        continue;
      }
      if (c == '\n' || c == '\r') {
        addLine(from, i);
        if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
          i++;
        }
        from = i + 1;
        continue;
      } else if (isBinary(c)) {
        throw binary(i);
      } else if (blank && !Tokens.isSpace(c)) {
        blank = false;
      }
    }
    if (from < n) {
      addLine(from, n);
    }
    lineFrom[lineCount] = n;
    if (blank) {
      throw new ReportParseException(ErrorType.EMPTY, 0, 0, "", "the input is empty");
    }
  }

  /** Notes the radicals read as the ideographs they stand for, if any. */
  private void radicalsRead(int radicals) {
    if (radicals > 0) {
      diagnostics.add(
          Reason.ENCODING,
          0,
          null,
          radicals + " characters",
          radicals
              + " characters that the text names by Kangxi radicals or compatibility ideographs (as"
              + " text from Chrome's PDFs does) are read as the ideographs they show");
    }
  }

  /** Takes over lines cut by the caller ({@link #readLines}) and classifies them. */
  private void lines(char[] text, int[] from, int lines, int radicals) throws ReportParseException {
    chars = text;
    lineFrom = from;
    classes = new byte[lines];
    radicalsRead(radicals);
    int n = from[lines];
    int a = 0;
    while (a < n && Tokens.isSpace(text[a])) {
      a++;
    }
    if (a == n) {
      throw new ReportParseException(ErrorType.EMPTY, 0, 0, "", "the input is empty");
    }
    for (int i = 0; i < lines; i++) {
      addLine(from[i], lineTo(i));
    }
  }

  /** Adds a line and classifies it. */
  private void addLine(int from, int to) {
    lineFrom[lineCount] = from;
    int c = Layout.classify(chars, from, to);
    classes[lineCount] =
        (byte) ((c & Layout.SECTION_BITS) | ((c & Layout.FURNITURE) != 0 ? FURNITURE_BIT : 0));
    lineCount++;
  }

  private ReadResult parse(String input) throws ReportParseException {
    char[] text = input.toCharArray();
    return parse(text, text.length);
  }

  private ReadResult parse(char[] text, int length) throws ReportParseException {
    split(text, length);
    return parseLines();
  }

  /** Reads the report from the lines, once they are cut and classified. */
  private ReadResult parseLines() throws ReportParseException {
    int lines = lineCount;

    // the section headings, in order; a heading with nothing under it before the next heading,
    // printed again later (a table of contents), is passed over for the later one
    List<HeadingLine> candidates = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      int section = (classes[i] & (FURNITURE_BIT - 1)) - 1;
      if (section >= 0) {
        candidates.add(new HeadingLine(i, section));
      }
    }
    int[] start = new int[SECTIONS.length];
    java.util.Arrays.fill(start, -1);
    int last = -1;
    for (int c = 0; c < candidates.size(); c++) {
      int i = candidates.get(c).line();
      int ordinal = candidates.get(c).section();
      if (ordinal <= last) {
        diagnostics.add(
            Reason.HEADING_OUT_OF_ORDER,
            i + 1,
            null,
            strippedLine(i),
            "the heading of "
                + SECTIONS[ordinal].heading()
                + " after "
                + SECTIONS[last].heading()
                + ": read as text of the section it stands in");
        continue;
      }
      if (emptyBefore(i, c + 1 < candidates.size() ? candidates.get(c + 1).line() : -1)
          && printedAgain(candidates, c)) {
        diagnostics.add(
            Reason.TABLE_OF_CONTENTS,
            i + 1,
            null,
            strippedLine(i),
            "a heading with nothing under it, printed again later (a table of contents)");
        continue;
      }
      ReportSection s = SECTIONS[ordinal];
      start[ordinal] = i;
      last = ordinal;
      String official = s.heading();
      String printed = strippedLine(i);
      if (!printed.equals(official)) {
        diagnostics.add(
            Reason.HEADING_VARIANT, i + 1, null, printed, "read as the heading " + official);
      }
    }
    // the first line of each section's content: after its heading; a table whose heading is
    // missing (a page cut from a report, a fragment) begins at its first label
    int[] body = new int[start.length];
    for (int k = 0; k < start.length; k++) {
      body[k] = start[k] < 0 ? -1 : start[k] + 1;
    }
    tablesWithoutHeadings(start, body, lines);
    int first = -1;
    for (int s : start) {
      if (s >= 0 && (first < 0 || s < first)) {
        first = s;
      }
    }
    if (first < 0) {
      throw new ReportParseException(
          ErrorType.NOT_A_REPORT,
          0,
          0,
          "",
          "no section heading of the annual report was found, and no table of it");
    }

    AnnualReport.Builder report = AnnualReport.builder();
    // the lines before the first section, each made when asked for: a preamble of a million
    // lines is not a million strings at once
    int preambleLines = first;
    List<String> preamble =
        new java.util.AbstractList<>() {
          @Override
          public String get(int i) {
            java.util.Objects.checkIndex(i, preambleLines);
            return line(i);
          }

          @Override
          public int size() {
            return preambleLines;
          }
        };
    int overviewTo = lines;
    for (int k = 1; k < start.length; k++) {
      if (start[k] >= 0) {
        overviewTo = start[k];
        break;
      }
    }
    preamble(preamble, body[0], overviewTo, report);
    secondTitles(first, lines);

    TableCell[] cells = new TableCell[CellAddress.all().size()];
    FormatVersion version = version(start, body, lines);
    for (ReportSection section : SECTIONS) {
      int from = body[section.ordinal()] - 1;
      int to = lines;
      for (int k = section.ordinal() + 1; k < start.length; k++) {
        if (start[k] >= 0) {
          to = start[k];
          break;
        }
      }
      if (section.isTable()) {
        Vocabulary.TableSpec spec = Vocabulary.spec(section, version);
        java.util.BitSet vertical =
            from >= 0 ? verticalLabels(from + 1, to, spec) : new java.util.BitSet();
        TableReader table = new TableReader(spec, Math.max(from + 1, 0), diagnostics, cells);
        if (from >= 0) {
          for (int i = from + 1; i < to; i++) {
            if (vertical.get(i)) {
              continue;
            }
            if (isFurniture(i)) {
              furniture(i + 1, line(i));
            } else if (Tokens.isMarkdownRule(chars, lineFrom[i], lineTo(i))) {
              diagnostics.add(
                  Reason.MARKUP, i + 1, null, strippedLine(i), "a Markdown table's delimiter row");
            } else {
              table.add(i + 1, chars, lineFrom[i], lineTo(i), settings.tabRowsCanonical());
            }
          }
        }
        (to == lines ? table.endingInput() : table).read();
      } else {
        String narrative = from < 0 ? "" : narrative(from + 1, to, section);
        switch (section) {
          case OVERVIEW -> report.overview(Overview.of(narrative));
          case PROBLEMS_AND_IMPROVEMENTS -> report.problemsAndImprovements(narrative);
          default -> report.otherMatters(narrative);
        }
      }
    }
    report.activeDisclosure(ActiveDisclosureTable.fromCells(version, a -> cells[a.index()]));
    report.applications(
        Applications.fromRows(
            version, r -> ApplicantCounts.from(c -> count(cells, CellAddress.of(r, c)))));
    report.reviewAndLitigation(
        ReviewAndLitigation.from(
            g -> ReviewOutcomes.from(c -> count(cells, CellAddress.of(g, c)))));
    return new ReadResult(report.build(), diagnostics.result());
  }

  /** Normal forms that only the 2019 format's Table 2 prints: its headers, rows and clause. */
  private static final List<String> MARKS_2019 =
      normals(
          DisclosureColumn2019.NEWLY_MADE.label(),
          DisclosureColumn2019.NEWLY_PUBLISHED.label(),
          DisclosureColumn2019.TOTAL_PUBLISHED.label(),
          DisclosureColumn2019.PREVIOUS_YEAR_ITEMS.label(),
          DisclosureColumn2019.CHANGE.label(),
          DisclosureColumn2019.PROJECTS.label(),
          DisclosureColumn2019.TOTAL_AMOUNT.label(),
          DisclosureRow2019.OTHER_MANAGEMENT_SERVICES.label(),
          DisclosureRow2019.CENTRALIZED_PROCUREMENT.label(),
          DisclosureClause.ITEM_9.label());

  /** Normal forms that only the 2021 format's Table 2 prints: its headers. */
  private static final List<String> MARKS_2021 =
      normals(
          DisclosureColumn.ISSUED.label(),
          DisclosureColumn.REPEALED.label(),
          DisclosureColumn.IN_FORCE.label(),
          DisclosureColumn.DECISIONS.label(),
          "本年收费金额");

  /** Normal forms of the 2021 format's rows of （六）其他处理, in part, as a line may break them. */
  private static final List<String> SUB_ROWS_2021 = normals("逾期不补正", "逾期未按收费通知");

  private static final String OTHER_HANDLING = hanOnly(OutcomeGroup.OTHER_HANDLING.label());

  private static List<String> normals(String... labels) {
    List<String> all = new ArrayList<>();
    for (String l : labels) {
      all.add(hanOnly(l));
    }
    return List.copyOf(all);
  }

  /** The longest part of a line that the version scan looks at: headers and labels come first. */
  private static final int VERSION_SCAN_CHARS = 2_000;

  /** The most lines of Table 2, and of Table 3, that {@link #version} scans. */
  private static final int VERSION_SCAN_LINES_2 = 200;

  private static final int VERSION_SCAN_LINES_3 = 400;

  /**
   * The Chinese characters of a text, in order, without anything else (spaces a PDF put inside a
   * header, punctuation, parentheses, digits): what the version scan compares. Not memoised, as the
   * lines it sees are mostly table rows with numbers, seen once.
   */
  private static String hanOnly(String text) {
    char[] c = text.toCharArray();
    char[] buffer = new char[c.length];
    return new String(buffer, 0, hanOnly(c, 0, c.length, buffer, false));
  }

  /**
   * {@link #hanOnly(String)} of {@code chars[from, to)}, written to the start of a buffer of that
   * length, traditional forms simplified if asked ({@link TraditionalForms}); returns how many
   * characters it wrote.
   */
  private static int hanOnly(char[] chars, int from, int to, char[] buffer, boolean simplify) {
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c >= '\u3400' && c <= '\u9fff') {
        buffer[k++] = simplify ? TraditionalForms.simplified(c) : c;
      }
    }
    return k;
  }

  /** The lines of a section's content, [from, to), or an empty range when it is missing. */
  private int[] range(ReportSection section, int[] start, int[] body, int lines) {
    int from = body[section.ordinal()];
    if (from < 0) {
      return new int[] {0, 0};
    }
    int to = lines;
    for (int k = section.ordinal() + 1; k < start.length; k++) {
      if (start[k] >= 0) {
        to = start[k];
        break;
      }
    }
    return new int[] {from, to};
  }

  /**
   * Decides the format version from the tables themselves: Table 2's headers, rows and clauses
   * (本年新制作数量, 上一年项目数量, 政府集中采购 … or 本年制发件数, 现行有效件数 …), else Table 3's group （六）其他处理 (the 2021
   * sub-rows, or one row of numbers); then a canonical text's 格式： line; else 2021. The year never
   * decides; where it, the 格式： line or the other table disagrees, a note says so.
   */
  private FormatVersion version(int[] start, int[] body, int lines) {
    int[] t2 = range(ReportSection.ACTIVE_DISCLOSURE, start, body, lines);
    int[] t3 = range(ReportSection.APPLICATIONS, start, body, lines);
    // a buffer as long as the longest line scanned (most are short table rows), at most the limit
    char[] scan =
        new char
            [Math.max(
                longestLine(t2[0], Math.min(t2[1], t2[0] + VERSION_SCAN_LINES_2)),
                longestLine(t3[0], Math.min(t3[1], t3[0] + VERSION_SCAN_LINES_3)))];
    int marks2019 = 0;
    int marks2021 = 0;
    int firstMark = -1;
    // the lines as printed; where they show no mark, again with traditional forms simplified
    // (a report in traditional script), which costs a simplified report nothing
    for (int pass = 0; pass < 2 && marks2019 + marks2021 == 0; pass++) {
      boolean simplify = pass == 1;
      for (int i = t2[0]; i < t2[1] && i - t2[0] < VERSION_SCAN_LINES_2; i++) {
        int n = hanOnly(i, scan, simplify);
        int before = marks2019 + marks2021;
        marks2019 += countIn(scan, n, MARKS_2019);
        marks2021 += countIn(scan, n, MARKS_2021);
        if (firstMark < 0 && marks2019 + marks2021 > before) {
          firstMark = i;
        }
        if (Math.abs(marks2019 - marks2021) >= 3 && Math.min(marks2019, marks2021) == 0) {
          break; // the headers have decided: the rows add nothing
        }
      }
    }
    FormatVersion byTable2 =
        marks2019 > marks2021
            ? FormatVersion.V2019
            : marks2021 > marks2019 ? FormatVersion.V2021 : null;
    FormatVersion byTable3 = null;
    int table3Line = -1;
    for (int pass = 0; pass < 2 && byTable3 == null; pass++) {
      boolean simplify = pass == 1;
      for (int i = t3[0];
          i < t3[1] && i - t3[0] < VERSION_SCAN_LINES_3 && byTable3 != FormatVersion.V2021;
          i++) {
        int n = hanOnly(i, scan, simplify);
        if (countIn(scan, n, SUB_ROWS_2021) > 0) {
          byTable3 = FormatVersion.V2021;
          table3Line = i;
        } else if (byTable3 == null
            && n >= OTHER_HANDLING.length()
            && indexOf(scan, n - OTHER_HANDLING.length(), n, OTHER_HANDLING) >= 0
            && n <= OTHER_HANDLING.length() + 2 // its numbering: （六）
            && digits(i) >= 3) {
          byTable3 = FormatVersion.V2019;
          table3Line = i;
        }
      }
    }
    FormatVersion version =
        byTable2 != null
            ? byTable2
            : byTable3 != null
                ? byTable3
                : declaredVersion != null ? declaredVersion : FormatVersion.V2021;
    if (byTable2 != null && byTable3 != null && byTable2 != byTable3) {
      diagnostics.add(
          Reason.VERSION_MISMATCH,
          table3Line + 1,
          null,
          strippedLine(table3Line),
          "Table 2 is of the "
              + byTable2.key()
              + " format but Table 3's （六）其他处理 is printed as in "
              + byTable3.key()
              + ": read as "
              + byTable2.key()
              + "; the rows of the other format are not placed");
    }
    boolean shown = byTable2 != null || byTable3 != null;
    int evidence = byTable2 != null ? firstMark : table3Line;
    if (shown && declaredVersion != null && declaredVersion != version) {
      diagnostics.add(
          Reason.VERSION_FROM_TABLES,
          evidence + 1,
          null,
          strippedLine(evidence),
          "the text names the "
              + declaredVersion.key()
              + " format, but its tables are of the "
              + version.key()
              + " format: read as "
              + version.key());
    } else if (shown && declaredVersion == null && year != 0 && !version.fitsYear(year)) {
      diagnostics.add(
          Reason.VERSION_FROM_TABLES,
          evidence + 1,
          null,
          strippedLine(evidence),
          "the tables are of the "
              + version.key()
              + " format ("
              + version.document()
              + "), which was not prescribed for "
              + year
              + ": read as the tables show");
    } else if (!shown
        && declaredVersion == null
        && year != 0
        && year < FormatVersion.V2021.firstYear()) {
      diagnostics.add(
          Reason.VERSION_ASSUMED,
          0,
          null,
          "",
          "no table shows the format version of this report of " + year + ": read as 2021");
    }
    return version;
  }

  /** How many of the marks stand in {@code text[0, length)}, read off the scan's buffer. */
  private static int countIn(char[] text, int length, List<String> marks) {
    int n = 0;
    for (int k = 0, size = marks.size(); k < size; k++) {
      String m = marks.get(k);
      if (!m.isEmpty() && indexOf(text, 0, length, m) >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Where a text first stands in {@code chars[from, to)}, or -1. */
  private static int indexOf(char[] chars, int from, int to, String text) {
    char first = text.charAt(0);
    int length = text.length();
    search:
    for (int i = from, last = to - length; i <= last; i++) {
      if (chars[i] != first) {
        continue;
      }
      for (int j = 1; j < length; j++) {
        if (chars[i + j] != text.charAt(j)) {
          continue search;
        }
      }
      return i;
    }
    return -1;
  }

  /** The digits of a line. */
  private int digits(int line) {
    int n = 0;
    for (int i = lineFrom[line], to = lineTo(line); i < to; i++) {
      if (Character.isDigit(chars[i])) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@link #hanOnly(String)} of the first {@value #VERSION_SCAN_CHARS} characters of a line, read
   * off the text itself into the start of a buffer; returns its length.
   */
  private int hanOnly(int line, char[] buffer, boolean simplify) {
    int from = lineFrom[line];
    return hanOnly(
        chars, from, Math.min(lineTo(line), from + VERSION_SCAN_CHARS), buffer, simplify);
  }

  /** The length of the longest of lines {@code [from, to)}, at most {@link #VERSION_SCAN_CHARS}. */
  private int longestLine(int from, int to) {
    int longest = 0;
    for (int i = from; i < to; i++) {
      longest = Math.max(longest, Math.min(lineTo(i) - lineFrom[i], VERSION_SCAN_CHARS));
    }
    return longest;
  }

  /**
   * Notes each title of a report with a year after the first section: a second report in the same
   * file (two concatenated), which is not read as a report of its own.
   */
  private void secondTitles(int first, int lines) {
    for (int i = first + 1; i < lines; i++) {
      int length = lineTo(i) - lineFrom[i];
      if (length > 2 * Title.MAX_LENGTH || length < Title.LABEL.length()) {
        continue;
      }
      int a = Tokens.skipSpace(chars, lineFrom[i], lineTo(i));
      if (a < lineTo(i) && chars[a] == Layout.ESCAPE) {
        // a narrative line the writer escaped
        continue;
      }
      if (!endsWithTitleEnd(i)) {
        // Title.parse's own first test, without making the line's text: most lines end otherwise
        continue;
      }
      Title t = Title.parse(line(i));
      if (t != null && t.year() > 0) {
        diagnostics.add(
            Reason.SECOND_REPORT,
            i + 1,
            null,
            strippedLine(i),
            "the title of another report ("
                + t.year()
                + "): this text holds more than one; its"
                + " lines are read as part of the first");
      }
    }
  }

  /**
   * Whether line {@code i} ends, before white space and trailing marks, with 告: what every form of
   * the title ends with ({@link Title#parse} answers null otherwise).
   */
  private boolean endsWithTitleEnd(int i) {
    int last = lineTo(i) - 1;
    while (last >= lineFrom[i]
        && (Tokens.isSpace(chars[last]) || Layout.isTrailingJunk(chars[last]))) {
      last--;
    }
    return last >= lineFrom[i] && chars[last] == '告';
  }

  /** The longest line that is taken for the first label of a table whose heading is missing. */
  private static final int MAX_ANCHOR_LENGTH = 40;

  /**
   * Finds the tables whose section heading is missing by their first label, between the sections
   * found before and after: Table 2 by 第二十条 or 信息内容, Table 3 by 申请人情况, the note of its identity
   * (勾稽关系) or its first row, Table 4 by 未经复议直接起诉 or 复议后起诉 (a short line each: a narrative that
   * mentions them is no table). Each found is noted.
   */
  private void tablesWithoutHeadings(int[] start, int[] body, int lines) {
    ReportSection[] sections = ReportSection.values();
    for (ReportSection s : sections) {
      if (!s.isTable() || start[s.ordinal()] >= 0) {
        continue;
      }
      int from = 0;
      for (int k = s.ordinal() - 1; k >= 0; k--) {
        if (start[k] >= 0) {
          from = body[k];
          break;
        }
      }
      int to = lines;
      for (int k = s.ordinal() + 1; k < start.length; k++) {
        if (start[k] >= 0) {
          to = start[k];
          break;
        }
      }
      for (int i = from; i < to; i++) {
        int a = Tokens.skipSpace(chars, lineFrom[i], lineTo(i));
        int b = Tokens.trimSpace(chars, a, lineTo(i));
        if (b - a == 0 || b - a > MAX_ANCHOR_LENGTH) {
          continue;
        }
        String normal = LabelText.normal(new String(chars, a, b - a));
        boolean anchor =
            switch (s) {
              case ACTIVE_DISCLOSURE -> normal.startsWith("第二十条") || normal.startsWith("信息内容");
              case APPLICATIONS ->
                  normal.startsWith("申请人情况")
                      || normal.contains("勾稽关系")
                      || normal.contains("本年新收政府信息公开申请数量");
              default -> normal.contains("未经复议直接起诉") || normal.contains("复议后起诉");
            };
        if (anchor) {
          start[s.ordinal()] = i;
          body[s.ordinal()] = i;
          diagnostics.add(
              Reason.SECTION_WITHOUT_HEADING,
              i + 1,
              null,
              strippedLine(i),
              "the table of " + s.heading() + " found by its labels: its heading is missing");
          break;
        }
      }
    }
  }

  /**
   * The lines of {@code [from, to)} that hold a group label printed vertically, one character a
   * line beside the rows (as PDF text extraction prints the merged cell 三、本年度办理结果): the lines of
   * one Chinese character (or a numbering such as {@code 三、} before them) whose characters, in
   * order, spell one of the table's structure labels or headers. Each run found is noted once.
   */
  private java.util.BitSet verticalLabels(int from, int to, Vocabulary.TableSpec spec) {
    java.util.BitSet found = new java.util.BitSet();
    // the lines of one character (or a numbering), in order: rows stand between them. Each is
    // found when it is needed, not kept: a run spells a label of some dozen characters at most
    int s = nextSingle(from, to);
    while (s >= 0) {
      StringBuilder spelled = new StringBuilder();
      int match = -1;
      for (int i = s; i >= 0; i = nextSingle(i + 1, to)) {
        int a = Tokens.skipSpace(chars, lineFrom[i], lineTo(i));
        spelled.append(chars, a, Tokens.trimSpace(chars, a, lineTo(i)) - a);
        String normal = LabelText.parse(spelled.toString()).normal();
        if (normal.length() >= 3 && spellsLabel(normal, spec)) {
          match = i;
        }
        if (!isLabelPrefix(normal, spec)) {
          break;
        }
      }
      if (match < 0) {
        s = nextSingle(s + 1, to);
        continue;
      }
      String text = "";
      int count = 0;
      for (int i = s; i >= 0 && i <= match; i = nextSingle(i + 1, to)) {
        found.set(i);
        text += Tokens.strip(line(i));
        count++;
      }
      diagnostics.add(
          Reason.VERTICAL_LABEL,
          s + 1,
          null,
          text,
          "a group label printed one character a line, over " + count + " lines");
      s = nextSingle(match + 1, to);
    }
    return found;
  }

  /**
   * The first line of {@code [from, to)} of one Chinese character (not a mark) or of a numbering
   * such as {@code 三、}, white space aside; -1 if none.
   */
  private int nextSingle(int from, int to) {
    for (int i = from; i < to; i++) {
      int a = Tokens.skipSpace(chars, lineFrom[i], lineTo(i));
      if (a == lineTo(i)
          || (a + 1 < lineTo(i)
              && !Tokens.isSpace(chars[a + 1])
              && chars[a + 1] != '、'
              && chars[a + 1] != '，')) {
        // most lines: more than one character, or a numbering and then more
        continue;
      }
      int b = Tokens.trimSpace(chars, a, lineTo(i));
      boolean single =
          b - a == 1
              && chars[a] >= '\u4E00'
              && chars[a] <= '\u9FFF'
              && !Vocabulary.MARKS.contains(String.valueOf(TraditionalForms.simplified(chars[a])));
      boolean numbering =
          b - a == 2
              && LabelText.isNumeral(chars[a])
              && (chars[a + 1] == '、' || chars[a + 1] == '，');
      if (single || numbering) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a normal form begins a structure label or a header of the table. */
  private static boolean isLabelPrefix(String normal, Vocabulary.TableSpec spec) {
    for (Vocabulary.Label l : spec.structure()) {
      for (String n : l.normals()) {
        if (n.startsWith(normal)) {
          return true;
        }
      }
    }
    for (String h : spec.headers()) {
      if (h.startsWith(normal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a normal form is a structure label or a header of the table. */
  private static boolean spellsLabel(String normal, Vocabulary.TableSpec spec) {
    if (normal.isEmpty()) {
      return false;
    }
    for (Vocabulary.Label l : spec.structure()) {
      if (l.normals().contains(normal)) {
        return true;
      }
    }
    return spec.headers().contains(normal);
  }

  /**
   * The error for the character at {@code chars[at]}, which is not text: with its line and column.
   */
  private ReportParseException binary(int at) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < at; i++) {
      if (chars[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return notText(chars[at], line, column);
  }

  /**
   * The error for a character that is not text ({@link #isBinary}), at a line and column.
   *
   * @param c the character
   * @param line the line, 1-based
   * @param column the column, 1-based, or 0 if not known
   * @return the error
   */
  public static ReportParseException notText(char c, int line, int column) {
    return new ReportParseException(
        ErrorType.BINARY,
        line,
        column,
        "",
        String.format("a control character U+%04X: the input is not text", (int) c));
  }

  /**
   * A character that is not text: a control character other than a line break, tab or form feed, or
   * a noncharacter.
   *
   * @param c the character
   * @return whether the reader refuses it
   */
  public static boolean isBinary(char c) {
    if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xFFFE)) {
      return false;
    }
    return c == 0
        || (Character.isISOControl(c)
            && c != '\t'
            && c != '\r'
            && c != '\f'
            && c != 0x0B
            && c != '\n')
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private void furniture(int line, String text) {
    diagnostics.add(Reason.PAGE_FURNITURE, line, null, Tokens.strip(text), "page furniture");
  }

  /**
   * The narrative of a section, lines {@code [from, to)}: verbatim but for page furniture (noted)
   * and the writer's escapes. Longer than the model holds ({@link AnnualReport#MAX_NARRATIVE_CHARS}
   * characters, without the white space around it), it is cut there, and a diagnostic says where
   * and how much is not read.
   */
  private String narrative(int from, int to, ReportSection section) {
    String text = narrativeText(from, to, section);
    // a grid's row of several cells in a narrative section is a line of its cells joined by tabs:
    // in a grid's narrative a tab is a space, as it is in a grid's paragraph (which is how the
    // grid formats write a narrative), so that the narrative reads back as it was read
    return !settings.tabRowsCanonical() && text.indexOf('\t') >= 0 ? text.replace('\t', ' ') : text;
  }

  private String narrativeText(int from, int to, ReportSection section) {
    String plain = plainNarrative(from, to);
    if (plain != null) {
      return plain;
    }
    int length = 0;
    for (int i = from; i < to; i++) {
      length += lineTo(i) - lineFrom[i] + 1;
    }
    char[] kept = new char[length];
    int n = 0;
    boolean any = false;
    for (int i = from; i < to; i++) {
      if (isFurniture(i)) {
        furniture(i + 1, line(i));
        continue;
      }
      if (any) {
        kept[n++] = '\n';
      }
      any = true;
      n += narrativeLine(i, kept, n);
    }
    // the model holds the text without the white space around it (String.strip)
    int lead = 0;
    while (lead < n && Character.isWhitespace(kept[lead])) {
      lead++;
    }
    int end = n;
    while (end > lead && Character.isWhitespace(kept[end - 1])) {
      end--;
    }
    if (end - lead <= AnnualReport.MAX_NARRATIVE_CHARS) {
      return new String(kept, 0, n);
    }
    int cut = lead + AnnualReport.MAX_NARRATIVE_CHARS;
    if (Character.isHighSurrogate(kept[cut - 1])) {
      // not between the halves of a character
      cut--;
    }
    // the line of the cut, found again
    int cutLine = -1;
    int column = 0;
    int at = 0;
    any = false;
    for (int i = from; i < to && cutLine < 0; i++) {
      if (isFurniture(i)) {
        continue;
      }
      at += any ? 1 : 0;
      any = true;
      int size = narrativeLine(i, null, 0);
      if (cutLine < 0 && cut <= at + size) {
        cutLine = i;
        column = cut - at;
      }
      at += size;
    }
    String rest = new String(kept, cut, Math.min(end - cut, Diagnostics.MAX_TEXT + 1));
    diagnostics.add(
        Reason.UNPLACED_TEXT,
        cutLine + 1,
        null,
        rest,
        section.heading()
            + " has "
            + (end - lead)
            + " characters, more than the "
            + AnnualReport.MAX_NARRATIVE_CHARS
            + " a narrative section holds: it is cut after the"
            + " first "
            + column
            + " characters of this line; the rest, "
            + (end - cut)
            + " characters to the section's end, is not read");
    return new String(kept, 0, cut);
  }

  /**
   * The narrative of lines {@code [from, to)} when it is the text as it stands, one piece of it: no
   * furniture, no escaped line, each line ended by a lone {@code \n}, and no longer than the model
   * holds; else null, for {@link #narrative} to build it line by line.
   */
  private String plainNarrative(int from, int to) {
    if (from >= to) {
      return null;
    }
    for (int i = from; i < to; i++) {
      int f = lineFrom[i];
      int t = lineTo(i);
      if (isFurniture(i)
          || (f < t && chars[f] == Layout.ESCAPE)
          || (i + 1 < to && (lineFrom[i + 1] != t + 1 || chars[t] != '\n'))) {
        return null;
      }
    }
    int a = lineFrom[from];
    int b = lineTo(to - 1);
    int lead = a;
    while (lead < b && Character.isWhitespace(chars[lead])) {
      lead++;
    }
    int end = b;
    while (end > lead && Character.isWhitespace(chars[end - 1])) {
      end--;
    }
    return end - lead <= AnnualReport.MAX_NARRATIVE_CHARS ? new String(chars, a, b - a) : null;
  }

  /**
   * Line {@code i} of a narrative, without the writer's escape: copied into {@code out} at {@code
   * at} unless {@code out} is null; its length.
   */
  private int narrativeLine(int i, char[] out, int at) {
    int f = lineFrom[i];
    int t = lineTo(i);
    if (f < t && chars[f] == Layout.ESCAPE) {
      String line = Layout.unescape(line(i));
      if (out != null) {
        line.getChars(0, line.length(), out, at);
      }
      return line.length();
    }
    // a line that does not start with the escape is its own unescaped form
    if (out != null) {
      System.arraycopy(chars, f, out, at, t - f);
    }
    return t - f;
  }

  /**
   * Reads title, agency and the metadata lines before the first section; reports every other line
   * as IGNORED. Without a title, the year is the one the preamble or else the overview (lines
   * {@code [overviewFrom, overviewTo)}) states plainly ({@link Title#statedYear}), else the
   * caller's.
   */
  private void preamble(
      List<String> lines, int overviewFrom, int overviewTo, AnnualReport.Builder report)
      throws ReportParseException {
    int title = -1;
    int titleEnd = -1;
    Title found = null;
    for (int i = 0; i < lines.size() && found == null; i++) {
      String s = lines.get(i);
      Title t = Title.parse(s);
      if (t != null && t.year() > 0) {
        found = t;
        title = i;
        titleEnd = i;
      }
    }
    if (found == null) {
      // a title printed over two lines: a line and the next one that is not blank
      for (int i = 0; i < lines.size() && found == null; i++) {
        String s = Tokens.strip(lines.get(i));
        if (s.isEmpty() || s.length() > Title.MAX_LENGTH) {
          continue;
        }
        int j = i + 1;
        while (j < lines.size() && Tokens.strip(lines.get(j)).isEmpty()) {
          j++;
        }
        if (j < lines.size() && lines.get(j).length() <= Title.MAX_LENGTH) {
          Title t = Title.parse(s + Tokens.strip(lines.get(j)));
          if (t != null && t.year() > 0) {
            found = new Title(t.agency(), t.year(), true);
            title = i;
            titleEnd = j;
          }
        }
      }
    }
    // a title with no year: 〔agency〕政府信息公开工作年度报告, or the bare title
    for (int i = 0; i < lines.size() && found == null; i++) {
      String s = lines.get(i);
      Title t = Title.parse(s);
      if (t != null) {
        found = t;
        title = i;
        titleEnd = i;
      }
    }
    int year = 0;
    String agency = "";
    int agencyLine = -1;
    if (found != null) {
      year = found.year();
      if (found.variant()) {
        String printed = Tokens.strip(lines.get(title));
        for (int k = title + 1; k <= titleEnd; k++) {
          printed += Tokens.strip(lines.get(k));
        }
        diagnostics.add(
            Reason.TITLE_VARIANT, title + 1, null, printed, "read as the title of the report");
      }
      if (year != 0 && (year < AnnualReport.MIN_YEAR || year > AnnualReport.MAX_YEAR)) {
        throw new ReportParseException(
            ErrorType.NO_YEAR,
            title + 1,
            0,
            "year",
            "the year " + year + " is not a reporting year (from " + AnnualReport.MIN_YEAR + ")");
      }
      agency = found.agency();
      if (agency.isEmpty()) {
        for (int i = title - 1; i >= 0; i--) {
          String s = Tokens.strip(lines.get(i));
          if (!s.isEmpty()) {
            if (!Vocabulary.isFurniture(s) && s.length() <= 100) {
              agency = Title.agency(s, false);
              agencyLine = i;
            }
            break;
          }
        }
      }
    }
    // a printed title wins; then the caller's year; then what the text states plainly
    if (year == 0 && options.year().isPresent()) {
      year = options.year().getAsInt();
      diagnostics.add(
          Reason.METADATA_INFERRED, 0, null, "", "the year " + year + " given by the caller");
    }
    if (year == 0) {
      year = statedYear(lines, 0, lines.size(), title, titleEnd, true);
      if (year == 0 && overviewFrom >= 0) {
        year = statedYear(null, overviewFrom, overviewTo, -1, -1, false);
      }
      if (year == 0 && overviewFrom >= 0) {
        year = mentionedYear(overviewFrom, overviewTo);
      }
    } else if (found != null && options.year().isPresent() && options.year().getAsInt() != year) {
      diagnostics.add(
          Reason.METADATA_INFERRED,
          title + 1,
          null,
          "",
          "the caller's year "
              + options.year().getAsInt()
              + " differs from the year "
              + year
              + " the text states: the text's is kept");
    }
    if (year == 0) {
      throw new ReportParseException(
          ErrorType.NO_YEAR,
          0,
          0,
          "year",
          "no title line 〔agency〕〔year〕"
              + Layout.YEAR_SUFFIX
              + TableHeading.REPORT_TITLE.label()
              + " before the first section, and no year stated plainly (统计期限, 〔year〕年度政府信息公开…)"
              + " in the preamble or the overview; give the year with ReadOptions (--year)");
    }
    report.year(year);
    this.year = year;
    if (!agency.isEmpty()
        && options.agency().isPresent()
        && !options.agency().get().equals(agency)) {
      diagnostics.add(
          Reason.METADATA_INFERRED,
          title + 1,
          null,
          agency,
          "the caller's agency "
              + options.agency().get()
              + " differs from the title's: the"
              + " title's is kept");
    }
    if (agency.isEmpty() && options.agency().isPresent()) {
      agency = options.agency().get();
      diagnostics.add(
          Reason.METADATA_INFERRED, 0, null, "", "the agency " + agency + " given by the caller");
    } else if (agency.isEmpty() && found == null) {
      diagnostics.add(
          Reason.MISSING_METADATA,
          Math.max(title + 1, 0),
          null,
          "",
          "the text has no title that names the agency: it is empty (give it with ReadOptions,"
              + " --agency)");
    }
    report.agency(agency);
    for (int i = 0; i < lines.size(); i++) {
      String s = Tokens.strip(lines.get(i));
      if ((i >= title && i <= titleEnd) || i == agencyLine || s.isEmpty()) {
        continue;
      }
      if (s.startsWith(Layout.FORMAT_PREFIX)) {
        String doc = s.substring(Layout.FORMAT_PREFIX.length()).strip();
        FormatVersion version = null;
        for (FormatVersion v : FormatVersion.values()) {
          if (LabelText.normal(v.document()).equals(LabelText.normal(doc)) || v.key().equals(doc)) {
            version = v;
          }
        }
        if (version == null) {
          throw new ReportParseException(
              ErrorType.UNSUPPORTED_VERSION,
              i + 1,
              0,
              "formatVersion",
              "the format " + doc + " is not supported");
        }
        declaredVersion = version;
      } else if (s.startsWith(Layout.SCOPE_PREFIX)) {
        String name = s.substring(Layout.SCOPE_PREFIX.length()).strip();
        Scope scope = null;
        for (Scope sc : Scope.values()) {
          if (sc.name().equals(name)) {
            scope = sc;
          }
        }
        if (scope == null) {
          diagnostics.add(Reason.UNKNOWN_VALUE, i + 1, null, s, "an unknown scope: read as AGENCY");
        } else {
          report.scope(scope);
        }
      } else if (Vocabulary.isFurniture(s)) {
        furniture(i + 1, s);
      } else {
        diagnostics.add(
            Reason.OUTSIDE_REPORT,
            i + 1,
            null,
            s,
            "text before the first section that is not in the model");
      }
    }
  }

  /**
   * The year that lines {@code [from, to)} (of {@code lines}, or of the text when null) state
   * plainly, outside the title's lines; 0 if none or if they disagree (then a note says so).
   */
  private int statedYear(
      List<String> lines, int from, int to, int titleFrom, int titleTo, boolean preamble) {
    int year = 0;
    int line = 0;
    String text = "";
    for (int i = from; i < to; i++) {
      if (i >= titleFrom && i <= titleTo && titleFrom >= 0) {
        continue;
      }
      String s = lines == null ? line(i) : lines.get(i);
      if (s.length() > 10_000) {
        continue;
      }
      int y = Title.statedYear(s, preamble);
      if (y == 0 || (y > 0 && (y < AnnualReport.MIN_YEAR || y > AnnualReport.MAX_YEAR))) {
        continue;
      }
      int at = i + 1;
      if (y < 0 || (year != 0 && y != year)) {
        diagnostics.add(
            Reason.OUTSIDE_REPORT,
            at,
            null,
            Tokens.strip(s),
            "the text states two different years: no year is taken from it");
        return 0;
      }
      if (year == 0) {
        year = y;
        line = at;
        text = Tokens.strip(s);
      }
    }
    if (year != 0) {
      diagnostics.add(
          Reason.METADATA_INFERRED,
          line,
          null,
          text,
          "no title: the year " + year + " stated here");
    }
    return year;
  }

  /**
   * The year that the overview (lines {@code [from, to)}) mentions most, {@code 〔year〕年}, when it
   * is mentioned at least twice and more often than all other years together, or when it is the
   * only year mentioned; else 0.
   */
  private int mentionedYear(int from, int to) {
    Map<Integer, Integer> counts = new java.util.TreeMap<>();
    Map<Integer, Integer> firstLine = new java.util.HashMap<>();
    for (int i = from; i < to; i++) {
      if (lineTo(i) - lineFrom[i] <= 10_000) {
        Map<Integer, Integer> here = new java.util.TreeMap<>();
        Title.mentionedYears(line(i), here);
        for (Map.Entry<Integer, Integer> e : here.entrySet()) {
          counts.merge(e.getKey(), e.getValue(), Integer::sum);
          firstLine.putIfAbsent(e.getKey(), i);
        }
      }
    }
    int all = 0;
    int best = 0;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      all += e.getValue();
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    boolean plain = counts.size() == 1 || (bestCount >= 2 && 2 * bestCount > all);
    if (best == 0 || !plain || best < AnnualReport.MIN_YEAR || best > AnnualReport.MAX_YEAR) {
      return 0;
    }
    int at = firstLine.get(best);
    diagnostics.add(
        Reason.METADATA_INFERRED,
        at + 1,
        null,
        Tokens.strip(line(at)),
        "no title: the year "
            + best
            + ", which the overview mentions "
            + bestCount
            + " of "
            + all
            + " times a year is mentioned");
    return best;
  }

  private static Cell count(TableCell[] cells, CellAddress a) {
    TableCell c = cells[a.index()];
    return c instanceof Cell cell ? cell : Cell.blank();
  }
}

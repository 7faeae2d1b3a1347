package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.Scope;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.core.TableHeading;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lenient reader of the text format; see {@link io.github.nianbao.serialization.text.TextFormat}
 * for the rules it follows.
 */
public final class TextReader {

  /** The largest input read: {@link TextFormat#MAX_INPUT_CHARS}. */
  private static final int MAX_CHARS = TextFormat.MAX_INPUT_CHARS;

  private static final String SPACE = "[\\s\\u00A0\\u3000]*";
  /** 〔agency〕〔year〕年(度)政府信息公开工作年度报告: agency group 1, year group 2. */
  private static final Pattern TITLE;

  /** 〔year〕年(度)〔agency〕政府信息公开工作年度报告: year group 1, agency group 2. */
  private static final Pattern TITLE_YEAR_FIRST;

  static {
    StringBuilder title = new StringBuilder();
    for (char c : TableHeading.REPORT_TITLE.label().toCharArray()) {
      title.append(SPACE).append(Pattern.quote(String.valueOf(c)));
    }
    TITLE =
        Pattern.compile(
            "^(.*?)"
                + SPACE
                + "([0-9０-９]{4})"
                + SPACE
                + Pattern.quote(Layout.YEAR_SUFFIX)
                + SPACE
                + "(?:度)?"
                + title
                + SPACE
                + "$");
    TITLE_YEAR_FIRST =
        Pattern.compile(
            "^"
                + SPACE
                + "([0-9０-９]{4})"
                + SPACE
                + Pattern.quote(Layout.YEAR_SUFFIX)
                + "(?:度)?"
                + "(.+?)"
                + title
                + SPACE
                + "$");
  }

  /** The last character of the title, with which a title line ends. */
  private static final String TITLE_END =
      TableHeading.REPORT_TITLE.label().substring(TableHeading.REPORT_TITLE.label().length() - 1);

  /** White space and bullets at the start of the agency's line. */
  private static final Pattern LEADING_BULLETS = Pattern.compile("^[\\s\\u00A0\\u3000•●▪■◆]+");

  private final Diagnostics diagnostics = new Diagnostics();

  private TextReader() {}

  /**
   * Reads a report.
   *
   * @param in the text
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is not a report
   * @throws IOException if reading fails
   */
  public static ReadResult read(Reader in) throws IOException {
    String text = slurp(in);
    return new TextReader().parse(text);
  }

  /**
   * Reads a report from a whole text, as {@link #read(Reader)} does.
   *
   * @param text the text
   * @return the report and the diagnostics
   * @throws ReportParseException if the input is not a report
   */
  public static ReadResult read(String text) throws ReportParseException {
    if (text.length() > MAX_CHARS) {
      throw tooLarge();
    }
    return new TextReader().parse(text);
  }

  private static ReportParseException tooLarge() {
    return new ReportParseException(
        ErrorType.TOO_LARGE, 0, 0, "", "the input exceeds " + MAX_CHARS + " characters");
  }

  private static String slurp(Reader in) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      b.append(buf, 0, n);
      if (b.length() > MAX_CHARS) {
        throw tooLarge();
      }
    }
    return b.toString();
  }

  /** The text being read, cut into lines (line breaks as {@link String#lines()}). */
  private char[] chars;

  private int[] lineFrom = new int[128];
  private int[] lineTo = new int[128];
  private int[] lineHash = new int[128];
  private int lineCount;

  /** Per line: {@link Layout#classify}. */
  private int[] classes;

  private String line(int i) {
    return new String(chars, lineFrom[i], lineTo[i] - lineFrom[i]);
  }

  private String strippedLine(int i) {
    return Tokens.strip(line(i));
  }

  private boolean isBlankLine(int i) {
    return Tokens.skipSpace(chars, lineFrom[i], lineTo[i]) == lineTo[i];
  }

  private boolean isFurniture(int i) {
    return (classes[i] & Layout.FURNITURE) != 0;
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

  /** Whether the heading of candidate {@code c} is printed again by a later candidate. */
  private static boolean printedAgain(List<int[]> candidates, int c) {
    for (int d = c + 1; d < candidates.size(); d++) {
      if (candidates.get(d)[1] == candidates.get(c)[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes the text apart into lines, as {@link String#lines()} does (at {@code \n}, {@code \r}
   * and {@code \r\n}), after a byte order mark; refuses binary input and input with no text.
   */
  private void split(String input) throws ReportParseException {
    int offset = input.startsWith("\uFEFF") ? 1 : 0;
    chars = new char[input.length() - offset];
    input.getChars(offset, input.length(), chars, 0);
    boolean blank = true;
    int from = 0;
    int n = chars.length;
    int hash = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7F) {
        blank &= c == ' ';
        hash = 31 * hash + c;
        continue;
      }
      if (c == '\n' || c == '\r') {
        addLine(from, i, hash);
        hash = 0;
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
      hash = 31 * hash + c;
    }
    if (from < n) {
      addLine(from, n, hash);
    }
    if (blank) {
      throw new ReportParseException(ErrorType.EMPTY, 0, 0, "", "the input is empty");
    }
    classes = new int[lineCount];
    for (int i = 0; i < lineCount; i++) {
      classes[i] = Layout.classify(chars, lineFrom[i], lineTo[i], lineHash[i]);
    }
  }

  /** Adds a line; {@code hash} is its {@code String}'s hash code. */
  private void addLine(int from, int to, int hash) {
    if (lineCount == lineFrom.length) {
      lineFrom = java.util.Arrays.copyOf(lineFrom, 2 * lineCount);
      lineTo = java.util.Arrays.copyOf(lineTo, 2 * lineCount);
      lineHash = java.util.Arrays.copyOf(lineHash, 2 * lineCount);
    }
    lineFrom[lineCount] = from;
    lineTo[lineCount] = to;
    lineHash[lineCount] = hash;
    lineCount++;
  }

  private ReadResult parse(String input) throws ReportParseException {
    split(input);
    int lines = lineCount;

    // the section headings, in order; a heading with nothing under it before the next heading,
    // printed again later (a table of contents), is passed over for the later one
    List<int[]> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < lines; i++) {
      int section = (classes[i] & Layout.SECTION_BITS) - 1;
      if (section >= 0) {
        candidates.add(new int[] {i, section});
      }
    }
    int[] start = new int[ReportSection.values().length];
    java.util.Arrays.fill(start, -1);
    int last = -1;
    for (int c = 0; c < candidates.size(); c++) {
      int i = candidates.get(c)[0];
      int ordinal = candidates.get(c)[1];
      if (ordinal <= last) {
        continue;
      }
      if (emptyBefore(i, c + 1 < candidates.size() ? candidates.get(c + 1)[0] : -1)
          && printedAgain(candidates, c)) {
        diagnostics.add(
            Reason.TABLE_OF_CONTENTS,
            i + 1,
            null,
            strippedLine(i),
            "a heading with nothing under it, printed again later (a table of contents)");
        continue;
      }
      ReportSection s = ReportSection.values()[ordinal];
      start[ordinal] = i;
      last = ordinal;
      String official = s.heading();
      String printed = strippedLine(i);
      if (!printed.equals(official)) {
        diagnostics.add(Reason.HEADING_VARIANT, i + 1, null, printed, "read as the heading " + official);
      }
    }
    int first = -1;
    for (int s : start) {
      if (s >= 0) {
        first = s;
        break;
      }
    }
    if (first < 0) {
      throw new ReportParseException(
          ErrorType.NOT_A_REPORT, 0, 0, "", "no section heading of the annual report was found");
    }

    AnnualReport.Builder report = AnnualReport.builder();
    List<String> preamble = new ArrayList<>(first);
    for (int i = 0; i < first; i++) {
      preamble.add(line(i));
    }
    preamble(preamble, report);

    TableCell[] cells = new TableCell[CellAddress.all().size()];
    for (ReportSection section : ReportSection.values()) {
      int from = start[section.ordinal()];
      int to = lines;
      for (int k = section.ordinal() + 1; k < start.length; k++) {
        if (start[k] >= 0) {
          to = start[k];
          break;
        }
      }
      if (section.isTable()) {
        List<Tokens.Line> content = new ArrayList<>();
        if (from >= 0) {
          for (int i = from + 1; i < to; i++) {
            if (isFurniture(i)) {
              furniture(i + 1, line(i));
            } else {
              content.add(Tokens.line(i + 1, chars, lineFrom[i], lineTo[i]));
            }
          }
        }
        Vocabulary.TableSpec spec =
            switch (section) {
              case ACTIVE_DISCLOSURE -> Vocabulary.ACTIVE_DISCLOSURE;
              case APPLICATIONS -> Vocabulary.APPLICATIONS;
              default -> Vocabulary.REVIEW_AND_LITIGATION;
            };
        new TableReader(spec, content, Math.max(from + 1, 0), diagnostics, cells).read();
      } else {
        String narrative = from < 0 ? "" : narrative(from + 1, to);
        switch (section) {
          case OVERVIEW -> report.overview(Overview.of(narrative));
          case PROBLEMS_AND_IMPROVEMENTS -> report.problemsAndImprovements(narrative);
          default -> report.otherMatters(narrative);
        }
      }
    }
    report.activeDisclosure(activeDisclosure(cells));
    report.applications(
        Applications.fromRows(r -> ApplicantCounts.from(c -> count(cells, CellAddress.of(r, c)))));
    report.reviewAndLitigation(
        ReviewAndLitigation.from(
            g -> ReviewOutcomes.from(c -> count(cells, CellAddress.of(g, c)))));
    return new ReadResult(report.build(), diagnostics.result());
  }

  /** The error for the character at {@code chars[at]}, which is not text: with its line and column. */
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
    return new ReportParseException(
        ErrorType.BINARY,
        line,
        column,
        "",
        String.format("a control character U+%04X: the input is not text", (int) chars[at]));
  }

  /** A character that is not text: a control character other than a line break, tab or form feed, or a noncharacter. */
  private static boolean isBinary(char c) {
    if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xFFFE)) {
      return false;
    }
    return c == 0
        || (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f' && c != 0x0B
            && c != '\n')
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private void furniture(int line, String text) {
    diagnostics.add(Reason.PAGE_FURNITURE, line, null, Tokens.strip(text), "page furniture");
  }

  private String narrative(int from, int to) {
    int length = 0;
    for (int i = from; i < to; i++) {
      length += lineTo[i] - lineFrom[i] + 1;
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
      int f = lineFrom[i];
      if (f < lineTo[i] && chars[f] == Layout.ESCAPE) {
        String line = Layout.unescape(line(i));
        line.getChars(0, line.length(), kept, n);
        n += line.length();
      } else {
        // a line that does not start with the escape is its own unescaped form
        System.arraycopy(chars, f, kept, n, lineTo[i] - f);
        n += lineTo[i] - f;
      }
    }
    return new String(kept, 0, n);
  }

  /** Reads title, agency and the metadata lines; reports every other line as IGNORED. */
  private void preamble(List<String> lines, AnnualReport.Builder report)
      throws ReportParseException {
    int title = -1;
    String printedYear = null;
    String agency = null;
    for (int i = 0; i < lines.size() && title < 0; i++) {
      String s = Tokens.strip(lines.get(i));
      // both title patterns end with the title's last character (then only white space, stripped)
      if (s.length() > 200 || !s.endsWith(TITLE_END)) {
        continue;
      }
      Matcher t = TITLE.matcher(s);
      if (t.matches()) {
        title = i;
        printedYear = t.group(2);
        agency = t.group(1);
      } else if ((t = TITLE_YEAR_FIRST.matcher(s)).matches()) {
        title = i;
        printedYear = t.group(1);
        agency = t.group(2);
      }
    }
    if (title < 0) {
      throw new ReportParseException(
          ErrorType.NO_YEAR,
          0,
          0,
          "year",
          "no title line 〔agency〕〔year〕" + Layout.YEAR_SUFFIX + TableHeading.REPORT_TITLE.label()
              + " before the first section");
    }
    int year = Integer.parseInt(LabelText.nfkc(printedYear));
    if (year < AnnualReport.MIN_YEAR || year > AnnualReport.MAX_YEAR) {
      throw new ReportParseException(
          ErrorType.NO_YEAR,
          title + 1,
          0,
          "year",
          "the year " + year + " is not a reporting year (from " + AnnualReport.MIN_YEAR + ")");
    }
    report.year(year);
    agency = stripBullets(agency);
    int agencyLine = -1;
    if (agency.isEmpty()) {
      for (int i = title - 1; i >= 0; i--) {
        String s = Tokens.strip(lines.get(i));
        if (!s.isEmpty()) {
          if (!Vocabulary.isFurniture(s) && s.length() <= 100) {
            agency = stripBullets(s);
            agencyLine = i;
          }
          break;
        }
      }
    }
    report.agency(agency);
    for (int i = 0; i < lines.size(); i++) {
      String s = Tokens.strip(lines.get(i));
      if (i == title || i == agencyLine || s.isEmpty()) {
        continue;
      }
      if (s.startsWith(Layout.FORMAT_PREFIX)) {
        String doc = s.substring(Layout.FORMAT_PREFIX.length()).strip();
        FormatVersion version = null;
        for (FormatVersion v : FormatVersion.values()) {
          if (LabelText.normal(v.document()).equals(LabelText.normal(doc))
              || v.key().equals(doc)) {
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
        report.formatVersion(version);
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
            Reason.OUTSIDE_REPORT, i + 1, null, s, "text before the first section that is not in the model");
      }
    }
  }

  private static String stripBullets(String s) {
    return Tokens.strip(LEADING_BULLETS.matcher(s).replaceFirst(""));
  }

  private static Cell count(TableCell[] cells, CellAddress a) {
    TableCell c = cells[a.index()];
    return c instanceof Cell cell ? cell : Cell.blank();
  }

  private static ActiveDisclosure activeDisclosure(TableCell[] cells) {
    Map<DisclosureRow, DocumentCounts> documents = new EnumMap<>(DisclosureRow.class);
    for (DisclosureRow row : List.of(DisclosureRow.RULES, DisclosureRow.NORMATIVE_DOCUMENTS)) {
      documents.put(
          row,
          DocumentCounts.of(
              count(cells, CellAddress.of(row, DisclosureColumn.ISSUED)),
              count(cells, CellAddress.of(row, DisclosureColumn.REPEALED)),
              count(cells, CellAddress.of(row, DisclosureColumn.IN_FORCE))));
    }
    TableCell fee = cells[CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES).index()];
    return ActiveDisclosure.builder()
        .rules(documents.get(DisclosureRow.RULES))
        .normativeDocuments(documents.get(DisclosureRow.NORMATIVE_DOCUMENTS))
        .licensing(count(cells, CellAddress.of(DisclosureRow.LICENSING)))
        .penalties(count(cells, CellAddress.of(DisclosureRow.PENALTIES)))
        .enforcement(count(cells, CellAddress.of(DisclosureRow.ENFORCEMENT)))
        .administrativeFees(fee instanceof AmountCell a ? a : AmountCell.blank())
        .build();
  }
}

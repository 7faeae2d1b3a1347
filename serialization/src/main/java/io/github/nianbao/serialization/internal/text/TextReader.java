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
import io.github.nianbao.serialization.Diagnostic.Kind;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import io.github.nianbao.serialization.text.TextFormat;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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

  /** Whether only blank lines stand between a heading and the next heading. */
  private static boolean emptyBefore(List<String> lines, int heading, int next) {
    if (next < 0) {
      return false;
    }
    for (int i = heading + 1; i < next; i++) {
      if (!Tokens.strip(lines.get(i)).isEmpty()) {
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

  private ReadResult parse(String input) throws ReportParseException {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    checkBinary(text);
    if (Tokens.strip(text).isEmpty()) {
      throw new ReportParseException(ErrorType.EMPTY, 0, 0, "", "the input is empty");
    }
    List<String> lines = text.lines().toList();

    // the section headings, in order; a heading with nothing under it before the next heading,
    // printed again later (a table of contents), is passed over for the later one
    List<int[]> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ReportSection s = Layout.heading(lines.get(i));
      if (s != null) {
        candidates.add(new int[] {i, s.ordinal()});
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
      if (emptyBefore(lines, i, c + 1 < candidates.size() ? candidates.get(c + 1)[0] : -1)
          && printedAgain(candidates, c)) {
        diagnostics.add(
            Kind.IGNORED,
            i + 1,
            null,
            Tokens.strip(lines.get(i)),
            "a heading with nothing under it, printed again later (a table of contents)");
        continue;
      }
      ReportSection s = ReportSection.values()[ordinal];
      start[ordinal] = i;
      last = ordinal;
      String official = s.heading();
      String printed = Tokens.strip(lines.get(i));
      if (!printed.equals(official)) {
        diagnostics.add(Kind.NORMALISED, i + 1, null, printed, "read as the heading " + official);
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
    preamble(lines.subList(0, first), report);

    Map<CellAddress, TableCell> cells = new HashMap<>(512);
    for (ReportSection section : ReportSection.values()) {
      int from = start[section.ordinal()];
      int to = lines.size();
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
            String line = lines.get(i);
            if (Vocabulary.isFurniture(line)) {
              furniture(i + 1, line);
            } else {
              content.add(Tokens.line(i + 1, line));
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
        String narrative = from < 0 ? "" : narrative(lines, from + 1, to);
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

  private static void checkBinary(String text) throws ReportParseException {
    int at = 0;
    while (at < text.length() && !isBinary(text.charAt(at))) {
      at++;
    }
    if (at == text.length()) {
      return;
    }
    // a character that is not text: find its line and column
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (c == 0 || (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f' && c != 0x0B)
          || c == '\uFFFE' || c == '\uFFFF') {
        throw new ReportParseException(
            ErrorType.BINARY,
            line,
            column,
            "",
            String.format("a control character U+%04X: the input is not text", (int) c));
      }
      column++;
    }
  }

  /** A character {@link #checkBinary} refuses. */
  private static boolean isBinary(char c) {
    if (c >= 0x20 && c < 0x7F) {
      return false;
    }
    return c == 0
        || (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f' && c != 0x0B
            && c != '\n')
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private void furniture(int line, String text) {
    diagnostics.add(Kind.IGNORED, line, null, Tokens.strip(text), "page furniture");
  }

  private String narrative(List<String> lines, int from, int to) {
    List<String> kept = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (Vocabulary.isFurniture(line)) {
        furniture(i + 1, line);
      } else {
        kept.add(Layout.unescape(line));
      }
    }
    return String.join("\n", kept);
  }

  /** Reads title, agency and the metadata lines; reports every other line as IGNORED. */
  private void preamble(List<String> lines, AnnualReport.Builder report)
      throws ReportParseException {
    int title = -1;
    String printedYear = null;
    String agency = null;
    for (int i = 0; i < lines.size() && title < 0; i++) {
      String s = Tokens.strip(lines.get(i));
      if (s.length() > 200) {
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
          diagnostics.add(Kind.UNPLACED, i + 1, null, s, "an unknown scope: read as AGENCY");
        } else {
          report.scope(scope);
        }
      } else if (Vocabulary.isFurniture(s)) {
        furniture(i + 1, s);
      } else {
        diagnostics.add(
            Kind.IGNORED, i + 1, null, s, "text before the first section that is not in the model");
      }
    }
  }

  private static String stripBullets(String s) {
    return Tokens.strip(s.replaceFirst("^[\\s\\u00A0\\u3000•●▪■◆]+", ""));
  }

  private static Cell count(Map<CellAddress, TableCell> cells, CellAddress a) {
    TableCell c = cells.get(a);
    return c instanceof Cell cell ? cell : Cell.blank();
  }

  private static ActiveDisclosure activeDisclosure(Map<CellAddress, TableCell> cells) {
    Map<DisclosureRow, DocumentCounts> documents = new EnumMap<>(DisclosureRow.class);
    for (DisclosureRow row : List.of(DisclosureRow.RULES, DisclosureRow.NORMATIVE_DOCUMENTS)) {
      documents.put(
          row,
          DocumentCounts.of(
              count(cells, CellAddress.of(row, DisclosureColumn.ISSUED)),
              count(cells, CellAddress.of(row, DisclosureColumn.REPEALED)),
              count(cells, CellAddress.of(row, DisclosureColumn.IN_FORCE))));
    }
    TableCell fee = cells.get(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES));
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

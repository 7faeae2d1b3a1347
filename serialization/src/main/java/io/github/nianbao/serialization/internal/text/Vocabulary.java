package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantGroup;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureClause;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.OutcomeGroup;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.ReviewProceeding;
import io.github.nianbao.core.TableHeading;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the text reader knows: every official label from the core enums, in the order printed, with
 * its normal form; and the extras, page furniture and marks of the resources {@code
 * META-INF/nianbao/text/extras.txt}, {@code furniture.txt} and {@code marks.txt}, which a user
 * extends by putting files of the same names on the class path.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** An official label: numbering, normal forms of the body (the first is the official one). */
  record Label(String official, LabelText.Numbering numbering, List<String> normals) {
    static Label of(String numbering, String body) {
      List<String> normals = new ArrayList<>();
      normals.add(LabelText.normal(body));
      // the label without its parenthetical note, e.g. （二）部分公开
      String core = body.replaceAll("[（(][^（()）]*[)）]", "");
      if (!core.equals(body) && !LabelText.normal(core).isEmpty()) {
        normals.add(LabelText.normal(core));
      }
      return new Label(numbering + body, LabelText.numbering(numbering), List.copyOf(normals));
    }

    /** This label with another printed form (an alias) that it matches as well. */
    Label withAlias(String alias) {
      List<String> all = new ArrayList<>(normals);
      all.add(LabelText.normal(alias));
      return new Label(official, numbering, List.copyOf(all));
    }
  }

  /**
   * Printed forms of Table 2's row labels that are too far from the official one to match by
   * distance: 规范性文件, the 2019 format's name of 行政规范性文件, which agencies kept printing.
   */
  private static final java.util.Map<DisclosureRow, String> ALIASES =
      java.util.Map.of(DisclosureRow.NORMATIVE_DOCUMENTS, "规范性文件");

  /** A table row: its label and its cells in printed order. */
  record RowSpec(Label label, List<CellAddress> cells) {}

  /**
   * The vocabulary of one table of one format version; {@code id} is its position in {@link
   * #SPECS}, by which label facts are kept.
   */
  record TableSpec(
      ReportSection section,
      List<RowSpec> rows,
      List<Label> structure,
      List<String> headers,
      int id,
      int tokens) {

    /**
     * A table's vocabulary; {@code tokens}, a row label and its cells for each row, is how many
     * tokens the table gives printed as the template prints it.
     */
    TableSpec(
        ReportSection section,
        List<RowSpec> rows,
        List<Label> structure,
        List<String> headers,
        int id) {
      this(section, rows, structure, headers, id, tokens(rows));
    }

    private static int tokens(List<RowSpec> rows) {
      int n = 0;
      for (RowSpec r : rows) {
        n += 1 + r.cells().size();
      }
      return n;
    }
  }

  static final TableSpec ACTIVE_DISCLOSURE;
  static final TableSpec APPLICATIONS;
  static final TableSpec REVIEW_AND_LITIGATION;

  /** Table 2 of the 2019 format: other columns, 其他对外管理服务事项 and 政府集中采购. */
  static final TableSpec ACTIVE_DISCLOSURE_2019;

  /** Table 3 of the 2019 format: （六）其他处理 is a row, not a group. */
  static final TableSpec APPLICATIONS_2019;

  /** How many table vocabularies there are: the size of {@link #SPECS}, a constant. */
  static final int TABLE_COUNT = 5;

  /** Every table's vocabulary, by {@link TableSpec#id()}. */
  static final List<TableSpec> SPECS;

  static final List<Label> SECTIONS;
  static final List<String> EXTRAS;

  /** The page furniture patterns, an array: read for every short line of a table section. */
  static final FurniturePattern[] FURNITURE;

  static final Set<String> MARKS;

  static {
    List<RowSpec> t2 = new ArrayList<>();
    for (DisclosureRow row : DisclosureRow.values()) {
      List<CellAddress> cells = new ArrayList<>();
      for (DisclosureColumn c : row.columns()) {
        cells.add(CellAddress.of(row, c));
      }
      Label label = Label.of("", row.label());
      if (ALIASES.containsKey(row)) {
        label = label.withAlias(ALIASES.get(row));
      }
      t2.add(new RowSpec(label, List.copyOf(cells)));
    }
    List<Label> t2Structure = new ArrayList<>();
    for (DisclosureClause c : DisclosureClause.values()) {
      t2Structure.add(Label.of("", c.label()));
    }
    List<String> t2Headers = new ArrayList<>();
    t2Headers.add(LabelText.normal(TableHeading.INFORMATION_CONTENT.label()));
    for (DisclosureColumn c : DisclosureColumn.values()) {
      t2Headers.add(LabelText.normal(c.label()));
    }
    ACTIVE_DISCLOSURE =
        new TableSpec(
            ReportSection.ACTIVE_DISCLOSURE,
            List.copyOf(t2),
            List.copyOf(t2Structure),
            List.copyOf(t2Headers),
            0);

    List<RowSpec> t2v2019 = new ArrayList<>();
    for (DisclosureRow2019 row : DisclosureRow2019.values()) {
      List<CellAddress> cells = new ArrayList<>();
      for (DisclosureColumn2019 c : row.columns()) {
        cells.add(CellAddress.of(row, c));
      }
      Label label = Label.of("", row.label());
      if (row == DisclosureRow2019.NORMATIVE_DOCUMENTS) {
        // agencies that kept the 2019 table printed the row by its 2021 name as well
        label = label.withAlias(DisclosureRow.NORMATIVE_DOCUMENTS.label());
      }
      t2v2019.add(new RowSpec(label, List.copyOf(cells)));
    }
    List<String> t2v2019Headers = new ArrayList<>();
    t2v2019Headers.add(LabelText.normal(TableHeading.INFORMATION_CONTENT.label()));
    for (DisclosureColumn2019 c : DisclosureColumn2019.values()) {
      t2v2019Headers.add(LabelText.normal(c.label()));
    }
    ACTIVE_DISCLOSURE_2019 =
        new TableSpec(
            ReportSection.ACTIVE_DISCLOSURE,
            List.copyOf(t2v2019),
            List.copyOf(t2Structure),
            List.copyOf(t2v2019Headers),
            3);

    List<Label> t3Structure = new ArrayList<>();
    String outcomes = TableHeading.OUTCOMES.label();
    LabelText.Parsed o = LabelText.parse(outcomes);
    t3Structure.add(
        Label.of(outcomes.substring(0, outcomes.length() - o.body().length()), o.body()));
    List<Label> t3v2019Structure = new ArrayList<>(t3Structure);
    for (OutcomeGroup g : OutcomeGroup.values()) {
      if (!g.isSingleRow()) {
        t3Structure.add(Label.of(g.numbering(), g.label()));
        if (g != OutcomeGroup.OTHER_HANDLING) {
          t3v2019Structure.add(Label.of(g.numbering(), g.label()));
        }
      }
    }
    List<String> t3Headers = new ArrayList<>();
    t3Headers.add(LabelText.normal(TableHeading.BALANCE_NOTE.label()));
    t3Headers.add(LabelText.normal(TableHeading.APPLICANT_SITUATION.label()));
    for (ApplicantGroup g : ApplicantGroup.values()) {
      t3Headers.add(LabelText.normal(g.label()));
    }
    for (ApplicantCategory c : ApplicantCategory.values()) {
      t3Headers.add(LabelText.normal(c.label()));
    }
    APPLICATIONS =
        new TableSpec(
            ReportSection.APPLICATIONS,
            applicationRows(FormatVersion.V2021),
            List.copyOf(t3Structure),
            List.copyOf(t3Headers),
            1);
    APPLICATIONS_2019 =
        new TableSpec(
            ReportSection.APPLICATIONS,
            applicationRows(FormatVersion.V2019),
            List.copyOf(t3v2019Structure),
            List.copyOf(t3Headers),
            4);

    List<CellAddress> t4 = new ArrayList<>();
    List<String> t4Headers = new ArrayList<>();
    for (ReviewProceeding p : ReviewProceeding.values()) {
      t4Headers.add(LabelText.normal(p.label()));
    }
    for (ReviewCase g : ReviewCase.values()) {
      t4Headers.add(LabelText.normal(g.label()));
      t4Headers.add(LabelText.normal(g.fullLabel()));
      for (ReviewColumn c : ReviewColumn.values()) {
        t4.add(CellAddress.of(g, c));
      }
    }
    for (ReviewColumn c : ReviewColumn.values()) {
      t4Headers.add(LabelText.normal(c.label()));
    }
    REVIEW_AND_LITIGATION =
        new TableSpec(
            ReportSection.REVIEW_AND_LITIGATION,
            List.of(new RowSpec(Label.of("", ""), List.copyOf(t4))),
            List.of(),
            List.copyOf(t4Headers),
            2);
    SPECS =
        List.of(
            ACTIVE_DISCLOSURE,
            APPLICATIONS,
            REVIEW_AND_LITIGATION,
            ACTIVE_DISCLOSURE_2019,
            APPLICATIONS_2019);

    List<Label> sections = new ArrayList<>();
    for (ReportSection s : ReportSection.values()) {
      sections.add(Label.of(s.numbering(), s.title()));
    }
    SECTIONS = List.copyOf(sections);

    List<String> extras = new ArrayList<>();
    for (String line : resource("extras.txt")) {
      extras.add(LabelText.normal(line));
    }
    EXTRAS = List.copyOf(extras);
    List<FurniturePattern> furniture = new ArrayList<>();
    for (String line : resource("furniture.txt")) {
      // matched against lines with traditional forms simplified: so is the pattern (its syntax
      // is ASCII, which the forms leave alone)
      furniture.add(new FurniturePattern(pattern(TraditionalForms.simplified(line))));
    }
    FURNITURE = furniture.toArray(new FurniturePattern[0]);
    MARKS = Set.copyOf(resource("marks.txt"));
  }

  private static List<RowSpec> applicationRows(FormatVersion version) {
    List<RowSpec> t3 = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.rows(version)) {
      List<CellAddress> cells = new ArrayList<>();
      for (ApplicantCategory c : ApplicantCategory.values()) {
        cells.add(CellAddress.of(row, c));
      }
      t3.add(new RowSpec(Label.of(row.numbering(), row.label()), List.copyOf(cells)));
    }
    return List.copyOf(t3);
  }

  /**
   * Returns the vocabulary of a table of a format version.
   *
   * @param section a table's section
   * @param version the format version
   * @return the table's vocabulary (Table 4's is the same in both versions)
   */
  static TableSpec spec(ReportSection section, FormatVersion version) {
    boolean v2019 = version == FormatVersion.V2019;
    return switch (section) {
      case ACTIVE_DISCLOSURE -> v2019 ? ACTIVE_DISCLOSURE_2019 : ACTIVE_DISCLOSURE;
      case APPLICATIONS -> v2019 ? APPLICATIONS_2019 : APPLICATIONS;
      default -> REVIEW_AND_LITIGATION;
    };
  }

  /** Where the data files are, on the class path or module path. */
  static final String RESOURCES = "META-INF/nianbao/text/";

  /**
   * Returns the lines of every resource of a name ({@value #RESOURCES} + name) that the class
   * loader finds, the SDK's own first, without comments and blank lines: a user extends the
   * vocabulary by putting a file of the same name on the class path.
   */
  private static List<String> resource(String name) {
    List<String> lines = new ArrayList<>();
    try {
      ClassLoader loader = Vocabulary.class.getClassLoader();
      List<URL> urls = new ArrayList<>();
      URL own = Vocabulary.class.getResource("/" + RESOURCES + name);
      if (own == null) {
        throw new IllegalStateException("Missing resource " + RESOURCES + name);
      }
      urls.add(own);
      for (URL u : Collections.list(loader.getResources(RESOURCES + name))) {
        if (!u.toString().equals(own.toString())) {
          urls.add(u);
        }
      }
      for (URL u : urls) {
        try (InputStream in = u.openStream()) {
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
              lines.add(s);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(lines);
  }

  /** Compiles a line of furniture.txt; a line that is no valid expression is taken literally. */
  private static Pattern pattern(String line) {
    try {
      return Pattern.compile(line);
    } catch (PatternSyntaxException e) {
      return Pattern.compile(Pattern.quote(line));
    }
  }

  /**
   * Returns whether a line is page furniture (see {@code furniture.txt}), a traditional ideograph
   * matched as its simplified form ({@link TraditionalForms}).
   *
   * @param line the line
   * @return whether it is
   */
  static boolean isFurniture(String line) {
    if (line.length() > 1000) {
      return false;
    }
    String s = Tokens.strip(line);
    if (s.isEmpty() || s.length() > MAX_FURNITURE_LENGTH) {
      return false;
    }
    return LabelIndex.of(s).furniture();
  }

  /** The longest line, stripped, that can be page furniture. */
  static final int MAX_FURNITURE_LENGTH = 80;

  /**
   * {@link #isFurniture(String)} of a line given by its stripped text {@code chars[from, to)}.
   *
   * @param chars the text
   * @param from where the stripped line starts
   * @param to where it ends; the line is not empty and at most {@link #MAX_FURNITURE_LENGTH}
   *     characters, and the whole line at most 1,000
   * @return whether it is furniture
   */
  static boolean isFurnitureStripped(char[] chars, int from, int to) {
    // not memoised: mostly lines seen once (table rows with their numbers), and most are ruled
    // out by their first character without making their text
    char first = TraditionalForms.simplified(chars[from]);
    String s = null;
    for (int i = 0; i < FURNITURE.length; i++) {
      FurniturePattern p = FURNITURE[i];
      if (p.mayStartWith(first)) {
        if (s == null) {
          s = TraditionalForms.simplified(new String(chars, from, to - from));
        }
        if (p.matches(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a stripped line is page furniture, computed (kept by {@link LabelIndex}). */
  static boolean matchesFurnitureNow(String line) {
    // furniture printed in traditional script (第 3 頁, 來源：) is matched as the simplified one
    String s = TraditionalForms.simplified(line);
    for (FurniturePattern p : FURNITURE) {
      if (p.matches(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a normal form is a known extra such as 办理结果占比情况.
   *
   * @param normal the normal form
   * @return whether it is
   */
  static boolean isExtra(String normal) {
    return LabelIndex.of(normal).extra();
  }

  /** Whether a normal form is a known extra, computed (kept by {@link LabelIndex}). */
  static boolean matchesExtraNow(String normal) {
    for (String e : EXTRAS) {
      if (LabelText.match(normal, e) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a normal form is made of header labels or pieces of them of at least two
   * characters, such as {@code 结果维持结果纠正} or {@code 商业}.
   *
   * @param normal the normal form
   * @param headers the normal forms of the table's header labels
   * @return whether the text is a header
   */
  static boolean isHeader(String normal, List<String> headers) {
    if (normal.isEmpty() || normal.length() > 200) {
      return false;
    }
    int longest = 0;
    for (String h : headers) {
      longest = Math.max(longest, h.length());
    }
    int pos = 0;
    while (pos < normal.length()) {
      int best = 0;
      for (int k = Math.min(normal.length() - pos, longest); k >= 2 && best == 0; k--) {
        String piece = normal.substring(pos, pos + k);
        for (String h : headers) {
          if (h.contains(piece)) {
            best = k;
            break;
          }
        }
      }
      if (best == 0) {
        return false;
      }
      pos += best;
    }
    return true;
  }
}

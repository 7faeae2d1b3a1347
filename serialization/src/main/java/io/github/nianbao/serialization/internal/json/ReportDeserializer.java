package io.github.nianbao.serialization.internal.json;

import static io.github.nianbao.serialization.ReportParseException.ErrorType.INVALID_VALUE;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.MALFORMED;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.NOT_A_REPORT;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.NO_YEAR;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.UNSUPPORTED_VERSION;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.nianbao.core.ActiveDisclosureTable;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.core.Scope;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.grid.Radicals;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@link AnnualReport} from the JSON of docs/format.md, The JSON document, streaming,
 * guided by {@link Layout}.
 *
 * <p>The tables are read as {@code formatVersion} says (docs/format.md, Format versions). A key or
 * a shape of the tables that only the other version has ({@code activeDisclosure.licensing.change}
 * in a 2021 report, a single cell {@code activeDisclosure.licensing} in a 2019 one) is an {@code
 * INVALID_VALUE} at its path and location, never an unknown key. Where {@code formatVersion} comes
 * after the tables, the tables are read in the tree of both versions and these checks, and the
 * missing cells, wait for it; the error then still points at the key or value concerned.
 *
 * <p>With a {@link DiagnosticSink} attribute on the reader (as {@code JsonFormat} sets it), an
 * unknown key is skipped with an {@code UNKNOWN_KEY} diagnostic and a missing cell is read as blank
 * with a {@code MISSING_CELL} diagnostic. Without one (a user's own {@code ObjectMapper}), an
 * unknown key goes to Jackson's {@code DeserializationContext.handleUnknownProperty} (so {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} and problem handlers apply) and a missing cell fails unless the
 * module was told otherwise. Invalid values always fail, with {@link ReportInputException}.
 *
 * <p>Every text taken into the report (the agency, the narrative sections, a mark or a printed
 * amount in a cell) reads its Kangxi and CJK radicals and compatibility ideographs as the
 * ideographs they show ({@link Radicals}), as the text reader does (docs/reading.md, Bytes and
 * encodings); with a sink, one {@code ENCODING} diagnostic gives how many, at the line of the first
 * value that holds one, and where they were.
 */
public final class ReportDeserializer extends StdDeserializer<AnnualReport> {
  private static final long serialVersionUID = 1L;

  private final boolean failOnMissingCells;

  /**
   * Creates the deserializer.
   *
   * @param failOnMissingCells whether a missing cell fails when no diagnostic sink is given
   */
  public ReportDeserializer(boolean failOnMissingCells) {
    super(AnnualReport.class);
    this.failOnMissingCells = failOnMissingCells;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public AnnualReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Object sink = ctxt.getAttribute(DiagnosticSink.class);
    return new Reading(p, ctxt, sink instanceof DiagnosticSink s ? s : null).report();
  }

  /** The state of one read. */
  private final class Reading {
    private final JsonParser p;
    private final DeserializationContext ctxt;
    private final DiagnosticSink sink;

    /** The cells read, by {@link CellAddress#index()}; null where none was read. */
    private final TableCell[] cells = new TableCell[CellAddress.all().size()];

    private final Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
    private final Map<ReportSection, JsonLocation> textsAt = new EnumMap<>(ReportSection.class);
    private JsonLocation agencyAt;
    private FormatVersion version;
    private String agency;
    private Integer year;
    private Scope scope = Scope.AGENCY;
    private boolean anyKnown;

    /** The checks of a key or shape of one version, read before the version was known. */
    private final List<Pending> pending = new ArrayList<>();

    /** The objects read before the version was known, whose missing cells it decides. */
    private final List<PendingMissing> pendingMissing = new ArrayList<>();

    /** The radicals and compatibility ideographs read as ideographs, for the one note. */
    private int radicals;

    /** Where the first of them was: its value's location and cell (null for a section's text). */
    private JsonLocation radicalsAt;

    private CellAddress radicalsCell;

    /** The paths of the values that held them, in input order; null while there are none. */
    private List<String> radicalPaths;

    Reading(JsonParser p, DeserializationContext ctxt, DiagnosticSink sink) {
      this.p = p;
      this.ctxt = ctxt;
      this.sink = sink;
    }

    AnnualReport report() throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
        throw error(
            p.currentTokenLocation(),
            NOT_A_REPORT,
            "",
            "a report is a JSON object, not " + Cells.describe(t));
      }
      Set<String> seen = new HashSet<>();
      Set<ReportSection> tables = new HashSet<>();
      while (t == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonLocation keyAt = p.currentTokenLocation();
        p.nextToken();
        if (!seen.add(name)) {
          throw error(keyAt, MALFORMED, name, "duplicate key");
        }
        member(name, keyAt, tables);
        t = p.nextToken();
      }
      JsonLocation end = p.currentTokenLocation();
      if (!anyKnown) {
        throw error(end, NOT_A_REPORT, "", "no key of an annual report was found");
      }
      if (version == null) {
        throw error(
            end,
            UNSUPPORTED_VERSION,
            Metadata.FORMAT_VERSION.key(),
            "formatVersion is missing; this reader reads " + versions());
      }
      // the keys and shapes read before formatVersion
      for (Pending check : pending) {
        if (!check.allowed().contains(version)) {
          throw mismatch(check);
        }
      }
      for (PendingMissing m : pendingMissing) {
        missing(m.node(), m.seen(), m.end());
      }
      if (agency == null) {
        throw error(end, NOT_A_REPORT, Metadata.AGENCY.key(), "agency is missing");
      }
      if (year == null) {
        throw error(end, NO_YEAR, Metadata.YEAR.key(), "year is missing");
      }
      for (ReportSection s : ReportSection.values()) {
        if (s.isTable() && !tables.contains(s)) {
          missing(Layout.table(s), end);
        }
      }
      AnnualReport report;
      try {
        report = build();
      } catch (IllegalArgumentException e) {
        // text the model refuses (a control character in a narrative or the agency, a narrative
        // longer than the model holds): at the narrative that is too long, if one is
        for (Map.Entry<ReportSection, String> n : texts.entrySet()) {
          if (n.getValue().strip().length() > AnnualReport.MAX_NARRATIVE_CHARS) {
            throw error(
                textsAt.get(n.getKey()),
                ReportParseException.ErrorType.INVALID_VALUE,
                n.getKey().key(),
                e.getMessage());
          }
        }
        throw error(end, ReportParseException.ErrorType.INVALID_VALUE, "", e.getMessage());
      }
      if (sink != null) {
        radicalsRead();
        normalised(agencyAt, null, agency, report.agency(), "agency");
        normalised(ReportSection.OVERVIEW, report.overview().text());
        normalised(ReportSection.PROBLEMS_AND_IMPROVEMENTS, report.problemsAndImprovements());
        normalised(ReportSection.OTHER_MATTERS, report.otherMatters());
      }
      return report;
    }

    /**
     * Returns a text with its radicals and compatibility ideographs read as the ideographs they
     * show, noting them; the text itself when it has none (the common case: one scan, no copy).
     */
    private String unified(String raw, JsonLocation at, CellAddress cell, String path) {
      int n = Cells.radicals(raw);
      if (n == 0) {
        return raw;
      }
      if (radicalPaths == null) {
        radicalPaths = new ArrayList<>();
        radicalsAt = at;
        radicalsCell = cell;
      } else if (radicalsCell != null && !radicalsCell.equals(cell)) {
        radicalsCell = null; // more than one place: the note names no single cell
      }
      radicals += n;
      radicalPaths.add(path);
      return Radicals.unify(raw);
    }

    /**
     * Notes the radicals read as the ideographs they stand for, if any: one note, as the text
     * reader gives, at the first value that held one.
     */
    private void radicalsRead() {
      if (radicalPaths == null) {
        return;
      }
      int shown = Math.min(MAX_PATHS_SHOWN, radicalPaths.size());
      String where =
          String.join(", ", radicalPaths.subList(0, shown))
              + (radicalPaths.size() > shown
                  ? " and " + (radicalPaths.size() - shown) + " more values"
                  : "");
      sink.add(
          Diagnostic.of(
              Diagnostic.Reason.ENCODING,
              line(radicalsAt),
              radicalsCell,
              radicals + " characters",
              radicals
                  + " characters that the text names by Kangxi radicals or compatibility"
                  + " ideographs (as text from Chrome's PDFs does) are read as the ideographs they"
                  + " show, in "
                  + where));
    }

    private void normalised(ReportSection s, String normal) {
      if (texts.containsKey(s)) {
        normalised(textsAt.get(s), null, texts.get(s), normal, s.key());
      }
    }

    /** Reports text that the model brought to its normal form (white space, line breaks). */
    private void normalised(
        JsonLocation at, CellAddress cell, String raw, String normal, String path) {
      if (sink != null && !raw.equals(normal)) {
        sink.add(
            Diagnostic.of(
                Diagnostic.Reason.TEXT_NORMALISED,
                line(at),
                cell,
                raw.length() > 80 ? raw.substring(0, 80) + "…" : raw,
                "The text of "
                    + path
                    + " is held in the model's normal form (white space and line breaks)"));
      }
    }

    private void member(String name, JsonLocation keyAt, Set<ReportSection> tables)
        throws IOException {
      Metadata m = Metadata.ofKey(name);
      if (m != null) {
        anyKnown = true;
        metadata(m);
        return;
      }
      for (ReportSection s : ReportSection.values()) {
        if (s.key().equals(name)) {
          anyKnown = true;
          if (s.isTable()) {
            tables.add(s);
            value(Layout.table(s));
          } else {
            JsonLocation at = p.currentTokenLocation();
            textsAt.put(s, at);
            texts.put(s, text(s.key(), at));
          }
          return;
        }
      }
      unknown(name, name, keyAt);
    }

    private void metadata(Metadata m) throws IOException {
      JsonToken t = p.currentToken();
      JsonLocation at = p.currentTokenLocation();
      switch (m) {
        case FORMAT_VERSION -> {
          String key = t == JsonToken.VALUE_STRING ? p.getText() : null;
          version = key == null ? null : FormatVersion.ofKey(key).orElse(null);
          if (version == null) {
            throw error(
                at,
                UNSUPPORTED_VERSION,
                m.key(),
                "this reader reads " + versions() + ", not " + shown(t));
          }
        }
        case AGENCY -> {
          agencyAt = at;
          agency = text(m.key(), at);
        }
        case YEAR -> {
          if (t != JsonToken.VALUE_NUMBER_INT
              || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              || p.getLongValue() < AnnualReport.MIN_YEAR
              || p.getLongValue() > AnnualReport.MAX_YEAR) {
            if (t == JsonToken.VALUE_NUMBER_INT && endsAfter(p)) {
              // {"year": 20 and nothing more: a document cut short, not a wrong year
              throw error(
                  at, MALFORMED, m.key(), "the document ends after the year " + p.getText());
            }
            throw error(
                at,
                NO_YEAR,
                m.key(),
                "the year is a whole number from "
                    + AnnualReport.MIN_YEAR
                    + " to "
                    + AnnualReport.MAX_YEAR
                    + ", not "
                    + shown(t));
          }
          year = p.getIntValue();
        }
        case SCOPE -> {
          String name = t == JsonToken.VALUE_STRING ? p.getText() : "";
          scope =
              Arrays.stream(Scope.values())
                  .filter(s -> s.name().equals(name))
                  .findFirst()
                  .orElse(null);
          if (scope == null) {
            throw error(
                at,
                INVALID_VALUE,
                m.key(),
                "the scope is one of " + Arrays.toString(Scope.values()) + ", not " + shown(t));
          }
        }
      }
    }

    private String shown(JsonToken t) throws IOException {
      if (t == JsonToken.VALUE_STRING) {
        String s = p.getText();
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
      }
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getText();
      }
      return Cells.describe(t);
    }

    /** Reads a text (the agency, a narrative section), its radicals read as ideographs. */
    private String text(String path, JsonLocation at) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING) {
        throw error(
            p.currentTokenLocation(),
            INVALID_VALUE,
            path,
            "the text is a JSON string, not " + Cells.describe(t));
      }
      return unified(p.getText(), at, null, path);
    }

    /** Reads the value of a node of the tables: an object or a cell, as the version has it. */
    private void value(Layout.Node node) throws IOException {
      JsonToken t = p.currentToken();
      if (node.hasObject() && (t == JsonToken.START_OBJECT || !node.hasCell())) {
        if (t != JsonToken.START_OBJECT) {
          throw error(
              p.currentTokenLocation(),
              INVALID_VALUE,
              node.path,
              "expected an object, not " + Cells.describe(t));
        }
        if (!node.alwaysObject()) {
          requireShape(node, node.objectVersions(), Shape.OBJECT);
        }
        object(node);
        return;
      }
      if (!node.alwaysCell()) {
        requireShape(node, node.cellVersions(), Shape.CELL);
      }
      TableCell cell = Cells.read(p, node.cell());
      cells[node.cell().index()] = cell;
      if (t == JsonToken.VALUE_STRING) {
        // the cell read the text unified as well (Cells); here it is noted and compared with that
        JsonLocation at = p.currentTokenLocation();
        String printed = unified(p.getText(), at, node.cell(), node.path);
        normalised(at, node.cell(), printed, cell.printed(), node.path);
      }
    }

    private void object(Layout.Node node) throws IOException {
      // the keys read: the known ones by their position, unknown ones by name
      boolean[] seen = new boolean[node.children.size()];
      Set<String> seenUnknown = null;
      JsonToken t = p.nextToken();
      while (t == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        Layout.Node child = node.children.get(name);
        boolean duplicate;
        if (child != null) {
          duplicate = seen[child.index];
          seen[child.index] = true;
        } else {
          if (seenUnknown == null) {
            seenUnknown = new HashSet<>();
          }
          duplicate = !seenUnknown.add(name);
        }
        if (duplicate) {
          throw error(p.currentTokenLocation(), MALFORMED, node.path + "." + name, "duplicate key");
        }
        // the key's location only where an error or a diagnostic may need it (it is an object per
        // key): an unknown key, or a key of one format version only
        JsonLocation keyAt =
            child == null || !child.inEveryVersion() ? p.currentTokenLocation() : null;
        p.nextToken();
        if (child == null) {
          unknown(name, node.path + "." + name, keyAt);
        } else {
          if (!child.inEveryVersion()) {
            requireVersion(new Pending(child, keyAt, child.versions(), Shape.KEY));
          }
          value(child);
        }
        t = p.nextToken();
      }
      JsonLocation end = p.currentTokenLocation();
      if (version != null) {
        missing(node, seen, end);
      } else {
        pendingMissing.add(new PendingMissing(node, seen, end));
      }
    }

    /** Reports the children of an object that were not read, in the report's version. */
    private void missing(Layout.Node node, boolean[] seen, JsonLocation end) throws IOException {
      for (Layout.Node child : node.children(version)) {
        if (!seen[child.index]) {
          missing(child, end);
        }
      }
    }

    /**
     * Checks that the value at a node, an object or a cell, has the shape the report's version
     * gives the node, when the versions differ there ({@code activeDisclosure.licensing} is a cell
     * in 2021, an object in 2019).
     */
    private void requireShape(Layout.Node node, Set<FormatVersion> allowed, Shape shape)
        throws ReportInputException {
      if (!allowed.containsAll(node.versions())) {
        requireVersion(new Pending(node, p.currentTokenLocation(), allowed, shape));
      }
    }

    /**
     * Refuses what the report's version does not have, or, while the version is not known yet (its
     * {@code formatVersion} comes after the tables), keeps the check for the end.
     */
    private void requireVersion(Pending check) throws ReportInputException {
      if (version == null) {
        pending.add(check);
      } else if (!check.allowed().contains(version)) {
        throw mismatch(check);
      }
    }

    private ReportInputException mismatch(Pending check) {
      Layout.Node node = check.node();
      String declared = "formatVersion \"" + version.key() + "\"";
      String message;
      if (check.shape() == Shape.OBJECT && node.isCellIn(version)) {
        message =
            declared + " has a single cell here, not an object as in " + formats(check.allowed());
      } else if (check.shape() == Shape.CELL && node.objectVersions().contains(version)) {
        message =
            declared
                + " has an object of "
                + String.join(", ", node.children(version).stream().map(c -> c.key).toList())
                + " here, not a single cell as in "
                + formats(check.allowed());
      } else {
        message = "a key of " + formats(check.allowed()) + ", not of " + declared;
      }
      return error(check.at(), INVALID_VALUE, node.path, message);
    }

    private void unknown(String key, String path, JsonLocation at) throws IOException {
      if (sink == null) {
        ctxt.handleUnknownProperty(p, ReportDeserializer.this, AnnualReport.class, key);
        return;
      }
      sink.add(
          Diagnostic.of(
              Diagnostic.Reason.UNKNOWN_KEY,
              line(at),
              null,
              key,
              "Unknown key " + path + " is not part of the report; skipped"));
      skip(path);
    }

    /**
     * Skips the current value, refusing a duplicate key in any object inside it, as the rest of the
     * document (the reader of {@code JsonFormat} leaves duplicate detection to this deserializer
     * rather than to the parser).
     *
     * @param path the path of the value: object keys, without array indices
     */
    private void skip(String path) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          skip(path);
        }
      } else if (t == JsonToken.START_OBJECT) {
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          if (!seen.add(name)) {
            throw error(keyAt, MALFORMED, path + "." + name, "duplicate key");
          }
          p.nextToken();
          skip(path + "." + name);
        }
      }
    }

    private void missing(Layout.Node node, JsonLocation at) throws IOException {
      for (CellAddress a : node.cells(version)) {
        if (sink != null) {
          sink.add(
              Diagnostic.of(
                  Diagnostic.Reason.MISSING_CELL,
                  line(at),
                  a,
                  "",
                  "Cell " + a.path() + " is missing; read as blank"));
        } else if (failOnMissingCells) {
          throw error(at, INVALID_VALUE, a.path(), "the cell is missing (a blank is null)");
        }
      }
    }

    private Cell count(CellAddress a) {
      TableCell c = cells[a.index()];
      return c == null ? Cell.blank() : (Cell) c;
    }

    private AnnualReport build() {
      ActiveDisclosureTable t2 = ActiveDisclosureTable.fromCells(version, a -> cells[a.index()]);
      Applications t3 =
          Applications.fromRows(
              version, row -> ApplicantCounts.from(column -> count(CellAddress.of(row, column))));
      ReviewAndLitigation t4 =
          ReviewAndLitigation.from(
              group -> ReviewOutcomes.from(column -> count(CellAddress.of(group, column))));
      return AnnualReport.builder()
          .agency(agency)
          .year(year)
          .scope(scope)
          .overview(Overview.of(texts.getOrDefault(ReportSection.OVERVIEW, "")))
          .activeDisclosure(t2)
          .applications(t3)
          .reviewAndLitigation(t4)
          .problemsAndImprovements(texts.getOrDefault(ReportSection.PROBLEMS_AND_IMPROVEMENTS, ""))
          .otherMatters(texts.getOrDefault(ReportSection.OTHER_MATTERS, ""))
          .build();
    }

    private ReportInputException error(
        JsonLocation at, ReportParseException.ErrorType type, String path, String message) {
      return new ReportInputException(p, at, type, path, message);
    }
  }

  /** The most paths the note of radicals names. */
  private static final int MAX_PATHS_SHOWN = 5;

  /** What a version check is about: a key, or a value that is an object or a cell. */
  private enum Shape {
    KEY,
    OBJECT,
    CELL
  }

  /** A check of a key or a value that only the versions {@code allowed} have. */
  private record Pending(
      Layout.Node node, JsonLocation at, Set<FormatVersion> allowed, Shape shape) {}

  /** An object read before the version was known, with the children it had. */
  private record PendingMissing(Layout.Node node, boolean[] seen, JsonLocation end) {}

  /** Names the formats of some versions, e.g. {@code the 2019 format (国办公开办函〔2019〕60号)}. */
  private static String formats(Set<FormatVersion> versions) {
    return versions.stream()
        .map(v -> "the " + v.key() + " format (" + v.document() + ")")
        .reduce((a, b) -> a + " and " + b)
        .orElse("no format");
  }

  private static String versions() {
    return Arrays.stream(FormatVersion.values())
        .map(v -> "\"" + v.key() + "\"")
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  /** Whether the document ends, or is cut short, right after the parser's current token. */
  private static boolean endsAfter(JsonParser p) {
    try {
      return p.nextToken() == null;
    } catch (java.io.IOException e) {
      return true;
    }
  }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.validation.FindingDetails;
import io.github.nianbao.validation.RuleCode;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sink of one validator run: turns each finding into a constraint violation with a property
 * path of the keys of docs/format.md, named message parameters and {@link FindingDetails} as
 * dynamic payload; records where the rule was not assessable.
 */
final class Findings {
  private final RuleCode rule;
  private final ConstraintValidatorContext context;
  private final int year;
  private final int seriesIndex;

  /** Where {@link #overflows} records its sums in the mode of {@link #overflowsOnly}, else null. */
  private final List<Overflow> overflows;

  private boolean valid = true;

  /**
   * Creates the sink.
   *
   * @param seriesIndex the index of the report in a {@code ReportSeries}, or -1 for a report
   */
  Findings(RuleCode rule, ConstraintValidatorContext context, int year, int seriesIndex) {
    this.rule = rule;
    this.context = context;
    this.year = year;
    this.seriesIndex = seriesIndex;
    this.overflows = null;
  }

  private Findings(RuleCode rule, int year, List<Overflow> overflows) {
    this.rule = rule;
    this.context = null;
    this.year = year;
    this.seriesIndex = -1;
    this.overflows = overflows;
  }

  /**
   * A sink that keeps only the sums that overflow, in {@code into}, and drops every finding and
   * not-assessable note: how {@code COUNT.OVERFLOW} runs an identity rule.
   */
  static Findings overflowsOnly(RuleCode rule, int year, List<Overflow> into) {
    return new Findings(rule, year, into);
  }

  /**
   * A sum of an identity that passes the range of a long.
   *
   * @param rule the identity's rule
   * @param at the cell the identity checks
   * @param addends the cells of the sum that overflows, all numbers
   * @param addendCells their cells
   */
  record Overflow(
      RuleCode rule, CellAddress at, List<CellAddress> addends, List<Cell> addendCells) {}

  boolean valid() {
    return valid;
  }

  /** Starts the parameters of a finding at a cell: its path, its label and the year. */
  static Map<String, Object> parameters(CellAddress cell) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("cell", cell.path());
    p.put("cellLabel", cell.label());
    return p;
  }

  /**
   * Starts a finding at a cell: its location is the cell's path, and its message parameters start
   * with the cell's path and label ({@code cell}, {@code cellLabel}).
   *
   * @param cell the cell the finding names
   * @return the finding to complete and {@linkplain Finding#add() add}
   */
  Finding at(CellAddress cell) {
    return new Finding(cell.path(), cell, parameters(cell));
  }

  /**
   * Starts a finding at a place that is no cell, such as a section ({@code otherMatters}).
   *
   * @param location the place's path
   * @return the finding to complete and add
   */
  Finding atPlace(String location) {
    return new Finding(location, null, new LinkedHashMap<>());
  }

  /**
   * A finding being built: what the rule names besides its place, then {@link #add()}. Unset, the
   * contributing cells are none, the reported and computed values absent, and the message the
   * rule's own (a {@linkplain #variant variant} picks another of its keys).
   */
  final class Finding {
    private final String location;
    private final CellAddress cell;
    private final Map<String, Object> parameters;
    private List<CellAddress> contributing = List.of();
    private String reported;
    private String computed;
    private String variant = "";

    private Finding(String location, CellAddress cell, Map<String, Object> parameters) {
      this.location = location;
      this.cell = cell;
      this.parameters = parameters;
    }

    /** The cells the rule computed from. */
    Finding contributing(List<CellAddress> cells) {
      this.contributing = cells;
      return this;
    }

    /** The value as printed. */
    Finding reported(String value) {
      this.reported = value;
      return this;
    }

    /** The value the rule derived. */
    Finding computed(String value) {
      this.computed = value;
      return this;
    }

    /** The suffix of the rule's message key for a variant of its message, e.g. {@code .mark}. */
    Finding variant(String suffix) {
      this.variant = suffix;
      return this;
    }

    /** A message parameter. */
    Finding param(String name, Object value) {
      parameters.put(name, value);
      return this;
    }

    /** Message parameters, added to those there are. */
    Finding params(Map<String, Object> more) {
      parameters.putAll(more);
      return this;
    }

    /** Adds the finding. */
    void add() {
      Findings.this.add(location, cell, contributing, reported, computed, variant, parameters);
    }
  }

  private void add(
      String location,
      CellAddress cell,
      List<CellAddress> contributing,
      String reported,
      String computed,
      String templateSuffix,
      Map<String, Object> parameters) {
    valid = false;
    if (context == null) {
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>(parameters);
    params.putIfAbsent("cell", location);
    params.put("year", year);
    if (reported != null) {
      params.putIfAbsent("reported", reported);
    }
    if (computed != null) {
      params.putIfAbsent("computed", computed);
    }
    FindingDetails details =
        new FindingDetails(
            rule.code(),
            year,
            location,
            Optional.ofNullable(cell),
            contributing,
            Optional.ofNullable(reported),
            Optional.ofNullable(computed),
            params);
    Violations.add(context, details, "{" + rule.messageKey() + templateSuffix + "}", seriesIndex);
  }

  /**
   * Notes that the rule could not run at a place, and why. With a validator's context, the note is
   * a violation whose {@link FindingDetails} hold the reason (message key {@code
   * io.github.nianbao.NOT_ASSESSABLE}): {@code ReportValidator} turns it back into a {@link
   * NotAssessable}, and a plain Bean Validation call sees it rather than nothing.
   */
  void notAssessable(String location, String reason) {
    if (context == null) {
      return;
    }
    valid = false;
    Violations.notAssessable(context, rule.code(), year, location, reason, seriesIndex);
  }

  /**
   * Notes that a sum of the identity checked at {@code at} passes the range of a long: the rule
   * cannot assess it (a not-assessable note); {@code COUNT.OVERFLOW} reports it.
   *
   * @param addresses the cells of the sum that overflows
   * @param cells their cells: the numbers among them are the addends
   */
  void overflow(CellAddress at, List<CellAddress> addresses, List<Cell> cells) {
    if (overflows != null) {
      List<CellAddress> addends = new ArrayList<>(cells.size());
      List<Cell> numbers = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).isNumber()) {
          addends.add(addresses.get(i));
          numbers.add(cells.get(i));
        }
      }
      overflows.add(new Overflow(rule, at, List.copyOf(addends), List.copyOf(numbers)));
    } else {
      notAssessable(at.path(), "the sum overflows");
    }
  }

  /** The most characters of report text a message quotes. */
  static final int MAX_QUOTE = 200;

  /**
   * Report text as a message quotes it: whole up to {@link #MAX_QUOTE} code points, else its first
   * ones and “…”, so that a message stays a message (and a spreadsheet cell a cell) however long a
   * run of text a rule matched.
   */
  static String quote(String text) {
    if (text.length() <= MAX_QUOTE) {
      return text;
    }
    int end =
        text.offsetByCodePoints(0, Math.min(MAX_QUOTE, text.codePointCount(0, text.length())));
    return end >= text.length() ? text : text.substring(0, end) + "…";
  }

  /** Says why a cell is not a number, for a not-assessable note. */
  static String why(CellAddress address, Cell cell) {
    return address.path() + (cell.isBlank() ? " is blank" : " holds the mark " + cell.printed());
  }
}

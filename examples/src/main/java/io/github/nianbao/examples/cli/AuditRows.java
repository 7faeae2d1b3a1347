package io.github.nianbao.examples.cli;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.NotAssessable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of the auditors' tables ({@code validate --to csv} and the sheets of {@code --to xlsx}):
 * one finding, one check that could not run, one reader note a row, each with the file, agency and
 * year of its report. A file that could not be read is a row of the findings with its error. The
 * year and a note's line are {@link Integer}s, so that a spreadsheet holds them as numbers; every
 * other value is a {@link String}, empty where there is none.
 */
final class AuditRows {
  private AuditRows() {}

  /** The severity column of a file that could not be read. */
  static final String UNREADABLE = "UNREADABLE";

  /** The columns of a finding. */
  static final List<String> FINDINGS =
      List.of(
          "file",
          "agency",
          "year",
          "code",
          "severity",
          "cell",
          "label",
          "reported",
          "computed",
          "fingerprint",
          "message_zh",
          "message_en");

  /** The columns of a check that could not run. */
  static final List<String> NOT_ASSESSABLE =
      List.of("file", "agency", "year", "code", "cell", "label", "reason");

  /** The columns of a reader note. */
  static final List<String> NOTES =
      List.of(
          "file",
          "agency",
          "year",
          "kind",
          "reason",
          "reason_zh",
          "line",
          "cell",
          "label",
          "text",
          "message");

  /** The row of a finding. */
  static List<Object> finding(ValidateCommand.Outcome o, Finding f) {
    return row(
        o,
        f.code(),
        f.severity().name(),
        f.location(),
        f.cell().map(CellAddress::label).orElse(""),
        f.reported().orElse(""),
        f.computed().orElse(""),
        f.fingerprint(),
        f.messageZh(),
        f.messageEn());
  }

  /**
   * The row of a file that could not be read, among the findings: its severity {@value
   * #UNREADABLE}, its error as the message.
   */
  static List<Object> unreadable(ValidateCommand.Outcome o) {
    List<Object> row = new ArrayList<>(Arrays.asList(new Object[FINDINGS.size()]));
    row.replaceAll(x -> "");
    row.set(0, o.path().toString());
    row.set(2, null);
    row.set(4, UNREADABLE);
    row.set(10, "无法读取：" + o.error());
    row.set(11, "could not be read: " + o.error());
    return row;
  }

  /** The row of a check that could not run. */
  static List<Object> notAssessable(ValidateCommand.Outcome o, NotAssessable n) {
    return row(o, n.code(), n.location(), label(n.location()), n.reason());
  }

  /** The row of a reader note. */
  static List<Object> note(ValidateCommand.Outcome o, Diagnostic d) {
    return row(
        o,
        d.kind().name(),
        d.reason().name(),
        d.reason().zh(),
        d.line() > 0 ? d.line() : null,
        d.cell().map(CellAddress::path).orElse(""),
        d.cell().map(CellAddress::label).orElse(""),
        d.text(),
        d.message());
  }

  /** The official label of a location that is a cell, else empty. */
  private static String label(String location) {
    return CellAddress.parse(location).map(CellAddress::label).orElse("");
  }

  private static List<Object> row(ValidateCommand.Outcome o, Object... rest) {
    List<Object> row = new ArrayList<>(3 + rest.length);
    row.add(o.path().toString());
    row.add(o.agency());
    row.add(o.year());
    row.addAll(Arrays.asList(rest));
    return row;
  }
}

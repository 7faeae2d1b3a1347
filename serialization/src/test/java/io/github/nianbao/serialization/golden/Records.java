package io.github.nianbao.serialization.golden;

import static java.util.stream.Collectors.joining;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The record of what a reader does with one input: the error, or the report (as the {@code json}
 * format writes it) and every diagnostic on a line of its own. Text only, {@code \n} line ends.
 */
final class Records {
  private Records() {}

  /** One column of a diagnostic's line: its name (in the column header) and how to get it. */
  private record Field(String name, Function<Diagnostic, Object> value) {}

  /** The columns of a diagnostic's line; a field added to {@link Diagnostic} is one line here. */
  private static final List<Field> DIAGNOSTIC_FIELDS =
      List.of(
          new Field("kind", Diagnostic::kind),
          new Field("reason", Diagnostic::reason),
          new Field("line", Diagnostic::line),
          new Field("cell", d -> d.cell().map(CellAddress::path).orElse("-")),
          new Field("text", Diagnostic::text),
          new Field("message", Diagnostic::message));

  private static final ReportFormat JSON = ReportFormats.byName("json").orElseThrow();

  /** What a read came to: a result, a {@link ReportParseException}, or another exception. */
  record Outcome(ReadResult result, ReportParseException error, RuntimeException crash) {}

  /** Reads a text with a format, catching what a reader may throw. */
  static Outcome read(ReportFormat format, String text) {
    try {
      return new Outcome(format.read(text), null, null);
    } catch (ReportParseException e) {
      return new Outcome(null, e, null);
    } catch (RuntimeException e) {
      return new Outcome(null, null, e);
    }
  }

  /** Returns the full record of an outcome. */
  static String record(Outcome o) {
    StringBuilder s = new StringBuilder();
    if (o.crash() != null) {
      // a reader let an exception other than ReportParseException escape: a bug, recorded as is
      s.append("outcome: crash\n");
      s.append("exception: ").append(o.crash().getClass().getName()).append('\n');
    } else if (o.error() != null) {
      ReportParseException e = o.error();
      s.append("outcome: error\n");
      s.append("errorType: ").append(e.errorType()).append('\n');
      s.append("line: ").append(e.line()).append('\n');
      s.append("column: ").append(e.column()).append('\n');
      s.append("location: ").append(e.location().isEmpty() ? "-" : e.location()).append('\n');
      String cause = safetyNetCause(e);
      if (cause != null) {
        s.append("cause: ").append(cause).append('\n');
      }
    } else {
      ReadResult r = o.result();
      s.append("outcome: report\n");
      s.append("numberCells: ").append(numberCells(r.report())).append('\n');
      s.append("diagnostics: ").append(r.diagnostics().size()).append('\n');
      s.append("# ").append(DIAGNOSTIC_FIELDS.stream().map(Field::name).collect(joining("\t")));
      s.append('\n');
      for (Diagnostic d : r.diagnostics()) {
        s.append(
            DIAGNOSTIC_FIELDS.stream()
                .map(f -> escape(String.valueOf(f.value().apply(d))))
                .collect(joining("\t")));
        s.append('\n');
      }
      s.append("json:\n");
      String json = JSON.write(r.report());
      s.append(json);
      if (!json.endsWith("\n")) {
        s.append('\n');
      }
    }
    return s.toString();
  }

  /** Returns a one-line summary: the error type and line, or the counts of the diagnostics. */
  static String summary(Outcome o) {
    if (o.crash() != null) {
      return "crash " + o.crash().getClass().getSimpleName();
    }
    if (o.error() != null) {
      String cause = safetyNetCause(o.error());
      return "error "
          + o.error().errorType()
          + "@"
          + o.error().line()
          + (cause == null ? "" : " cause=" + cause.substring(cause.lastIndexOf('.') + 1));
    }
    StringBuilder s = new StringBuilder("report numbers=").append(numberCells(o.result().report()));
    for (Diagnostic.Kind kind : Diagnostic.Kind.values()) {
      int n = o.result().diagnostics(kind).size();
      if (n > 0) {
        s.append(' ').append(kind).append('=').append(n);
      }
    }
    return s.toString();
  }

  /** The class of a RuntimeException that a format's safety net turned into the error. */
  private static String safetyNetCause(ReportParseException e) {
    return e.getCause() instanceof RuntimeException c ? c.getClass().getName() : null;
  }

  static int numberCells(AnnualReport report) {
    int n = 0;
    for (CellAddress a : CellAddress.all(report.formatVersion())) {
      if (report.cell(a).isNumber()) {
        n++;
      }
    }
    return n;
  }

  /** Escapes backslash, tab, line breaks and other control characters, so a field is one cell. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> s.append("\\\\");
        case '\t' -> s.append("\\t");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  /** Returns the SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

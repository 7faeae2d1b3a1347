package io.github.nianbao.examples.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes comma-separated values as RFC 4180 has them: fields separated by commas, records ended by
 * CRLF, a field quoted when it holds a comma, a quote, a line break or a leading or trailing space,
 * its quotes doubled. The document starts with a UTF-8 byte order mark, so that Excel opens the
 * Chinese right; DuckDB and pandas ({@code encoding="utf-8-sig"}) skip it.
 */
final class Csv {
  private Csv() {}

  /** The byte order mark, written first: Excel reads the file as UTF-8 only with it. */
  static final char BOM = '\uFEFF';

  /**
   * Where a CSV goes: the file of {@code -o} (UTF-8), else standard output, as UTF-8 where the
   * process gives it so ({@link Env#utf8Stdout()}), whatever the platform's encoding. The caller
   * closes what is returned: a file is closed, standard output flushed.
   *
   * @throws java.io.IOException if the file cannot be opened
   */
  static Output open(picocli.CommandLine.Model.CommandSpec spec, java.nio.file.Path output)
      throws java.io.IOException {
    if (output != null) {
      return Output.file(output);
    }
    java.io.Writer utf8 = Nianbao.env(spec).utf8Stdout();
    // what went to the command line's own writer before (nothing, so far) is out first
    spec.commandLine().getOut().flush();
    return Output.standardOutput(utf8 != null ? utf8 : spec.commandLine().getOut());
  }

  /** Writes one record: each value as {@link String#valueOf(Object)}, {@code null} empty. */
  static void row(PrintWriter out, List<?> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Object v = values.get(i);
      field(b, v == null ? "" : String.valueOf(v));
    }
    b.append("\r\n");
    out.write(b.toString());
  }

  /** Appends one field, quoted when it must be. */
  static void field(StringBuilder b, String value) {
    boolean quote =
        !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      b.append(value);
      return;
    }
    b.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    b.append('"');
  }
}

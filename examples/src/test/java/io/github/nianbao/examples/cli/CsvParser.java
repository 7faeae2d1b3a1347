package io.github.nianbao.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the tests: records end with CRLF (a bare LF or CR inside a quoted
 * field is content), a quoted field's doubled quote is one quote. A quote inside an unquoted field,
 * or text after a closing quote, is refused: the writer must never produce them.
 */
final class CsvParser {
  private CsvParser() {}

  /** The records of a document without its byte order mark. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = text.length();
    boolean fieldStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (fieldStart && c == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException("a quoted field is not closed");
          }
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < n && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after a closing quote at " + i);
        }
        fieldStart = false;
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= n || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("a CR without LF outside quotes at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        fieldStart = true;
        i += 2;
      } else if (c == '\n' || c == '"') {
        throw new IllegalArgumentException("a bare " + (c == '"' ? "quote" : "LF") + " at " + i);
      } else {
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (!fieldStart || !record.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("the last record does not end with CRLF");
    }
    return records;
  }

  /** The records of a document that must start with a UTF-8 byte order mark. */
  static List<List<String>> parseWithBom(String text) {
    if (!text.startsWith("\uFEFF")) {
      throw new IllegalArgumentException("no byte order mark");
    }
    return parse(text.substring(1));
  }
}

package io.github.nianbao.html.internal;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a report's HTML held in a JavaScript string, as some sites deliver it ({@code let content =
 * "<p>…<table border=\"1\">…"}): in a file that is script rather than a page, or in a page's {@code
 * <script>} when its body has no table. The longest string literal ({@code "…"}, {@code '…'} or
 * {@code `…`}) that holds {@code <table} is taken, its escapes undone.
 */
public final class EmbeddedHtml {
  private EmbeddedHtml() {}

  /**
   * Returns the HTML a page or script holds in a string, if it should be read instead.
   *
   * @param text the input as decoded
   * @param doc the input parsed as a page
   * @return the HTML in the longest string literal with a table, if the input is no page with a
   *     table of its own
   */
  public static Optional<String> find(String text, Document doc) {
    if (!isMarkup(text)) {
      return longestWithTable(text);
    }
    if (HtmlReader.contains(doc.body(), "table")) {
      return Optional.empty();
    }
    String best = null;
    for (Element script : doc.getElementsByTag("script")) {
      Optional<String> s = longestWithTable(script.data());
      if (s.isPresent() && (best == null || s.get().length() > best.length())) {
        best = s.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether a text is markup: its first character other than white space (and a byte order mark) is
   * '<'. Of markup whose body holds a table, {@link #find} finds nothing.
   *
   * @param text the text
   * @return whether it starts with markup
   */
  public static boolean isMarkup(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '<';
  }

  /** The longest string literal of script text that holds a table, unescaped. */
  static Optional<String> longestWithTable(String js) {
    String best = null;
    int i = 0;
    int n = js.length();
    while (i < n) {
      char c = js.charAt(i);
      if (c == '/' && i + 1 < n && js.charAt(i + 1) == '/') {
        int end = js.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
        continue;
      }
      if (c == '/' && i + 1 < n && js.charAt(i + 1) == '*') {
        int end = js.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        continue;
      }
      if (c != '"' && c != '\'' && c != '`') {
        i++;
        continue;
      }
      StringBuilder s = new StringBuilder();
      int j = i + 1;
      for (; j < n && js.charAt(j) != c; j++) {
        char d = js.charAt(j);
        if (d == '\n' && c != '`') {
          break; // an unterminated literal: not a string
        }
        if (d == '\\' && j + 1 < n) {
          j = unescape(js, j + 1, s);
        } else {
          s.append(d);
        }
      }
      if (j < n
          && js.charAt(j) == c
          && s.toString().toLowerCase(Locale.ROOT).contains("<table")
          && (best == null || s.length() > best.length())) {
        best = s.toString();
      }
      i = j + 1;
    }
    return Optional.ofNullable(best);
  }

  /** Appends the escape at {@code k} (after its backslash); returns the index of its last char. */
  private static int unescape(String js, int k, StringBuilder s) {
    char e = js.charAt(k);
    switch (e) {
      case 'n' -> s.append('\n');
      case 't' -> s.append('\t');
      case 'r' -> s.append('\r');
      case 'b' -> s.append('\b');
      case 'f' -> s.append('\f');
      case '\n' -> {} // a line continuation
      case 'u' -> {
        if (k + 4 < js.length() && isHex(js, k + 1, 4)) {
          s.append((char) Integer.parseInt(js.substring(k + 1, k + 5), 16));
          return k + 4;
        }
        s.append(e);
      }
      case 'x' -> {
        if (k + 2 < js.length() && isHex(js, k + 1, 2)) {
          s.append((char) Integer.parseInt(js.substring(k + 1, k + 3), 16));
          return k + 2;
        }
        s.append(e);
      }
      default -> s.append(e);
    }
    return k;
  }

  private static boolean isHex(String s, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}

package io.github.nianbao.html.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutations of a web page, as a CMS, an editor or a careless copy might make them: tags and whole
 * elements deleted, duplicated or swapped, end tags dropped, stray tags inserted, entities with and
 * without {@code ;}, control characters, spans split and garbled, digits replaced, a BOM, the page
 * cut short. Each step is named, so that a failure says what made its input.
 */
final class HtmlMutator {

  /** A mutated page and the steps that made it. */
  record Input(String page, List<String> steps) {}

  private static final String[] TAGS = {
    "<td>",
    "</td>",
    "<tr>",
    "</tr>",
    "<table>",
    "</table>",
    "<br>",
    "<br/>",
    "<p>",
    "</p>",
    "<pre>",
    "</pre>",
    "<caption>",
    "</caption>",
    "<!-- -->",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<script>",
    "</script>",
    "<template>",
    "</template>",
    "<textarea>",
    "</textarea>",
    "<th>",
    "<tbody>",
    "<thead>",
    "<span>",
    "</span>",
    "<div>",
    "</div>",
    "<h1>",
    "<h2>",
    "</h2>",
    "<li>",
    "<title>",
    "<style>",
    "<nav>",
    "<o:p></o:p>",
    "<td colspan=\"2\">",
    "<td rowspan=\"3\">",
    "<table><tr><td>",
    "</td></tr></table>",
    "<p style=\"white-space:pre\">",
    "<font face=\"宋体\">",
    "</font>",
    "<a href=\"x\">",
    "</a>",
    "<",
    ">",
    "</",
    "<!",
    "<?xml ?>",
    "<noscript>",
    "<iframe>",
    "<select>",
    "<option>",
    "<plaintext>",
    "<xmp>",
    "<td\n>",
    "<p\nclass=a>",
    "<table\n border=1>"
  };

  private static final String[] ENTITIES = {
    "&nbsp",
    "&nbsp;",
    "&#10",
    "&#10;",
    "&#x41",
    "&#x41;",
    "&amp;",
    "&amp",
    "&lt",
    "&lt;",
    "&gt",
    "&#12288;",
    "&#0;",
    "&#xD800;",
    "&#x110000;",
    "&",
    "&#",
    "&#x",
    "&ensp;",
    "&emsp",
    "&quot",
    "&#13;",
    "&#9;",
    "&#1;",
    "&notanentity;",
    "&#65533;"
  };

  private static final String[] CHARS = {
    "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\r", "\r\n", "\n", "\t", "\uFFFF", "\uFFFE",
    "\u3000", "\u2F00", "\u2F08", "\u2F2F", "\u2FD5", "\u00A0", "\u200B", "\uFEFF", "\uD800",
    "\u0085", "\u2028", "１", "〇", "—", "（", "）", "：", "　"
  };

  private static final String[] SPANS = {
    "0", "1000", "-1", "2x", "", "1", "3", "99999999999", " 2"
  };

  private final Random random;
  private final List<String> seeds;

  HtmlMutator(Random random, List<String> seeds) {
    this.random = random;
    this.seeds = seeds;
  }

  /** A seed with one to eight mutations (more rarely up to 32). */
  Input next() {
    int s = random.nextInt(seeds.size());
    String page = seeds.get(s);
    List<String> steps = new ArrayList<>();
    steps.add("seed " + s);
    int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 32 : 8);
    for (int i = 0; i < n && !page.isEmpty(); i++) {
      StringBuilder step = new StringBuilder();
      page = mutate(page, step);
      steps.add(step.toString());
    }
    return new Input(page, steps);
  }

  private String mutate(String p, StringBuilder step) {
    switch (random.nextInt(16)) {
      case 0 -> {
        int[] t = tag(p, false);
        if (t == null) {
          return p;
        }
        step.append("delete tag at ").append(t[0]);
        return p.substring(0, t[0]) + p.substring(t[1]);
      }
      case 1 -> {
        int[] t = tag(p, false);
        if (t == null) {
          return p;
        }
        step.append("duplicate tag at ").append(t[0]);
        return p.substring(0, t[1]) + p.substring(t[0], t[1]) + p.substring(t[1]);
      }
      case 2 -> {
        int[] a = tag(p, false);
        int[] b = tag(p, false);
        if (a == null || b == null || a[1] > b[0] && b[1] > a[0]) {
          return p;
        }
        if (a[0] > b[0]) {
          int[] x = a;
          a = b;
          b = x;
        }
        step.append("swap tags at ").append(a[0]).append(" and ").append(b[0]);
        return p.substring(0, a[0])
            + p.substring(b[0], b[1])
            + p.substring(a[1], b[0])
            + p.substring(a[0], a[1])
            + p.substring(b[1]);
      }
      case 3 -> {
        int[] t = tag(p, true);
        if (t == null) {
          return p;
        }
        step.append("drop end tag at ").append(t[0]);
        return p.substring(0, t[0]) + p.substring(t[1]);
      }
      case 4, 5 -> {
        int[] e = element(p);
        if (e == null) {
          return p;
        }
        if (random.nextBoolean()) {
          step.append("delete element at ").append(e[0]);
          return p.substring(0, e[0]) + p.substring(e[1]);
        }
        step.append("duplicate element at ").append(e[0]);
        return p.substring(0, e[1]) + p.substring(e[0], e[1]) + p.substring(e[1]);
      }
      case 6, 7 -> {
        String t = TAGS[random.nextInt(TAGS.length)];
        int at = position(p);
        step.append("insert ").append(escape(t)).append(" at ").append(at);
        return p.substring(0, at) + t + p.substring(at);
      }
      case 8 -> {
        String t = ENTITIES[random.nextInt(ENTITIES.length)];
        int at = textPosition(p);
        step.append("insert ").append(t).append(" at ").append(at);
        return p.substring(0, at) + t + p.substring(at);
      }
      case 9 -> {
        String c = CHARS[random.nextInt(CHARS.length)];
        int at = random.nextBoolean() ? textPosition(p) : random.nextInt(p.length() + 1);
        step.append("insert ").append(escape(c)).append(" at ").append(at);
        return p.substring(0, at) + c + p.substring(at);
      }
      case 10 -> {
        int at = digit(p);
        if (at < 0) {
          return p;
        }
        String d =
            switch (random.nextInt(5)) {
              case 0 -> "";
              case 1 -> "１";
              case 2 -> "99999999999";
              case 3 -> "-";
              default -> String.valueOf(random.nextInt(10));
            };
        step.append("replace digit at ").append(at).append(" by ").append(d);
        return p.substring(0, at) + d + p.substring(at + 1);
      }
      case 11 -> {
        // split a cell's or paragraph's text with spans
        int at = textPosition(p);
        String split =
            switch (random.nextInt(4)) {
              case 0 -> "</span><span>";
              case 1 -> "<span></span>";
              case 2 -> "<span style=\"font-family:宋体\">";
              default -> "<o:p></o:p>";
            };
        step.append("split text at ").append(at).append(" with ").append(split);
        return p.substring(0, at) + split + p.substring(at);
      }
      case 12 -> {
        return span(p, step);
      }
      case 13 -> {
        step.append("BOM");
        return "\uFEFF" + p;
      }
      case 14 -> {
        int at = random.nextInt(p.length() + 1);
        step.append("truncate at ").append(at);
        return p.substring(0, at);
      }
      default -> {
        // a line break where the scan counts lines: inside a tag, between tags, in text
        int at = random.nextInt(3) == 0 ? random.nextInt(p.length() + 1) : position(p);
        String nl = random.nextInt(4) == 0 ? "\r" : random.nextBoolean() ? "\n" : "\r\n";
        step.append("line break ").append(escape(nl)).append(" at ").append(at);
        return p.substring(0, at) + nl + p.substring(at);
      }
    }
  }

  /** Changes, adds or garbles a rowspan or colspan. */
  private String span(String p, StringBuilder step) {
    String attr = random.nextBoolean() ? "rowspan" : "colspan";
    String value = SPANS[random.nextInt(SPANS.length)];
    int from = random.nextInt(p.length() + 1);
    int at = p.indexOf(attr + "=", from);
    if (at < 0) {
      at = p.indexOf(attr + "=");
    }
    if (at >= 0 && random.nextBoolean()) {
      int v = at + attr.length() + 1;
      int end = v;
      if (end < p.length() && p.charAt(end) == '"') {
        end = p.indexOf('"', end + 1);
        if (end < 0) {
          return p;
        }
        end++;
      } else {
        while (end < p.length() && Character.isLetterOrDigit(p.charAt(end))) {
          end++;
        }
      }
      step.append(attr).append(" at ").append(at).append(" = ").append(value);
      return p.substring(0, v) + "\"" + value + "\"" + p.substring(end);
    }
    int td = p.indexOf("<td", from);
    if (td < 0) {
      td = p.indexOf("<td");
    }
    if (td < 0) {
      return p;
    }
    step.append("add ").append(attr).append("=").append(value).append(" at ").append(td);
    return p.substring(0, td + 3) + " " + attr + "=\"" + value + "\"" + p.substring(td + 3);
  }

  /** A tag's start and end (exclusive), or an end tag's when {@code end}; null if none. */
  private int[] tag(String p, boolean end) {
    for (int tries = 0; tries < 20; tries++) {
      int lt = p.indexOf(end ? "</" : "<", random.nextInt(p.length() + 1));
      if (lt < 0) {
        continue;
      }
      int gt = p.indexOf('>', lt);
      if (gt < 0) {
        return null;
      }
      return new int[] {lt, gt + 1};
    }
    return null;
  }

  /** An element from its start tag to its (next, same named) end tag; null if none found. */
  private int[] element(String p) {
    for (int tries = 0; tries < 20; tries++) {
      int lt = p.indexOf('<', random.nextInt(p.length() + 1));
      if (lt < 0 || lt + 1 >= p.length() || !Character.isLetter(p.charAt(lt + 1))) {
        continue;
      }
      int e = lt + 1;
      while (e < p.length() && (Character.isLetterOrDigit(p.charAt(e)) || p.charAt(e) == ':')) {
        e++;
      }
      String close = "</" + p.substring(lt + 1, e) + ">";
      int c = p.indexOf(close, e);
      if (c < 0 || c - lt > 20_000) {
        continue;
      }
      return new int[] {lt, c + close.length()};
    }
    return null;
  }

  /** A position, half the time just before a tag or just after one. */
  private int position(String p) {
    int at = random.nextInt(p.length() + 1);
    if (random.nextBoolean()) {
      int lt = p.indexOf('<', at);
      if (lt >= 0) {
        return random.nextBoolean() ? lt : Math.min(p.length(), p.indexOf('>', lt) + 1);
      }
    }
    return at;
  }

  /** A position in text (outside tags) if one is found near a random place, preferring CJK text. */
  private int textPosition(String p) {
    for (int tries = 0; tries < 40; tries++) {
      int at = random.nextInt(p.length() + 1);
      if (at < p.length() && p.charAt(at) >= 0x3000 && insideText(p, at)) {
        return at;
      }
    }
    return random.nextInt(p.length() + 1);
  }

  private static boolean insideText(String p, int at) {
    int lt = p.lastIndexOf('<', at);
    int gt = p.lastIndexOf('>', at);
    return gt >= lt;
  }

  /** A digit's index, preferring one in text; -1 if none is found. */
  private int digit(String p) {
    for (int tries = 0; tries < 200; tries++) {
      int at = random.nextInt(p.length());
      if (Character.isDigit(p.charAt(at)) && (tries > 100 || insideText(p, at))) {
        return at;
      }
    }
    return -1;
  }

  /** The string with control characters and the like escaped, for messages. */
  static String escape(String s) {
    return escape(s, false);
  }

  /** The same, line breaks kept after their escape when {@code lines}. */
  static String escape(String s, boolean lines) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append(lines ? "\\n\n" : "\\n");
      } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c >= 0xD800 && c < 0xE000 || c >= 0xFFF0) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}

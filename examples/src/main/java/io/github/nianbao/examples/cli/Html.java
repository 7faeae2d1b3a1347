package io.github.nianbao.examples.cli;

import java.util.List;

/** Escaping and inline SVG bar charts for the page of {@code validate --html}. */
final class Html {
  private Html() {}

  /** One bar: its label, and its segments (errors, warnings, …) drawn end to end. */
  record Bar(String label, String link, long[] segments) {
    long total() {
      long t = 0;
      for (long s : segments) {
        t += s;
      }
      return t;
    }
  }

  /**
   * Escapes text for an element's content or a quoted attribute: {@code & < > " '}. A control
   * character other than a tab or a line break (not allowed in HTML) becomes U+FFFD.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isISOControl(c) && c != '\n' && c != '\t') {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static final int LABEL_WIDTH = 340;
  private static final int BAR_WIDTH = 400;
  private static final int ROW = 22;

  /**
   * A horizontal bar chart as inline SVG: a row a bar, its label on the left (a link when the bar
   * has one), its segments in the classes {@code seg0}, {@code seg1}, … and its total on the right.
   *
   * @param id the chart's id
   * @param title the chart's accessible title
   */
  static void barChart(StringBuilder b, String id, String title, List<Bar> bars) {
    long max = 1;
    for (Bar bar : bars) {
      max = Math.max(max, bar.total());
    }
    int height = Math.max(1, bars.size()) * ROW + 4;
    int width = LABEL_WIDTH + BAR_WIDTH + 60;
    b.append("<svg class=\"chart\" id=\"")
        .append(esc(id))
        .append("\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\"><title>")
        .append(esc(title))
        .append("</title>\n");
    int y = 2;
    for (Bar bar : bars) {
      String label = bar.label();
      if (label.codePointCount(0, label.length()) > 26) {
        label = label.substring(0, label.offsetByCodePoints(0, 25)) + "…";
      }
      String text =
          "<text x=\""
              + (LABEL_WIDTH - 6)
              + "\" y=\""
              + (y + 15)
              + "\" text-anchor=\"end\">"
              + esc(label)
              + "<title>"
              + esc(bar.label())
              + "</title></text>";
      if (bar.link() != null) {
        b.append("<a href=\"").append(esc(bar.link())).append("\">").append(text).append("</a>");
      } else {
        b.append(text);
      }
      double x = LABEL_WIDTH;
      for (int s = 0; s < bar.segments().length; s++) {
        double w = (double) bar.segments()[s] * BAR_WIDTH / max;
        if (w > 0) {
          b.append(
                  String.format(
                      java.util.Locale.ROOT, "<rect class=\"bar seg%d\" x=\"%.1f\"", s, x))
              .append(String.format(java.util.Locale.ROOT, " y=\"%d\" width=\"%.1f\"", y + 3, w))
              .append(" height=\"")
              .append(ROW - 6)
              .append("\"><title>")
              .append(bar.segments()[s])
              .append("</title></rect>");
        }
        x += w;
      }
      b.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">", x + 4, y + 15))
          .append(bar.total())
          .append("</text>\n");
      y += ROW;
    }
    b.append("</svg>\n");
  }
}

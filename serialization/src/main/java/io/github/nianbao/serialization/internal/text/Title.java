package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.TableHeading;
import java.util.List;

/**
 * The title line of a report, {@code 〔agency〕〔year〕年(度)政府信息公开工作年度报告} or {@code
 * 〔year〕年(度)〔agency〕政府信息公开工作年度报告}, and the year stated elsewhere in the text when the title is
 * missing. Scanning code, no regular expression: time linear in the line.
 *
 * <p>White space anywhere in a title is ignored ({@code 2024 年}); Markdown marks and bullets around
 * it are dropped ({@code # …}, {@code **…**}); the year may be printed in ASCII, full-width or
 * Chinese numerals ({@code 二〇二三年}); {@code 政府信息公开年度报告} without 工作 is accepted as a variant.
 *
 * @param agency the agency as printed, possibly empty
 * @param year the year, 0 when the title prints none
 * @param variant whether the title differs from the official form other than by white space
 */
record Title(String agency, int year, boolean variant) {

  /** The official title after agency and year: 政府信息公开工作年度报告. */
  static final String LABEL = TableHeading.REPORT_TITLE.label();

  /**
   * The endings of a title other than the official one, as agencies print them: without 工作, without
   * 年度, without 政府.
   */
  private static final List<String> VARIANTS =
      List.of(
          LABEL.replace("工作", ""),
          LABEL.replace("年度", ""),
          LABEL.replace("政府", ""),
          LABEL.replace("政府", "").replace("工作", ""));

  /** The longest line, in characters, that is taken for a title. */
  static final int MAX_LENGTH = 200;

  /** The longest title written by the SDK, escaped, that is read back (an agency's length). */
  static final int MAX_LITERAL_LENGTH = 100_000;

  /**
   * Parses a title line.
   *
   * @param line the line, or the two lines of a title printed over two, joined
   * @return the title, or null if the line is none
   */
  static Title parse(String line) {
    int lead = 0;
    while (lead < line.length() && Tokens.isSpace(line.charAt(lead))) {
      lead++;
    }
    // the writer's escaped title is read literally, whatever the agency's length
    int max =
        lead < line.length() && line.charAt(lead) == Layout.ESCAPE
            ? MAX_LITERAL_LENGTH
            : MAX_LENGTH;
    if (line.length() > 2 * max) {
      return null;
    }
    // every form of the title ends with 告 (报告), before marks and white space: most lines do not
    int last = line.length() - 1;
    while (last >= 0
        && (Tokens.isSpace(line.charAt(last)) || Layout.isTrailingJunk(line.charAt(last)))) {
      last--;
    }
    if (last < 0 || line.charAt(last) != '告') {
      return null;
    }
    // the escape before a title the writer wrote literally: no marks or field name stripped
    String stripped = line.strip();
    boolean literal = !stripped.isEmpty() && stripped.charAt(0) == Layout.ESCAPE;
    Compact compact = literal ? compact(stripped.substring(1), true) : compact(line, false);
    String c = compact.text();
    if (c.isEmpty() || c.length() > max) {
      return null;
    }
    // marks or a field name dropped around the title (white space alone is no variant)
    int printed = literal ? c.length() : 0;
    for (int i = 0; i < line.length() && !literal; i++) {
      printed += Tokens.isSpace(line.charAt(i)) ? 0 : 1;
    }
    boolean variant = c.length() != printed;
    // a title in traditional script (…年政府信息公開工作年度報告) is matched as the simplified one; its
    // agency is taken as printed
    String asPrinted = c;
    c = TraditionalForms.simplified(c);
    String head;
    if (c.endsWith(LABEL)) {
      head = c.substring(0, c.length() - LABEL.length());
    } else {
      head = null;
      for (String v : VARIANTS) {
        if (c.endsWith(v)) {
          head = c.substring(0, c.length() - v.length());
          variant = true;
          break;
        }
      }
      if (head == null) {
        return null;
      }
    }
    // the title's words printed in traditional script are a variant (the agency's are its own)
    variant |=
        !asPrinted.regionMatches(head.length(), c, head.length(), c.length() - head.length());
    // 〔agency〕〔year〕年(度)
    int end = head.endsWith("年度") ? head.length() - 2 : head.endsWith("年") ? head.length() - 1 : -1;
    if (end >= 4) {
      int year = year(head, end - 4);
      if (year > 0) {
        boolean numerals = !isDigit(head.charAt(end - 1));
        return new Title(agency(compact.original(0, end - 4), literal), year, variant || numerals);
      }
    }
    // 〔year〕年(度)〔agency〕
    if (head.length() >= 5 && head.charAt(4) == '年') {
      int year = year(head, 0);
      if (year > 0) {
        int from = head.startsWith("度", 5) ? 6 : 5;
        return new Title(
            agency(compact.original(from, head.length()), literal),
            year,
            variant || !isDigit(head.charAt(0)));
      }
    }
    // a title with no year; a head ending in 年 with no year before it is no title
    if (end >= 0) {
      return null;
    }
    return new Title(agency(compact.original(0, head.length()), literal), 0, variant);
  }

  /**
   * The line without white space, bullets and Markdown marks at its ends, and where each of its
   * characters stands in the line.
   */
  private record Compact(String text, int[] at, String line) {
    /** The line's text from compact character {@code from} to {@code to} (white space kept). */
    String original(int from, int to) {
      return from >= to ? "" : line.substring(at[from], at[to - 1] + 1);
    }
  }

  /**
   * The agency as printed in a title, without bullets and Markdown marks (heading, emphasis, quote)
   * around it and white space at its ends; in a literal (escaped) title, only stripped.
   *
   * @param printed the agency's part of the title
   * @param literal whether the title was escaped
   * @return the agency
   */
  static String agency(String printed, boolean literal) {
    String t = Tokens.strip(printed);
    if (literal) {
      return t;
    }
    int from = 0;
    int to = t.length();
    while (from < to
        && (Tokens.isSpace(t.charAt(from)) || "•●▪■◆#*>".indexOf(t.charAt(from)) >= 0)) {
      from++;
    }
    while (to > from
        && (Tokens.isSpace(t.charAt(to - 1))
            || t.charAt(to - 1) == '*'
            || t.charAt(to - 1) == '#')) {
      to--;
    }
    return t.substring(from, to);
  }

  /**
   * The line without white space; unless {@code literal} (the writer's escaped title), also without
   * Markdown marks and bullets at its ends ({@link Layout#isLeadingJunk}, {@link
   * Layout#isTrailingJunk}) and the field name 标题： of a page's metadata block.
   */
  private static Compact compact(String line, boolean literal) {
    StringBuilder b = new StringBuilder(line.length());
    int[] at = new int[line.length()];
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (!Tokens.isSpace(ch)) {
        at[b.length()] = i;
        b.append(ch);
      }
    }
    int from = 0;
    int to = b.length();
    if (!literal) {
      while (from < to && Layout.isLeadingJunk(b.charAt(from))) {
        from++;
      }
      while (to > from && Layout.isTrailingJunk(b.charAt(to - 1))) {
        to--;
      }
      if (b.indexOf("标题:", from) == from
          || b.indexOf("标题：", from) == from
          || b.indexOf("標題:", from) == from
          || b.indexOf("標題：", from) == from) {
        from += 3;
      }
    }
    return new Compact(
        b.substring(from, to), java.util.Arrays.copyOfRange(at, from, Math.max(from, to)), line);
  }

  /**
   * The year printed as four characters at {@code s[at, at + 4)}: ASCII or full-width digits, or
   * the Chinese numerals 〇零一二三四五六七八九; 0 if they are none.
   */
  static int year(CharSequence s, int at) {
    if (at < 0 || at + 4 > s.length()) {
      return 0;
    }
    int year = 0;
    for (int i = at; i < at + 4; i++) {
      int d = digit(s.charAt(i));
      if (d < 0) {
        return 0;
      }
      year = 10 * year + d;
    }
    return year >= 1000 ? year : 0;
  }

  /** The value of an ASCII or full-width digit or a Chinese numeral 〇…九, or -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    int n = "〇一二三四五六七八九".indexOf(c);
    if (n >= 0) {
      return n;
    }
    return c == '零' || c == 'Ｏ' || c == 'O' || c == '○' ? 0 : -1;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /**
   * Adds the years that {@code line} mentions ({@code 〔year〕年}, white space allowed before 年) to
   * {@code counts}, a map from year to mentions.
   *
   * @param line the line
   * @param counts the counts
   */
  static void mentionedYears(String line, java.util.Map<Integer, Integer> counts) {
    int n = line.length();
    for (int i = 0; i + 4 < n; i++) {
      if (i > 0 && digit(line.charAt(i - 1)) >= 0) {
        continue;
      }
      int j = i + 4;
      while (j < n && j < i + 6 && Tokens.isSpace(line.charAt(j))) {
        j++;
      }
      if (j < n && line.charAt(j) == '年') {
        int year = year(line, i);
        if (year > 0 && isDigit(line.charAt(i))) {
          counts.merge(year, 1, Integer::sum);
        }
      }
    }
  }

  /**
   * The reporting year a line states plainly; 0 if none.
   *
   * <ul>
   *   <li>{@code 〔year〕年(度)政府信息公开} (…工作年度报告, …情况报告如下; 公開 in traditional script), in the preamble
   *       only ({@code preamble}): the report names its year (an overview may cite last year's
   *       report);
   *   <li>{@code 〔year〕年1月1日} in a line about the statistics period (统计): its start;
   *   <li>{@code 〔year〕年12月31日} in such a line, or right after 至, 止 or 到 (截至…): its end.
   * </ul>
   *
   * @param line the line
   * @param preamble whether the line stands before the first section
   * @return the year, or 0; if the line states two different years, -1
   */
  static int statedYear(String line, boolean preamble) {
    int found = 0;
    int n = line.length();
    boolean statistics = line.contains("统计") || line.contains("統計");
    for (int i = 0; i + 4 < n; i++) {
      if (line.charAt(i + 4) != '年' || (i > 0 && digit(line.charAt(i - 1)) >= 0)) {
        continue;
      }
      int year = year(line, i);
      if (year == 0) {
        continue;
      }
      int after = i + 5;
      char before = i > 0 ? line.charAt(i - 1) : ' ';
      boolean states =
          (preamble
                  && (line.startsWith("政府信息公开", after + (line.startsWith("度", after) ? 1 : 0))
                      || line.startsWith("政府信息公開", after + (line.startsWith("度", after) ? 1 : 0))))
              || (statistics
                  && (line.startsWith("1月1日", after) || line.startsWith("01月01日", after)))
              || ((statistics || before == '至' || before == '止' || before == '到')
                  && line.startsWith("12月31日", after));
      if (states) {
        if (found != 0 && found != year) {
          return -1;
        }
        found = year;
      }
    }
    return found;
  }
}

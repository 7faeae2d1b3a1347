package io.github.nianbao.serialization.internal.text;

import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.internal.text.LabelText.Parsed;

/**
 * The lines of the canonical layout that are not in the official format, and the recognition of
 * section headings that writer and reader share.
 */
final class Layout {
  private Layout() {}

  /**
   * The prefix of the line that names the format when it is not the 2021 format, followed by the
   * format's document number, e.g. {@code 格式：国办公开办函〔2021〕30号}.
   */
  public static final String FORMAT_PREFIX = "格式：";

  /**
   * The prefix of the line that names the scope when it is not {@code AGENCY}, followed by the
   * scope's name, e.g. {@code 范围：AGGREGATE}.
   */
  public static final String SCOPE_PREFIX = "范围：";

  /** The character after the year in the title line: 〔agency〕〔year〕年政府信息公开工作年度报告. */
  public static final String YEAR_SUFFIX = "年";

  /**
   * The escape of a narrative line that would otherwise be read as a section heading or as page
   * furniture: the writer puts it before such a line, the reader removes it.
   */
  public static final char ESCAPE = '\\';

  /** The longest line, in characters, that can be a section heading. */
  static final int MAX_HEADING_LENGTH = 60;

  /**
   * Returns the section whose heading a line is, if it is one: after white space and bullets, an
   * optional numbering 一、…六、 that must be the section's, and a title that matches the official one
   * within {@link LabelText}'s bound (exactly, when the numbering is missing).
   *
   * @param line the line
   * @return the section, or null
   */
  static ReportSection heading(String line) {
    if (line.length() > MAX_STRUCTURAL_LENGTH || line.isBlank()) {
      return null;
    }
    int junk = 0;
    while (junk < line.length() && isLeadingJunk(line.charAt(junk))) {
      junk++;
    }
    String s = Tokens.strip(line.substring(junk));
    int end = s.length();
    while (end > 0 && (isTrailingJunk(s.charAt(end - 1)) || Tokens.isSpace(s.charAt(end - 1)))) {
      end--;
    }
    s = s.substring(0, end);
    if (s.isEmpty() || s.length() > MAX_HEADING_LENGTH || s.charAt(0) == ESCAPE) {
      return null;
    }
    int section = LabelIndex.of(s).heading();
    return section < 0 ? null : ReportSection.values()[section];
  }

  /**
   * In {@link #classify}'s result: the line is {@linkplain Vocabulary#isFurniture page furniture}.
   */
  static final int FURNITURE = 0x100;

  /** In {@link #classify}'s result: the bits of the heading's section ordinal plus one. */
  static final int SECTION_BITS = 0xFF;

  /**
   * Classifies the line {@code chars[from, to)}: {@link #heading(String)}'s section's ordinal plus
   * one (0 if it is no heading) in {@link #SECTION_BITS}, and {@link #FURNITURE} if it is page
   * furniture. The same as calling both on the line's {@code String}, without making it for a line
   * that is too long to be either.
   *
   * @param chars the text
   * @param from where the line starts
   * @param to where it ends
   * @return the classes
   */
  static int classify(char[] chars, int from, int to) {
    int a = Tokens.skipSpace(chars, from, to);
    int b = Tokens.trimSpace(chars, a, to);
    // heading() strips bullets and white space at the start, then white space
    int h = from;
    while (h < to && isLeadingJunk(chars[h])) {
      h++;
    }
    h = Tokens.skipSpace(chars, h, Math.max(h, b));
    // the conditions of Vocabulary.isFurniture and of heading() on the length
    boolean mayBeFurniture =
        to - from <= MAX_STRUCTURAL_LENGTH && b > a && b - a <= Vocabulary.MAX_FURNITURE_LENGTH;
    int e = b;
    while (e > h && (isTrailingJunk(chars[e - 1]) || Tokens.isSpace(chars[e - 1]))) {
      e--;
    }
    boolean mayBeHeading = e > h && e - h <= MAX_HEADING_LENGTH;
    if (!mayBeFurniture && !mayBeHeading) {
      return 0;
    }
    boolean noHeading =
        !mayBeHeading || (!mayStartWithSectionNumbering(chars[h]) && hasAsciiDigit(chars, h, b));
    if (noHeading) {
      // a table row with its numbers, mostly: only furniture is looked for
      return mayBeFurniture && Vocabulary.isFurnitureStripped(chars, a, b) ? FURNITURE : 0;
    }
    return LabelIndex.of(chars, from, to).lineClass();
  }

  /*
   * Why a line with an ASCII digit is no heading unless it starts with a Chinese numeral (the text
   * heading() matches starts at chars[h]): the official titles have no digit (checked below), so
   * a title matches only after a numbering 一、 to 六、 (then within the bound of LabelText), or
   * with no numbering, exactly. A line that does not start with a Chinese numeral has no such
   * numbering; its digits are then in another numbering (1． is of another kind, no section's;
   * （1） is none) or in the body, whose normal form keeps them (NFKC leaves ASCII digits as they
   * are), so that it cannot equal a title.
   */
  static {
    for (ReportSection s : ReportSection.values()) {
      if (hasAsciiDigit(s.heading().toCharArray(), 0, s.heading().length())) {
        throw new ExceptionInInitializerError("a section title with a digit: " + s.heading());
      }
    }
  }

  private static boolean mayStartWithSectionNumbering(char c) {
    return LabelText.isNumeral(c);
  }

  private static boolean hasAsciiDigit(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        return true;
      }
    }
    return false;
  }

  /** {@link #classify}'s classes of a line, computed (kept by {@link LabelIndex}). */
  static int classNow(String line) {
    ReportSection s = heading(line);
    return (s == null ? 0 : s.ordinal() + 1) | (Vocabulary.isFurniture(line) ? FURNITURE : 0);
  }

  /**
   * The section (ordinal) whose heading a stripped line is, or -1, computed: see {@link #heading}
   * (kept by {@link LabelIndex}).
   */
  static int headingNow(String s) {
    ReportSection section = matchHeading(s);
    return section == null ? -1 : section.ordinal();
  }

  /**
   * Returns whether a character at the start of a heading line is not part of it: white space
   * ({@code [\\s\\u00A0\\u3000]}), a bullet ({@code •●▪■◆}), or Markdown's heading, emphasis, quote
   * and table marks ({@code # * > |}, full-width {@code ｜}).
   */
  static boolean isLeadingJunk(char c) {
    switch (c) {
      case ' ',
      '\t',
      '\n',
      '\u000B',
      '\f',
      '\r',
      '\u00A0',
      '\u3000',
      '•',
      '●',
      '▪',
      '■',
      '◆',
      '#',
      '*',
      '>',
      '|',
      '\uFF5C':
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns whether a character at the end of a heading line is not part of it: Markdown's
   * emphasis, closing heading and table marks ({@code * # |}, full-width {@code ｜}).
   */
  static boolean isTrailingJunk(char c) {
    return c == '*' || c == '#' || c == '|' || c == '\uFF5C';
  }

  private static ReportSection matchHeading(String s) {
    Parsed p = LabelText.parse(s);
    ReportSection best = null;
    int bestD = Integer.MAX_VALUE;
    for (ReportSection section : ReportSection.values()) {
      Vocabulary.Label label = Vocabulary.SECTIONS.get(section.ordinal());
      if (p.numbering() != null && !p.numbering().equals(label.numbering())) {
        continue;
      }
      int d = LabelText.match(p.normal(), label.normals().get(0));
      if (d < 0 && p.numbering() != null) {
        d = LabelText.match(withoutSubject(p.normal()), label.normals().get(0));
      }
      if (d < 0 || (p.numbering() == null && d > 0)) {
        continue;
      }
      if (d < bestD) {
        bestD = d;
        best = section;
      }
    }
    return best;
  }

  /** The subject many reports put before a numbered section title: 政府信息公开工作, 政府信息公开. */
  private static final String[] SUBJECTS = {"政府信息公开工作", "政府信息公开"};

  /**
   * Returns a title's normal form without the subject it starts with, if it starts with one:
   * 五、政府信息公开工作存在的主要问题及改进情况 is section 五's heading.
   */
  private static String withoutSubject(String normal) {
    for (String subject : SUBJECTS) {
      if (normal.startsWith(subject)) {
        return normal.substring(subject.length());
      }
    }
    return normal;
  }

  /**
   * Returns whether a narrative line must be escaped to be read back as it is.
   *
   * @param line a line of narrative
   * @return whether the reader would take it for a heading, furniture or a report's title, or it
   *     starts with the escape before such a line
   */
  public static boolean needsEscape(String line) {
    for (int i = 0; i < line.length() || i == 0; i++) {
      if (line.length() - i <= MAX_STRUCTURAL_LENGTH && isStructural(line.substring(i))) {
        return true;
      }
      if (i >= line.length() || line.charAt(i) != ESCAPE) {
        return false;
      }
    }
    return false;
  }

  /** The longest line, in characters, that can be a heading or furniture, white space included. */
  private static final int MAX_STRUCTURAL_LENGTH = 1000;

  private static boolean isStructural(String line) {
    return heading(line) != null || Vocabulary.isFurniture(line) || isTitle(line);
  }

  /** Whether a line is the title of a report with a year (a second report, after the first). */
  static boolean isTitle(String line) {
    Title t = Title.parse(line);
    return t != null && t.year() > 0;
  }

  /**
   * Escapes a narrative line.
   *
   * @param line the line
   * @return the line as written
   */
  public static String escape(String line) {
    return needsEscape(line) ? ESCAPE + line : line;
  }

  /**
   * Undoes {@link #escape(String)}.
   *
   * @param line a line as written
   * @return the line
   */
  public static String unescape(String line) {
    if (!line.isEmpty() && line.charAt(0) == ESCAPE && needsEscape(line.substring(1))) {
      return line.substring(1);
    }
    return line;
  }
}

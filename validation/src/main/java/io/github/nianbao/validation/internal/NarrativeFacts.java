package io.github.nianbao.validation.internal;

import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.core.ReviewProceeding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers that section 一 states about Tables 3 and 4, found by keyword: a keyword, then at most
 * 15 characters that are not digits, sentence punctuation (。；，、) or 各, then a number and 件 or 起 —
 * e.g. “新收政府信息公开申请 64 件”, “结转下年度继续办理 4 件”, “引发行政复议 4 件”. Only the first statement of each kind
 * counts; numbers in Chinese numerals are not read.
 */
final class NarrativeFacts {
  private NarrativeFacts() {}

  /** A kind of statement, its keywords and the table cells it speaks of. */
  enum Kind {
    // 新收 and 收到 count only when no 复议/诉讼 follows before the number ("收到行政复议申请 3 件",
    // "新收行政复议申请 3 件" are none)
    // (each alternative starts with its keyword's first character: see STARTS)
    NEWLY_RECEIVED(
        "新收(?![^。；;，,、各\\d]{0,15}?(?:复议|诉讼))|收到(?![^。；;，,、各\\d]{0,15}?(?:复议|诉讼))",
        t3(ApplicationRow.NEWLY_RECEIVED)),
    CARRIED_OVER("上年结转|上年度结转|结转上一?年度?", t3(ApplicationRow.CARRIED_OVER)),
    CONCLUDED("办结", t3(ApplicationRow.OUTCOMES_TOTAL)),
    CARRIED_FORWARD("结转下一?年度?|结转至下一?年度?|结转到下一?年度?", t3(ApplicationRow.CARRIED_FORWARD)),
    ADMINISTRATIVE_REVIEW(
        ReviewProceeding.ADMINISTRATIVE_REVIEW.label(),
        List.of(CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL))),
    LITIGATION(
        ReviewProceeding.ADMINISTRATIVE_LITIGATION.label(),
        List.of(
            CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.TOTAL),
            CellAddress.of(ReviewCase.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL)));

    final String keywords;
    final List<CellAddress> cells;

    Kind(String keywords, List<CellAddress> cells) {
      this.keywords = keywords;
      this.cells = cells;
    }

    private static List<CellAddress> t3(ApplicationRow row) {
      return List.of(CellAddress.of(row, ApplicantCategory.TOTAL));
    }
  }

  /** One pass for all kinds: group {@code k<ordinal>} names the kind whose keyword matched. */
  private static final Pattern STATEMENT;

  static {
    StringBuilder alternatives = new StringBuilder();
    for (Kind k : Kind.values()) {
      alternatives.append(alternatives.length() == 0 ? "" : "|");
      alternatives.append("(?<k").append(k.ordinal()).append(">").append(k.keywords).append(')');
    }
    STATEMENT =
        Pattern.compile("(?:" + alternatives + ")[^。；;，,、各\\d]{0,15}?(?<n>\\d{1,12})\\s*(?:件|起)");
  }

  /** A statement found: its kind, the phrase and the number it states. */
  /** The group of the number: after the keyword groups {@code k0}…, one per kind. */
  private static final int NUMBER = Kind.values().length + 1;

  /** The characters a keyword starts with: a statement can start nowhere else. */
  private static final String STARTS;

  static {
    StringBuilder starts = new StringBuilder();
    for (Kind k : Kind.values()) {
      for (String alternative : k.keywords.split("\\|")) {
        char c = alternative.charAt(0);
        if (starts.indexOf(String.valueOf(c)) < 0) {
          starts.append(c);
        }
      }
    }
    STARTS = starts.toString();
    // the named groups are numbered in order: k0 … k5, then n
    Matcher m = STATEMENT.matcher("");
    if (m.groupCount() != NUMBER) {
      throw new IllegalStateException("unexpected groups in " + STATEMENT);
    }
  }

  /**
   * Finds the next statement as {@code m.find()} would, from the end of the last one: tries the
   * expression only where a keyword can start (every match starts with one, and none is empty).
   */
  private static boolean next(Matcher m, String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (STARTS.indexOf(text.charAt(i)) >= 0) {
        m.region(i, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  record Fact(Kind kind, String phrase, long number) {}

  static List<Fact> find(String text) {
    if (text.indexOf('件') < 0 && text.indexOf('起') < 0) {
      return List.of();
    }
    // the digits matched as ASCII; the phrase quoted as printed (the two texts align one for one)
    String printed = text;
    text = asciiDigits(text);
    Fact[] first = new Fact[Kind.values().length];
    Matcher m = STATEMENT.matcher(text);
    for (int from = 0; next(m, text, from); from = m.end()) {
      for (Kind kind : Kind.values()) {
        if (m.start(kind.ordinal() + 1) >= 0) {
          if (first[kind.ordinal()] == null) {
            first[kind.ordinal()] =
                new Fact(
                    kind, printed.substring(m.start(), m.end()), Long.parseLong(m.group(NUMBER)));
          }
          break;
        }
      }
    }
    List<Fact> facts = new ArrayList<>();
    for (Fact f : first) {
      if (f != null) {
        facts.add(f);
      }
    }
    return facts;
  }

  /** The text with full-width digits (０–９, as typed in Chinese) as ASCII ones, one for one. */
  private static String asciiDigits(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF10' && c <= '\uFF19') {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = (char) ('0' + (c - '\uFF10'));
      }
    }
    return out == null ? text : new String(out);
  }
}

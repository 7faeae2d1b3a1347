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
 * 15 characters that are not sentence punctuation (。；，、) or 各, then a number and 件 or 起 — e.g.
 * “新收政府信息公开申请 64 件”, “结转下年度继续办理 4 件”, “引发行政复议四件”. Every statement counts, not only the first of its
 * kind. A number is ASCII or full-width digits (the first digits after the keyword, as before) or
 * Chinese numerals (六十四, 一百二十三, 两, 〇; numerals not followed by 件 or 起 are words and the search goes
 * on). A total of applications received that “includes last year's carried-over ones” — “共收到申请 65
 * 件（含上年结转 1 件）”, “…65 件，其中上年结转 1 件” — is compared with 一 + 二.
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
  private static final Pattern KEYWORD;

  /** The characters that end a statement's gap before its number. */
  static final String STOPS = "。；;，,、各";

  /** The most characters between a keyword and its number. */
  static final int MAX_GAP = 15;

  static {
    StringBuilder alternatives = new StringBuilder();
    for (Kind k : Kind.values()) {
      alternatives.append(alternatives.length() == 0 ? "" : "|");
      alternatives.append("(?<k").append(k.ordinal()).append(">").append(k.keywords).append(')');
    }
    KEYWORD = Pattern.compile(alternatives.toString());
  }

  /** The characters a keyword starts with: a statement can start nowhere else. */
  private static final String STARTS;

  /**
   * The literal text each keyword alternative starts with (新收, 结转上, 行政复议 …): the pattern is tried
   * only where one of them stands, which rules out most of the characters of {@link #STARTS}.
   */
  private static final List<String> PREFIXES;

  /**
   * The characters of a pattern's start that are matched as they stand, up to the first operator.
   */
  private static String literalPrefix(String pattern) {
    int end = 0;
    while (end < pattern.length() && "()[]{}|?*+.\\^$".indexOf(pattern.charAt(end)) < 0) {
      end++;
    }
    if (end < pattern.length() && "?*{".indexOf(pattern.charAt(end)) >= 0) {
      end--; // the last character is optional or repeated
    }
    return pattern.substring(0, Math.max(end, 0));
  }

  private static boolean literalStartAt(String text, int i) {
    for (String p : PREFIXES) {
      if (text.startsWith(p, i)) {
        return true;
      }
    }
    return false;
  }

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
    List<String> prefixes = new ArrayList<>();
    for (Kind k : Kind.values()) {
      for (String alternative : k.keywords.split("\\|")) {
        String p = literalPrefix(alternative);
        if (p.isEmpty()) {
          throw new IllegalStateException("no literal start in " + alternative);
        }
        prefixes.add(p);
      }
    }
    PREFIXES = List.copyOf(prefixes);
    if (KEYWORD.matcher("").groupCount() != Kind.values().length) {
      throw new IllegalStateException("unexpected groups in " + KEYWORD);
    }
  }

  /**
   * A statement found: its kind, the phrase as printed, the number it states and the cells whose
   * sum it states (the kind's, or 一 + 二 for a total that includes the carried-over applications).
   */
  record Fact(Kind kind, String phrase, long number, List<CellAddress> cells) {}

  static List<Fact> find(String text) {
    if (text.indexOf('件') < 0 && text.indexOf('起') < 0) {
      return List.of();
    }
    List<Fact> facts = new ArrayList<>();
    Matcher m = KEYWORD.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      if (STARTS.indexOf(text.charAt(i)) < 0 || !literalStartAt(text, i)) {
        continue;
      }
      m.region(i, text.length());
      if (!m.lookingAt()) {
        continue;
      }
      Kind kind = null;
      for (Kind k : Kind.values()) {
        if (m.start(k.ordinal() + 1) >= 0) {
          kind = k;
          break;
        }
      }
      if ((kind == Kind.ADMINISTRATIVE_REVIEW || kind == Kind.LITIGATION)
          && i > 0
          && text.charAt(i - 1) == '审') {
        continue; // 一审行政诉讼案件, 二审, 再审: cases of an instance, not the cases the year brought
      }
      StatedNumbers.Stated s =
          StatedNumbers.statedAfter(text, m.end(), MAX_GAP, STOPS, false, "件", "起");
      if (s == null) {
        continue;
      }
      List<CellAddress> cells = kind.cells;
      if (kind == Kind.NEWLY_RECEIVED && includesCarriedOver(text, s.end())) {
        cells =
            List.of(
                CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL),
                CellAddress.of(ApplicationRow.CARRIED_OVER, ApplicantCategory.TOTAL));
      }
      facts.add(
          new Fact(kind, text.substring(i, s.end()), s.number().value().longValueExact(), cells));
      i = s.end() - 1;
    }
    return facts;
  }

  /**
   * Whether the text after a stated total says that it includes last year's carried-over
   * applications: an opening bracket or a comma, then 含, 包含, 包括 or 其中, and 结转 within the next 8
   * characters.
   */
  static boolean includesCarriedOver(String text, int from) {
    int k = StatedNumbers.skipSpaces(text, from);
    if (k < text.length() && "（(，,".indexOf(text.charAt(k)) >= 0) {
      k = StatedNumbers.skipSpaces(text, k + 1);
    }
    boolean includes = false;
    for (String word : List.of("含", "包含", "包括", "其中")) {
      if (text.startsWith(word, k)) {
        includes = true;
        k += word.length();
        break;
      }
    }
    if (!includes) {
      return false;
    }
    int at = text.indexOf("结转", k);
    if (at < 0 || at + 2 > k + 8) {
      return false;
    }
    // 结转下年度 or 结转至下年度 is the other end of the year
    int after = at + 2 < text.length() && text.charAt(at + 2) == '至' ? at + 3 : at + 2;
    return after >= text.length() || text.charAt(after) != '下';
  }
}

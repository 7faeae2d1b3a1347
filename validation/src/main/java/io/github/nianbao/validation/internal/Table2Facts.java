package io.github.nianbao.validation.internal;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures that section 一 states about Table 2 (2021 format), found by scanning for keywords:
 *
 * <ul>
 *   <li>规章 and 行政规范性文件: 制发 (制定, 印发, 出台), 废止, 现行有效, then at most 15 characters that are no sentence
 *       punctuation (。；，、), a number and 件 — “今年制发行政规范性文件1件，现行有效文件10件”. The row is the one named
 *       between keyword and number (规章, or 规范性文件); else, where that gap is short (at most 6
 *       characters, no 《), the one last named before the keyword in the same sentence (at most 200
 *       characters back).
 *   <li>行政许可, 行政处罚, 行政强制: the keyword, at most 15 characters, a number and 件, 起 or 项 — “办理行政许可
 *       136302 件”.
 *   <li>行政事业性收费: the keyword, at most 15 characters, an amount (decimals allowed) and 万元 or 元.
 * </ul>
 *
 * A negation right before 制发 or 废止 and the row named after it states 0: “未制发行政规范性文件”. Numbers in
 * any style {@link StatedNumbers} reads. Every statement counts.
 */
final class Table2Facts {
  private Table2Facts() {}

  /** A kind of statement: its keywords and, for the one-value rows, its row. */
  enum Kind {
    ISSUED(DisclosureColumn.ISSUED, null, "制发", "制定", "印发", "出台"),
    REPEALED(DisclosureColumn.REPEALED, null, "废止"),
    IN_FORCE(DisclosureColumn.IN_FORCE, null, "现行有效"),
    LICENSING(null, DisclosureRow.LICENSING, DisclosureRow.LICENSING.label()),
    PENALTIES(null, DisclosureRow.PENALTIES, DisclosureRow.PENALTIES.label()),
    ENFORCEMENT(null, DisclosureRow.ENFORCEMENT, DisclosureRow.ENFORCEMENT.label()),
    FEE(null, DisclosureRow.ADMINISTRATIVE_FEES, DisclosureRow.ADMINISTRATIVE_FEES.label());

    final DisclosureColumn documentColumn;
    final DisclosureRow row;
    final List<String> keywords;

    Kind(DisclosureColumn documentColumn, DisclosureRow row, String... keywords) {
      this.documentColumn = documentColumn;
      this.row = row;
      this.keywords = List.of(keywords);
    }
  }

  /**
   * A statement found: the cell it speaks of, the phrase as printed, and the number in the cell's
   * unit (万元 for the fee).
   */
  record Fact(Kind kind, CellAddress cell, String phrase, BigDecimal number) {}

  private static final String STOPS = "。；;，,、";
  private static final String SENTENCE_ENDS = "。；;！!？?\n";

  private static final Kind[] KINDS = Kind.values();

  /** The characters a keyword starts with: a statement can start nowhere else. */
  private static final String STARTS = starts();

  private static String starts() {
    StringBuilder b = new StringBuilder();
    for (Kind k : KINDS) {
      for (String w : k.keywords) {
        if (b.indexOf(w.substring(0, 1)) < 0) {
          b.append(w.charAt(0));
        }
      }
    }
    return b.toString();
  }

  static List<Fact> find(String text) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (STARTS.indexOf(text.charAt(i)) < 0) {
        continue; // no keyword starts here
      }
      Kind kind = null;
      String keyword = null;
      for (Kind k : KINDS) {
        for (String w : k.keywords) {
          if (text.startsWith(w, i)) {
            kind = k;
            keyword = w;
            break;
          }
        }
        if (kind != null) {
          break;
        }
      }
      if (kind == null) {
        continue;
      }
      int from = i + keyword.length();
      StatedNumbers.Stated s =
          kind == Kind.FEE
              ? StatedNumbers.statedAfter(text, from, 15, STOPS, true, "万元", "元")
              : kind.row != null
                  // not 项: 行政许可 710 项 counts the items of a 权责清单 (上海市 2020), not decisions
                  ? StatedNumbers.statedAfter(text, from, 15, STOPS, false, "件", "起")
                  : StatedNumbers.statedAfter(text, from, 15, STOPS, false, "件");
      if (s == null) {
        Fact none = noneIssued(text, i, kind, from);
        if (none != null) {
          facts.add(none);
        }
        continue;
      }
      CellAddress cell;
      if (kind.row != null) {
        cell = CellAddress.of(kind.row);
      } else {
        DisclosureRow row = documentRow(text, i, from, s.number().start());
        if (row == null) {
          continue;
        }
        cell = CellAddress.of(row, kind.documentColumn);
      }
      BigDecimal number = s.number().value();
      if (kind == Kind.FEE && s.unit().equals("元")) {
        number = number.movePointLeft(4);
      }
      facts.add(new Fact(kind, cell, text.substring(i, s.end()), number));
      i = s.end() - 1;
    }
    return facts;
  }

  /**
   * A statement of none: 未 or 没有 right before 制发 (制定, 印发, 出台) or 废止, then, within 15 characters
   * without punctuation or digits, the row — “未制发行政规范性文件”, “未制定和发布行政规范性文件” — states 0.
   */
  private static Fact noneIssued(String text, int keyword, Kind kind, int from) {
    if (kind != Kind.ISSUED && kind != Kind.REPEALED) {
      return null;
    }
    int negation;
    if (keyword >= 1 && text.charAt(keyword - 1) == '未') {
      negation = keyword - 1;
    } else if (keyword >= 2 && text.startsWith("没有", keyword - 2)) {
      negation = keyword - 2;
    } else {
      return null;
    }
    int to = from;
    while (to < text.length()
        && to - from < 15
        && STOPS.indexOf(text.charAt(to)) < 0
        && !StatedNumbers.isDigit(text.charAt(to))
        && text.charAt(to) != '《') {
      to++;
    }
    String span = text.substring(from, to);
    int rules = span.indexOf(DisclosureRow.RULES.label());
    int normative = span.indexOf("规范性文件");
    if (rules < 0 && normative < 0) {
      return null;
    }
    boolean isRules = normative < 0 || (rules >= 0 && rules < normative);
    int end = from + (isRules ? rules + 2 : normative + 5);
    DisclosureRow row = isRules ? DisclosureRow.RULES : DisclosureRow.NORMATIVE_DOCUMENTS;
    return new Fact(
        kind,
        CellAddress.of(row, kind.documentColumn),
        text.substring(negation, end),
        BigDecimal.ZERO);
  }

  /** The row of documents a statement speaks of, or null when it names none. */
  private static DisclosureRow documentRow(String text, int keyword, int gapFrom, int gapTo) {
    String gap = text.substring(gapFrom, gapTo);
    DisclosureRow named = lastRowNamed(gap);
    if (named != null) {
      return named;
    }
    if (gap.length() > 6 || gap.indexOf('《') >= 0) {
      return null;
    }
    int sentence = keyword;
    while (sentence > 0
        && keyword - sentence < 200
        && SENTENCE_ENDS.indexOf(text.charAt(sentence - 1)) < 0) {
      sentence--;
    }
    return lastRowNamed(text.substring(sentence, keyword));
  }

  private static DisclosureRow lastRowNamed(String s) {
    int rules = s.lastIndexOf(DisclosureRow.RULES.label());
    int normative = s.lastIndexOf("规范性文件");
    if (rules < 0 && normative < 0) {
      return null;
    }
    return rules > normative ? DisclosureRow.RULES : DisclosureRow.NORMATIVE_DOCUMENTS;
  }
}

package io.github.nianbao.examples.cli;

import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.validation.Severity;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The command line's own sentences, in Chinese and English, in one place. */
final class Text {
  private Text() {}

  private static boolean zh(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  static String severity(Locale locale, Severity s) {
    if (zh(locale)) {
      return s == Severity.ERROR ? "错误" : "警告";
    }
    return s == Severity.ERROR ? "ERROR" : "WARNING";
  }

  /** The line that counts the checks that could not run, pointing to --verbose for the list. */
  static String notAssessable(Locale locale, int count, boolean listed) {
    if (zh(locale)) {
      return "未能检查 " + count + " 项（空白、标记或溢出）" + (listed ? "：" : "，--verbose 列出");
    }
    return count
        + " check(s) could not run (a blank, a mark or an overflow)"
        + (listed ? ":" : "; --verbose lists them");
  }

  static String readerNote(Locale locale) {
    return zh(locale) ? "读取" : "READER";
  }

  /**
   * The line of one reader note. In English, the note as the reader wrote it ({@link
   * Diagnostic#toString()}). In Chinese, no English sentence: the line, the reason's code and its
   * Chinese description ({@link Diagnostic.Reason#zh()}), the cell by its Chinese label and path,
   * and the quoted source text.
   */
  static String note(Locale locale, Diagnostic d) {
    if (!zh(locale)) {
      return readerNote(locale) + " " + d;
    }
    StringBuilder b = new StringBuilder(readerNote(locale));
    if (d.line() > 0) {
      b.append(" 第 ").append(d.line()).append(" 行");
    }
    b.append(' ').append(d.reason().name());
    d.cell()
        .ifPresent(c -> b.append(" ").append(c.label()).append("（").append(c.path()).append("）"));
    b.append("：").append(d.reason().zh());
    if (d.reason() == Diagnostic.Reason.MORE_LOSSES || d.reason() == Diagnostic.Reason.MORE_NOTES) {
      // the count is the one number of these notes, which the reader puts first in its message
      java.util.regex.Matcher count = LEADING_COUNT.matcher(d.message());
      if (count.lookingAt()) {
        b.append("，共 ").append(count.group()).append(" 条");
      }
    }
    if (!d.text().isEmpty()) {
      b.append("：«").append(d.text()).append("»");
    }
    return b.toString();
  }

  private static final java.util.regex.Pattern LEADING_COUNT =
      java.util.regex.Pattern.compile("\\d+");

  /**
   * The line of one file: its errors and warnings, and its reader notes with how many of them are
   * listed below it (what was lost or is doubtful; the others are in {@code --to json}).
   */
  static String fileLine(
      Locale locale, String file, int errors, int warnings, int notes, int shown) {
    if (zh(locale)) {
      return file
          + "："
          + errors
          + " 个错误，"
          + warnings
          + " 个警告，读取提示 "
          + notes
          + " 条"
          + (notes == 0 ? "" : "（下列 " + shown + " 条为未能放置、缺失或存疑的内容）");
    }
    return file
        + ": "
        + errors
        + " error(s), "
        + warnings
        + " warning(s), "
        + notes
        + " reader note(s)"
        + (notes == 0 ? "" : " (" + shown + " listed: unplaced, missing or doubtful)");
  }

  static void summary(
      PrintWriter out,
      Locale locale,
      int reports,
      int withErrors,
      int errors,
      int warnings,
      int unreadable,
      Map<String, Integer> byCode) {
    if (zh(locale)) {
      out.println(
          "汇总：共 "
              + reports
              + " 份报告，其中 "
              + withErrors
              + " 份有错误；错误 "
              + errors
              + " 个，警告 "
              + warnings
              + " 个；无法读取 "
              + unreadable
              + " 份。");
    } else {
      out.println(
          "Summary: "
              + reports
              + " report(s), "
              + withErrors
              + " with errors; "
              + errors
              + " error(s), "
              + warnings
              + " warning(s); "
              + unreadable
              + " unreadable.");
    }
    byCode.forEach((code, n) -> out.println("  " + code + " " + n));
  }
}

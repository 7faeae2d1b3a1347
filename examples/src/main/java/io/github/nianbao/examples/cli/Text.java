package io.github.nianbao.examples.cli;

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
    return count + " check(s) could not run (a blank, a mark or an overflow)"
        + (listed ? ":" : "; --verbose lists them");
  }

  static String readerNote(Locale locale) {
    return zh(locale) ? "读取" : "READER";
  }

  /**
   * The line of one file: its errors and warnings, and its reader notes with how many of them are
   * listed below it (what was lost or is doubtful; the others are in {@code --output json}).
   */
  static String fileLine(
      Locale locale, String file, int errors, int warnings, int notes, int shown) {
    if (zh(locale)) {
      return file + "：" + errors + " 个错误，" + warnings + " 个警告，读取提示 " + notes + " 条"
          + (notes == 0 ? "" : "（下列 " + shown + " 条为未能放置、缺失或存疑的内容）");
    }
    return file + ": " + errors + " error(s), " + warnings + " warning(s), " + notes
        + " reader note(s)" + (notes == 0 ? "" : " (" + shown + " listed: unplaced, missing or doubtful)");
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
          "汇总：共 " + reports + " 份报告，其中 " + withErrors + " 份有错误；错误 " + errors + " 个，警告 "
              + warnings + " 个；无法读取 " + unreadable + " 份。");
    } else {
      out.println(
          "Summary: " + reports + " report(s), " + withErrors + " with errors; " + errors
              + " error(s), " + warnings + " warning(s); " + unreadable + " unreadable.");
    }
    byCode.forEach((code, n) -> out.println("  " + code + " " + n));
  }
}

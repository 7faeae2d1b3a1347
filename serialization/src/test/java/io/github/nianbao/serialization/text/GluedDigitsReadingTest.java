package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadResult;
import org.junit.jupiter.api.Test;

/** Cells printed with no separator: split by the identities, or left blank with a note. */
class GluedDigitsReadingTest {
  private final TextFormat text = new TextFormat();

  private ReadResult read(String table2, String table3, String table4) throws Exception {
    return text.read(
        String.join(
            "\n",
            "某局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "概述。",
            "二、主动公开政府信息情况",
            table2,
            "三、收到和处理政府信息公开申请情况",
            table3,
            "四、政府信息公开行政复议、行政诉讼情况",
            table4,
            "五、存在的主要问题及改进情况",
            "无。",
            "六、其他需要报告的事项",
            "无。"));
  }

  private static CellAddress t3(ApplicationRow r, ApplicantCategory c) {
    return CellAddress.of(r, c);
  }

  @Test
  void aRowWhoseTotalFixesTheSplitIsSplitWithANote() throws Exception {
    ReadResult r = read("规章000", "一、本年新收政府信息公开申请数量713000074", "");
    assertEquals(
        Cell.of(71),
        r.report().cell(t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON)));
    assertEquals(
        Cell.of(3),
        r.report()
            .cell(t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.COMMERCIAL_ENTERPRISE)));
    assertEquals(
        Cell.of(74), r.report().cell(t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL)));
    assertEquals(
        Cell.of(0),
        r.report().cell(CellAddress.of(DisclosureRow.RULES, DisclosureColumn.IN_FORCE)));
    assertEquals(2, r.diagnostics(Reason.SPLIT_DIGITS).size(), r.diagnostics()::toString);
    Diagnostic note = r.diagnostics(Reason.SPLIT_DIGITS).get(1);
    assertEquals("713000074", note.text());
    assertEquals(7, note.line());
    assertTrue(note.message().contains("inferred"), note.message());
  }

  @Test
  void aRunThatMoreThanOneSplitFitsIsLeftBlankWithItsDigits() throws Exception {
    ReadResult r = read("行政规范性文件1010", "", "");
    for (DisclosureColumn c :
        new DisclosureColumn[] {
          DisclosureColumn.ISSUED, DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE
        }) {
      assertEquals(
          Cell.blank(), r.report().cell(CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, c)));
    }
    Diagnostic note = r.diagnostics(Reason.AMBIGUOUS_DIGITS).get(0);
    assertEquals("1010", note.text());
    assertEquals(Diagnostic.Kind.UNPLACED, note.kind());
  }

  @Test
  void whenThePrintedTableBreaksAColumnIdentityNoGluedRowIsGuessed() throws Exception {
    // 一 + 二 = （七） + 四 breaks in the first column (10 + 0 ≠ 9 + 0); every row's own total
    // would allow one split, but no split of the table satisfies every identity
    String table3 =
        String.join(
            "\n",
            "一、本年新收政府信息公开申请数量1000000010",
            "二、上年结转政府信息公开申请数量0000000",
            "（七）总计900000009",
            "四、结转下年度继续办理0000000");
    ReadResult r = read("", table3, "");
    assertEquals(
        Cell.blank(),
        r.report().cell(t3(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON)));
    assertTrue(r.diagnostics(Reason.SPLIT_DIGITS).isEmpty(), r.diagnostics()::toString);
  }

  @Test
  void tableFoursFifteenDigitsSplitByItsGroupTotals() throws Exception {
    ReadResult r = read("", "", "结果维持结果纠正其他结果尚未审结总计\n210143113800000");
    assertEquals(
        Cell.of(2),
        r.report().cell(CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD)));
    assertEquals(
        Cell.of(4),
        r.report().cell(CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL)));
    assertEquals(
        Cell.of(8),
        r.report().cell(CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.TOTAL)));
    assertEquals(
        Cell.of(0),
        r.report().cell(CellAddress.of(ReviewCase.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL)));
  }

  @Test
  void theNextLabelsItemNumberIsNotACell() throws Exception {
    ReadResult r = read("", "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开1000001", "");
    assertEquals(
        Cell.of(0),
        r.report().cell(t3(ApplicationRow.WITHHELD_STATE_SECRET, ApplicantCategory.TOTAL)));
    assertEquals(
        Cell.of(1),
        r.report().cell(t3(ApplicationRow.WITHHELD_PROHIBITED_BY_LAW, ApplicantCategory.TOTAL)));
  }
}

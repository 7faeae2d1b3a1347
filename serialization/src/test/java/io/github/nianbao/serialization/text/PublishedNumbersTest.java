package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers as people write them in published tables: read as the number, each with a note that names
 * the cell; a fee in 元 is kept as printed with a doubtful note.
 */
class PublishedNumbersTest {
  private final TextFormat text = new TextFormat();

  private static String report(String fee) {
    return String.join(
        "\n",
        "某局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "概述。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项 |",
        "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "规章 | 0 | 0 | 0 |",
        "行政规范性文件 | 12件 | +1 | 1,234 |",
        "第二十条第（五）项 |",
        "信息内容 | 本年处理决定数量 |",
        "行政许可 | １３６，３０２ |",
        "第二十条第（八）项 |",
        "信息内容 | 本年收费金额（单位：万元） |",
        "行政事业性收费 | " + fee + " |",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "无。",
        "六、其他需要报告的事项",
        "无。");
  }

  private static CellAddress normative(DisclosureColumn c) {
    return CellAddress.of(DisclosureRow.NORMATIVE_DOCUMENTS, c);
  }

  @Test
  void separatorsUnitsSignsAndFullWidthDigitsAreReadWithANote() throws Exception {
    ReadResult read = text.read(report("3.5万元"));
    AnnualReport r = read.report();
    assertEquals(Cell.of(12), r.cell(normative(DisclosureColumn.ISSUED)));
    assertEquals(Cell.of(1), r.cell(normative(DisclosureColumn.REPEALED)));
    assertEquals(Cell.of(1234), r.cell(normative(DisclosureColumn.IN_FORCE)));
    assertEquals(Cell.of(136302), r.cell(CellAddress.of(DisclosureRow.LICENSING)));
    assertEquals(AmountCell.of("3.5"), r.cell(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES)));
    List<String> noted =
        read.diagnostics(Reason.NUMBER_NORMALISED).stream()
            .map(d -> d.cell().orElseThrow().path() + "=" + d.text())
            .toList();
    assertEquals(
        List.of(
            "activeDisclosure.normativeDocuments.issued=12件",
            "activeDisclosure.normativeDocuments.repealed=+1",
            "activeDisclosure.normativeDocuments.inForce=1,234",
            "activeDisclosure.licensing=１３６，３０２",
            "activeDisclosure.administrativeFees=3.5万元"),
        noted);
    assertEquals(List.of(), read.diagnostics(Diagnostic.Kind.DOUBTFUL));
  }

  @Test
  void aFeeInYuanIsKeptAsPrintedAndDoubted() throws Exception {
    ReadResult read = text.read(report("35,000元"));
    assertEquals(
        AmountCell.mark("35,000元"),
        read.report().cell(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES)));
    List<Diagnostic> doubtful = read.diagnostics(Reason.FEE_UNIT);
    assertEquals(1, doubtful.size(), read.diagnostics()::toString);
    assertEquals(Diagnostic.Kind.DOUBTFUL, doubtful.get(0).kind());
    assertEquals(14, doubtful.get(0).line());
  }

  @Test
  void aWrittenNumberThatTheCanonicalLayoutHoldsAsAMarkStaysAMark() throws Exception {
    AnnualReport r =
        TextFormatTest.report().withCell(CellAddress.of(DisclosureRow.LICENSING), Cell.mark("12件"));
    assertEquals(r, text.read(text.write(r)).report());
  }
}

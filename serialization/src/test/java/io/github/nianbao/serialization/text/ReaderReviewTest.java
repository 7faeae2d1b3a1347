package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.ReviewOutcomes;
import io.github.nianbao.serialization.Diagnostic.Reason;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Inputs a second reviewer found wrong in the rebuilt reader, each fixed. */
class ReaderReviewTest {
  private final TextFormat text = new TextFormat();

  @Test
  void inferredNumbersKeepTheirNotesPastTenThousandLesserNotes() throws Exception {
    String glued =
        Files.readString(Path.of("src/test/resources/corpus/made-08-glued-tongchuan-2023.txt"));
    int title = glued.indexOf('\n');
    // 10,001 lines of text before the first section: each an IGNORED note
    String junk = "页面文字\n".repeat(10_001);
    ReadResult read = text.read(glued.substring(0, title + 1) + junk + glued.substring(title + 1));
    assertFalse(read.diagnostics(Reason.SPLIT_DIGITS).isEmpty());
    assertFalse(read.diagnostics(Reason.MORE_NOTES).isEmpty());
  }

  @Test
  void tableFourOfMarksLikeAMarkdownRuleRoundTrips() throws Exception {
    AnnualReport r =
        TextFormatTest.report()
            .withReviewAndLitigation(
                ReviewAndLitigation.from(
                    g ->
                        ReviewOutcomes.from(
                            c -> c.ordinal() == 0 ? Cell.mark("|") : Cell.mark("-"))));
    assertEquals(r, text.read(text.write(r)).report());
  }

  @Test
  void anAmountWithMoreDecimalsThanTheModelHoldsIsAMark() throws Exception {
    String report =
        String.join(
            "\n",
            "某局2023年政府信息公开工作年度报告",
            "二、主动公开政府信息情况",
            "第二十条第（八）项",
            "行政事业性收费 | 0.12345678901234万元 |",
            "三、收到和处理政府信息公开申请情况");
    ReadResult read = text.read(report);
    assertEquals(
        AmountCell.mark("0.12345678901234万元"),
        read.report().cell(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES)));
  }

  @Test
  void anOverviewCitingLastYearsReportDoesNotSetTheYear() throws Exception {
    String report =
        String.join("\n", "一、总体情况", "2023年，我局认真落实条例。2023年，我局发布了2022年政府信息公开工作年度报告。", "二、主动公开政府信息情况");
    assertEquals(2023, text.read(report).report().year());
  }

  @Test
  void theCallersYearWinsOverAYearTheTextOnlyImplies() throws Exception {
    String report = String.join("\n", "一、总体情况", "2022年，我局认真落实条例。2022年完成。", "二、主动公开政府信息情况");
    ReadResult read =
        text.read(new java.io.StringReader(report), ReadOptions.builder().year(2023).build());
    assertEquals(2023, read.report().year());
    assertTrue(
        read.diagnostics(Reason.METADATA_INFERRED).stream()
            .anyMatch(d -> d.message().contains("given by the caller")));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"#某局", "*某局", ">某局", "|某局", "｜某局", "标题：某局", "**某局**", "•某局", "某局#"})
  void anAgencyThatLooksLikeMarkupRoundTrips(String agency) throws Exception {
    AnnualReport r = TextFormatTest.report().withAgency(agency);
    ReadResult read = text.read(text.write(r));
    assertEquals(r, read.report());
    assertEquals(java.util.List.of(), read.diagnostics(Reason.TITLE_VARIANT));
  }

  @Test
  void anAgencyWithInvisibleCharactersIsTheSameInJsonAndText() throws Exception {
    var json = io.github.nianbao.serialization.ReportFormats.byName("json").orElseThrow();
    String document =
        json.write(TextFormatTest.report()).replace("\"达州市通川区\"", "\"\uFEFF达州市通川区\u200B\"");
    assertTrue(document.contains("\uFEFF达州市通川区\u200B"), document);
    AnnualReport fromJson = json.read(document).report();
    AnnualReport viaText = text.read(text.write(fromJson)).report();
    assertEquals("达州市通川区", fromJson.agency());
    assertEquals(fromJson, viaText);
    assertEquals(fromJson, json.read(json.write(viaText)).report());
  }

  @Test
  void sectionsOutOfOrderAreNotedNotSilent() throws Exception {
    String swapped =
        text.write(TextFormatTest.report())
            .replace("五、存在的主要问题及改进情况", "@@")
            .replace("六、其他需要报告的事项", "五、存在的主要问题及改进情况")
            .replace("@@", "六、其他需要报告的事项");
    ReadResult read = text.read(swapped);
    assertEquals(
        1, read.diagnostics(Reason.HEADING_OUT_OF_ORDER).size(), read.diagnostics()::toString);
  }

  @Test
  void twoReportsInOneTextAreNoted() throws Exception {
    String one = text.write(TextFormatTest.report());
    String two = text.write(TextFormatTest.report().withAgency("另一局").withYear(2022));
    ReadResult read = text.read(one + "\n" + two);
    assertEquals("达州市通川区", read.report().agency());
    var second = read.diagnostics(Reason.SECOND_REPORT);
    assertEquals(1, second.size(), read.diagnostics()::toString);
    assertEquals("另一局2022年政府信息公开工作年度报告", second.get(0).text());
  }

  @Test
  void aNarrativeLineThatLooksLikeATitleRoundTripsWithoutANote() throws Exception {
    AnnualReport r = TextFormatTest.report().withProblemsAndImprovements("见某局2021年政府信息公开工作年度报告");
    ReadResult read = text.read(text.write(r));
    assertEquals(r, read.report());
    assertEquals(java.util.List.of(), read.diagnostics());
  }

  @Test
  void aLabelAloneBeforeItsRealRowDoesNotBlankIt() throws Exception {
    String canonical = text.write(TextFormatTest.report());
    // the label printed alone on a line before the row with its numbers
    String doubled = canonical.replace("行政许可\t136302", "行政许可\n行政许可\t136302");
    ReadResult read = text.read(doubled);
    assertEquals(Cell.of(136302), read.report().cell(CellAddress.of(DisclosureRow.LICENSING)));
    assertEquals(1, read.diagnostics(Reason.DUPLICATE_ROW).size(), read.diagnostics()::toString);
    assertEquals(
        java.util.List.of(),
        read.diagnostics(io.github.nianbao.serialization.Diagnostic.Kind.MISSING_CELL));
  }

  @Test
  void anAgencyOfAThousandCharactersRoundTrips() throws Exception {
    AnnualReport r = TextFormatTest.report().withAgency("某".repeat(1000) + "局");
    ReadResult read = text.read(text.write(r));
    assertEquals(r, read.report());
  }

  @Test
  void anExceptionOfTheCallersReaderIsTheCallers() {
    java.io.Reader failing =
        new java.io.Reader() {
          @Override
          public int read(char[] b, int off, int len) {
            throw new IllegalStateException("the caller's source broke");
          }

          @Override
          public void close() {}
        };
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> text.read(failing));
    assertEquals("the caller's source broke", e.getMessage());
  }
}

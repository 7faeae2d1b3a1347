package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ActiveDisclosure;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReviewAndLitigation;
import io.github.nianbao.core.Scope;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text format's contract, its canonical layout and its typed errors. */
class TextFormatTest {
  private final TextFormat text = new TextFormat();

  static AnnualReport report() {
    return AnnualReport.builder()
        .agency("达州市通川区")
        .year(2023)
        .overview(Overview.of("（一）主动公开。公开信息 7319 条。"))
        .activeDisclosure(
            ActiveDisclosure.builder()
                .rules(DocumentCounts.of(0, 0, 0))
                .normativeDocuments(DocumentCounts.of(1, 0, 10))
                .licensing(Cell.of(136302))
                .penalties(Cell.of(5584))
                .enforcement(Cell.of(998))
                .administrativeFees(AmountCell.of("1953.86"))
                .build())
        .applications(Applications.zero())
        .reviewAndLitigation(ReviewAndLitigation.zero())
        .problemsAndImprovements("主要问题：无。")
        .otherMatters("未收取信息处理费。")
        .build();
  }

  @Test
  void isFoundByNameAndFileNameThroughTheServiceLoader() {
    ReportFormat f = ReportFormats.byName("TEXT").orElseThrow();
    assertInstanceOf(TextFormat.class, f);
    assertEquals("text", f.name());
    assertEquals(List.of(".txt", ".md"), f.fileExtensions());
    assertInstanceOf(TextFormat.class, ReportFormats.forFileName("报告.TXT").orElseThrow());
  }

  @Test
  void theCanonicalLayoutIsTheGoldenFile() {
    assertEquals(Seeds.text("canonical/report.txt"), text.write(report()));
  }

  /**
   * A narrative's lines end in whatever breaks the text has (a lone {@code \r} as old Mac files
   * write, {@code \r\n}, mixed): the model holds them joined by {@code \n}.
   */
  @Test
  void aNarrativeReadsTheSameWhateverItsLinesEndWith() throws Exception {
    String narrative = "第一行。\n第二行。\n\n第三行。";
    AnnualReport report =
        AnnualReport.builder().from(report()).problemsAndImprovements(narrative).build();
    String written = text.write(report);
    for (String breaks : List.of("\r", "\r\n", "mixed")) {
      String page =
          breaks.equals("mixed")
              ? written.replace("第一行。\n", "第一行。\r").replace("第二行。\n", "第二行。\r\n")
              : written.replace("\n", breaks);
      ReadResult r = text.read(page);
      assertEquals(narrative, r.report().problemsAndImprovements(), breaks);
      assertEquals(report, r.report(), breaks);
    }
  }

  @Test
  void theCanonicalLayoutReadsBackWithoutDiagnostics() throws Exception {
    ReadResult r = text.read(text.write(report()));
    assertEquals(report(), r.report());
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void scopeIsWrittenOnlyWhenItIsNotTheDefault() throws Exception {
    AnnualReport aggregate = report().withScope(Scope.AGGREGATE);
    String w = text.write(aggregate);
    assertTrue(w.startsWith("达州市通川区2023年政府信息公开工作年度报告\n范围：AGGREGATE\n"), w);
    assertEquals(aggregate, text.read(w).report());
    assertTrue(!text.write(report()).contains("范围："));
  }

  @Test
  void theFormatLineNamesTheFormatAndAnUnknownFormatIsUnsupported() throws Exception {
    String w = text.write(report());
    String withLine = w.replaceFirst("\n", "\n格式：国办公开办函〔2021〕30号\n");
    assertEquals(report(), text.read(withLine).report());
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> text.read(w.replaceFirst("\n", "\n格式：国办公开办函〔2030〕1号\n")));
    assertEquals(ErrorType.UNSUPPORTED_VERSION, e.errorType());
    assertEquals(2, e.line());
  }

  @Test
  void agencyAndYearFromTheTitleInEachPrintedForm() throws Exception {
    String body = text.write(report()).substring("达州市通川区2023年政府信息公开工作年度报告\n".length());
    for (String title :
        List.of(
            "达州市通川区2023年政府信息公开工作年度报告",
            "达州市通川区 2023 年政府信息公开工作年度报告",
            "达州市通川区\n\n2023 年政府信息公开工作年度报告",
            "  达州市通川区\n2023年度政府信息公开工作年度报告",
            "达州市通川区２０２３年政府信息公开工作年度报告",
            "2023年度达州市通川区政府信息公开工作年度报告",
            "• 达州市通川区2023年政府信息公开工作年度报告")) {
      AnnualReport r = text.read(title + "\n" + body).report();
      assertEquals("达州市通川区", r.agency(), title);
      assertEquals(2023, r.year(), title);
    }
  }

  @Test
  void anAgencyEndingInADigitOrEmptyRoundTrips() throws Exception {
    for (String agency : List.of("第3中学", "第32", "", "某 局")) {
      AnnualReport r = report().withAgency(agency);
      assertEquals(r, text.read(text.write(r)).report(), agency);
    }
  }

  @Test
  void narrativeLinesThatLookLikeHeadingsAreEscapedAndReadBack() throws Exception {
    AnnualReport r =
        report()
            .withOtherMatters("二、主动公开政府信息情况\n\\六、其他需要报告的事项\n分享到:\n\\x")
            .withProblemsAndImprovements("六、其他需要报告的事项");
    String w = text.write(r);
    assertTrue(w.contains("\n\\二、主动公开政府信息情况\n\\\\六、其他需要报告的事项\n\\分享到:\n\\x\n"), w);
    assertEquals(r, text.read(w).report());
  }

  @Test
  void marksAndBlanksAreWrittenAsPrintedAndReadBack() throws Exception {
    CellAddress fee = CellAddress.all().get(9);
    AnnualReport r =
        report()
            .withActiveDisclosure(
                report()
                    .activeDisclosure2021()
                    .withLicensing(Cell.mark("/"))
                    .withPenalties(Cell.blank())
                    .withAdministrativeFees(AmountCell.mark("不适用")));
    String w = text.write(r);
    assertTrue(w.contains("\n行政许可\t/\n"), w);
    assertTrue(w.contains("\n行政处罚\t\n"), w);
    assertTrue(w.contains("\n行政事业性收费\t不适用\n"), w);
    ReadResult back = text.read(w);
    assertEquals(r, back.report());
    assertEquals(AmountCell.mark("不适用"), back.report().cell(fee));
  }

  // ------------------------------------------------------------------ errors

  private ReportParseException fails(String input) {
    return assertThrows(ReportParseException.class, () -> text.read(input));
  }

  @Test
  void emptyInputIsEmpty() {
    assertEquals(ErrorType.EMPTY, fails("").errorType());
    assertEquals(ErrorType.EMPTY, fails(" \n\t\u3000\r\n").errorType());
    assertEquals(ErrorType.EMPTY, fails("\uFEFF").errorType());
  }

  @Test
  void controlCharactersAreBinaryWithTheirPlace() {
    ReportParseException e = fails("达州市2023年政府信息公开工作年度报告\n一、\u0000总体情况");
    assertEquals(ErrorType.BINARY, e.errorType());
    assertEquals(2, e.line());
    assertEquals(3, e.column());
    assertEquals(ErrorType.BINARY, fails("PK\u0003\u0004").errorType());
  }

  @Test
  void inputBeyondTheLimitIsTooLarge() {
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] buf, int off, int len) {
            java.util.Arrays.fill(buf, off, off + len, '0');
            return len;
          }

          @Override
          public void close() {}
        };
    ReportParseException e = assertThrows(ReportParseException.class, () -> text.read(endless));
    assertEquals(ErrorType.TOO_LARGE, e.errorType());
  }

  @Test
  void inputJustWithinTheLimitIsRead() throws IOException {
    String w = text.write(report());
    String big = w + " ".repeat(TextFormat.MAX_INPUT_CHARS - w.length());
    assertEquals(report(), text.read(big).report());
  }

  @Test
  void textWithoutAnySectionIsNotAReport() {
    ReportParseException e = fails("达州市2023年政府信息公开工作年度报告\n只有一段文字。");
    assertEquals(ErrorType.NOT_A_REPORT, e.errorType());
  }

  @Test
  void aReportWithoutTitleYearHasNoYear() {
    assertEquals(ErrorType.NO_YEAR, fails("一、总体情况\n无。").errorType());
    ReportParseException e = fails("某局1999年政府信息公开工作年度报告\n一、总体情况\n无。");
    assertEquals(ErrorType.NO_YEAR, e.errorType());
    assertEquals(1, e.line());
  }

  @Test
  void aReportWithMissingTablesHasEveryCellBlankWithADiagnostic() throws Exception {
    ReadResult r = text.read("某局2023年政府信息公开工作年度报告\n一、总体情况\n无。");
    assertEquals(200, r.diagnostics(Diagnostic.Kind.MISSING_CELL).size());
    for (CellAddress a : CellAddress.all(r.report().formatVersion())) {
      assertEquals("", r.report().cell(a).printed(), a.path());
    }
    assertEquals("无。", r.report().overview().text());
  }

  @Test
  void aTruncatedTableLeavesTheRestBlankAndNeverInventsANumber() throws Exception {
    String w = text.write(report());
    String cut = w.substring(0, w.indexOf("行政强制"));
    ReadResult r = text.read(cut);
    assertEquals(Cell.of(5584), r.report().activeDisclosure2021().penalties());
    assertEquals(Cell.blank(), r.report().activeDisclosure2021().enforcement());
    assertEquals(AmountCell.blank(), r.report().activeDisclosure2021().administrativeFees());
    assertEquals(2 + 175 + 15, r.diagnostics(Diagnostic.Kind.MISSING_CELL).size());
  }

  @Test
  void aDecimalInACountIsAMarkNotANumber() throws Exception {
    String w = text.write(report()).replace("\n行政许可\t136302\n", "\n行政许可\t1.5\n");
    assertEquals(Cell.mark("1.5"), text.read(w).report().activeDisclosure2021().licensing());
  }

  @Test
  void aFeeWithAnExponentIsNeitherNumberNorMarkAndIsReported() throws Exception {
    String w = text.write(report()).replace("\t1953.86\n", "\t1E+999999999\n");
    ReadResult r = text.read(w);
    assertEquals(AmountCell.blank(), r.report().activeDisclosure2021().administrativeFees());
    assertTrue(
        r.diagnostics(Diagnostic.Kind.MISSING_CELL).stream()
            .anyMatch(
                d -> d.cell().orElseThrow().path().equals("activeDisclosure.administrativeFees")));
  }

  @Test
  void windowsLineEndingsReadTheSame() {
    for (String name : TextFormatProperties.SAMPLES) {
      String unix = Seeds.text(name);
      assertEquals(
          Seeds.read(name).report(),
          assertDoesNotThrowRead(unix.replace("\n", "\r\n")).report(),
          name);
    }
  }

  private ReadResult assertDoesNotThrowRead(String input) {
    try {
      return text.read(input);
    } catch (ReportParseException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void fullWidthDigitsAreNumbers() throws Exception {
    String w =
        text.write(report())
            .replace("\n行政许可\t136302\n", "\n行政许可\t１３６３０２\n")
            .replace("\t1953.86\n", "\t１９５３．８６\n");
    ReadResult r = text.read(w);
    assertEquals(report(), r.report());
  }

  private static final String TITLE_AND_OVERVIEW = "某局2023年政府信息公开工作年度报告\n一、总体情况\n无。\n";

  @Test
  void aRowPrintedTwiceKeepsTheFirstAndReportsTheSecond() throws Exception {
    ReadResult r = text.read(TITLE_AND_OVERVIEW + "二、主动公开政府信息情况\n行政许可\t5\n行政处罚\t6\n行政许可\t7\n");
    assertEquals(Cell.of(5), r.report().activeDisclosure2021().licensing());
    assertEquals(Cell.of(6), r.report().activeDisclosure2021().penalties());
    assertEquals(List.of("7:7"), SeedAssertions.lines(r, Diagnostic.Kind.UNPLACED));
  }

  @Test
  void aLabelBeyondTheBoundIsUnplacedAndItsRowMissing() throws Exception {
    ReadResult r = text.read(TITLE_AND_OVERVIEW + "二、主动公开政府信息情况\n行政许可\t5\n行政罚款\t6\n行政强制\t8\n");
    assertEquals(Cell.blank(), r.report().activeDisclosure2021().penalties());
    assertEquals(Cell.of(8), r.report().activeDisclosure2021().enforcement());
    assertEquals(List.of("6:行政罚款", "6:6"), SeedAssertions.lines(r, Diagnostic.Kind.UNPLACED));
    assertTrue(
        r.diagnostics(Diagnostic.Kind.MISSING_CELL).stream()
            .anyMatch(d -> d.cell().orElseThrow().path().equals("activeDisclosure.penalties")));
  }

  @Test
  void marksInOneCellALineAreMarks() throws Exception {
    ReadResult r = text.read(TITLE_AND_OVERVIEW + "二、主动公开政府信息情况\n规章\n/\n—\n0\n行政许可\n不适用\n");
    assertEquals(Cell.mark("/"), r.report().activeDisclosure2021().rules().issued());
    assertEquals(Cell.mark("—"), r.report().activeDisclosure2021().rules().repealed());
    assertEquals(Cell.of(0), r.report().activeDisclosure2021().rules().inForce());
    assertEquals(Cell.mark("不适用"), r.report().activeDisclosure2021().licensing());
  }

  @Test
  void aLabelBrokenOverTwoLinesIsJoined() throws Exception {
    ReadResult r =
        text.read(
            TITLE_AND_OVERVIEW
                + "三、收到和处理政府信息公开申请情况\n5．要求行政机关确认或重新\n出具已获取信息\t1\t2\t3\t4\t5\t6\t21\n");
    assertEquals(
        Cell.of(21),
        r.report().applications().outcomes().notProcessed().confirmationRequest().total());
    assertEquals(List.of(), r.diagnostics(Diagnostic.Kind.UNPLACED));
  }
}

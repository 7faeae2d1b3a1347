package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.testing.AnyReports;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The laws of the text format, over any report, and its robustness over any input. */
class TextFormatProperties {
  private final TextFormat text = new TextFormat();

  static final List<String> SAMPLES =
      List.of(
          "seeds/000_da43b1e554017db7.txt",
          "seeds/001_f78362fcf04790d2.txt",
          "seeds/002_91d5f5a0561784d8.txt",
          "seeds/003_16e51b8a446c7100.txt",
          "seeds/004_070df74db560079b.txt",
          "reports/pdf_tabs_page_breaks.txt",
          "reports/html_one_cell_a_line.txt",
          "reports/space_separated.txt");

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  @Property(tries = 300)
  void readOfWriteIsTheReportWithoutDiagnostics(@ForAll("reports") AnnualReport r)
      throws Exception {
    ReadResult back = text.read(text.write(r));
    assertEquals(r, back.report());
    assertEquals(List.of(), back.diagnostics());
  }

  @Property(tries = 300)
  void writeOfReadOfWriteIsByteIdentical(@ForAll("reports") AnnualReport r) throws Exception {
    byte[] once = text.write(r).getBytes(StandardCharsets.UTF_8);
    byte[] twice =
        text.write(text.read(new String(once, StandardCharsets.UTF_8)).report())
            .getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(once, twice);
  }

  /** Narrative lines that look like headings, page furniture or escapes. */
  @Provide
  Arbitrary<String> trickyNarratives() {
    List<String> pool = new ArrayList<>();
    for (ReportSection s : ReportSection.values()) {
      pool.add(s.heading());
      pool.add("  " + s.heading() + "\t");
      pool.add("• " + s.heading());
      pool.add(s.title());
      pool.add("\\" + s.heading());
      pool.add("\\\\" + s.heading());
    }
    pool.addAll(
        List.of(
            "五、存在的主要问题及改进措施",
            "分享到:",
            "\\分享到:",
            "  • 来源:",
            "- 3 -",
            "第 2 页 共 5 页",
            "\\",
            "\\\\",
            "",
            "  ",
            "2023年政府信息公开工作年度报告",
            "格式：国办公开办函〔2019〕60号",
            "范围：AGGREGATE",
            "（一）主动公开",
            "一、本年新收政府信息公开申请数量\t1\t2\t3\t4\t5\t6\t7",
            "行政许可\t5",
            "plain text"));
    return Arbitraries.of(pool).list().ofMaxSize(8).map(l -> String.join("\n", l));
  }

  @Property(tries = 300)
  void narrativesThatLookLikeStructureRoundTrip(
      @ForAll("reports") AnnualReport r,
      @ForAll("trickyNarratives") String a,
      @ForAll("trickyNarratives") String b,
      @ForAll("trickyNarratives") String c)
      throws Exception {
    AnnualReport tricky =
        r.withOverview(Overview.of(a)).withProblemsAndImprovements(b).withOtherMatters(c);
    String written = text.write(tricky);
    ReadResult back = text.read(written);
    assertEquals(tricky, back.report());
    assertEquals(List.of(), back.diagnostics());
    assertEquals(written, text.write(back.report()));
  }

  @Provide
  Arbitrary<String> samples() {
    return Arbitraries.of(SAMPLES).map(Seeds::text);
  }

  @Provide
  Arbitrary<String> canonical() {
    return AnyReports.reports().map(text::write);
  }

  @Property(tries = 200)
  void shuffledLinesGiveAResultOrATypedError(@ForAll("samples") String sample, @ForAll long seed) {
    List<String> lines = new ArrayList<>(sample.lines().toList());
    Collections.shuffle(lines, new Random(seed));
    readSafely(String.join("\n", lines));
  }

  @Property(tries = 200)
  void shuffledCanonicalLinesGiveAResultOrATypedError(
      @ForAll("canonical") String sample, @ForAll long seed) {
    List<String> lines = new ArrayList<>(sample.lines().toList());
    Collections.shuffle(lines, new Random(seed));
    readSafely(String.join("\n", lines));
  }

  @Property(tries = 300)
  void truncatedInputGivesAResultOrATypedError(
      @ForAll("samples") String sample, @ForAll @IntRange(min = 0, max = 1000) int permille) {
    readSafely(sample.substring(0, (int) ((long) sample.length() * permille / 1000)));
  }

  @Property(tries = 300)
  void deletedLinesGiveAResultOrATypedError(@ForAll("samples") String sample, @ForAll long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (String l : sample.lines().toList()) {
      if (random.nextInt(4) != 0) {
        lines.add(l);
      }
    }
    readSafely(String.join("\n", lines));
  }

  @Property(tries = 300)
  void randomBytesGiveAResultOrATypedError(@ForAll @Size(max = 2000) byte[] bytes) {
    readSafely(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Random text made of the pieces real reports are made of. */
  @Provide
  Arbitrary<String> pieces() {
    List<String> pool = new ArrayList<>();
    for (ReportSection s : ReportSection.values()) {
      pool.add(s.heading());
    }
    pool.addAll(
        List.of(
            "达州市2023年政府信息公开工作年度报告",
            "2023 年政府信息公开工作年度报告",
            "\t",
            "\n",
            "\n\n",
            " ",
            "0",
            "12",
            "-3",
            "1.5",
            "1953.86",
            "/",
            "—",
            "无",
            "(",
            "（三）",
            "1.",
            "一、",
            "三、",
            "(三) 不予公开",
            "规 章",
            "行政许可",
            "总计",
            "其他",
            "结果 维持",
            "信息内容",
            "申请人情况",
            "第二十条第（一）项",
            "1. 属于国家秘密",
            "2.他法律行政法规禁止公开",
            "四、结转下年度继续办理",
            "办理结果占比情况",
            "分享到:",
            "\\",
            "\f",
            "\r",
            "\u3000",
            "\u00A0",
            "•",
            "９９",
            "99999999999999999999999",
            "1E+999999999",
            "格式：",
            "范围：",
            "AGGREGATE"));
    return Arbitraries.of(pool).list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Property(tries = 1000)
  void randomReportLikeTextGivesAResultOrATypedError(@ForAll("pieces") String input) {
    readSafely(input);
  }

  @Property(tries = 200)
  void randomTextWithACanonicalTitleAndHeadingsGivesAResult(
      @ForAll("pieces") String a, @ForAll("pieces") String b) {
    ReadResult r = readSafely("某局2023年政府信息公开工作年度报告\n一、总体情况\n" + a + "\n三、收到和处理政府信息公开申请情况\n" + b);
    assertTrue(r != null, "a title and a heading make a report");
    assertEquals("某局", r.report().agency());
    assertEquals(2023, r.report().year());
  }

  /**
   * Reads input that may be anything: the reader returns a result whose diagnostics point into the
   * input, or throws a ReportParseException that is not the safety net for an internal error.
   */
  private ReadResult readSafely(String input) {
    try {
      ReadResult r = text.read(input);
      long lines = input.lines().count();
      for (Diagnostic d : r.diagnostics()) {
        assertTrue(d.line() >= 0 && d.line() <= lines, d::toString);
      }
      return r;
    } catch (ReportParseException e) {
      // a refusal says where, within the input
      long lines = input.lines().count();
      assertTrue(e.line() >= 0 && e.line() <= lines + 1, e::getMessage); // + 1: the end of input
      assertFalse(
          e.getCause() instanceof RuntimeException, () -> "an internal error: " + e.getCause());
      return null;
    }
  }

  @Property(tries = 50)
  void aReportWithEveryCellBlankOrMarkedRoundTrips(
      @ForAll("reports") AnnualReport r, @ForAll("marks") String mark) throws Exception {
    // the same mark (or blank) in every count cell
    AnnualReport marked =
        r.withApplications(
                io.github.nianbao.core.Applications.fromRows(
                    r.formatVersion(),
                    row ->
                        io.github.nianbao.core.ApplicantCounts.from(
                            c ->
                                mark.isEmpty()
                                    ? io.github.nianbao.core.Cell.blank()
                                    : io.github.nianbao.core.Cell.mark(mark))))
            .withReviewAndLitigation(
                io.github.nianbao.core.ReviewAndLitigation.from(
                    g ->
                        io.github.nianbao.core.ReviewOutcomes.from(
                            c ->
                                mark.isEmpty()
                                    ? io.github.nianbao.core.Cell.blank()
                                    : io.github.nianbao.core.Cell.mark(mark))));
    ReadResult back = text.read(text.write(marked));
    assertEquals(marked, back.report());
    assertEquals(List.of(), back.diagnostics());
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("", "/", "—", "无", "不适用", "N/A", "1.5", "\"x\"", "见附件");
  }
}

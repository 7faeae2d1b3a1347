package io.github.nianbao.examples.cli;

import static io.github.nianbao.examples.cli.CliTest.nianbao;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ActiveDisclosure2019;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicantCounts;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Applications;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.FeeItems;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ItemCounts;
import io.github.nianbao.core.Overview;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.Procurement;
import io.github.nianbao.core.PublishedDocuments;
import io.github.nianbao.examples.SampleReports;
import io.github.nianbao.serialization.ReportFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on reports of the 2019 trial format and on a 2019–2024 series of one body. */
class Format2019CliTest {

  @TempDir Path dir;

  private static final String[] TEXTS = {
    "主要问题是政策解读形式较为单一，下一步将制作图解和视频解读。",
    "部分栏目更新不够及时。今后将建立栏目维护责任清单，按月检查。",
    "依申请公开答复的规范性有待提高，将开展业务培训并完善答复模板。",
    "基层政务公开标准化规范化建设仍需深化，计划推进目录编制。",
    "政府网站集约化后信息迁移存在遗漏，已逐条核对并补充发布。",
    "公众参与渠道不够丰富，将拓展网上调查和意见征集方式。"
  };

  /** The 2021-format Table 3 of the sample with 二 = 四 (a constant carry) and 一 balancing. */
  private static Applications steadyTable3() {
    Applications t3 = SampleReports.tongchuan2023().applications();
    ApplicantCounts forward = t3.carriedForward();
    long[] received = new long[6];
    for (ApplicantCategory c : ApplicantCategory.parts()) {
      received[c.ordinal()] = t3.outcomes().total().get(c).value();
    }
    ApplicantCounts newly =
        ApplicantCounts.ofParts(
            received[0], received[1], received[2], received[3], received[4], received[5]);
    return t3.withCarriedOver(forward).withNewlyReceived(newly);
  }

  private static AnnualReport year2021Format(int year) {
    AnnualReport base = SampleReports.tongchuan2023();
    return AnnualReport.builder()
        .from(base)
        .year(year)
        .overview(Overview.empty())
        .activeDisclosure(
            base.activeDisclosure2021()
                .withRules(DocumentCounts.of(0, 0, 0))
                .withNormativeDocuments(DocumentCounts.of(1, 1, 10)))
        .applications(steadyTable3())
        .problemsAndImprovements(TEXTS[year - 2019])
        .build();
  }

  private static AnnualReport year2019Format(int year) {
    Applications t3 = steadyTable3();
    ApplicantCounts other =
        t3.row(ApplicationRow.OTHER_HANDLING_OVERDUE_CORRECTION)
            .plus(t3.row(ApplicationRow.OTHER_HANDLING_UNPAID_FEE))
            .plus(t3.row(ApplicationRow.OTHER_HANDLING_OTHER));
    Applications v2019 =
        Applications.fromRows(
            FormatVersion.V2019, r -> r == ApplicationRow.OTHER_HANDLING ? other : t3.row(r));
    return AnnualReport.builder()
        .from(year2021Format(year))
        .activeDisclosure(
            ActiveDisclosure2019.builder()
                .rules(PublishedDocuments.of(0, 0, 0))
                .normativeDocuments(PublishedDocuments.of(2, 2, 9))
                .licensing(ItemCounts.of(120, 0, 136302))
                .otherManagementServices(ItemCounts.of(40, 0, 812))
                .penalties(ItemCounts.of(35, 0, 5584))
                .enforcement(ItemCounts.of(6, 0, 17))
                .administrativeFees(FeeItems.of(Cell.of(4), Cell.of(0)))
                .centralizedProcurement(
                    Procurement.of(
                        Cell.of(3), PrintedAmount.of(year == 2019 ? "251000元" : "180000元")))
                .build())
        .applications(v2019)
        .build();
  }

  private Path write(String name, AnnualReport r, String format) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(
        p, ReportFormats.byName(format).orElseThrow().write(r), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aSeriesFrom2019To2024AcrossTheChangeOfFormatHasNoFinding() throws IOException {
    List<String> files = new ArrayList<>();
    for (int year = 2019; year <= 2024; year++) {
      AnnualReport r = year <= 2020 ? year2019Format(year) : year2021Format(year);
      files.add(
          write(year + (year % 2 == 0 ? ".json" : ".txt"), r, year % 2 == 0 ? "json" : "text")
              .toString());
    }
    CliTest.Run run = nianbao(concat(new String[] {"series", "--lang", "en"}, files));
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(!run.out().contains("ERROR") && !run.out().contains("WARNING"), run.out());
    // 2020 carries forward other than 2021 carries over: an error across the change of format
    AnnualReport off =
        year2021Format(2021)
            .withApplications(
                steadyTable3()
                    .withCarriedOver(ApplicantCounts.ofParts(9, 0, 0, 0, 0, 0))
                    .withNewlyReceived(steadyTable3().newlyReceived()));
    write("2021.txt", off, "text");
    CliTest.Run broken = nianbao(concat(new String[] {"series", "--lang", "en"}, files));
    assertEquals(1, broken.code(), broken.out() + broken.err());
    assertTrue(broken.out().contains("2021 ERROR SERIES.CARRY"), broken.out());
  }

  private static String[] concat(String[] head, List<String> tail) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(tail);
    return all.toArray(String[]::new);
  }

  @Test
  void validateConvertAndSumA2019FormatReport() throws IOException {
    AnnualReport r = year2019Format(2020);
    Path text = write("2020.txt", r, "text");
    CliTest.Run valid = nianbao("validate", "--lang", "en", text.toString());
    assertEquals(0, valid.code(), valid.out() + valid.err());
    assertTrue(!valid.out().contains("ERROR") && !valid.out().contains("WARNING"), valid.out());

    CliTest.Run json = nianbao("convert", "--to", "json", text.toString());
    assertEquals(0, json.code(), json.err());
    assertTrue(
        json.out().contains("\"formatVersion\" : \"2019\"")
            || json.out().contains("\"formatVersion\": \"2019\""),
        json.out());
    Path back = dir.resolve("2020.json");
    Files.writeString(back, json.out(), StandardCharsets.UTF_8);
    CliTest.Run again = nianbao("convert", "--to", "text", back.toString());
    assertEquals(Files.readString(text), again.out());

    Path other = write("other.txt", r.withAgency("另一个局"), "text");
    CliTest.Run sum = nianbao("sum", "--agency", "合计", text.toString(), other.toString());
    assertEquals(0, sum.code(), sum.err());
    assertTrue(sum.out().contains("格式：国办公开办函〔2019〕60号"), sum.out());
    assertTrue(sum.out().contains("政府集中采购\t6\t360000元"), sum.out());

    // a 2019-format report printed for 2023: read as its tables show, with a note and a warning
    Path late = write("late.txt", r.withYear(2023), "text");
    String withoutLine = Files.readString(late).replaceFirst("\n格式：[^\n]*", "");
    Files.writeString(late, withoutLine, StandardCharsets.UTF_8);
    CliTest.Run warned = nianbao("validate", "--lang", "en", late.toString());
    assertEquals(0, warned.code(), warned.out() + warned.err());
    assertTrue(warned.out().contains("WARNING VERSION.YEAR"), warned.out());
    // the reader's note that the tables, not the year, decided the format is counted, not listed
    assertTrue(warned.out().contains("1 reader note(s)"), warned.out());

    // two formats are not summed: exit 2, both files named
    Path v2021 = write("v2021.txt", year2021Format(2020).withAgency("第三个局"), "text");
    CliTest.Run mixed = nianbao("sum", text.toString(), v2021.toString());
    assertEquals(2, mixed.code(), mixed.out() + mixed.err());
    assertTrue(mixed.err().contains("v2021.txt") && mixed.err().contains("2020.txt"), mixed.err());
    assertTrue(mixed.err().contains("cannot be summed"), mixed.err());
    assertEquals("", mixed.out());
  }
}

package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --html}: the page as written (its browser rendering is {@link
 * AuditPageBrowserIT}'s).
 */
class AuditHtmlTest {

  @TempDir Path dir;

  @Test
  void theMutatedReportComesFirstAndEachFindingLinksToItsCell() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    AuditPage.write(in);
    Path html = dir.resolve("page.html");
    CliTest.Run run = CliTest.nianbao("validate", "--html", html.toString(), in.toString());
    assertEquals(2, run.code(), "an unreadable file: " + run.err());
    // the run's own output is still the text of --to
    assertTrue(run.out().contains("汇总：共 2 份报告"), run.out());
    String page = Files.readString(html, StandardCharsets.UTF_8);

    List<String> links = AuditPage.assertEveryLinkHasItsTarget(page);
    // the worst report is r1: the mutated one, whose findings link to its cells
    int mutatedAt = page.indexOf("b-mutated.json</p>");
    int hostileAt = page.indexOf("a-hostile.json</p>");
    assertTrue(mutatedAt > 0 && hostileAt > mutatedAt, "worst first");
    assertTrue(page.indexOf("id=\"r1\"") < mutatedAt && page.indexOf("id=\"r2\"") > mutatedAt);
    ValidationResult result = ReportValidator.standard().validate(AuditCsvTest.mutated());
    assertFalse(result.findings(Severity.ERROR).isEmpty());
    for (Finding f : result.findings()) {
      if (f.cell().isPresent()) {
        assertTrue(links.contains("r1-" + f.cell().get().path()), f.toString());
      }
    }
    // the hostile report's one warning: its blank cell
    assertTrue(links.contains("r2-" + AuditPage.BLANK.path()), links.toString());
    String total = "r1-applications.carriedForward.total";
    assertTrue(links.contains(total));
    // the linked cell is the exact cell: its printed number, marked as an error
    int cell = page.indexOf("id=\"" + total + "\"");
    String td = page.substring(page.lastIndexOf("<td", cell), page.indexOf("</td>", cell));
    long printed =
        AuditCsvTest.mutated()
            .count(CellAddress.parse("applications.carriedForward.total").get())
            .value();
    assertTrue(td.endsWith(">" + printed), td);
    assertTrue(td.contains("class=\"error\""), td);
    // a finding a link, as many links as findings of both reports (and the reports' own)
    int findings =
        result.findings().size()
            + ReportValidator.standard().validate(hostile(in)).findings().size();
    assertEquals(findings, AuditPage.count(page, "class=\"finding\""));

    // every cell of both reports has its id
    for (CellAddress a : CellAddress.all(AuditCsvTest.mutated().formatVersion())) {
      assertTrue(page.contains("id=\"r1-" + a.path() + "\""), a.path());
      assertTrue(page.contains("id=\"r2-" + a.path() + "\""), a.path());
    }
    // the charts: per rule and per agency, inline SVG bars
    assertEquals(2, AuditPage.count(page, "<svg class=\"chart\""));
    assertTrue(AuditPage.count(page, "<rect class=\"bar") >= 2);
    assertTrue(page.contains(">T3.ROW_TOTAL<title>"), "the rule's bar is labelled");
    // report text is escaped: the agency's and the mark's markup shows as text
    assertFalse(page.contains("<script"), "no script");
    assertFalse(page.contains("<b>无"), "no markup from a cell");
    assertTrue(page.contains("示例&lt;script&gt;alert(1)&lt;/script&gt;&amp;局"));
    assertTrue(page.contains("&lt;b&gt;无&lt;/b&gt;"));
    // the unreadable file is listed with its error
    assertTrue(page.contains("c-broken.txt"), "the unreadable file is named");
    // nothing is fetched: no URL in the page but the SVG namespace
    for (String attribute : List.of("src", "href")) {
      for (String v : AuditPage.attributes(page, attribute)) {
        assertTrue(v.startsWith("#"), v);
      }
    }
    assertFalse(page.contains("url("), "no CSS fetch");
    assertFalse(page.contains("<link"), "no stylesheet link");
  }

  private static io.github.nianbao.core.AnnualReport hostile(Path in) {
    return Inputs.read(
            in.resolve("a-hostile.json"),
            io.github.nianbao.serialization.ReadOptions.builder().build(),
            System.in)
        .result()
        .report();
  }

  @Test
  void aPageThatCannotBeWrittenEndsTheRunBeforeAnyReportIsRead() {
    Path nowhere = dir.resolve("no-such-dir").resolve("page.html");
    CliTest.Run run = CliTest.nianbao("validate", "--html", nowhere.toString(), "samples");
    assertEquals(2, run.code());
    assertEquals("", run.out(), "no report was validated");
    assertTrue(run.err().startsWith("nianbao: no such file or directory: "), run.err());
  }

  @Test
  void theSamplesPageHasAReportSectionAndALinkPerFinding() throws IOException {
    Map<String, ValidationResult> results = AuditCsvTest.samplesValidated();
    Path html = dir.resolve("samples.html");
    CliTest.Run run =
        CliTest.nianbao("validate", "--to", "json", "--html", html.toString(), "samples");
    assertTrue(run.out().startsWith("{"), "--to still writes its format");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    AuditPage.assertEveryLinkHasItsTarget(page);
    long withFindings = results.values().stream().filter(r -> !r.findings().isEmpty()).count();
    assertTrue(withFindings > 0);
    assertEquals(withFindings, AuditPage.count(page, "<section class=\"report\""));
    // every report is a row of the list, those with findings a link to their section
    String list = page.substring(page.indexOf("id=\"reports\""), page.indexOf("<section"));
    assertEquals(results.size() + 1, AuditPage.count(list, "<tr>"), "a header and a row a report");
    assertEquals(withFindings, AuditPage.count(list, "<a href=\"#r"));
    int findings = results.values().stream().mapToInt(r -> r.findings().size()).sum();
    assertEquals(findings, AuditPage.count(page, "class=\"finding\""));
    // worst first: the errors of the reports' sections never increase down the page
    List<String> order =
        AuditPage.attributes(page, "id").stream().filter(id -> id.matches("r\\d+")).toList();
    assertEquals(withFindings, order.size());
    int previous = Integer.MAX_VALUE;
    for (String id : order) {
      int from = page.indexOf("<section class=\"report\" id=\"" + id + "\"");
      int to = page.indexOf("</section>", from);
      int errors = AuditPage.count(page.substring(from, to), "<tr class=\"error\"");
      assertTrue(errors <= previous, id + " has more errors than the report before it");
      previous = errors;
    }
  }
}

package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.ReportFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The reports of the page tests, and a scan of a page's ids and links. */
final class AuditPage {
  private AuditPage() {}

  /** An agency name with markup in it: the page must show it, not run it. */
  static final String HOSTILE_AGENCY = "示例<script>alert(1)</script>&局";

  /** The mark of the hostile report's cell: markup too. */
  static final String HOSTILE_MARK = "<b>无</b>";

  /** The cell the hostile report marks. */
  static final CellAddress MARKED =
      CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.OTHER);

  /** The cell the hostile report leaves blank: a warning (CELL.BLANK), no error. */
  static final CellAddress BLANK =
      CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.NATURAL_PERSON);

  /**
   * Writes three reports into a directory: the mutated one of {@link AuditCsvTest#mutated()}
   * (errors), a valid one renamed with markup, with a marked cell and a blank one (a warning, no
   * error), and a file that cannot be read.
   */
  static void write(Path dir) throws IOException {
    var json = ReportFormats.byName("json").orElseThrow();
    AnnualReport valid = io.github.nianbao.examples.SampleReports.all().get(0);
    AnnualReport hostile =
        AnnualReport.copyOf(valid)
            .withAgency(HOSTILE_AGENCY)
            .withCell(MARKED, Cell.mark(HOSTILE_MARK))
            .withCell(BLANK, Cell.blank());
    Files.writeString(dir.resolve("a-hostile.json"), json.write(hostile), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b-mutated.json"), json.write(AuditCsvTest.mutated()), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("c-broken.txt"), "不是报告");
  }

  /** The values of an attribute in a page, in order, as a scan finds {@code name="…"}. */
  static List<String> attributes(String page, String name) {
    List<String> values = new ArrayList<>();
    String key = " " + name + "=\"";
    for (int i = page.indexOf(key); i >= 0; i = page.indexOf(key, i + 1)) {
      int from = i + key.length();
      values.add(page.substring(from, page.indexOf('"', from)));
    }
    return values;
  }

  /** Unescapes the five entities the page writes. */
  static String unescape(String s) {
    return s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** Checks that every link to a place in the page has a target, and returns the links. */
  static List<String> assertEveryLinkHasItsTarget(String page) {
    Set<String> ids = new HashSet<>();
    for (String id : attributes(page, "id")) {
      assertTrue(ids.add(unescape(id)), "the id " + id + " is given twice");
    }
    List<String> links = new ArrayList<>();
    for (String href : attributes(page, "href")) {
      assertTrue(href.startsWith("#"), "a link out of the page: " + href);
      String target = unescape(href.substring(1));
      assertTrue(ids.contains(target), "no element has the id " + target);
      links.add(target);
    }
    return links;
  }

  /** The number of occurrences of a text. */
  static int count(String page, String text) {
    return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }
}

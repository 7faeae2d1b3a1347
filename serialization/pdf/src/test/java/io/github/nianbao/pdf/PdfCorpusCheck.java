package io.github.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real published PDF of {@code ../shared/corpus} (淮安市人民政府 2024, made with WPS: page numbers in
 * the flow, Table 3's group label printed vertically, header words broken over lines), read with
 * every cell as {@code corpus/001_szfgs_2024.expected} writes it down by hand. Runs in the profile
 * {@code corpus} only, where that folder exists beside the clone (the file may not be copied into
 * the repository).
 */
class PdfCorpusCheck {
  private static final String FILE = "pdf/001_szfgs_2024.pdf";
  private static final String SHA256 =
      "fed22baafaab82a239ca15020fc37f819e7cb62bc96659bf8f3f81c6421e0a92";

  private static Path corpus() {
    String dir = System.getProperty("nianbao.corpus");
    if (dir == null) {
      throw new AssertionError("run in the corpus profile: nianbao.corpus is not set");
    }
    return Path.of(dir);
  }

  private static Map<String, String> expected() throws Exception {
    Map<String, String> m = new LinkedHashMap<>();
    try (var in = PdfCorpusCheck.class.getResourceAsStream("/corpus/001_szfgs_2024.expected")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        m.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return m;
  }

  private static ReadResult read() throws Exception {
    byte[] pdf = Files.readAllBytes(corpus().resolve(FILE));
    assertEquals(
        SHA256,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
        "the corpus file is the one SOURCES.md lists");
    return new PdfFormat().read(pdf, ReadOptions.none());
  }

  @Test
  void readsEveryCellAsPrinted() throws Exception {
    AnnualReport r = read().report();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String> e : expected().entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      checked++;
      switch (key) {
        case "agency" -> check(wrong, key, r.agency(), value);
        case "year" -> check(wrong, key, String.valueOf(r.year()), value);
        case "formatVersion" ->
            check(wrong, key, r.formatVersion() == FormatVersion.V2019 ? "2019" : "2021", value);
        default -> {
          CellAddress a = CellAddress.parse(key).orElseThrow(() -> new AssertionError(key));
          check(wrong, key, printed(r.cell(a)), value);
        }
      }
    }
    assertEquals(List.of(), wrong);
    // the metadata and every cell of the 2021 format's four tables
    assertEquals(3 + CellAddress.all(FormatVersion.V2021).size(), checked);
  }

  /**
   * The same file read without its ruling lines (the path for a table drawn without lines): the
   * columns from the values' x-ranges, the vertical label and the wrapped side labels joined from
   * the lines' positions; every cell the same.
   */
  @Test
  void readsEveryCellAsPrintedWithoutItsRulingLines() throws Exception {
    byte[] bytes = Files.readAllBytes(corpus().resolve(FILE));
    List<io.github.nianbao.pdf.internal.PdfText.Page> bare = new ArrayList<>();
    for (var p : io.github.nianbao.pdf.internal.PdfText.read(bytes)) {
      assertTrue(!p.rules().isEmpty() || p.number() < 3 || p.number() > 5, "page " + p.number());
      bare.add(
          new io.github.nianbao.pdf.internal.PdfText.Page(
              p.number(), p.width(), p.height(), p.glyphs()));
    }
    var layout = io.github.nianbao.pdf.internal.PdfLayout.layout(bare);
    ReadResult read =
        io.github.nianbao.serialization.grid.GridReader.read(layout.grid(), ReadOptions.none());
    AnnualReport ruled = read().report();
    for (CellAddress a : CellAddress.all(FormatVersion.V2021)) {
      assertEquals(ruled.cell(a), read.report().cell(a), a.toString());
    }
    assertEquals(List.of(), read.diagnostics(Diagnostic.Reason.UNPLACED_CELL));
    assertTrue(
        layout.diagnostics().stream()
            .anyMatch(
                d ->
                    d.reason() == Diagnostic.Reason.VERTICAL_LABEL
                        && d.text().equals("三、本年度办理结果")));
  }

  /** The hand-written cells keep the identities the printed report keeps (all of them hold). */
  @Test
  void expectedCellsKeepThePrintedIdentities() throws Exception {
    Map<String, String> x = expected();
    String[] cols = {
      "naturalPerson",
      "commercialEnterprise",
      "researchInstitution",
      "publicWelfareOrganization",
      "legalServiceInstitution",
      "other"
    };
    List<String> rows = new ArrayList<>();
    for (String k : x.keySet()) {
      if (k.startsWith("applications.") && k.endsWith(".total")) {
        rows.add(k.substring(0, k.length() - ".total".length()));
      }
    }
    assertEquals(25, rows.size());
    for (String row : rows) { // T3.ROW_TOTAL
      long sum = 0;
      for (String c : cols) {
        sum += Long.parseLong(x.get(row + "." + c));
      }
      assertEquals(Long.parseLong(x.get(row + ".total")), sum, row);
    }
    for (String c : concat(cols, "total")) { // T3.OUTCOME_TOTAL and T3.BALANCE
      long outcomes = 0;
      for (String row : rows) {
        if (row.startsWith("applications.outcomes.") && !row.endsWith(".outcomes.total")) {
          outcomes += Long.parseLong(x.get(row + "." + c));
        }
      }
      long total = Long.parseLong(x.get("applications.outcomes.total." + c));
      assertEquals(total, outcomes, c);
      assertEquals(
          Long.parseLong(x.get("applications.newlyReceived." + c))
              + Long.parseLong(x.get("applications.carriedOver." + c)),
          total + Long.parseLong(x.get("applications.carriedForward." + c)),
          c);
    }
    for (String g :
        new String[] {
          "administrativeReview", "litigationDirect", "litigationAfterReview"
        }) { // T4.GROUP_TOTAL
      String p = "reviewAndLitigation." + g + ".";
      assertEquals(
          Long.parseLong(x.get(p + "total")),
          Long.parseLong(x.get(p + "upheld"))
              + Long.parseLong(x.get(p + "corrected"))
              + Long.parseLong(x.get(p + "other"))
              + Long.parseLong(x.get(p + "pending")),
          g);
    }
  }

  @Test
  void pageNumbersAreDroppedWithANoteAndTheVerticalLabelIsJoined() throws Exception {
    ReadResult read = read();
    List<String> furniture = new ArrayList<>();
    for (Diagnostic d : read.diagnostics(Diagnostic.Reason.PAGE_FURNITURE)) {
      furniture.add(d.text());
    }
    assertEquals(List.of("-1-", "-2-", "-3-", "-4-", "-5-", "-6-"), furniture);
    List<Diagnostic> vertical = read.diagnostics(Diagnostic.Reason.VERTICAL_LABEL);
    assertEquals(1, vertical.size());
    assertEquals("三、本年度办理结果", vertical.get(0).text());
    // nothing of the tables is lost: no number outside a row, no cell missing
    assertEquals(List.of(), read.diagnostics(Diagnostic.Reason.UNPLACED_CELL));
    assertEquals(List.of(), read.diagnostics(Diagnostic.Reason.MISSING_CELL));
    assertEquals(List.of(), read.diagnostics(Diagnostic.Reason.MISSING_ROW));
  }

  @Test
  void narrativesAreVerbatimWithTheirParagraphsJoined() throws Exception {
    AnnualReport r = read().report();
    assertEquals("2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。", r.otherMatters());
    String[] problems = r.problemsAndImprovements().split("\n");
    assertEquals(2, problems.length, r.problemsAndImprovements());
    assertTrue(problems[0].startsWith("对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主要表现在"));
    assertTrue(problems[1].endsWith("同时加强先进典型宣传和正面激励，增强队伍凝聚力。"));
    // the overview runs over pages 1 and 2: the page number between them is no part of it
    String overview = r.overview().text();
    assertEquals(6, overview.split("\n").length, overview);
    assertTrue(overview.contains("“建设‘四最’一流营商环境高质量推进产业发展”"), overview);
    assertTrue(overview.contains("将栏目不更新、政策解读不通俗易懂"), overview);
  }

  private static String[] concat(String[] a, String b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = b;
    return r;
  }

  private static void check(List<String> wrong, String key, String got, String expected) {
    if (!got.equals(expected)) {
      wrong.add(key + " = " + got + ", expected " + expected);
    }
  }

  /** A cell as the expected file writes it: the number, {@code blank}, or {@code mark:…}. */
  private static String printed(TableCell cell) {
    return cell.kind() == CellKind.NUMBER
        ? cell.printed()
        : cell.kind() == CellKind.BLANK ? "blank" : "mark:" + cell.printed();
  }
}

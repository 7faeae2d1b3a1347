package io.github.nianbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.validation.ReportValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of {@code validate --html} in a real browser: headless Chromium (Debian's {@code
 * chromium}) loads it without network, and the DOM it builds holds the two charts with their bars,
 * a link per finding, and for every link an element with its target id — the exact cell of the
 * finding.
 *
 * <p>Runs in the Maven profile {@code browser}, active where {@code /usr/bin/chromium} exists, as
 * the HTML format's BrowserRenderIT does.
 */
class AuditPageBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  private String dumpDom(Path page) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                "--hide-scrollbars",
                // the page must need nothing from the network: give it none
                "--proxy-server=127.0.0.1:9",
                "--user-data-dir=" + dir.resolve("profile"),
                "--dump-dom",
                page.toUri().toString()));
    Process p =
        new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.err")));
    return out;
  }

  @Test
  void chromiumFindsTheChartsTheLinksAndEveryLinksTarget() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    AuditPage.write(in);
    Path html = dir.resolve("page.html");
    CliTest.Run run = CliTest.nianbao("validate", "--html", html.toString(), in.toString());
    assertEquals(2, run.code(), run.err());
    String dom = dumpDom(html);

    assertTrue(dom.contains("<body"), "the browser built a document");
    assertEquals(2, AuditPage.count(dom, "<svg class=\"chart\""), "two charts");
    assertTrue(AuditPage.count(dom, "<rect class=\"bar") >= 2, "bars in the charts");
    // no script ran: the agency's markup is text in the DOM
    assertEquals(0, AuditPage.count(dom, "<script"));
    int findings =
        ReportValidator.standard().validate(AuditCsvTest.mutated()).findings().size()
            + ReportValidator.standard()
                .validate(
                    Inputs.read(
                            in.resolve("a-hostile.json"),
                            io.github.nianbao.serialization.ReadOptions.builder().build(),
                            System.in)
                        .result()
                        .report())
                .findings()
                .size();
    assertEquals(findings, AuditPage.count(dom, "class=\"finding\""));
    List<String> links = AuditPage.assertEveryLinkHasItsTarget(dom);
    assertTrue(links.contains("r1-applications.carriedForward.total"), links.toString());
    // every cell of both reports is an element of its own in the DOM
    for (CellAddress a : CellAddress.all(AuditCsvTest.mutated().formatVersion())) {
      assertTrue(dom.contains("id=\"r1-" + a.path() + "\""), a.path());
      assertTrue(dom.contains("id=\"r2-" + a.path() + "\""), a.path());
    }
  }
}

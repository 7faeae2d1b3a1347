package io.github.nianbao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.text.TextFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written page in a real browser: headless Chromium (Debian's {@code chromium}) loads the page
 * of a published report, its DOM holds the three tables with their merged cells, and its screenshot
 * shows them — dark rules and text down the page, not a blank or an error page.
 *
 * <p>Runs in the Maven profile {@code browser}, active where {@code /usr/bin/chromium} exists;
 * {@code .ci/run} installs it. A user's clone without a browser stays green.
 */
class BrowserRenderIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  private static AnnualReport seed() throws Exception {
    String text =
        Files.readString(
            Path.of("..", "..", "examples", "samples", "000_da43b1e554017db7.txt"),
            StandardCharsets.UTF_8);
    return new TextFormat().read(text).report();
  }

  private String run(List<String> args) throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(args);
    Process p =
        new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.err")));
    return out;
  }

  @Test
  void theWrittenPageRendersItsTablesInABrowser() throws Exception {
    Path page = dir.resolve("seed-000.html");
    Files.writeString(page, new HtmlFormat().write(seed()), StandardCharsets.UTF_8);
    String dom = run(List.of("--dump-dom", page.toUri().toString()));
    assertEquals(3, dom.split("<table", -1).length - 1, "three tables");
    assertTrue(dom.contains("rowspan=\"22\""), "三、本年度办理结果 spans its 22 rows");
    assertTrue(dom.contains("收到和处理政府信息公开申请情况"));

    Path png = dir.resolve("seed-000.png");
    run(List.of("--window-size=1000,2600", "--screenshot=" + png, page.toUri().toString()));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1000, image.getWidth());
    // rows of the image with dark pixels (rules of the tables, text): a page of tables has many
    int inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (lum < 200) {
          inked++;
          break;
        }
      }
    }
    assertTrue(inked > image.getHeight() / 3, inked + " of " + image.getHeight() + " rows inked");
  }
}

package io.github.nianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The five seed reports: real reports of 2021 and 2023 as their portals published them, copied to
 * text (page furniture, spaced labels, page breaks in Table 3, misprints and all), the SDK's first
 * test data. Each is named by its file name, e.g. {@code 000_da43b1e554017db7.txt}.
 *
 * <table>
 *   <caption>The seeds</caption>
 *   <tr><th>name</th><th>agency, year</th></tr>
 *   <tr><td>000_da43b1e554017db7.txt</td><td>达州市数字经济局 2023</td></tr>
 *   <tr><td>001_f78362fcf04790d2.txt</td><td>渠县经济和信息化局 2023</td></tr>
 *   <tr><td>002_91d5f5a0561784d8.txt</td><td>达州市通川区 2023</td></tr>
 *   <tr><td>003_16e51b8a446c7100.txt</td><td>卫滨区政务服务和大数据管理局 2023</td></tr>
 *   <tr><td>004_070df74db560079b.txt</td><td>达州市通川区经济和信息化局 2021</td></tr>
 * </table>
 */
public final class Seeds {
  private Seeds() {}

  private static final List<String> NAMES =
      List.of(
          "000_da43b1e554017db7.txt",
          "001_f78362fcf04790d2.txt",
          "002_91d5f5a0561784d8.txt",
          "003_16e51b8a446c7100.txt",
          "004_070df74db560079b.txt");

  /**
   * Returns the seeds' names, in order.
   *
   * @return the names
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Returns a seed's text, as published.
   *
   * @param name a name of {@link #names()}
   * @return the text
   * @throws IllegalArgumentException if no seed has the name
   */
  public static String text(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no seed " + name + "; the seeds are " + NAMES);
    }
    try (InputStream in = Seeds.class.getResourceAsStream("seeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the seed " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

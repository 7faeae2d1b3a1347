package io.github.nianbao.serialization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the {@link ReportFormat}s on the module path or class path, through {@link
 * ServiceLoader}: the SDK's {@code text} and {@code json}, and any a user declares.
 */
public final class ReportFormats {

  private ReportFormats() {}

  /**
   * Returns every format that can be found, each name once (the first found wins).
   *
   * @return the formats
   */
  public static List<ReportFormat> all() {
    List<ReportFormat> formats = new ArrayList<>();
    for (ReportFormat f : ServiceLoader.load(ReportFormat.class, ReportFormats.class.getClassLoader())) {
      if (formats.stream().noneMatch(g -> g.name().equals(f.name()))) {
        formats.add(f);
      }
    }
    return List.copyOf(formats);
  }

  /**
   * Returns the format with a name.
   *
   * @param name the name, e.g. {@code json}; case is ignored
   * @return the format, or empty if none has that name
   */
  public static Optional<ReportFormat> byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return all().stream().filter(f -> f.name().equals(wanted)).findFirst();
  }

  /**
   * Returns the format whose file name ending a file name has.
   *
   * @param fileName a file name such as {@code report.json}
   * @return the format, or empty if no format claims the ending
   */
  public static Optional<ReportFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return all().stream()
        .filter(f -> f.fileExtensions().stream().anyMatch(lower::endsWith))
        .findFirst();
  }
}

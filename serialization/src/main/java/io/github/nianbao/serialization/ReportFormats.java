package io.github.nianbao.serialization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Predicate;

/**
 * Finds the {@link ReportFormat}s on the module path or class path, through {@link ServiceLoader}:
 * the SDK's {@code text} and {@code json}, those of the SDK's format modules present ({@code html},
 * {@code docx} …), and any a user declares.
 *
 * <p>The order does not depend on the path or on the order of jars: a user's formats (classes
 * outside {@code io.github.nianbao}) come first, then the SDK's, each by name and then by class
 * name. Where two formats have one name, the first in that order is the one found, so a format of a
 * user's that takes a name of the SDK's replaces it; where two claim a file ending, likewise.
 */
public final class ReportFormats {

  private ReportFormats() {}

  /**
   * Returns every format that can be found, in the order the class comment gives.
   *
   * @return the formats
   * @throws IllegalStateException if two formats claim one name
   */
  public static List<ReportFormat> all() {
    List<ReportFormat> found = new ArrayList<>();
    for (ReportFormat f :
        ServiceLoader.load(ReportFormat.class, ReportFormats.class.getClassLoader())) {
      found.add(f);
    }
    return ordered(found, ReportFormats::isSdks);
  }

  /**
   * The formats in the documented order; {@code sdks} tells the SDK's own.
   *
   * @throws IllegalStateException if two formats claim one name
   */
  static List<ReportFormat> ordered(List<ReportFormat> found, Predicate<ReportFormat> sdks) {
    List<ReportFormat> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparing((ReportFormat f) -> sdks.test(f))
            .thenComparing(ReportFormat::name)
            .thenComparing(f -> f.getClass().getName()));
    for (int i = 0; i < sorted.size(); i++) {
      ReportFormat b = sorted.get(i);
      if (sorted.stream().filter(f -> f.name().equals(b.name())).count() > 1) {
        List<String> classes =
            sorted.stream()
                .filter(f -> f.name().equals(b.name()))
                .map(f -> f.getClass().getName())
                .toList();
        throw new IllegalStateException(
            "two formats claim the name "
                + b.name()
                + ": "
                + String.join(" and ", classes)
                + "; remove one from the class path or module path");
      }
    }
    return List.copyOf(sorted);
  }

  private static boolean isSdks(ReportFormat f) {
    return f.getClass().getName().startsWith("io.github.nianbao.");
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

package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.text.TextFormat;
import io.github.nianbao.testing.AnyReports;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A report printed in traditional script (its labels, headers and headings; its narrative too)
 * reads to the same tables as the report itself: each simplified character that has traditional
 * forms is printed, most of the time, as one of them (chosen at random). The value cells stay as
 * printed: a mark (无, 不适用) is kept as printed, so it is not converted.
 */
class TraditionalScriptProperties {

  /** The marks the generator prints in value cells, which stay as printed. */
  private static final Set<String> MARKS = Set.of("无", "不适用");

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  @Property(tries = 200)
  void readsTheSameTablesInTraditionalScript(
      @ForAll("reports") AnnualReport report, @ForAll long seed) throws Exception {
    TextFormat text = new TextFormat();
    String printed = traditional(text.write(report), new Random(seed));
    ReadResult read = text.read(printed);
    AnnualReport r = read.report();
    assertEquals(report.formatVersion(), r.formatVersion(), printed);
    assertEquals(report.activeDisclosure(), r.activeDisclosure(), printed);
    assertEquals(report.applications(), r.applications(), printed);
    assertEquals(report.reviewAndLitigation(), r.reviewAndLitigation(), printed);
  }

  /**
   * The text with its characters in traditional forms, but for the value cells of table rows (a
   * number, or a mark: Table 4's row has no label, so its first cell may be one).
   */
  private static String traditional(String text, Random random) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String[] cells = line.split("\t", -1);
      for (int k = 0; k < cells.length; k++) {
        if (k > 0) {
          out.append('\t');
        }
        boolean value = cells[k].chars().anyMatch(Character::isDigit) || MARKS.contains(cells[k]);
        out.append(value ? cells[k] : TraditionalText.atRandom(cells[k], random));
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }
}

package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.text.TextFormat;
import io.github.nianbao.testing.AnyReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Each simplified character's traditional forms, from the table the reader reads. */
  private static final Map<Character, List<Character>> TRADITIONAL = traditional();

  private static Map<Character, List<Character>> traditional() {
    Map<Character, List<Character>> forms = new HashMap<>();
    try (InputStream in = TraditionalForms.class.getResourceAsStream("traditional.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          forms.computeIfAbsent(line.charAt(1), k -> new ArrayList<>()).add(line.charAt(0));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return forms;
  }

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
        out.append(value ? cells[k] : convert(cells[k], random));
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static String convert(String s, Random random) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      List<Character> forms = TRADITIONAL.get(c);
      b.append(
          forms == null || random.nextInt(4) == 0 ? c : forms.get(random.nextInt(forms.size())));
    }
    return b.toString();
  }
}

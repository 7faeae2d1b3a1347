package io.github.nianbao.serialization.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reader bugs the fuzzer found and that are not fixed yet, each with the one allowance the
 * {@link Oracle} makes for it. {@code KnownBugsTest} asserts that each is still there: when one is
 * fixed, that test fails, and its allowance goes.
 */
final class KnownBugs {
  private KnownBugs() {}

  /**
   * A line of many numberings in a row in a table ({@code 三、三、三、…}, {@code （一）（一）…}):
   * {@code LabelText.splitNow} takes one numbering at a time and copies the rest of the line each
   * time ({@code rest.substring(m.end())}), so a read allocates in the square of the line's length
   * (16,000 numberings, 32 K characters: about 780 MB). Such inputs may allocate up to this many
   * bytes per squared character.
   */
  static final long NUMBERING_RUN_BYTES_PER_CHAR_SQUARED = 2;

  private static final Pattern NUMBERING_RUN =
      Pattern.compile("(?:(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[ \\t\\u3000]*){32}");

  /** Whether an input holds such a run (bytes are looked at as UTF-8 and as GB18030). */
  static boolean numberingRun(Mutator.Input input) {
    if (!input.isBytes()) {
      return NUMBERING_RUN.matcher(input.text()).find();
    }
    return NUMBERING_RUN.matcher(new String(input.bytes(), StandardCharsets.UTF_8)).find()
        || NUMBERING_RUN.matcher(new String(input.bytes(), java.nio.charset.Charset.forName("GB18030"))).find()
        || NUMBERING_RUN.matcher(new String(input.bytes(), StandardCharsets.UTF_16LE)).find()
        || NUMBERING_RUN.matcher(new String(input.bytes(), StandardCharsets.UTF_16BE)).find();
  }
}

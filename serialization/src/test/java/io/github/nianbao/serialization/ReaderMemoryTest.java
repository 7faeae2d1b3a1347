package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory and time of the readers in proportion to the input, whatever its shape: {@link
 * WorstCaseInputs} reads inputs of the largest size each format reads (10 MiB characters, 20 MiB in
 * memory as Java text) in a JVM of {@value #HEAP_MB} MiB of heap, and each read ends with a report
 * or a typed {@link ReportParseException}, never {@link OutOfMemoryError}. Before the readers'
 * limits, one line of tabs took some 600 MiB, and a text of line breaks a GiB.
 *
 * <p>Time: each read of the full size allocates at most {@value #MAX_GROWTH} times as many bytes as
 * the read of a quarter of it (linear work: four times; quadratic: sixteen), and takes less than
 * {@value #MAX_SECONDS} seconds.
 */
class ReaderMemoryTest {

  /** The heap of the JVM that reads. */
  static final int HEAP_MB = 160;

  static final int MAX_GROWTH = 8;

  static final int MAX_SECONDS = 30;

  /** The class path of this JVM's tests, whether on the class path or the module path. */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(property);
      if (value != null) {
        for (String e : value.split(File.pathSeparator)) {
          if (!e.isBlank()) {
            entries.add(e);
          }
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  @Test
  void everyWorstCaseInputIsReadInASmallHeapInLinearTime() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("nianbao-memory", ".txt");
    try {
      List<String> command = new ArrayList<>();
      command.add(java.toString());
      command.add("-Xmx" + HEAP_MB + "m");
      command.add("-XX:+UseSerialGC");
      command.add("-cp");
      command.add(classPath());
      command.add(WorstCaseInputs.class.getName());
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("the reads did not end in 10 minutes: " + Files.readString(out));
      }
      String output = Files.readString(out, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), output);
      List<String> lines = output.lines().filter(l -> l.contains(" | ")).toList();
      assertEquals(WorstCaseInputs.shapes().size(), lines.size(), output);
      for (String line : lines) {
        String[] parts = line.split(" \\| ");
        String[] quarter = parts[1].split(" ");
        String[] full = parts[2].split(" ");
        assertEquals(quarter[0], full[0], line);
        assertTrue(
            full[0].equals("report") || ReportParseException.ErrorType.valueOf(full[0]) != null,
            line);
        long millis = Long.parseLong(full[1]);
        assertTrue(millis < MAX_SECONDS * 1000L, "too slow: " + line);
        long quarterBytes = Long.parseLong(quarter[2]);
        long fullBytes = Long.parseLong(full[2]);
        assertTrue(
            fullBytes <= MAX_GROWTH * quarterBytes + (16 << 20),
            "allocation grows faster than the input: " + line);
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}

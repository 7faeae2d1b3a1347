package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SDK as a JPMS user meets it: the examples run in a JVM of their own with every SDK and
 * library jar on the module path, so that the validators reach Hibernate Validator only through
 * {@code provides} and {@code opens}.
 */
class ModulePathValidationTest {

  @Test
  void onTheClassPathTheSamplesGiveOneErrorPair() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int errors = ValidateSamplesExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(2, errors, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void onTheModulePathTheStandardCallAndTheFacadeWork() throws IOException, InterruptedException {
    // the jars and class folders of the SDK and its libraries, not those of the test tools
    List<String> modules =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                p -> !p.matches(".*(junit|jqwik|opentest4j|apiguardian|surefire|test-classes).*"))
            .collect(Collectors.toList());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "--module-path",
                String.join(File.pathSeparator, modules),
                "-m",
                "io.github.nianbao.examples/io.github.nianbao.examples.ValidateSamplesExample")
            .redirectErrorStream(true)
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example finishes");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    assertTrue(out.contains("达州市通川区 2023: 0 violation(s)"), out);
    assertTrue(out.contains("2 violation(s)"), out);
    assertTrue(
        out.contains("ERROR T3.BALANCE applications.carriedForward.naturalPerson 表三“自然人”列"), out);
  }
}

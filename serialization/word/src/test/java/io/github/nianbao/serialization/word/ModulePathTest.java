package io.github.nianbao.serialization.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReportFormats;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nianbao-word as a JPMS module: its tests run on the module path (surefire patches them into
 * {@code io.github.nianbao.word}), where the formats are found through {@code provides}; and in a
 * JVM of its own, with only the SDK's and POI's jars on the module path, a program on the class
 * path finds both formats by name and reads a .doc and a .docx.
 */
class ModulePathTest {

  @Test
  void theFormatsComeFromTheNamedModule() {
    assertEquals("io.github.nianbao.word", WordFormat.class.getModule().getName());
    var docx = ReportFormats.byName("docx").orElseThrow();
    var doc = ReportFormats.byName("doc").orElseThrow();
    assertInstanceOf(WordFormat.class, docx);
    assertInstanceOf(DocFormat.class, doc);
    assertEquals(WordFormat.class.getModule(), doc.getClass().getModule());
    assertTrue(
        WordFormat.class.getModule().getDescriptor().provides().stream()
            .anyMatch(
                p ->
                    p.providers()
                        .containsAll(
                            List.of(WordFormat.class.getName(), DocFormat.class.getName()))));
  }

  @Test
  void aProgramFindsAndReadsTheFormatsOnTheModulePath(@TempDir Path dir) throws Exception {
    String path = System.getProperty("jdk.module.path");
    assertTrue(path != null && !path.isEmpty(), "the tests run on the module path");
    List<String> modules =
        Arrays.stream(path.split(File.pathSeparator))
            .filter(
                p -> !p.matches(".*(junit|jqwik|opentest4j|apiguardian|surefire|test-classes).*"))
            .collect(Collectors.toList());
    Path probe = dir.resolve("Probe.java");
    Files.writeString(
        probe,
        String.join(
            "\n",
            "import io.github.nianbao.serialization.*;",
            "import java.nio.file.*;",
            "public class Probe {",
            "  public static void main(String[] a) throws Exception {",
            "    ReportFormat doc = ReportFormats.byName(\"doc\").orElseThrow();",
            "    ReportFormat docx = ReportFormats.forFileName(\"r.docx\").orElseThrow();",
            "    System.out.println(doc.getClass().getModule().getName());",
            "    ReadResult r = doc.read(Files.readAllBytes(Path.of(a[0])), ReadOptions.none());",
            "    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();",
            "    docx.write(r.report(), out);",
            "    ReadResult back = docx.read(out.toByteArray(), ReadOptions.none());",
            "    System.out.println(back.report().equals(r.report()) + \" \" + back.report().agency());",
            "  }",
            "}"),
        StandardCharsets.UTF_8);
    Path seed = Path.of(ModulePathTest.class.getResource("/libreoffice/seed-0.doc").toURI());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "--module-path",
                String.join(File.pathSeparator, modules),
                "--add-modules",
                "io.github.nianbao.word",
                probe.toString(),
                seed.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the program finishes");
    assertEquals(0, process.exitValue(), out);
    assertEquals("io.github.nianbao.word\ntrue 达州市数字经济局\n", out);
  }
}

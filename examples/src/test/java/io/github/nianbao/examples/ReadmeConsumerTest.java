package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consumer project that the invoker builds against the installed SDK (src/it) is made of the
 * README, word for word: its pom holds the README's Maven block, and every line of the README's
 * Java snippets stands in its sources. So the README's instructions and snippets are what CI builds
 * and tests. Not checked: the module-info snippet and the custom rule's outline (its body is {@code
 * …}; the consumer uses the whole rule the README links to).
 */
class ReadmeConsumerTest {
  private static final Path README = Path.of("../README.md");
  private static final Path CONSUMER = Path.of("src/it/classpath-consumer");
  private static final Path MODULE_CONSUMER = Path.of("src/it/module-consumer");

  private static List<String> blocks(String readme, String language) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Set<String> consumerLines(Path consumer) throws IOException {
    Set<String> lines = new HashSet<>();
    try (Stream<Path> files = Files.walk(consumer.resolve("src"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String l : Files.readAllLines(f)) {
          lines.add(l.stripTrailing());
        }
      }
    }
    return lines;
  }

  @Test
  void theConsumersPomHoldsTheReadmesMavenBlock() throws IOException {
    String readme = Files.readString(README);
    String section = readme.substring(readme.indexOf("## Add it to your project"));
    String xml = blocks(section, "xml").get(0);
    assertTrue(Files.readString(CONSUMER.resolve("pom.xml")).contains(xml));
    assertTrue(Files.readString(MODULE_CONSUMER.resolve("pom.xml")).contains(xml));
  }

  @Test
  void theModuleConsumerDeclaresItselfAsTheReadmeSays() throws IOException {
    Set<String> consumer = consumerLines(MODULE_CONSUMER);
    String moduleInfo =
        blocks(Files.readString(README), "java").stream()
            .filter(b -> b.startsWith("module "))
            .findFirst()
            .orElseThrow();
    for (String line : moduleInfo.split("\n")) {
      assertTrue(consumer.contains(line.stripTrailing()), line);
    }
  }

  @Test
  void everyLineOfTheReadmesJavaSnippetsIsInTheConsumer() throws IOException {
    Set<String> consumer = consumerLines(CONSUMER);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String block : blocks(Files.readString(README), "java")) {
      if (block.startsWith("module ") || block.contains("{ … }")) {
        continue;
      }
      checked++;
      for (String line : block.split("\n")) {
        if (!line.isBlank() && !consumer.contains(line.stripTrailing())) {
          missing.add(line);
        }
      }
    }
    assertEquals(8, checked, "the README's Java snippets checked");
    assertEquals(List.of(), missing);
  }

  @Test
  void theConsumersRuleIsTheExamplesRule() throws IOException {
    String rule =
        Files.readString(
                Path.of("src/main/java/io/github/nianbao/examples/WithheldAtMostHalf.java"))
            .replace("package io.github.nianbao.examples;", "package com.example.reports.rules;");
    for (Path consumer : List.of(CONSUMER, MODULE_CONSUMER)) {
      assertEquals(
          rule,
          Files.readString(
              consumer.resolve("src/main/java/com/example/reports/rules/WithheldAtMostHalf.java")),
          consumer.toString());
    }
  }
}

package io.github.nianbao.examples.coreonly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An application that has nianbao-core and Hibernate Validator but not nianbao-validation (it
 * validates its own objects, one of which holds a report): the model's constraints are inert there,
 * not an {@code HV000030} on every call, as they were while they named no validator.
 */
class CoreWithoutValidationTest {

  @Test
  void theModelsConstraintsAreInertWithoutTheValidationModule() throws Exception {
    List<String> path =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(p -> !p.matches(".*(nianbao-validation|[/\\\\]validation[/\\\\]target).*"))
            .collect(Collectors.toList());
    assertTrue(path.stream().anyMatch(p -> p.contains("hibernate-validator")), path.toString());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Dstdout.encoding=UTF-8",
                "-cp",
                String.join(File.pathSeparator, path),
                CoreOnlyMain.class.getName())
            .redirectErrorStream(true)
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example finishes");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    assertFalse(out.contains("HV000030"), out);
    assertTrue(out.contains("report violations: 0"), out);
    assertTrue(out.contains("upload violation: uploader"), out);
    assertTrue(out.contains("upload violations: 1"), out);
  }

  @Test
  void withTheValidationModuleTheSameReportBreaksItsRule() {
    // the same class path but for the child's exclusion: the validators of nianbao-validation,
    // more specific than the inert one, are the ones used
    try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
      var report =
          io.github.nianbao.core.AnnualReport.builder()
              .agency("某县某局")
              .year(2023)
              .activeDisclosure(io.github.nianbao.core.ActiveDisclosure.zero())
              .applications(
                  io.github.nianbao.core.Applications.zero()
                      .withNewlyReceived(
                          io.github.nianbao.core.ApplicantCounts.ofParts(1, 0, 0, 0, 0, 0)
                              .withTotal(io.github.nianbao.core.Cell.of(5))))
              .reviewAndLitigation(io.github.nianbao.core.ReviewAndLitigation.zero())
              .build();
      var violations = factory.getValidator().validate(report);
      assertTrue(
          violations.stream()
              .anyMatch(
                  v -> v.getPropertyPath().toString().equals("applications.newlyReceived.total")),
          violations.toString());
    }
  }
}

package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import io.github.nianbao.core.AnnualReport;
import org.junit.jupiter.api.Test;

class BalanceExampleTest {

  @Test
  void thePublishedReportBalancesAndTheMisprintedOneDoesNot() {
    List<AnnualReport> samples = SampleReports.all();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    assertEquals(0, BalanceExample.print(samples.get(0), out));
    assertEquals(1, BalanceExample.print(samples.get(1), out));

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("自然人: 55 = 55"), printed);
    assertTrue(printed.contains("自然人: 55 ≠ 56"), printed);
    assertTrue(printed.contains("总计: 65 = 65"), printed);
  }
}

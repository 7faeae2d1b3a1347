package io.github.nianbao.serialization.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.text.TextFormat;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer's first find, kept as a regression test: a table line of many numberings in a row
 * ({@code 三、三、三、…}) made the label splitter copy the rest of the line at every numbering, so a read
 * allocated in the square of the line's length (16,000 numberings: about 780 MB). It is linear now.
 */
class LinearSplitTest {

  private final TextFormat text = new TextFormat();
  private final Meter meter = new Meter();

  /** The bytes a read of a Table 3 line of {@code n} times 三、 allocates. */
  private long allocation(int n) throws ReportParseException {
    String input = "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n\t\t2" + "三、".repeat(n) + "\n";
    text.read(input);
    long before = meter.allocatedBytes();
    text.read(input);
    return meter.allocatedBytes() - before;
  }

  @Test
  void aLineOfNumberingsAllocatesInProportionToItsLength() throws ReportParseException {
    long small = allocation(4_000);
    long large = allocation(16_000);
    // four times the line: linear allocates about four times as much, quadratic sixteen
    assertTrue(large < 8 * small, () -> small + " then " + large + " bytes: superlinear again");
  }
}

package io.github.nianbao.serialization.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.text.TextFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bug of {@link KnownBugs} is still there; when one is fixed, remove its allowance. */
class KnownBugsTest {

  private final TextFormat text = new TextFormat();
  private final Meter meter = new Meter();

  /** The bytes a read of a Table 3 line of {@code n} times 三、 allocates. */
  private long allocation(int n) throws ReportParseException {
    String input =
        "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n\t\t2" + "三、".repeat(n) + "\n";
    assertTrue(KnownBugs.numberingRun(new Mutator.Input(input, null, List.of())));
    text.read(input);
    long before = meter.allocatedBytes();
    text.read(input);
    return meter.allocatedBytes() - before;
  }

  @Test
  void aLineOfNumberingsStillAllocatesInTheSquareOfItsLength() throws ReportParseException {
    long small = allocation(2_000);
    long large = allocation(8_000);
    // four times the line: linear would allocate four times as much, quadratic sixteen
    assertTrue(
        large > 8 * small,
        () -> "fixed? " + small + " then " + large + " bytes: remove KnownBugs.numberingRun and"
            + " its allowance in Oracle");
  }
}

package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.serialization.ReadResult;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every seed, once read, is written in the canonical layout and read back unchanged. */
class SeedRoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seeds/000_da43b1e554017db7.txt",
        "seeds/001_f78362fcf04790d2.txt",
        "seeds/002_91d5f5a0561784d8.txt",
        "seeds/003_16e51b8a446c7100.txt",
        "seeds/004_070df74db560079b.txt"
      })
  void writtenAndReadBackItIsTheSameReport(String seed) throws Exception {
    ReadResult result = Seeds.read(seed);
    TextFormat text = new TextFormat();
    String written = text.write(result.report());
    ReadResult again = text.read(written);
    assertEquals(result.report(), again.report());
    assertEquals(List.of(), again.diagnostics());
    assertEquals(written, text.write(again.report()));
  }
}

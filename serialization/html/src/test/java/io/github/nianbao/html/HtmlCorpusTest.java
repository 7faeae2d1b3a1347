package io.github.nianbao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The serialization module's corpus pages whose report is HTML inside a JavaScript string, read
 * with every cell as its {@code .expected} file writes it down by hand.
 */
class HtmlCorpusTest {
  private static final Path CORPUS = Path.of("..", "src", "test", "resources", "corpus");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"gh-01-shanghai-office-2019", "gh-02-shanghai-city-2020"})
  void readsEveryCellAsPrinted(String id) throws Exception {
    byte[] page = Files.readAllBytes(CORPUS.resolve(id + ".html"));
    AnnualReport r = new HtmlFormat().read(page, ReadOptions.none()).report();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String line :
        Files.readAllLines(CORPUS.resolve(id + ".expected"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      checked++;
      switch (key) {
        case "agency" -> check(wrong, key, r.agency(), value);
        case "year" -> check(wrong, key, String.valueOf(r.year()), value);
        case "formatVersion" ->
            check(wrong, key, r.formatVersion() == FormatVersion.V2019 ? "2019" : "2021", value);
        default -> {
          // the expected files name the 2019 format's Table 2 activeDisclosure2019.…
          String path = key.replaceFirst("^activeDisclosure2019\\.", "activeDisclosure.");
          CellAddress a = CellAddress.parse(path).orElseThrow(() -> new AssertionError(key));
          check(wrong, key, printed(r.cell(a)), value);
        }
      }
    }
    assertEquals(List.of(), wrong);
    // the metadata and every cell of the 2019 format's four tables
    assertEquals(3 + CellAddress.all(FormatVersion.V2019).size(), checked);
  }

  private static void check(List<String> wrong, String key, String got, String expected) {
    if (!got.equals(expected)) {
      wrong.add(key + " = " + got + ", expected " + expected);
    }
  }

  /** A cell as the expected files write it: the number, {@code blank}, or {@code mark:…}. */
  private static String printed(TableCell cell) {
    return cell.kind() == CellKind.NUMBER
        ? cell.printed()
        : cell.kind() == CellKind.BLANK ? "blank" : "mark:" + cell.printed();
  }
}

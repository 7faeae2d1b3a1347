package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.testing.AnyReports;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Malformed input of every kind gives a report with diagnostics or a {@link ReportParseException},
 * never another exception; and the parse error is never the reader's last-resort translation of an
 * unexpected exception.
 */
class JsonFuzzProperties {

  private final JsonFormat json = new JsonFormat();

  /** Reads; fails the property on anything but a result or a typed error from a known cause. */
  private void readsOrRefuses(String text) {
    try {
      ReadResult r = json.read(text);
      // what was read is a report the format holds: it writes and reads back as itself
      assertEquals(r.report(), json.read(json.write(r.report())).report());
    } catch (ReportParseException e) {
      // a refusal says where, within the document
      long lines = text.lines().count();
      assertTrue(e.line() >= 0 && e.line() <= lines + 1, e::getMessage); // + 1: the end of input
      assertFalse(
          e.getCause() instanceof RuntimeException,
          () -> "an unexpected exception was caught: " + e.getCause());
    }
  }

  @Provide
  Arbitrary<String> documents() {
    return AnyReports.reports().map(json::write);
  }

  @Property(tries = 200)
  void truncated(@ForAll("documents") String doc, @ForAll double fraction) {
    readsOrRefuses(doc.substring(0, (int) (Math.abs(fraction) % 1.0 * doc.length())));
  }

  @Property(tries = 200)
  void linesShuffled(@ForAll("documents") String doc, @ForAll long seed) {
    List<String> lines = new ArrayList<>(Arrays.asList(doc.split("\n")));
    Collections.shuffle(lines, new Random(seed));
    readsOrRefuses(String.join("\n", lines));
  }

  @Property(tries = 200)
  void linesDroppedOrRepeated(@ForAll("documents") String doc, @ForAll long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (String line : doc.split("\n")) {
      int copies = random.nextInt(10) == 0 ? random.nextInt(3) : 1;
      for (int i = 0; i < copies; i++) {
        lines.add(line);
      }
    }
    readsOrRefuses(String.join("\n", lines));
  }

  @Property(tries = 300)
  void charactersMutated(
      @ForAll("documents") String doc,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> places,
      @ForAll @Size(min = 8, max = 8) List<Character> chars) {
    StringBuilder s = new StringBuilder(doc);
    for (int i = 0; i < places.size(); i++) {
      int at = places.get(i) % s.length();
      switch (i % 3) {
        case 0 -> s.setCharAt(at, chars.get(i));
        case 1 -> s.insert(at, chars.get(i));
        default -> s.deleteCharAt(at);
      }
      if (s.length() == 0) {
        break;
      }
    }
    readsOrRefuses(s.toString());
  }

  @Property(tries = 300)
  void jsonTokensMutated(
      @ForAll("documents") String doc,
      @ForAll @IntRange(min = 0, max = 1_000_000) int place,
      @ForAll("tokens") String token) {
    int at = place % doc.length();
    readsOrRefuses(doc.substring(0, at) + token + doc.substring(at));
  }

  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.of(
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "null",
        "true",
        "1.5",
        "1e999",
        "-",
        "\"x\":",
        "\"year\": 2023,",
        "\"formatVersion\": \"2021\",",
        "\\u0000",
        "/*",
        "NaN",
        "'",
        "\uFEFF");
  }

  @Property(tries = 200)
  void randomBytes(@ForAll @Size(max = 2000) byte[] bytes) {
    readsOrRefuses(new String(bytes, StandardCharsets.UTF_8));
    readsOrRefuses(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  @Property(tries = 100)
  void randomBytesAfterAValidStart(
      @ForAll("documents") String doc, @ForAll @Size(max = 500) byte[] bytes) {
    readsOrRefuses(doc.substring(0, doc.length() / 2) + new String(bytes, StandardCharsets.UTF_8));
  }

  @Property(tries = 100)
  void randomJsonLikeText(@ForAll("jsonish") String text) {
    readsOrRefuses(text);
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings().withChars("{}[],:\"0123456789.-eE ntrufalsy\n\\").ofMaxLength(300);
  }

  @Property(tries = 50)
  void reportsThatAreValidJsonOfAnotherShape(@ForAll AnnualReportShape shape) {
    readsOrRefuses(shape.text);
  }

  /** Valid JSON documents that mix report keys with wrong shapes. */
  enum AnnualReportShape {
    ARRAY_OF_REPORTS("[{\"formatVersion\": \"2021\", \"agency\": \"x\", \"year\": 2023}]"),
    NESTED_REPORT("{\"report\": {\"formatVersion\": \"2021\"}}"),
    TABLE_AS_STRING(
        "{\"formatVersion\": \"2021\", \"agency\": \"x\", \"year\": 2023, \"applications\": \"x\"}"),
    ROW_AS_ARRAY(
        "{\"formatVersion\": \"2021\", \"agency\": \"x\", \"year\": 2023,"
            + " \"applications\": {\"newlyReceived\": [1, 2, 3]}}"),
    CELL_AS_OBJECT(
        "{\"formatVersion\": \"2021\", \"agency\": \"x\", \"year\": 2023,"
            + " \"activeDisclosure\": {\"licensing\": {\"value\": 3}}}"),
    EMPTY_KEY("{\"\": 1, \"formatVersion\": \"2021\", \"agency\": \"x\", \"year\": 2023}");

    final String text;

    AnnualReportShape(String text) {
      this.text = text;
    }
  }
}

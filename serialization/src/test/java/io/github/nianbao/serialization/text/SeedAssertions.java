package io.github.nianbao.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Assertions shared by the tests of real and test reports. */
final class SeedAssertions {
  private SeedAssertions() {}

  /**
   * Asserts every one of the 200 cells: the printed text of a number ("" for blank), by a function
   * of the address.
   */
  static void assertCells(ReadResult r, Function<CellAddress, String> expected) {
    List<String> wrong = new ArrayList<>();
    for (CellAddress a : CellAddress.all(r.report().formatVersion())) {
      TableCell c = r.report().cell(a);
      String want = expected.apply(a);
      CellKind kind = want.isEmpty() ? CellKind.BLANK : CellKind.NUMBER;
      if (!c.printed().equals(want) || c.kind() != kind) {
        wrong.add(a.path() + ": expected " + want + " but was " + c);
      }
    }
    assertEquals(List.of(), wrong, "cells read wrong");
  }

  /** Asserts every cell: zero but for the listed exceptions (path to printed text). */
  static void assertCells(ReadResult r, Map<String, String> nonZero) {
    for (String path : nonZero.keySet()) {
      assertTrue(CellAddress.parse(path).isPresent(), "no such cell " + path);
    }
    assertCells(r, a -> nonZero.getOrDefault(a.path(), "0"));
  }

  /** Strips white space including no-break spaces. */
  static String strip(String s) {
    return s.replaceAll("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$", "");
  }

  static void assertNarrative(String text, String start, String end) {
    String s = strip(text);
    assertTrue(s.startsWith(start), () -> "should start with «" + start + "»: «" + s + "»");
    assertTrue(s.endsWith(end), () -> "should end with «" + end + "»: «" + s + "»");
  }

  /** The diagnostics of a kind as "line:text". */
  static List<String> lines(ReadResult r, Diagnostic.Kind kind) {
    return r.diagnostics(kind).stream().map(d -> d.line() + ":" + d.text()).toList();
  }
}

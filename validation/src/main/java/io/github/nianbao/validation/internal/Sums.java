package io.github.nianbao.validation.internal;

import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import java.util.List;
import java.util.stream.Collectors;

/** Exact sums of cells for the identities, and how the addends are shown in messages. */
final class Sums {
  private Sums() {}

  /** The first address among those whose cell is not a number, or null if all are numbers. */
  static CellAddress firstNonNumber(List<CellAddress> addresses, List<Cell> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isNumber()) {
        return addresses.get(i);
      }
    }
    return null;
  }

  /**
   * The exact sum of number cells.
   *
   * @throws ArithmeticException if it overflows a long
   */
  static long sum(List<Cell> cells) {
    long sum = 0;
    for (Cell c : cells) {
      sum = Math.addExact(sum, c.value());
    }
    return sum;
  }

  /** The addends as printed, e.g. {@code 55 + 4 + 5}. */
  static String addends(List<Cell> cells) {
    return cells.stream().map(Cell::printed).collect(Collectors.joining(" + "));
  }
}

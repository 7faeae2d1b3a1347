package io.github.nianbao.validation.internal;

import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import java.math.BigInteger;
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

  /** The exact sum of the values of number cells, as a decimal numeral (any size). */
  static String exact(List<Cell> numbers) {
    Sum sum = new Sum();
    for (Cell c : numbers) {
      sum.add(c.value());
    }
    return sum.exact();
  }

  /** {@code a − b}, exact, as a decimal numeral (any size). */
  static String difference(long a, long b) {
    long d = a - b;
    return ((a ^ b) & (a ^ d)) < 0
        ? BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)).toString()
        : Long.toString(d);
  }

  /** The addends as printed, e.g. {@code 55 + 4 + 5}. */
  static String addends(List<Cell> cells) {
    return cells.stream().map(Cell::printed).collect(Collectors.joining(" + "));
  }

  /**
   * An exact running sum of longs: in a long while the partial sums fit, exactly beyond. Whether
   * the sum overflows is decided by the whole sum, never by a partial one ({@code MAX + 1 − 5}
   * fits).
   */
  static final class Sum {
    private long value;
    private BigInteger big;

    void reset() {
      value = 0;
      big = null;
    }

    void add(long v) {
      if (big != null) {
        big = big.add(BigInteger.valueOf(v));
        return;
      }
      long r = value + v;
      if (((value ^ r) & (v ^ r)) < 0) {
        big = BigInteger.valueOf(value).add(BigInteger.valueOf(v));
      } else {
        value = r;
      }
    }

    /** Whether the sum passes the range of a long. */
    boolean overflows() {
      return big != null && big.bitLength() > 63;
    }

    /** The sum; only when it does not {@linkplain #overflows() overflow}. */
    long value() {
      return big == null ? value : big.longValue();
    }

    /** The sum as a decimal numeral. */
    String exact() {
      return big == null ? Long.toString(value) : big.toString();
    }
  }
}

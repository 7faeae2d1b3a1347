package io.github.nianbao.core;

import java.util.Optional;

/**
 * One cell of a report's tables as printed: a {@link Cell} (a count), the {@link AmountCell} of
 * 行政事业性收费 (an amount in 万元), or the {@link PrintedAmount} of the 2019 format's 采购总金额. Each holds a
 * number, a blank or a mark (docs/format.md, Cells).
 */
public sealed interface TableCell permits Cell, AmountCell, PrintedAmount {

  /**
   * Returns what the cell holds.
   *
   * @return the kind of content
   */
  CellKind kind();

  /**
   * Returns whether a number was printed.
   *
   * @return {@code true} for {@link CellKind#NUMBER}
   */
  default boolean isNumber() {
    return kind() == CellKind.NUMBER;
  }

  /**
   * Returns the text printed instead of a number.
   *
   * @return the mark, empty for a number or a blank
   */
  Optional<String> mark();

  /**
   * Returns the cell as it is printed in the text tables: the number's digits, the mark, or the
   * empty string for a blank.
   *
   * @return the printed text, never {@code null}
   */
  String printed();
}

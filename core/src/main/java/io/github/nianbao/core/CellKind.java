package io.github.nianbao.core;

/**
 * What a table cell of a published report holds (docs/format.md, Cells): a number, nothing, or a
 * text printed where a number belongs.
 */
public enum CellKind {
  /** A number was printed. */
  NUMBER,
  /** Nothing was printed: the cell is empty. A blank is never read as 0. */
  BLANK,
  /**
   * A text was printed instead of a number, e.g. {@code /}, {@code -}, {@code —}, {@code 无}, {@code
   * 不适用}.
   */
  MARK
}

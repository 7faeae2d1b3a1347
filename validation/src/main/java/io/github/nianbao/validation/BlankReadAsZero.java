package io.github.nianbao.validation;

import io.github.nianbao.core.CellAddress;
import java.util.Objects;

/**
 * A blank cell that rules read as 0, at the user's request ({@link
 * ReportValidator.Builder#blankAsZero()}): the rules of {@link ValidationResult#blankAsZero()} saw
 * a 0 where the report prints nothing, so their findings (and their silence) rest on that zero.
 *
 * @param year the reporting year of the report
 * @param cell the blank cell
 */
public record BlankReadAsZero(int year, CellAddress cell) {

  /**
   * Creates the record.
   *
   * @param year the year
   * @param cell the cell
   */
  public BlankReadAsZero {
    Objects.requireNonNull(cell, "cell");
  }
}

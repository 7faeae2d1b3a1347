package io.github.nianbao.core;

import org.immutables.value.Value;

/**
 * The row 政府集中采购 (第二十条第（九）项) of the 2019 format's Table 2: the number of projects and the total
 * amount as printed, unit included. Use the generated {@link Procurement}.
 */
@Value.Immutable
abstract class AbstractProcurement {

  AbstractProcurement() {}

  /**
   * 采购项目数量.
   *
   * @return the cell
   */
  public abstract Cell projects();

  /**
   * 采购总金额, as printed.
   *
   * @return the cell
   */
  public abstract PrintedAmount totalAmount();

  /**
   * Returns the row.
   *
   * @param projects 采购项目数量
   * @param totalAmount 采购总金额
   * @return the row
   */
  public static Procurement of(Cell projects, PrintedAmount totalAmount) {
    return Procurement.builder().projects(projects).totalAmount(totalAmount).build();
  }

  /**
   * Adds two rows cell by cell ({@link Cell#plus(Cell)}, {@link
   * PrintedAmount#plus(PrintedAmount)}).
   *
   * @param other the row to add
   * @return the sum
   * @throws ArithmeticException if the count overflows
   */
  public Procurement plus(AbstractProcurement other) {
    return of(projects().plus(other.projects()), totalAmount().plus(other.totalAmount()));
  }
}

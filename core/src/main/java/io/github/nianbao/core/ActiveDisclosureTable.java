package io.github.nianbao.core;

/**
 * Table 2, 二、主动公开政府信息情况, of either format version: {@link ActiveDisclosure} (2021) or
 * {@link ActiveDisclosure2019} (the 2019 trial format). The two tables share no columns, so nothing
 * converts one into the other; code that needs Table 2 tests which one a report holds:
 *
 * <pre>{@code
 * if (report.activeDisclosure() instanceof ActiveDisclosure t2) {
 *   long inForce = t2.rules().inForce().value();
 * }
 * }</pre>
 *
 * <p>Tables 3 and 4 have the same types in both versions.
 */
public sealed interface ActiveDisclosureTable
    permits AbstractActiveDisclosure, AbstractActiveDisclosure2019 {

  /**
   * Returns the format version whose Table 2 this is.
   *
   * @return {@link FormatVersion#V2021} or {@link FormatVersion#V2019}
   */
  FormatVersion formatVersion();
}

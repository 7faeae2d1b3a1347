package io.github.nianbao.core;

/** Whose figures a report gives (docs/format.md, Aggregation). */
public enum Scope {
  /** One administrative body: a department, a township, a government's own office. */
  AGENCY,
  /**
   * A 本级政府 report that sums its departments and lower governments, as {@link Aggregation} produces.
   */
  AGGREGATE
}

/**
 * The model of a 政府信息公开工作年度报告 in the format of 国办公开办函〔2021〕30号: every table row, every cell, every
 * applicant category and the narrative sections, as immutable values.
 *
 * <p>Core is pure: it depends on the JDK alone at run time. Immutables is an annotation processor,
 * needed only at compile time; {@code jakarta.validation-api} declares the constraint annotations
 * of {@link io.github.nianbao.core.constraints} and is optional ({@code requires static}).
 */
module io.github.nianbao.core {
  requires static org.immutables.value;
  // Constraint annotations (jakarta.validation-api only): optional at run time.
  requires static jakarta.validation;

  exports io.github.nianbao.core;
  exports io.github.nianbao.core.constraints;
// io.github.nianbao.core.internal (the Immutables style) is used by core alone: not exported.
}

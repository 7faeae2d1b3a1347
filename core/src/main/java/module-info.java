/**
 * The model of a 政府信息公开工作年度报告 in the format of 国办公开办函〔2021〕30号: every table
 * row, every cell, every applicant category and the narrative sections, as immutable values.
 *
 * <p>Core is pure: it depends on the JDK alone at run time. Immutables is an annotation
 * processor, needed only at compile time ({@code requires static}).
 */
module io.github.nianbao.core {
  requires static org.immutables.value;

  exports io.github.nianbao.core;
  // The Immutables style is shared by the SDK's own modules only; users never see it.
  exports io.github.nianbao.core.internal to
      io.github.nianbao.validation,
      io.github.nianbao.serialization;
}

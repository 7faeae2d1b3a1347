/** Runnable examples and, with the command-line issue, the {@code nianbao} tool. */
module io.github.nianbao.examples {
  requires io.github.nianbao.core;
  requires io.github.nianbao.validation;
  requires io.github.nianbao.serialization;

  exports io.github.nianbao.examples;
}

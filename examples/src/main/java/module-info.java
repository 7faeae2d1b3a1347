/** Runnable examples and the {@code nianbao} command-line tool. */
module io.github.nianbao.examples {
  requires io.github.nianbao.core;
  requires io.github.nianbao.validation;
  requires io.github.nianbao.serialization;
}

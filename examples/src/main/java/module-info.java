/** Runnable examples and, with the command-line issue, the {@code nianbao} tool. */
module io.github.nianbao.examples {
  requires io.github.nianbao.core;
  requires io.github.nianbao.validation;
  requires io.github.nianbao.serialization;
  requires info.picocli;
  requires java.logging;
  requires com.fasterxml.jackson.databind;
  // validate --to xlsx writes its workbook with Apache POI
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports io.github.nianbao.examples;

  // Hibernate Validator instantiates the example rule's validator reflectively.
  opens io.github.nianbao.examples to
      org.hibernate.validator;

  // picocli reads the commands' annotations and sets their fields reflectively.
  opens io.github.nianbao.examples.cli to
      info.picocli;
}

/**
 * Pluggable formats of the 30号 report: the published text tables and JSON, behind the service
 * interface {@link io.github.nianbao.serialization.ReportFormat}.
 */
module io.github.nianbao.serialization {
  requires transitive io.github.nianbao.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.nianbao.serialization;
  exports io.github.nianbao.serialization.text;

  uses io.github.nianbao.serialization.ReportFormat;

  provides io.github.nianbao.serialization.ReportFormat with
      io.github.nianbao.serialization.text.TextFormat;
}

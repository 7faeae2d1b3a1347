/**
 * Pluggable formats of the 30号 report: the published text tables and JSON, behind the service
 * interface {@link io.github.nianbao.serialization.ReportFormat}.
 *
 * <p>Jackson needs no {@code opens}: the JSON module reads and writes the model by hand, without
 * reflection. Jackson is a transitive dependency because {@code NianbaoJsonModule} is a Jackson
 * {@code Module}.
 */
module io.github.nianbao.serialization {
  requires transitive io.github.nianbao.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.nianbao.serialization;
  exports io.github.nianbao.serialization.grid;
  exports io.github.nianbao.serialization.json;
  exports io.github.nianbao.serialization.text;

  uses io.github.nianbao.serialization.ReportFormat;

  provides io.github.nianbao.serialization.ReportFormat with
      io.github.nianbao.serialization.text.TextFormat,
      io.github.nianbao.serialization.json.JsonFormat;
  provides com.fasterxml.jackson.databind.Module with
      io.github.nianbao.serialization.json.NianbaoJsonModule;
}

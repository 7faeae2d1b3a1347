/**
 * Pluggable formats of the 30号 report: the published text tables and JSON. The formats arrive
 * with the serialization issue.
 */
module io.github.nianbao.serialization {
  requires transitive io.github.nianbao.core;
  requires com.fasterxml.jackson.databind;
}

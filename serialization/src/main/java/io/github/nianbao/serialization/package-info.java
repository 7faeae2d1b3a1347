/**
 * Formats of the annual report behind one service interface, {@link
 * io.github.nianbao.serialization.ReportFormat}, found by name through {@link
 * io.github.nianbao.serialization.ReportFormats}. Reading returns the report with the reader's
 * {@linkplain io.github.nianbao.serialization.Diagnostic diagnostics}; input with nothing readable
 * is a {@link io.github.nianbao.serialization.ReportParseException} with an {@linkplain
 * io.github.nianbao.serialization.ReportParseException.ErrorType error type}.
 */
package io.github.nianbao.serialization;

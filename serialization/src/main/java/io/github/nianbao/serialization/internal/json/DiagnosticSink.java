package io.github.nianbao.serialization.internal.json;

import io.github.nianbao.serialization.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the deserializer puts its diagnostics during one read. {@code JsonFormat} passes one as a
 * per-call attribute of the {@code ObjectReader} (key: this class); without one, as on a user's own
 * {@code ObjectMapper}, the deserializer is strict instead (see {@code NianbaoJsonModule}).
 */
public final class DiagnosticSink {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Creates an empty sink. */
  public DiagnosticSink() {}

  void add(Diagnostic d) {
    diagnostics.add(d);
  }

  /**
   * Returns the diagnostics so far, in input order: sorted by line, stably, as the texts that the
   * model normalises are compared once the report is built.
   *
   * @return a copy
   */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparingInt(Diagnostic::line));
    return List.copyOf(sorted);
  }
}

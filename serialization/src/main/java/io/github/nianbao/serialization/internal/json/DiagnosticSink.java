package io.github.nianbao.serialization.internal.json;

import io.github.nianbao.serialization.Diagnostic;
import java.util.ArrayList;
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
   * Returns the diagnostics so far, in input order.
   *
   * @return a copy
   */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}

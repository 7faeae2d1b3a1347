package io.github.nianbao.core;

import java.util.List;

/**
 * Thrown by a builder of the model when {@code build()} is called before every mandatory attribute
 * was set, e.g. an {@link ApplicantCounts} without its printed {@code total}.
 *
 * <p>A programming error, not a data error: the readers of the serialization module never let it
 * escape, they report a missing cell as blank with a diagnostic instead.
 */
public final class IncompleteValueException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> missingAttributes;

  /**
   * Creates the exception with a message (used by the generated builders for other states).
   *
   * @param message what is incomplete
   */
  public IncompleteValueException(String message) {
    super(message);
    this.missingAttributes = List.of();
  }

  /**
   * Creates the exception for the attributes that a builder was not given.
   *
   * @param missingAttributes the names of the attributes not set, as in the model's accessors
   */
  public IncompleteValueException(String... missingAttributes) {
    super(
        "Cannot build "
            + builtType()
            + ": required attributes are not set "
            + List.of(missingAttributes));
    this.missingAttributes = List.of(missingAttributes);
  }

  /** Names the value whose generated builder is calling, e.g. {@code ApplicantCounts}. */
  private static String builtType() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getClassName)
                    .filter(n -> n.endsWith("$Builder"))
                    .findFirst()
                    .map(n -> n.substring(n.lastIndexOf('.') + 1, n.length() - "$Builder".length()))
                    .orElse("a value"));
  }

  /**
   * Returns the names of the attributes that were not set.
   *
   * @return the missing attribute names, empty when the builder did not name them
   */
  public List<String> missingAttributes() {
    return missingAttributes;
  }
}

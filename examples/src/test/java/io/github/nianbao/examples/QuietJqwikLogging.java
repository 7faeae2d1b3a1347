package io.github.nianbao.examples;

import java.util.logging.Level;
import java.util.logging.Logger;
import net.jqwik.api.lifecycle.BeforeContainerHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;

/**
 * jqwik 1.9.3 logs "Edge case generation exceeds number of tries" at INFO through {@code
 * java.util.logging}, which prints two lines on the build's standard error for each property that
 * mixes in many edge cases; nothing is wrong. Its warnings and errors still print. A global hook
 * (META-INF/services/net.jqwik.api.lifecycle.LifecycleHook): it runs before every jqwik container.
 */
public class QuietJqwikLogging implements BeforeContainerHook {

  /** Held, since a logger nobody holds may be collected, and its level with it. */
  private static final Logger JQWIK = Logger.getLogger("net.jqwik");

  @Override
  public void beforeContainer(ContainerLifecycleContext context) {
    JQWIK.setLevel(Level.WARNING);
  }
}

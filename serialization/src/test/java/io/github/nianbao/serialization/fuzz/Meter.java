package io.github.nianbao.serialization.fuzz;

import java.lang.reflect.Method;

/**
 * The current thread's CPU time and allocated bytes, from the JVM's {@code ThreadMXBean}. Reached
 * by reflection: the tests run patched into the serialization module, which does not read {@code
 * java.management} (core reflection needs no read edge).
 */
final class Meter {
  private final Object bean;
  private final Method cpu;
  private final Method allocated;

  Meter() {
    try {
      Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
      bean = factory.getMethod("getThreadMXBean").invoke(null);
      cpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
      Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
      allocated = sun.getMethod("getCurrentThreadAllocatedBytes");
      sun.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(bean, true);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM has no com.sun.management.ThreadMXBean", e);
    }
  }

  /** The CPU time of this thread, in nanoseconds. */
  long cpuNanos() {
    return call(cpu);
  }

  /** The bytes this thread has allocated so far. */
  long allocatedBytes() {
    return call(allocated);
  }

  private long call(Method m) {
    try {
      return (Long) m.invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}

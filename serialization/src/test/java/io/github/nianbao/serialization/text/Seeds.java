package io.github.nianbao.serialization.text;

import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources: the seed reports and our own test reports. */
final class Seeds {
  private Seeds() {}

  static String text(String name) {
    if (name.startsWith("seeds/")) {
      return io.github.nianbao.testing.Seeds.text(name.substring("seeds/".length()));
    }
    try (InputStream in = Seeds.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReadResult read(String name) {
    try {
      return new TextFormat().read(text(name));
    } catch (ReportParseException e) {
      throw new AssertionError(name + ": " + e.getMessage(), e);
    }
  }
}

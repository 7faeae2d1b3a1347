package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.validation.internal.Messages;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own ValidationMessages first on the class path does not hide the facade's messages. */
class MessagesShadowTest {

  @TempDir Path shadow;

  @Test
  void theFacadeReadsItsOwnBundle() throws Exception {
    Files.writeString(
        shadow.resolve("ValidationMessages.properties"),
        "io.github.nianbao.T3.ROW_TOTAL = shadowed\n",
        StandardCharsets.UTF_8);
    URL classes = Messages.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {shadow.toUri().toURL(), classes}, null)) {
      Class<?> messages = loader.loadClass(Messages.class.getName());
      String en =
          (String)
              messages
                  .getMethod("format", String.class, Map.class, Locale.class)
                  .invoke(
                      null, "{io.github.nianbao.T3.ROW_TOTAL}", Map.of("rowKey", "x"), Locale.ROOT);
      assertTrue(en.startsWith("Table 3, row x: the printed total"), en);
      String zh =
          (String)
              messages
                  .getMethod("format", String.class, Map.class, Locale.class)
                  .invoke(
                      null,
                      "{io.github.nianbao.T3.ROW_TOTAL}",
                      Map.of("row", "甲"),
                      Locale.SIMPLIFIED_CHINESE);
      assertTrue(zh.startsWith("表三“甲”行"), zh);
    }
    assertEquals(
        "shadowed",
        Files.readString(shadow.resolve("ValidationMessages.properties")).split("= ")[1].strip());
  }
}

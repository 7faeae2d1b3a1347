package io.github.nianbao.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of {@code ReportValidator} in Chinese and English: the template of a key in this
 * module's own {@code ValidationMessages} (Chinese: {@code ValidationMessages_zh_CN}), its named
 * parameters {@code {name}} replaced by their values. Values are inserted once, never interpreted:
 * report text cannot inject anything.
 */
public final class Messages {
  private Messages() {}

  private static final String BUNDLE = "ValidationMessages";

  /**
   * Formats a message.
   *
   * @param template a template such as {@code {io.github.nianbao.T3.BALANCE}}, or literal text
   * @param parameters the named parameters
   * @param locale {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ROOT} (English)
   * @return the message
   */
  public static String format(String template, Map<String, Object> parameters, Locale locale) {
    String text = keyOf(template).flatMap(key -> lookup(key, locale)).orElse(template);
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      int close = ch == '{' ? text.indexOf('}', i) : -1;
      if (close > i) {
        String name = text.substring(i + 1, close);
        if (parameters.containsKey(name)) {
          out.append(parameters.get(name));
          i = close + 1;
          continue;
        }
      }
      out.append(ch);
      i++;
    }
    return out.toString();
  }

  /**
   * Returns the key a template names when it is a key alone in braces ({@code
   * {io.github.nianbao.T3.BALANCE}}), as Bean Validation writes one.
   *
   * @param template a template
   * @return the key, or empty for literal text
   */
  public static Optional<String> keyOf(String template) {
    return template.length() > 2
            && template.charAt(0) == '{'
            && template.indexOf('}') == template.length() - 1
            && template.indexOf('{', 1) < 0
        ? Optional.of(template.substring(1, template.length() - 1))
        : Optional.empty();
  }

  private static final Map<Locale, Properties> BUNDLES = new ConcurrentHashMap<>();

  private static Optional<String> lookup(String key, Locale locale) {
    Properties p = BUNDLES.computeIfAbsent(locale, Messages::load);
    return Optional.ofNullable(p.getProperty(key));
  }

  /**
   * Loads this module's own copy of the bundle, never one that shadows it: a user's application may
   * ship its own {@code ValidationMessages} first on the class path. In a named module the module's
   * resource is read; on the class path, among the resources of that name, the one beside this
   * class.
   */
  private static Properties load(Locale locale) {
    String name = BUNDLE + ("zh".equals(locale.getLanguage()) ? "_zh_CN" : "") + ".properties";
    Properties p = new Properties();
    try (InputStream in = open(name)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // an unreadable bundle leaves the templates as they are; the message still names the rule
    }
    return p;
  }

  private static InputStream open(String name) throws IOException {
    Module module = Messages.class.getModule();
    if (module.isNamed()) {
      return module.getResourceAsStream(name);
    }
    URL self = Messages.class.getResource(Messages.class.getSimpleName() + ".class");
    String selfText = self == null ? "" : self.toString();
    String root =
        selfText.substring(
            0,
            Math.max(0, selfText.length() - Messages.class.getName().length() - ".class".length()));
    ClassLoader loader = Messages.class.getClassLoader();
    for (Enumeration<URL> e = loader.getResources(name); e.hasMoreElements(); ) {
      URL url = e.nextElement();
      if (!root.isEmpty() && url.toString().equals(root + name)) {
        return url.openStream();
      }
    }
    return null;
  }
}

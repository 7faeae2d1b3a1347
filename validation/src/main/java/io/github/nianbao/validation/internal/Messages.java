package io.github.nianbao.validation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of {@code ReportValidator} in Chinese and English: the template of a key in
 * {@code ValidationMessages} (Chinese: {@code ValidationMessages_zh_CN}), its named parameters
 * {@code {name}} replaced by their values. Values are inserted once, never interpreted: report
 * text cannot inject anything.
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
    String text = template;
    if (template.startsWith("{") && template.endsWith("}") && template.indexOf('{', 1) < 0) {
      text = lookup(template.substring(1, template.length() - 1), locale).orElse(template);
    }
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

  private static java.util.Optional<String> lookup(String key, Locale locale) {
    try {
      // a Control is not allowed in a named module; the base bundle (English) exists, so a
      // request for Locale.ROOT never falls back to the default locale
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
      return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }
}

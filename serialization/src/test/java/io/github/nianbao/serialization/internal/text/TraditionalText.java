package io.github.nianbao.serialization.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Text printed in traditional script for the tests, from the table the reader reads. */
final class TraditionalText {
  private TraditionalText() {}

  /** Each simplified character's traditional forms, in the table's order. */
  static final Map<Character, List<Character>> FORMS = forms();

  private static Map<Character, List<Character>> forms() {
    Map<Character, List<Character>> forms = new HashMap<>();
    try (InputStream in = TraditionalForms.class.getResourceAsStream("traditional.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          forms.computeIfAbsent(line.charAt(1), k -> new ArrayList<>()).add(line.charAt(0));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return forms;
  }

  /** A text with each character that has traditional forms in its first one. */
  static String everywhere(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      List<Character> forms = FORMS.get(c);
      b.append(forms == null ? c : forms.get(0));
    }
    return b.toString();
  }

  /**
   * A text with each character that has traditional forms in one of them, chosen at random, three
   * times in four.
   */
  static String atRandom(String s, Random random) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      List<Character> forms = FORMS.get(c);
      b.append(
          forms == null || random.nextInt(4) == 0 ? c : forms.get(random.nextInt(forms.size())));
    }
    return b.toString();
  }
}

package io.github.nianbao.validation.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The similarity of two narrative texts: the Dice coefficient of their multisets of character
 * bigrams, {@code 2·|A∩B| / (|A|+|B|)}, after removing white space, punctuation and digits (years
 * and counts change every year; the wording is what must not repeat). 1 for the same text, 0 for
 * texts without a common bigram.
 */
final class TextSimilarity {
  private TextSimilarity() {}

  /** Texts at or above this similarity are "substantially the same" (年年雷同). */
  static final double THRESHOLD = 0.85;

  static String normalize(String text) {
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints().filter(cp -> Character.isLetter(cp)).forEach(s::appendCodePoint);
    return s.toString();
  }

  /** Returns the similarity, or -1 when either text has no bigram to compare. */
  static double dice(String a, String b) {
    Map<String, Integer> x = bigrams(normalize(a));
    Map<String, Integer> y = bigrams(normalize(b));
    int nx = x.values().stream().mapToInt(Integer::intValue).sum();
    int ny = y.values().stream().mapToInt(Integer::intValue).sum();
    if (nx == 0 || ny == 0) {
      return -1;
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : x.entrySet()) {
      common += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * common / (nx + ny);
  }

  private static Map<String, Integer> bigrams(String s) {
    Map<String, Integer> m = new HashMap<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      m.merge(new String(cps, i, 2), 1, Integer::sum);
    }
    return m;
  }
}

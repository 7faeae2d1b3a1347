package io.github.nianbao.serialization.golden;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Deterministic mutants of a text input: the same input, name and count give the same mutants on
 * every run and machine ({@link Random} with a fixed seed per input, no other state).
 *
 * <p>A mutant's name is {@code INPUT#INDEX:MUTATION@WHERE}, e.g. {@code
 * seed-000#17:duplicate-line@42}, where {@code WHERE} is a 1-based line, or {@code line:column} for
 * a mutation of one character.
 */
final class Mutants {
  private Mutants() {}

  /** One mutant: its stable name and its text. */
  record Mutant(String name, String text) {}

  /** A mutation: returns {@code mutation@where} and the text, or null where it does not apply. */
  private interface Mutation {
    Mutant apply(String text, List<String> lines, Random random);
  }

  private static final String JUNK = "abcxyz0123456789.,;:!?/()-—…※■□▲☆·、。，：；“”（）年月日表单元格　";

  private static final List<Mutation> MUTATIONS =
      List.of(
          Mutants::deleteLine,
          Mutants::duplicateLine,
          Mutants::swapLines,
          Mutants::tabToSpaces,
          Mutants::replaceDigit,
          Mutants::spaceInLabel,
          Mutants::deleteChar,
          Mutants::fullWidth,
          Mutants::blankLine,
          Mutants::joinLines,
          Mutants::strayCell,
          Mutants::pageFooter,
          Mutants::junkLine,
          Mutants::cut);

  /**
   * Returns the mutants of one input.
   *
   * @param input the input's short name, e.g. {@code seed-000}; it seeds the random numbers
   * @param text the input's text
   * @param count how many
   */
  static List<Mutant> of(String input, String text, int count) {
    Random random = new Random(0x6e69616e62616fL ^ input.hashCode());
    List<String> lines = Arrays.asList(text.split("\n", -1));
    if (text.endsWith("\n")) {
      lines = lines.subList(0, lines.size() - 1);
    }
    List<Mutant> mutants = new ArrayList<>(count);
    while (mutants.size() < count) {
      Mutant m = MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(text, lines, random);
      if (m != null) {
        mutants.add(new Mutant(input + "#" + mutants.size() + ":" + m.name(), m.text()));
      }
    }
    return mutants;
  }

  // -- line mutations: lines are the text's lines without their "\n"

  private static Mutant deleteLine(String text, List<String> lines, Random random) {
    int i = random.nextInt(lines.size());
    List<String> out = new ArrayList<>(lines);
    out.remove(i);
    return result("delete-line@" + (i + 1), out, text);
  }

  private static Mutant duplicateLine(String text, List<String> lines, Random random) {
    int i = random.nextInt(lines.size());
    List<String> out = new ArrayList<>(lines);
    out.add(i + 1, lines.get(i));
    return result("duplicate-line@" + (i + 1), out, text);
  }

  private static Mutant swapLines(String text, List<String> lines, Random random) {
    if (lines.size() < 2) {
      return null;
    }
    int i = random.nextInt(lines.size() - 1);
    List<String> out = new ArrayList<>(lines);
    out.set(i, lines.get(i + 1));
    out.set(i + 1, lines.get(i));
    return result("swap-lines@" + (i + 1), out, text);
  }

  private static Mutant blankLine(String text, List<String> lines, Random random) {
    int i = random.nextInt(lines.size() + 1);
    List<String> out = new ArrayList<>(lines);
    out.add(i, "");
    return result("blank-line@" + (i + 1), out, text);
  }

  private static Mutant joinLines(String text, List<String> lines, Random random) {
    if (lines.size() < 2) {
      return null;
    }
    int i = random.nextInt(lines.size() - 1);
    List<String> out = new ArrayList<>(lines);
    out.set(i, lines.get(i) + lines.get(i + 1));
    out.remove(i + 1);
    return result("join-lines@" + (i + 1), out, text);
  }

  private static Mutant strayCell(String text, List<String> lines, Random random) {
    int i = pickLine(lines, random, c -> c >= '0' && c <= '9');
    if (i < 0) {
      return null;
    }
    String line = lines.get(i);
    char sep = line.indexOf('\t') >= 0 ? '\t' : ' ';
    List<Integer> at = new ArrayList<>();
    for (int j = 0; j < line.length(); j++) {
      if (line.charAt(j) == sep) {
        at.add(j);
      }
    }
    at.add(line.length());
    int j = at.get(random.nextInt(at.size()));
    String cell = random.nextInt(5) == 0 ? "/" : Integer.toString(random.nextInt(1000));
    List<String> out = new ArrayList<>(lines);
    out.set(i, line.substring(0, j) + sep + cell + line.substring(j));
    return result("stray-cell@" + (i + 1) + ":" + (j + 1), out, text);
  }

  private static Mutant pageFooter(String text, List<String> lines, Random random) {
    int i = random.nextInt(lines.size() + 1);
    List<String> out = new ArrayList<>(lines);
    out.add(i, "- " + (1 + random.nextInt(40)) + " -");
    return result("page-footer@" + (i + 1), out, text);
  }

  private static Mutant junkLine(String text, List<String> lines, Random random) {
    StringBuilder junk = new StringBuilder();
    for (int n = 5 + random.nextInt(26); n > 0; n--) {
      junk.append(JUNK.charAt(random.nextInt(JUNK.length())));
    }
    List<String> out = new ArrayList<>(lines);
    out.add(0, junk.toString());
    return result("junk-line@1", out, text);
  }

  private static Mutant fullWidth(String text, List<String> lines, Random random) {
    int i = pickLine(lines, random, Mutants::isAsciiDigitOrPunctuation);
    if (i < 0) {
      return null;
    }
    String line = lines.get(i);
    StringBuilder s = new StringBuilder(line.length());
    for (int j = 0; j < line.length(); j++) {
      char c = line.charAt(j);
      s.append(isAsciiDigitOrPunctuation(c) ? (char) (c + 0xfee0) : c);
    }
    List<String> out = new ArrayList<>(lines);
    out.set(i, s.toString());
    return result("full-width@" + (i + 1), out, text);
  }

  // -- character mutations, at a place in the whole text

  private static Mutant tabToSpaces(String text, List<String> lines, Random random) {
    int at = pick(text, random, (t, j) -> t.charAt(j) == '\t');
    return at < 0 ? null : edit(text, at, 1, " ".repeat(1 + random.nextInt(4)), "tab-to-spaces");
  }

  private static Mutant replaceDigit(String text, List<String> lines, Random random) {
    int at = pick(text, random, (t, j) -> t.charAt(j) >= '0' && t.charAt(j) <= '9');
    if (at < 0) {
      return null;
    }
    int digit = (text.charAt(at) - '0' + 1 + random.nextInt(9)) % 10;
    return edit(text, at, 1, Integer.toString(digit), "replace-digit");
  }

  private static Mutant spaceInLabel(String text, List<String> lines, Random random) {
    int at = pick(text, random, (t, j) -> j > 0 && isHan(t.charAt(j - 1)) && isHan(t.charAt(j)));
    return at < 0 ? null : edit(text, at, 0, " ", "space-in-label");
  }

  private static Mutant deleteChar(String text, List<String> lines, Random random) {
    if (text.isEmpty()) {
      return null;
    }
    int at = random.nextInt(text.length());
    char c = text.charAt(at);
    if (c == '\n' || Character.isSurrogate(c)) {
      return null;
    }
    return edit(text, at, 1, "", "delete-char");
  }

  private static Mutant cut(String text, List<String> lines, Random random) {
    if (text.length() < 2) {
      return null;
    }
    int at = 1 + random.nextInt(text.length() - 1);
    if (Character.isLowSurrogate(text.charAt(at))) {
      return null;
    }
    return new Mutant("cut@" + where(text, at), text.substring(0, at));
  }

  private interface CharTest {
    boolean test(String text, int index);
  }

  /** Picks one of the indexes where a test holds, uniformly; -1 if there is none. */
  private static int pick(String text, Random random, CharTest test) {
    List<Integer> at = new ArrayList<>();
    for (int j = 0; j < text.length(); j++) {
      if (test.test(text, j)) {
        at.add(j);
      }
    }
    return at.isEmpty() ? -1 : at.get(random.nextInt(at.size()));
  }

  /** Picks one of the lines with a character that a test holds for, uniformly; -1 if none. */
  private static int pickLine(List<String> lines, Random random, IntPredicate test) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).chars().anyMatch(test)) {
        at.add(i);
      }
    }
    return at.isEmpty() ? -1 : at.get(random.nextInt(at.size()));
  }

  private static boolean isAsciiDigitOrPunctuation(int c) {
    return c > ' ' && c < 0x7f && !Character.isLetter(c);
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static Mutant edit(String text, int at, int length, String with, String mutation) {
    return new Mutant(
        mutation + "@" + where(text, at),
        text.substring(0, at) + with + text.substring(at + length));
  }

  /** Returns the 1-based {@code line:column} of an index. */
  private static String where(String text, int at) {
    int line = 1;
    int start = 0;
    for (int j = 0; j < at; j++) {
      if (text.charAt(j) == '\n') {
        line++;
        start = j + 1;
      }
    }
    return line + ":" + (at - start + 1);
  }

  private static Mutant result(String name, List<String> lines, String original) {
    String text = String.join("\n", lines) + (original.endsWith("\n") ? "\n" : "");
    return new Mutant(name, text);
  }
}

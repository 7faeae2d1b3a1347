package io.github.nianbao.serialization.fuzz;

import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.grid.Radicals;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of real reports: of lines (delete, duplicate, swap, move, repeat, splice from another
 * seed, split, join), of characters (delete, duplicate, truncate, insert separators, digits, huge
 * numbers, marks, headings, control characters, byte order marks, lone surrogates; replace numbers)
 * and of bytes (invalid UTF-8, byte order marks, other encodings, NUL, flipped bits). Inputs stay
 * below {@link #MAX_CHARS}: the fuzzer looks for wrong behaviour, not for limits.
 */
final class Mutator {

  /** The largest input the mutations build, in characters. */
  static final int MAX_CHARS = 48 * 1024;

  /** One input: text, or bytes to be decoded by the reader. */
  record Input(String text, byte[] bytes, List<String> steps) {
    boolean isBytes() {
      return bytes != null;
    }

    int size() {
      return isBytes() ? bytes.length : text.length();
    }
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,.]*");

  private static final String[] HUGE = {
    "9223372036854775807",
    "9223372036854775806",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "4611686018427387904",
    "99999999999999999999999999999999",
    "1e309",
    "1E+999999999",
    "0x7fffffffffffffff",
    "1.5",
    "-1",
    "0",
    "00000000000000000000001",
    "１２３",
    "9,223,372,036,854,775,807",
    "NaN",
    "Infinity",
    "+7",
    "٣",
    "Ⅻ",
    "一百",
    "1953.86",
    "0.000000000001"
  };

  private static final String[] TOKENS = {
    "\t",
    "\t\t",
    "  ",
    " ",
    "\u3000",
    "\u00A0",
    "|",
    "｜",
    "| --- |",
    ",",
    "，",
    "、",
    ":",
    "：",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\f",
    "\u000B",
    "\u0000",
    "\u0001",
    "\u0007",
    "\u001B",
    "\u007F",
    "\u0085",
    "\u2028",
    "\u2029",
    "\u200B",
    "\u200E",
    "\uFEFF",
    "\uFFFD",
    "\uD800",
    "\uDC00",
    "\uD83D\uDE00",
    "/",
    "—",
    "－",
    "-",
    "无",
    "不适用",
    "*",
    "N/A",
    "（",
    "）",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "'",
    "\\",
    "\\u0000",
    "#",
    "## ",
    "**",
    "• ",
    "1.",
    "（三）",
    "三、",
    "四、",
    "总计",
    "其他",
    "件",
    "万元",
    "第 2 页 共 5 页",
    "- 3 -",
    "分享到:",
    "格式：",
    "范围：AGGREGATE",
    "2023年",
    "政府信息公开工作年度报告",
    "\"year\": 2023,",
    "\"formatVersion\": \"2021\",",
    "null",
    "true",
    ": {",
    "[]",
    "{}"
  };

  private final Random random;
  private final List<String> seeds;

  /** The radicals and compatibility ideographs that show each ideograph ({@link Radicals}). */
  private static final Map<Character, char[]> RADICAL_FORMS = radicalForms();

  private static Map<Character, char[]> radicalForms() {
    Map<Character, StringBuilder> forms = new HashMap<>();
    for (char c = '\u2E80'; c <= '\uFAFF'; c++) {
      if (Radicals.inBlocks(c) && Radicals.ideograph(c) != 0) {
        forms.computeIfAbsent(Radicals.ideograph(c), x -> new StringBuilder()).append(c);
      }
    }
    Map<Character, char[]> out = new HashMap<>();
    forms.forEach((k, v) -> out.put(k, v.toString().toCharArray()));
    return out;
  }

  Mutator(Random random, List<String> seeds) {
    this.random = random;
    this.seeds = seeds;
  }

  /** A seed with one to four mutations; a quarter of the inputs are bytes mutated as bytes. */
  Input next() {
    String seed = seeds.get(random.nextInt(seeds.size()));
    List<String> steps = new ArrayList<>();
    String text = seed;
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      int op = random.nextInt(19);
      String before = text;
      text = mutate(text, op, steps);
      if (text.length() > MAX_CHARS) {
        text = before;
        steps.add("(too long, undone)");
      }
    }
    if (random.nextInt(4) == 0) {
      return new Input(null, bytes(text, steps), List.copyOf(steps));
    }
    return new Input(text, null, List.copyOf(steps));
  }

  private String mutate(String s, int op, List<String> steps) {
    List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (op) {
      case 0 -> {
        int k = 1 + random.nextInt(Math.min(8, lines.size()));
        for (int i = 0; i < k && at < lines.size() && lines.size() > 1; i++) {
          lines.remove(at);
        }
        steps.add("delete " + k + " lines at " + at);
      }
      case 1 -> {
        int k = 1 + random.nextInt(6);
        List<String> block = new ArrayList<>(lines.subList(at, Math.min(lines.size(), at + k)));
        lines.addAll(random.nextInt(lines.size() + 1), block);
        steps.add("duplicate " + block.size() + " lines from " + at);
      }
      case 2 -> {
        int other = random.nextInt(lines.size());
        String t = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, t);
        steps.add("swap lines " + at + " and " + other);
      }
      case 3 -> {
        int k = 1 + random.nextInt(Math.min(20, lines.size()));
        List<String> block = new ArrayList<>(lines.subList(at, Math.min(lines.size(), at + k)));
        lines.subList(at, Math.min(lines.size(), at + k)).clear();
        lines.addAll(random.nextInt(lines.size() + 1), block);
        steps.add("move " + block.size() + " lines from " + at);
      }
      case 4 -> {
        int copies = 2 + random.nextInt(random.nextBoolean() ? 5 : 300);
        String line = lines.get(at);
        for (int i = 0; i < copies; i++) {
          lines.add(at, line);
        }
        steps.add("repeat line " + at + " " + copies + " times");
      }
      case 5 -> {
        String[] other = seeds.get(random.nextInt(seeds.size())).split("\n", -1);
        int from = random.nextInt(other.length);
        int k = 1 + random.nextInt(Math.min(15, other.length - from));
        lines.addAll(at, Arrays.asList(other).subList(from, from + k));
        steps.add("splice " + k + " lines of another seed at " + at);
      }
      case 6 -> {
        String line = lines.get(at);
        int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        lines.set(at, line.substring(0, cut));
        lines.add(at + 1, line.substring(cut));
        steps.add("split line " + at + " at " + cut);
      }
      case 7 -> {
        if (at + 1 < lines.size()) {
          lines.set(at, lines.get(at) + (random.nextBoolean() ? "" : "\t") + lines.remove(at + 1));
        }
        steps.add("join line " + at + " with the next");
      }
      case 8 -> {
        String line = lines.get(at);
        Matcher m = NUMBER.matcher(line);
        StringBuilder out = new StringBuilder();
        String value = pick(HUGE);
        while (m.find()) {
          m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        lines.set(at, out.toString());
        steps.add("every number of line " + at + " := " + value);
      }
      case 9 -> {
        // one number anywhere
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find() && spans.size() < 2000) {
          spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
          return s;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String value = random.nextInt(3) == 0 ? Long.toString(random.nextLong()) : pick(HUGE);
        steps.add("number at " + span[0] + " := " + value);
        return s.substring(0, span[0]) + value + s.substring(span[1]);
      }
      case 10 -> {
        int pos = random.nextInt(s.length() + 1);
        String token = pick(TOKENS);
        steps.add("insert " + escape(token) + " at " + pos);
        return s.substring(0, pos) + token + s.substring(pos);
      }
      case 11 -> {
        // a run of one token, as a line of tabs or of separators printed by a converter
        int pos = random.nextInt(s.length() + 1);
        String token = pick(TOKENS);
        int times = 2 + random.nextInt(random.nextBoolean() ? 50 : 8000);
        steps.add("insert " + escape(token) + " " + times + " times at " + pos);
        return s.substring(0, pos) + token.repeat(times) + s.substring(pos);
      }
      case 12 -> {
        ReportSection section =
            ReportSection.values()[random.nextInt(ReportSection.values().length)];
        String heading = random.nextBoolean() ? section.heading() : section.title();
        lines.add(at, heading);
        steps.add("heading " + heading + " at line " + at);
      }
      case 13 -> {
        int pos = random.nextInt(s.length() + 1);
        int len = Math.min(s.length() - pos, 1 + random.nextInt(random.nextBoolean() ? 8 : 400));
        steps.add("delete " + len + " chars at " + pos);
        return s.substring(0, pos) + s.substring(pos + len);
      }
      case 14 -> {
        int pos = random.nextInt(s.length() + 1);
        int len = Math.min(s.length() - pos, 1 + random.nextInt(200));
        steps.add("duplicate " + len + " chars at " + pos);
        return s.substring(0, pos + len) + s.substring(pos);
      }
      case 15 -> {
        int pos = random.nextInt(s.length() + 1);
        steps.add("truncate at " + pos);
        return s.substring(0, pos);
      }
      case 16 -> {
        if (s.isEmpty()) {
          return s;
        }
        int pos = random.nextInt(s.length());
        char c = (char) random.nextInt(0x10000);
        steps.add("char at " + pos + " := " + escape(String.valueOf(c)));
        return s.substring(0, pos) + c + s.substring(pos + 1);
      }
      case 17 -> {
        // Chinese characters named by the radicals or compatibility ideographs of their shapes,
        // as text copied from some PDFs names them (every reader reads them as the ideographs)
        StringBuilder b = new StringBuilder(s);
        int k = 1 + random.nextInt(random.nextBoolean() ? 3 : 60);
        int done = 0;
        for (int i = 0; i < k * 4 && done < k && b.length() > 0; i++) {
          int pos = random.nextInt(b.length());
          char[] forms = RADICAL_FORMS.get(b.charAt(pos));
          if (forms != null) {
            b.setCharAt(pos, forms[random.nextInt(forms.length)]);
            done++;
          }
        }
        steps.add(done + " characters as radicals or compatibility ideographs");
        return b.toString();
      }
      default -> {
        String line = lines.get(at);
        String changed =
            switch (random.nextInt(4)) {
              case 0 -> line.replace('\t', ' ');
              case 1 -> line.replace(' ', '\t');
              case 2 -> line.replace("\t", "\u3000");
              default -> line + "\r";
            };
        lines.set(at, changed);
        steps.add("white space of line " + at);
      }
    }
    return String.join("\n", lines);
  }

  private byte[] bytes(String text, List<String> steps) {
    int op = random.nextInt(9);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return switch (op) {
      case 0 -> {
        steps.add("bytes: GB18030");
        yield text.getBytes(Charset.forName("GB18030"));
      }
      case 1 -> {
        steps.add("bytes: UTF-16LE with its byte order mark");
        yield concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
      }
      case 2 -> {
        steps.add("bytes: UTF-16BE with its byte order mark");
        yield concat(
            new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
      }
      case 3 -> {
        byte[][] marks = {
          {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          {(byte) 0xFF, (byte) 0xFE},
          {(byte) 0xFE, (byte) 0xFF}
        };
        int k = random.nextInt(marks.length);
        steps.add("bytes: UTF-8 after byte order mark " + k);
        yield concat(marks[k], utf8);
      }
      case 4 -> {
        byte[][] bad = {
          {(byte) 0xFF},
          {(byte) 0xC0, (byte) 0x80},
          {(byte) 0x80},
          {(byte) 0xE4, (byte) 0xB8},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}
        };
        int k = random.nextInt(bad.length);
        int pos = random.nextInt(utf8.length + 1);
        steps.add("bytes: invalid UTF-8 sequence " + k + " at " + pos);
        yield insert(utf8, pos, bad[k]);
      }
      case 5 -> {
        int pos = utf8.length == 0 ? 0 : random.nextInt(utf8.length);
        steps.add("bytes: cut at byte " + pos);
        yield Arrays.copyOf(utf8, pos);
      }
      case 6 -> {
        int pos = random.nextInt(utf8.length + 1);
        steps.add("bytes: NUL at " + pos);
        yield insert(utf8, pos, new byte[] {0});
      }
      case 7 -> {
        byte[] b = utf8.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && b.length > 0; i++) {
          b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        steps.add("bytes: " + flips + " bits flipped");
        yield b;
      }
      default -> {
        steps.add("bytes: UTF-8");
        yield utf8;
      }
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return insert(b, 0, a);
  }

  private static byte[] insert(byte[] into, int pos, byte[] what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(into.length + what.length);
    out.write(into, 0, pos);
    out.write(what, 0, what.length);
    out.write(into, pos, into.length - pos);
    return out.toByteArray();
  }

  private String pick(String[] pool) {
    return pool[random.nextInt(pool.length)];
  }

  /** Shows control and unusual characters as {@code \\uXXXX}. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20
          || (c >= 0x7F && c < 0xA0)
          || Character.isSurrogate(c)
          || c == 0xFEFF
          || (c >= 0x2000 && c <= 0x206F)
          || c == '\\') {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}

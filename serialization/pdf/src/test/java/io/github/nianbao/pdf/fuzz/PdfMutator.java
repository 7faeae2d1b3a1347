package io.github.nianbao.pdf.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Damages a PDF as files get damaged, and as a careless producer writes them: one to three steps,
 * each a byte changed, a range deleted or repeated, the file cut (now and then with its {@code
 * %%EOF} put back, so that the parser reads on), or, inside a page's content stream, a number
 * replaced by an odd one (huge, negative, a fraction, an exponent), an operator or a text-showing
 * sequence inserted, a line deleted or two lines swapped. The seeds' content streams are stored
 * uncompressed ({@link #uncompressed}), so that the steps inside them reach the text operators.
 */
final class PdfMutator {

  /** A damaged file and the steps that made it. */
  record Input(byte[] bytes, List<String> steps) {}

  private static final String[] NUMBERS = {
    "0",
    "-1",
    "99999",
    "-99999999",
    "1e5",
    "3.4028235E38",
    "0.0000001",
    "NaN",
    "--1",
    "2147483648",
    ".",
    "-.5",
    "1.5.5"
  };

  private static final String[] INSERTS = {
    "BT",
    "ET",
    "q",
    "Q",
    "Q Q Q",
    "T*",
    "(x) Tj",
    "(12) Tj",
    "[(1)-500(2)] TJ",
    "[(3) 99999 (4)] TJ",
    "<FFFF> Tj",
    "<> Tj",
    "/F1 12 Tf",
    "/F1 0 Tf",
    "/F1 -9 Tf",
    "/Nope 9 Tf",
    "1 0 0 1 0 0 cm",
    "99999 0 0 99999 0 0 Tm",
    "0 0 0 0 0 0 Tm",
    "1 0 0 -1 0 0 Tm",
    "0 -99999 Td",
    "100 0 TD",
    "0 0 500 500 re f",
    "0 0 m 500 0 l S",
    "/Im0 Do",
    "/GS0 gs",
    "10 Tz",
    "5 Tc",
    "-200 Tw",
    "BI /W 1 /H 1 ID x EI",
    "(",
    ")",
    "[",
    "]",
    "<<",
    ">>",
    "%"
  };

  private final Random random;
  private final List<byte[]> seeds;

  PdfMutator(Random random, List<byte[]> seeds) {
    this.random = random;
    this.seeds = seeds;
  }

  /** The next damaged file. */
  Input next() {
    int s = random.nextInt(seeds.size());
    byte[] b = seeds.get(s);
    List<String> steps = new ArrayList<>();
    steps.add("seed " + s);
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count && b.length > 0; i++) {
      List<int[]> streams = streams(b);
      boolean inside = !streams.isEmpty() && random.nextInt(4) != 0;
      int[] range = inside ? streams.get(random.nextInt(streams.size())) : new int[] {0, b.length};
      if (range[1] <= range[0]) {
        range = new int[] {0, b.length};
      }
      int at = range[0] + random.nextInt(range[1] - range[0]);
      int kind = inside ? random.nextInt(8) : random.nextInt(4);
      switch (kind) {
        case 0 -> {
          b = b.clone();
          b[at] = (byte) random.nextInt(256);
          steps.add("byte " + at);
        }
        case 1 -> {
          int n = Math.min(b.length - at, 1 + random.nextInt(random.nextBoolean() ? 16 : 400));
          b = splice(b, at, at + n, new byte[0]);
          steps.add("delete " + at + "+" + n);
        }
        case 2 -> {
          int n = Math.min(b.length - at, 1 + random.nextInt(200));
          byte[] copy = Arrays.copyOfRange(b, at, at + n);
          int times = random.nextInt(10) == 0 ? 50 : 1;
          byte[] many = new byte[copy.length * times];
          for (int t = 0; t < times; t++) {
            System.arraycopy(copy, 0, many, t * copy.length, copy.length);
          }
          b = splice(b, at, at, many);
          steps.add("repeat " + at + "+" + n + " x" + times);
        }
        case 3 -> {
          b = Arrays.copyOf(b, at);
          if (random.nextBoolean()) {
            b = splice(b, b.length, b.length, "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            steps.add("cut at " + at + ", %%EOF put back");
          } else {
            steps.add("cut at " + at);
          }
        }
        case 4 -> {
          int[] number = numberAt(b, at, range[1]);
          if (number == null) {
            steps.add("no number after " + at);
          } else {
            String v = NUMBERS[random.nextInt(NUMBERS.length)];
            b = splice(b, number[0], number[1], v.getBytes(StandardCharsets.US_ASCII));
            steps.add("number at " + number[0] + " as " + v);
          }
        }
        case 5 -> {
          String v = " " + INSERTS[random.nextInt(INSERTS.length)] + " ";
          int times = random.nextInt(8) == 0 ? 200 : 1;
          b = splice(b, at, at, v.repeat(times).getBytes(StandardCharsets.US_ASCII));
          steps.add("insert at " + at + ": " + v.strip() + " x" + times);
        }
        case 6 -> {
          int[] line = lineAt(b, at, range);
          b = splice(b, line[0], line[1], new byte[0]);
          steps.add("delete line " + line[0] + "-" + line[1]);
        }
        default -> {
          int[] one = lineAt(b, at, range);
          int[] two = lineAt(b, range[0] + random.nextInt(range[1] - range[0]), range);
          if (one[0] == two[0] || one[1] > two[0] && two[1] > one[0]) {
            steps.add("no swap at " + at);
          } else {
            int[] first = one[0] < two[0] ? one : two;
            int[] second = one[0] < two[0] ? two : one;
            byte[] x = Arrays.copyOfRange(b, first[0], first[1]);
            byte[] y = Arrays.copyOfRange(b, second[0], second[1]);
            b = splice(b, second[0], second[1], x);
            b = splice(b, first[0], first[1], y);
            steps.add("swap lines at " + first[0] + " and " + second[0]);
          }
        }
      }
    }
    return new Input(b, List.copyOf(steps));
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] with) {
    byte[] out = new byte[b.length - (to - from) + with.length];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(with, 0, out, from, with.length);
    System.arraycopy(b, to, out, from + with.length, b.length - to);
    return out;
  }

  /** The ranges between the keywords {@code stream} and {@code endstream}. */
  static List<int[]> streams(byte[] b) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (true) {
      int s = indexOf(b, "stream", i);
      if (s < 0) {
        return out;
      }
      int e = indexOf(b, "endstream", s + 6);
      if (e < 0) {
        return out;
      }
      if (s >= 3 && b[s - 3] == 'e' && b[s - 2] == 'n' && b[s - 1] == 'd') {
        i = s + 6;
        continue;
      }
      out.add(new int[] {s + 6, e});
      i = e + 9;
    }
  }

  private static int indexOf(byte[] b, String word, int from) {
    outer:
    for (int i = from; i + word.length() <= b.length; i++) {
      for (int k = 0; k < word.length(); k++) {
        if (b[i + k] != word.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The first number token at or after {@code at} and before {@code end}: its range, or null. */
  private static int[] numberAt(byte[] b, int at, int end) {
    for (int i = at; i < end; i++) {
      if (b[i] >= '0' && b[i] <= '9') {
        int a = i;
        while (a > 0
            && (b[a - 1] == '.' || b[a - 1] == '-' || b[a - 1] >= '0' && b[a - 1] <= '9')) {
          a--;
        }
        int z = i;
        while (z < end && (b[z] == '.' || b[z] >= '0' && b[z] <= '9')) {
          z++;
        }
        return new int[] {a, z};
      }
    }
    return null;
  }

  /** The line around {@code at}, inside the range, with its line break. */
  private static int[] lineAt(byte[] b, int at, int[] range) {
    int a = at;
    while (a > range[0] && b[a - 1] != '\n') {
      a--;
    }
    int z = at;
    while (z < range[1] && b[z] != '\n') {
      z++;
    }
    return new int[] {a, Math.min(range[1], z + 1)};
  }

  /**
   * The PDF with every page's content stream stored without compression, so that a step inside a
   * stream reaches the text operators (fonts and images stay as they were).
   */
  static byte[] uncompressed(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        byte[] content;
        try (var in = page.getContents()) {
          content = in.readAllBytes();
        }
        page.setContents(new PDStream(doc, new ByteArrayInputStream(content)));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

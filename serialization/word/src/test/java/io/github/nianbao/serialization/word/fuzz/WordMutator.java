package io.github.nianbao.serialization.word.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Mutates Word files as they get damaged or oddly made: a .docx is unzipped and its {@code
 * word/document.xml} mutated at the XML level (elements deleted, duplicated, swapped; spans and
 * merges changed; tables nested; digits, control characters, radicals, entities put into text; the
 * table grid dropped; the XML broken), and now and then at the zip level (an entry dropped or
 * duplicated, the zip truncated, bytes flipped, a huge size declared); a .doc gets byte-level
 * mutations (flips, truncation, splices). Every input stays under about 2 MB.
 */
final class WordMutator {
  static final String DOCUMENT = "word/document.xml";
  private static final int MAX_BYTES = 2_000_000;
  private static final String[] ELEMENTS = {"w:tc", "w:tr", "w:tbl", "w:p", "w:r"};

  /**
   * A mutated input: its bytes, the steps that made it, and, when only the document's XML was
   * mutated, the entries and the XML, so that a failure can be shrunk by the XML's elements.
   */
  record Input(byte[] bytes, List<String> steps, Map<String, byte[]> entries, String xml) {
    /** The .docx with another document XML, the other entries as they are. */
    byte[] withXml(String other) {
      Map<String, byte[]> e = new LinkedHashMap<>(entries);
      e.put(DOCUMENT, other.getBytes(StandardCharsets.UTF_8));
      return zip(e, null);
    }
  }

  private final Random random;
  private final List<byte[]> seeds;

  WordMutator(Random random, List<byte[]> seeds) {
    this.random = random;
    this.seeds = seeds;
  }

  /** The next input: a seed, mutated. */
  Input next() {
    byte[] seed = seeds.get(random.nextInt(seeds.size()));
    List<String> steps = new ArrayList<>();
    if (seed[0] == 'P') {
      return docx(seed, steps);
    }
    return new Input(doc(seed, steps), steps, null, null);
  }

  private Input docx(byte[] seed, List<String> steps) {
    Map<String, byte[]> entries = unzip(seed);
    String xml = new String(entries.get(DOCUMENT), StandardCharsets.UTF_8);
    int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 8 : 3);
    for (int i = 0; i < n; i++) {
      xml = xml(xml, steps);
    }
    entries.put(DOCUMENT, xml.getBytes(StandardCharsets.UTF_8));
    if (random.nextInt(4) != 0) {
      return new Input(zip(entries, null), steps, entries, xml);
    }
    return new Input(zipLevel(entries, steps), steps, null, null);
  }

  // ---------------------------------------------------------------- XML level

  private String xml(String xml, List<String> steps) {
    switch (random.nextInt(14)) {
      case 0, 1:
        return deleteElement(xml, steps);
      case 2:
        return duplicateElement(xml, steps);
      case 3:
        return swapElements(xml, steps);
      case 4, 5:
        return span(xml, steps);
      case 6:
        return vMerge(xml, steps);
      case 7:
        return nestTable(xml, steps);
      case 8, 9:
        return digits(xml, steps);
      case 10:
        return oddText(xml, steps);
      case 11:
        steps.add("drop w:tblGrid");
        return removeAll(xml, "w:tblGrid");
      case 12:
        return growRows(xml, steps);
      default:
        return breakXml(xml, steps);
    }
  }

  private String deleteElement(String xml, List<String> steps) {
    String name = ELEMENTS[random.nextInt(ELEMENTS.length)];
    List<int[]> spans = spans(xml, name);
    if (spans.isEmpty()) {
      return xml;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    steps.add("delete " + name + " at " + s[0]);
    return xml.substring(0, s[0]) + xml.substring(s[1]);
  }

  private String duplicateElement(String xml, List<String> steps) {
    String name = ELEMENTS[random.nextInt(ELEMENTS.length)];
    List<int[]> spans = spans(xml, name);
    if (spans.isEmpty()) {
      return xml;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    if (xml.length() + (s[1] - s[0]) > MAX_BYTES / 2) {
      return xml;
    }
    steps.add("duplicate " + name + " at " + s[0]);
    return xml.substring(0, s[1]) + xml.substring(s[0], s[1]) + xml.substring(s[1]);
  }

  private String swapElements(String xml, List<String> steps) {
    String name = ELEMENTS[random.nextInt(ELEMENTS.length)];
    List<int[]> spans = spans(xml, name);
    if (spans.size() < 2) {
      return xml;
    }
    int[] a = spans.get(random.nextInt(spans.size()));
    int[] b = spans.get(random.nextInt(spans.size()));
    if (a[0] > b[0]) {
      int[] t = a;
      a = b;
      b = t;
    }
    if (a[1] > b[0]) {
      return xml; // the same, or one inside the other
    }
    steps.add("swap " + name + " at " + a[0] + " and " + b[0]);
    return xml.substring(0, a[0])
        + xml.substring(b[0], b[1])
        + xml.substring(a[1], b[0])
        + xml.substring(a[0], a[1])
        + xml.substring(b[1]);
  }

  private static final String[] ODD_VALUES = {"0", "1000", "-1", "x", "", "2", "99999999999"};

  private String span(String xml, List<String> steps) {
    List<int[]> spans = spans(xml, "w:gridSpan");
    String value = ODD_VALUES[random.nextInt(ODD_VALUES.length)];
    if (!spans.isEmpty() && random.nextBoolean()) {
      int[] s = spans.get(random.nextInt(spans.size()));
      if (random.nextInt(3) == 0) {
        steps.add("remove w:gridSpan at " + s[0]);
        return xml.substring(0, s[0]) + xml.substring(s[1]);
      }
      steps.add("w:gridSpan at " + s[0] + " = \"" + value + "\"");
      return xml.substring(0, s[0]) + "<w:gridSpan w:val=\"" + value + "\"/>" + xml.substring(s[1]);
    }
    return intoCellProperties(xml, "<w:gridSpan w:val=\"" + value + "\"/>", steps);
  }

  private static final String[] MERGES = {
    "<w:vMerge/>",
    "<w:vMerge w:val=\"restart\"/>",
    "<w:vMerge w:val=\"continue\"/>",
    "<w:vMerge w:val=\"x\"/>",
    "<w:vMerge w:val=\"\"/>"
  };

  private String vMerge(String xml, List<String> steps) {
    List<int[]> spans = spans(xml, "w:vMerge");
    String merge = MERGES[random.nextInt(MERGES.length)];
    if (!spans.isEmpty() && random.nextBoolean()) {
      int[] s = spans.get(random.nextInt(spans.size()));
      if (random.nextInt(3) == 0) {
        steps.add("remove w:vMerge at " + s[0]);
        return xml.substring(0, s[0]) + xml.substring(s[1]);
      }
      steps.add("w:vMerge at " + s[0] + " -> " + merge);
      return xml.substring(0, s[0]) + merge + xml.substring(s[1]);
    }
    return intoCellProperties(xml, merge, steps);
  }

  /** Puts a property into a cell's {@code w:tcPr}, or gives the cell one. */
  private String intoCellProperties(String xml, String property, List<String> steps) {
    List<int[]> cells = spans(xml, "w:tc");
    if (cells.isEmpty()) {
      return xml;
    }
    int[] c = cells.get(random.nextInt(cells.size()));
    int open = xml.indexOf('>', c[0]) + 1;
    if (open <= 0 || open > c[1]) {
      return xml; // a self-closed cell
    }
    steps.add("add " + property + " to w:tc at " + c[0]);
    if (xml.startsWith("<w:tcPr>", open)) {
      int at = open + "<w:tcPr>".length();
      return xml.substring(0, at) + property + xml.substring(at);
    }
    return xml.substring(0, open) + "<w:tcPr>" + property + "</w:tcPr>" + xml.substring(open);
  }

  private String nestTable(String xml, List<String> steps) {
    List<int[]> tables = spans(xml, "w:tbl");
    List<int[]> cells = spans(xml, "w:tc");
    if (tables.isEmpty() || cells.isEmpty()) {
      return xml;
    }
    int[] t = tables.get(random.nextInt(tables.size()));
    int[] c = cells.get(random.nextInt(cells.size()));
    String table = xml.substring(t[0], t[1]);
    if (xml.length() + table.length() > MAX_BYTES / 2 || !xml.startsWith("</w:tc>", c[1] - 7)) {
      return xml;
    }
    int at = c[1] - "</w:tc>".length();
    String after = random.nextBoolean() ? "<w:p/>" : "";
    steps.add("nest w:tbl at " + t[0] + " in w:tc at " + c[0] + (after.isEmpty() ? "" : ", +p"));
    return xml.substring(0, at) + table + after + xml.substring(at);
  }

  private static final String[] NUMBERS = {
    "0", "-1", "99999999999999999999", "1.5", "１２", "一百", "2147483648", "00", "-", "1e9", " 7 "
  };

  private String digits(String xml, List<String> steps) {
    int[] t = text(xml);
    if (t == null) {
      return xml;
    }
    String text = xml.substring(t[0], t[1]);
    StringBuilder b = new StringBuilder();
    String replacement = NUMBERS[random.nextInt(NUMBERS.length)];
    boolean inDigits = false;
    boolean changed = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (!inDigits) {
          b.append(random.nextBoolean() ? replacement : String.valueOf(random.nextInt(1000)));
          changed = true;
        }
        inDigits = true;
      } else {
        inDigits = false;
        b.append(ch);
      }
    }
    if (!changed) {
      b.append(replacement);
    }
    steps.add("digits of w:t at " + t[0] + " -> " + replacement);
    return xml.substring(0, t[0]) + b + xml.substring(t[1]);
  }

  private static final String[] ODD = {
    "\u0001",
    "\u000b",
    "\u001f",
    "\uffff",
    "\ufffe",
    "\ud800",
    "\u2f00",
    "\u2e80",
    "\u2f08\u2f1a",
    "&amp;",
    "&lt;",
    "&#x4E00;",
    "&#1;",
    "&#xFFFF;",
    "&#x1F600;",
    "&nbsp;",
    "&unknown;",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\t",
    "\r\n",
    "<w:tab/>",
    "</w:t><w:br/><w:t>",
    "</w:t><w:cr/><w:t>",
    "</w:t></w:r><w:r><w:t>",
  };

  private String oddText(String xml, List<String> steps) {
    int[] t = text(xml);
    String odd = ODD[random.nextInt(ODD.length)];
    int at = t == null ? random.nextInt(xml.length() + 1) : t[0] + random.nextInt(t[1] - t[0] + 1);
    steps.add("insert " + odd + " at " + at);
    return xml.substring(0, at) + odd + xml.substring(at);
  }

  /** Many copies of a row, for a large table. */
  private String growRows(String xml, List<String> steps) {
    List<int[]> rows = spans(xml, "w:tr");
    if (rows.isEmpty()) {
      return xml;
    }
    int[] r = rows.get(random.nextInt(rows.size()));
    String row = xml.substring(r[0], r[1]);
    int copies = Math.min(1 + random.nextInt(400), (MAX_BYTES / 2 - xml.length()) / row.length());
    if (copies <= 0) {
      return xml;
    }
    steps.add(copies + " copies of w:tr at " + r[0]);
    return xml.substring(0, r[1]) + row.repeat(copies) + xml.substring(r[1]);
  }

  private String breakXml(String xml, List<String> steps) {
    int at = random.nextInt(xml.length() + 1);
    switch (random.nextInt(4)) {
      case 0:
        steps.add("cut at " + at);
        return xml.substring(0, at);
      case 1:
        {
          List<int[]> ps = spans(xml, "w:p");
          if (!ps.isEmpty()) {
            at = ps.get(random.nextInt(ps.size()))[0];
          }
          steps.add("unclosed <w:p> at " + at);
          return xml.substring(0, at) + "<w:p>" + xml.substring(at);
        }
      case 2:
        {
          List<int[]> end = spans(xml, ELEMENTS[random.nextInt(ELEMENTS.length)]);
          if (end.isEmpty()) {
            return xml;
          }
          int[] s = end.get(random.nextInt(end.size()));
          int close = xml.lastIndexOf("</", s[1] - 1);
          if (close < s[0]) {
            return xml;
          }
          steps.add("drop the end tag at " + close);
          return xml.substring(0, close) + xml.substring(s[1]);
        }
      default:
        steps.add("a stray <x:y> at " + at);
        return xml.substring(0, at) + "<x:y>" + xml.substring(at);
    }
  }

  /** A random {@code w:t}'s text: its start and end, or null. */
  private int[] text(String xml) {
    List<int[]> ts = spans(xml, "w:t");
    List<int[]> texts = new ArrayList<>();
    for (int[] s : ts) {
      int open = xml.indexOf('>', s[0]) + 1;
      int close = xml.lastIndexOf("</w:t>", s[1]);
      if (open > 0 && close >= open && xml.charAt(open - 2) != '/') {
        texts.add(new int[] {open, close});
      }
    }
    return texts.isEmpty() ? null : texts.get(random.nextInt(texts.size()));
  }

  private static String removeAll(String xml, String name) {
    List<int[]> spans = spans(xml, name);
    StringBuilder b = new StringBuilder(xml);
    for (int i = spans.size() - 1; i >= 0; i--) {
      b.delete(spans.get(i)[0], spans.get(i)[1]);
    }
    return b.toString();
  }

  /**
   * The outermost spans of the elements named, from the start of the start tag to the end of the
   * end tag (or of the self-closed tag); a scan, counting nesting of the same name.
   */
  static List<int[]> spans(String xml, String name) {
    List<int[]> spans = new ArrayList<>();
    String open = "<" + name;
    String close = "</" + name + ">";
    int depth = 0;
    int start = -1;
    int i = 0;
    while (i < xml.length()) {
      int lt = xml.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      int gt = xml.indexOf('>', lt);
      if (gt < 0) {
        break;
      }
      if (xml.startsWith(close, lt)) {
        if (depth > 0 && --depth == 0) {
          spans.add(new int[] {start, gt + 1});
        }
      } else if (xml.startsWith(open, lt)
          && lt + open.length() < xml.length()
          && " />".indexOf(xml.charAt(lt + open.length())) >= 0) {
        boolean selfClosed = xml.charAt(gt - 1) == '/';
        if (depth == 0) {
          start = lt;
        }
        if (selfClosed) {
          if (depth == 0) {
            spans.add(new int[] {start, gt + 1});
          }
        } else {
          depth++;
        }
      }
      i = gt + 1;
    }
    return spans;
  }

  /** Elements of the document XML: the spans of every element named, outermost of each name. */
  static List<int[]> allSpans(String xml) {
    List<int[]> all = new ArrayList<>();
    for (String name : ELEMENTS) {
      all.addAll(spans(xml, name));
    }
    all.sort((a, b) -> Integer.compare(b[1] - b[0], a[1] - a[0]));
    return all;
  }

  // ---------------------------------------------------------------- zip level

  private byte[] zipLevel(Map<String, byte[]> entries, List<String> steps) {
    List<String> names = new ArrayList<>(entries.keySet());
    switch (random.nextInt(6)) {
      case 0:
        {
          String name = names.get(random.nextInt(names.size()));
          steps.add("drop entry " + name);
          entries.remove(name);
          return zip(entries, null);
        }
      case 1:
        {
          String name = random.nextBoolean() ? DOCUMENT : names.get(random.nextInt(names.size()));
          steps.add("duplicate entry " + name);
          return zip(entries, name);
        }
      case 2:
        {
          byte[] z = zip(entries, null);
          int len = random.nextInt(z.length);
          steps.add("truncate the zip to " + len);
          return Arrays.copyOf(z, Math.max(4, len));
        }
      case 3:
        {
          byte[] z = zip(entries, null);
          int flips = 1 + random.nextInt(8);
          steps.add(flips + " byte flips of the zip");
          flip(z, flips, 4);
          return z;
        }
      case 4:
        {
          byte[] z = zip(entries, null);
          steps.add("huge declared sizes");
          hugeSizes(z);
          return z;
        }
      default:
        {
          // an entry that inflates far (a zip bomb of a sort), under 2 MB compressed
          int size = (1 + random.nextInt(3)) * 8_000_000;
          String name = random.nextBoolean() ? "word/media/big.bin" : DOCUMENT;
          steps.add("a " + size + "-byte entry " + name + " of spaces");
          if (name.equals(DOCUMENT)) {
            String xml = new String(entries.get(DOCUMENT), StandardCharsets.UTF_8);
            int body = xml.indexOf("<w:body>");
            int at = body < 0 ? xml.length() : body + "<w:body>".length();
            byte[] big = new byte[size];
            Arrays.fill(big, (byte) ' ');
            byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = xml.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + size + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(big, 0, all, head.length, size);
            System.arraycopy(tail, 0, all, head.length + size, tail.length);
            entries.put(DOCUMENT, all);
          } else {
            entries.put(name, new byte[size]);
          }
          return zip(entries, null);
        }
    }
  }

  /** Sets the declared sizes of some entries, in local headers and the central directory. */
  private void hugeSizes(byte[] z) {
    int[] values = {0xFFFFFFF0, 0x7FFFFFFF, 0, 1};
    for (int i = 0; i + 30 < z.length; i++) {
      if (z[i] == 'P' && z[i + 1] == 'K' && random.nextInt(3) == 0) {
        int v = values[random.nextInt(values.length)];
        if (z[i + 2] == 3 && z[i + 3] == 4) {
          putInt(z, i + 22, v); // uncompressed size in a local header
        } else if (z[i + 2] == 1 && z[i + 3] == 2 && i + 28 < z.length) {
          putInt(z, i + 24, v); // uncompressed size in the central directory
        }
      }
    }
  }

  private static void putInt(byte[] z, int at, int v) {
    for (int k = 0; k < 4; k++) {
      z[at + k] = (byte) (v >>> (8 * k));
    }
  }

  private void flip(byte[] b, int flips, int from) {
    for (int i = 0; i < flips && b.length > from; i++) {
      int at = from + random.nextInt(b.length - from);
      b[at] =
          (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : b[at] ^ (1 << random.nextInt(8)));
    }
  }

  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /**
   * Zips entries; {@code twice}, if not null, is written a second time (under a stand-in name of
   * the same length, patched to the name afterwards, as {@code ZipOutputStream} refuses
   * duplicates).
   */
  static byte[] zip(Map<String, byte[]> entries, String twice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String standIn = twice == null ? null : "\u0001".repeat(twice.length());
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
        if (e.getKey().equals(twice)) {
          zip.putNextEntry(new ZipEntry(standIn));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] z = out.toByteArray();
    if (standIn != null) {
      byte[] from = standIn.getBytes(StandardCharsets.UTF_8);
      byte[] to = twice.getBytes(StandardCharsets.UTF_8);
      if (from.length == to.length) {
        for (int i = 0; i + from.length <= z.length; i++) {
          if (Arrays.equals(z, i, i + from.length, from, 0, from.length)) {
            System.arraycopy(to, 0, z, i, to.length);
          }
        }
      }
    }
    return z;
  }

  // ---------------------------------------------------------------- .doc

  private byte[] doc(byte[] seed, List<String> steps) {
    byte[] b = seed.clone();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(5)) {
        case 0:
          {
            int flips = 1 + random.nextInt(16);
            steps.add(flips + " byte flips");
            flip(b, flips, 0);
            break;
          }
        case 1:
          {
            int len = Math.max(8, random.nextInt(b.length));
            steps.add("truncate to " + len);
            b = Arrays.copyOf(b, len);
            break;
          }
        case 2:
          {
            // a run of another .doc (or of this one) copied over
            byte[] other = seeds.get(random.nextInt(seeds.size()));
            int len = 1 + random.nextInt(Math.min(4096, other.length));
            int from = random.nextInt(other.length - len + 1);
            int to = random.nextInt(Math.max(1, b.length - len + 1));
            if (to + len <= b.length) {
              steps.add("splice " + len + " bytes from " + from + " to " + to);
              System.arraycopy(other, from, b, to, len);
            }
            break;
          }
        case 3:
          {
            // a 4-byte field (a size, an offset, a count) set to an extreme
            int at = random.nextInt(Math.max(1, b.length - 4));
            int[] values = {-1, 0x7FFFFFFF, 0, 0x10000, 0xFFFF};
            int v = values[random.nextInt(values.length)];
            steps.add("int at " + at + " = " + v);
            if (at + 4 <= b.length) {
              putInt(b, at, v);
            }
            break;
          }
        default:
          {
            // the 512-byte sectors after the header, one zeroed or repeated
            int sectors = b.length / 512;
            if (sectors > 2) {
              int s = 1 + random.nextInt(sectors - 1);
              int t = 1 + random.nextInt(sectors - 1);
              steps.add("sector " + s + " over sector " + t);
              System.arraycopy(b, s * 512, b, t * 512, 512);
            }
          }
      }
    }
    return b;
  }
}

package io.github.nianbao.serialization.internal;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.ReportSection;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.internal.TextDecoder.Decoded;
import io.github.nianbao.serialization.internal.TextDecoder.Evidence;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link TextDecoder} reads back what was encoded, with the right charset and evidence. Texts mix
 * the 3755 common (level 1) GB2312 hanzi, full-width digits and punctuation such as （）、，。, and
 * ASCII letters, digits, tabs and line breaks. GB18030 texts have at least 40 characters: a short
 * GBK text can be valid UTF-8 by accident (a documented limit of the rule).
 */
class TextDecoderProperties {
  static final Charset GBK = Charset.forName("GBK");

  static final List<Character> HANZI = hanzi();
  static final List<Character> PUNCT =
      "（）、，。：；“”《》０１２３４５６７８９％".chars().mapToObj(c -> (char) c).toList();
  static final List<Character> ASCII =
      "abcXYZ0123456789 \t\n\r./-%".chars().mapToObj(c -> (char) c).toList();

  /** GB2312 level 1: lead bytes B0–D7, trail A1–FE, decoded; D7FA–D7FE are unassigned. */
  static List<Character> hanzi() {
    List<Character> out = new ArrayList<>();
    for (int lead = 0xB0; lead <= 0xD7; lead++) {
      for (int trail = 0xA1; trail <= 0xFE; trail++) {
        char c = new String(new byte[] {(byte) lead, (byte) trail}, GBK).charAt(0);
        if (c >= '\u4E00' && c <= '\u9FA5') {
          out.add(c);
        }
      }
    }
    return out;
  }

  static Arbitrary<String> text(int minLength) {
    Arbitrary<Character> c =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(HANZI)),
            Tuple.of(2, Arbitraries.of(PUNCT)),
            Tuple.of(3, Arbitraries.of(ASCII)));
    return c.list()
        .ofMinSize(minLength)
        .ofMaxSize(300)
        .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  @Provide
  Arbitrary<String> anyText() {
    return text(0);
  }

  @Provide
  Arbitrary<String> longText() {
    return text(40);
  }

  /** Report lines: official headings and titles, or a label with tab-separated counts. */
  @Provide
  Arbitrary<String> reportLines() {
    List<String> labels = new ArrayList<>();
    for (ReportSection s : ReportSection.values()) {
      labels.add(s.heading());
      labels.add(s.title());
    }
    labels.addAll(
        List.of(
            "达州市通川区2023年政府信息公开工作年度报告", "一、本年新收政府信息公开申请数量", "（三）不予公开", "1．属于国家秘密", "行政复议", "结果维持"));
    Arbitrary<String> counts =
        Arbitraries.integers()
            .between(0, 9999)
            .list()
            .ofMaxSize(7)
            .map(l -> l.stream().map(n -> "\t" + n).collect(Collectors.joining()));
    Arbitrary<String> line =
        Combinators.combine(Arbitraries.of(labels), counts).as((label, c) -> label + c);
    Arbitrary<String> eol = Arbitraries.of("\n", "\r\n");
    return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(20), eol)
        .as((lines, e) -> String.join(e, lines));
  }

  static byte[] concat(byte[] head, byte[] tail) {
    byte[] b = new byte[head.length + tail.length];
    System.arraycopy(head, 0, b, 0, head.length);
    System.arraycopy(tail, 0, b, head.length, tail.length);
    return b;
  }

  static void assertDecoded(Decoded d, String text, Charset cs, Evidence evidence) {
    assertEquals(text, d.text());
    assertEquals(cs, d.charset());
    assertEquals(evidence, d.evidence());
  }

  @Property(tries = 500)
  void utf8RoundTrips(@ForAll("anyText") String s) throws Exception {
    assertDecoded(TextDecoder.decode(s.getBytes(UTF_8), s.length()), s, UTF_8, Evidence.VALID_UTF8);
  }

  @Property(tries = 500)
  void bomRoundTrips(@ForAll("anyText") String s) throws Exception {
    int n = s.length();
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, s.getBytes(UTF_8));
    assertDecoded(TextDecoder.decode(utf8, n), s, UTF_8, Evidence.BOM);
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(UTF_16BE));
    assertDecoded(TextDecoder.decode(be, n), s, UTF_16BE, Evidence.BOM);
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(UTF_16LE));
    assertDecoded(TextDecoder.decode(le, n), s, UTF_16LE, Evidence.BOM);
  }

  @Property(tries = 500)
  void gb18030RoundTrips(@ForAll("longText") String s) throws Exception {
    byte[] b = s.getBytes(TextDecoder.GB18030);
    Decoded d = TextDecoder.decode(b, s.length());
    if (s.chars().allMatch(c -> c < 0x80)) {
      assertDecoded(d, s, UTF_8, Evidence.VALID_UTF8);
    } else {
      assertDecoded(d, s, TextDecoder.GB18030, Evidence.GB18030_FALLBACK);
    }
  }

  @Property(tries = 300)
  void gbkReportLinesAreGb18030(@ForAll("reportLines") String s) throws Exception {
    assertDecoded(
        TextDecoder.decode(s.getBytes(GBK), s.length()),
        s,
        TextDecoder.GB18030,
        Evidence.GB18030_FALLBACK);
  }

  @Property(tries = 300)
  void maxCharsIsTheTextLength(@ForAll("longText") String s, @ForAll boolean gbk) throws Exception {
    byte[] b = s.getBytes(gbk ? GBK : UTF_8);
    assertEquals(s, TextDecoder.decode(b, s.length()).text());
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> TextDecoder.decode(b, s.length() - 1));
    assertEquals(ReportParseException.ErrorType.TOO_LARGE, e.errorType());
  }

  @Property(tries = 300)
  void maxBytesIsTheInputLength(@ForAll("longText") String s) throws Exception {
    byte[] b = s.getBytes(UTF_8);
    assertEquals(s, TextDecoder.decode(new ByteArrayInputStream(b), b.length, b.length).text());
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> TextDecoder.decode(new ByteArrayInputStream(b), b.length - 1, b.length));
    assertEquals(ReportParseException.ErrorType.TOO_LARGE, e.errorType());
  }

  /**
   * UTF-8 text with a line of four or more hanzi, then a GBK line starting with 达 (B4, never a
   * UTF-8 lead byte): the error names the GBK line and the offset of its first byte.
   */
  @Property(tries = 300)
  void mixedEncodingsNameTheFirstByteThatIsNotUtf8(
      @ForAll("anyText") String before, @ForAll("longText") String gbkTail) throws Exception {
    String utf8 = before + "\n年度报告\n";
    byte[] head = utf8.getBytes(UTF_8);
    byte[] b = concat(head, ("达" + gbkTail).getBytes(GBK));
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> TextDecoder.decode(b, b.length));
    assertEquals(ReportParseException.ErrorType.MALFORMED, e.errorType());
    assertEquals(lines(utf8), e.line());
    assertTrue(
        e.getMessage().contains("byte offset " + head.length + " is not UTF-8: "), e.getMessage());
    assertTrue(e.getMessage().contains("the input mixes encodings: line "), e.getMessage());
  }

  /** The 1-based line after the text: LF, CR LF and CR end a line. */
  static int lines(String s) {
    int n = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }
}

package io.github.nianbao.serialization.internal;

import static io.github.nianbao.serialization.ReportParseException.ErrorType.BINARY;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.MALFORMED;
import static io.github.nianbao.serialization.ReportParseException.ErrorType.TOO_LARGE;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.internal.TextDecoder.Decoded;
import io.github.nianbao.serialization.internal.TextDecoder.Evidence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  static final Charset GBK = Charset.forName("GBK");
  static final String TITLE = "达州市通川区2023年政府信息公开工作年度报告";
  static final String ROW = "一、本年新收政府信息公开申请数量\t55\t4\t5\t0\t0\t0\t64";

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static void assertDecoded(Decoded d, String text, Charset cs, Evidence evidence) {
    assertEquals(text, d.text());
    assertEquals(cs, d.charset());
    assertEquals(evidence, d.evidence());
  }

  static ReportParseException refused(byte[] b) {
    return assertThrows(ReportParseException.class, () -> TextDecoder.decode(b, 1000));
  }

  @Test
  void emptyAndPureAsciiAreUtf8() throws Exception {
    assertDecoded(TextDecoder.decode(new byte[0], 0), "", UTF_8, Evidence.VALID_UTF8);
    assertDecoded(
        TextDecoder.decode("report 2023\t1\n".getBytes(UTF_8), 100),
        "report 2023\t1\n",
        UTF_8,
        Evidence.VALID_UTF8);
  }

  @Test
  void utf8WithoutBom() throws Exception {
    String s = TITLE + "\n" + ROW + "\n（一）、，。０１";
    assertDecoded(TextDecoder.decode(s.getBytes(UTF_8), 1000), s, UTF_8, Evidence.VALID_UTF8);
  }

  @Test
  void bomDecidesAndIsStripped() throws Exception {
    byte[] utf8 = concat(bytes(0xEF, 0xBB, 0xBF), TITLE.getBytes(UTF_8));
    assertDecoded(TextDecoder.decode(utf8, 1000), TITLE, UTF_8, Evidence.BOM);
    byte[] be = concat(bytes(0xFE, 0xFF), TITLE.getBytes(UTF_16BE));
    assertDecoded(TextDecoder.decode(be, 1000), TITLE, UTF_16BE, Evidence.BOM);
    byte[] le = concat(bytes(0xFF, 0xFE), TITLE.getBytes(UTF_16LE));
    assertDecoded(TextDecoder.decode(le, 1000), TITLE, UTF_16LE, Evidence.BOM);
    assertDecoded(TextDecoder.decode(bytes(0xFF, 0xFE), 0), "", UTF_16LE, Evidence.BOM);
  }

  @Test
  void gbkReportLinesAreGb18030() throws Exception {
    for (String s : new String[] {TITLE, ROW, TITLE + "\r\n" + ROW + "\r\n"}) {
      assertDecoded(
          TextDecoder.decode(s.getBytes(GBK), 1000),
          s,
          TextDecoder.GB18030,
          Evidence.GB18030_FALLBACK);
    }
  }

  @Test
  void shortGbkCanBeValidUtf8ByAccident() throws Exception {
    // the documented limit: 碌 in GBK is C2 B5, UTF-8 for µ
    assertDecoded(TextDecoder.decode("碌".getBytes(GBK), 10), "µ", UTF_8, Evidence.VALID_UTF8);
  }

  @Test
  void rareCharactersAloneDoNotLookChineseButDecodeWhenDeclared() throws Exception {
    byte[] b = "堃".getBytes(GBK); // 88 D2, outside GB2312
    ReportParseException e = refused(b);
    assertEquals(MALFORMED, e.errorType());
    assertEquals(
        "MALFORMED at line 1: byte offset 0 is not UTF-8: [88] d2; valid GB18030 but does not"
            + " look like Chinese text (0 of 1 multi-byte characters are GB2312 characters);"
            + " another encoding?",
        e.getMessage());
    assertDecoded(TextDecoder.decode(b, GBK, 10), "堃", TextDecoder.GB18030, Evidence.DECLARED);
  }

  @Test
  void latin1IsNotTakenForGb18030() {
    // valid GB18030 (FC 6C and DF 65 are two-byte GBK characters) but not GB2312 text
    ReportParseException e = refused("Müller Straße".getBytes(ISO_8859_1));
    assertEquals(MALFORMED, e.errorType());
    assertEquals(1, e.line());
    assertTrue(
        e.getMessage().contains("byte offset 1 is not UTF-8: 4d [fc] 6c 6c"), e.getMessage());
    assertTrue(
        e.getMessage().contains("(0 of 2 multi-byte characters are GB2312 characters)"),
        e.getMessage());
  }

  @Test
  void invalidInBothSaysLineOffsetAndBytes() {
    byte[] b = concat("ab\ncd".getBytes(UTF_8), bytes(0x80), "ef".getBytes(UTF_8));
    ReportParseException e = refused(b);
    assertEquals(MALFORMED, e.errorType());
    assertEquals(2, e.line());
    assertEquals(0, e.column());
    assertEquals(
        "MALFORMED at line 2: byte offset 5 is not UTF-8: 61 62 0a 63 64 [80] 65 66; invalid in"
            + " UTF-8 and in GB18030 (GB18030 fails at byte offset 5, line 2)",
        e.getMessage());
  }

  @Test
  void linesEndAtLfCrLfAndCr() {
    assertEquals(3, refused(concat("a\r\nb\r\n".getBytes(UTF_8), bytes(0x80))).line());
    assertEquals(3, refused(concat("a\rb\r".getBytes(UTF_8), bytes(0x80))).line());
    assertEquals(2, refused(concat("a\n\u00e9".getBytes(UTF_8), bytes(0x80))).line());
  }

  @Test
  void mixedEncodingsNameTheFirstByteThatIsNotUtf8() {
    // 年度报告 LF in UTF-8 is bytes 0-12, "ab" LF 13-15; 达州市通川区 in GBK starts at 16 (B4)
    byte[] b = concat("年度报告\nab\n".getBytes(UTF_8), "达州市通川区".getBytes(GBK));
    ReportParseException e = refused(b);
    assertEquals(MALFORMED, e.errorType());
    assertEquals(3, e.line());
    assertEquals(
        "MALFORMED at line 3: byte offset 16 is not UTF-8: … a5 e5 91 8a 0a 61 62 0a [b4] ef d6"
            + " dd ca d0 cd a8 b4 …; the input mixes encodings: line 1 is UTF-8, line 3 looks"
            + " like GBK/GB18030",
        e.getMessage());
  }

  @Test
  void mostlyUtf8WithOneGbkLine() {
    String utf8 = TITLE + "\n" + ROW + "\n";
    byte[] b = concat(utf8.getBytes(UTF_8), ROW.getBytes(GBK), "\n".getBytes(UTF_8));
    ReportParseException e = refused(b);
    assertEquals(3, e.line());
    // 一 in GBK is D2 BB, valid UTF-8 (U+04BB): the first byte that is not UTF-8 is 、 (A1 A2)
    int offset = utf8.getBytes(UTF_8).length + 2;
    assertTrue(
        e.getMessage().contains("byte offset " + offset + " is not UTF-8: "), e.getMessage());
    assertTrue(e.getMessage().contains("line 1 is UTF-8, line 3 looks like GBK"), e.getMessage());
  }

  @Test
  void utf16WithoutBomIsBinaryWithAHint() {
    ReportParseException le = refused("report 2023\n".getBytes(UTF_16LE));
    assertEquals(BINARY, le.errorType());
    assertEquals(1, le.line());
    assertEquals(
        "BINARY at line 1: byte offset 1 is a NUL byte: 72 [00] 65 00 70 00 6f 00 72 00 …; the"
            + " input looks like UTF-16LE without a byte order mark (NUL at every other byte)",
        le.getMessage());
    ReportParseException be = refused("report 2023\n".getBytes(UTF_16BE));
    assertTrue(be.getMessage().contains("byte offset 0 is a NUL byte"), be.getMessage());
    assertTrue(be.getMessage().contains("looks like UTF-16BE without a byte order"));
    // Chinese in UTF-16LE: 一 (U+4E00) puts one NUL at an even offset, the digits five at odd ones
    ReportParseException zh = refused("一、总体情况\n2023".getBytes(UTF_16LE));
    assertEquals(BINARY, zh.errorType());
    assertTrue(zh.getMessage().contains("looks like UTF-16LE without"), zh.getMessage());
  }

  @Test
  void nulBytesAtBothParitiesAreBinary() {
    ReportParseException e = refused(bytes('%', 'P', 'D', 'F', 0, 0, 1, 0, 0, '\n', 0x80));
    assertEquals(BINARY, e.errorType());
    assertTrue(e.getMessage().endsWith("; the input binary, not text"), e.getMessage());
    assertTrue(e.getMessage().contains("byte offset 4 is a NUL byte"), e.getMessage());
  }

  @Test
  void bomThenInvalidBytesIsMalformed() {
    ReportParseException e = refused(bytes(0xEF, 0xBB, 0xBF, 'a', '\n', 0x80));
    assertEquals(MALFORMED, e.errorType());
    assertEquals(2, e.line());
    assertEquals(
        "MALFORMED at line 2: the byte order mark says UTF-8 but byte offset 5 is not UTF-8: ef bb"
            + " bf 61 0a [80]",
        e.getMessage());
  }

  @Test
  void utf16LinesCountCodeUnitsNotBytes() {
    // 上 is U+4E0A: its byte 0A is no line feed; the unpaired surrogate D800 is at offset 8
    byte[] b = concat(bytes(0xFF, 0xFE), "上\nb".getBytes(UTF_16LE), bytes(0x00, 0xD8, 'c', 0));
    ReportParseException e = refused(b);
    assertEquals(MALFORMED, e.errorType());
    assertEquals(2, e.line());
    assertTrue(
        e.getMessage().contains("says UTF-16LE but byte offset 8 is not UTF-16LE"), e.getMessage());
  }

  @Test
  void declaredCharsetUnlessBom() throws Exception {
    byte[] utf8 = TITLE.getBytes(UTF_8);
    assertDecoded(
        TextDecoder.decode(utf8, ISO_8859_1, 1000),
        new String(utf8, ISO_8859_1),
        ISO_8859_1,
        Evidence.DECLARED);
    assertDecoded(
        TextDecoder.decode(TITLE.getBytes(GBK), Charset.forName("GB2312"), 1000),
        TITLE,
        TextDecoder.GB18030,
        Evidence.DECLARED);
    byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), utf8);
    assertDecoded(TextDecoder.decode(withBom, GBK, 1000), TITLE, UTF_8, Evidence.BOM);
    assertDecoded(TextDecoder.decode(utf8, null, 1000), TITLE, UTF_8, Evidence.VALID_UTF8);
    ReportParseException e =
        assertThrows(
            ReportParseException.class, () -> TextDecoder.decode(TITLE.getBytes(GBK), UTF_8, 1000));
    assertEquals(MALFORMED, e.errorType());
    assertTrue(
        e.getMessage()
            .startsWith(
                "MALFORMED at line 1: the declared charset is UTF-8 but byte"
                    + " offset 0 is not UTF-8: [b4] ef"),
        e.getMessage());
  }

  @Test
  void textOverMaxCharsIsTooLarge() throws Exception {
    assertEquals("abc", TextDecoder.decode("abc".getBytes(UTF_8), 3).text());
    assertEquals(
        TOO_LARGE,
        assertThrows(
                ReportParseException.class, () -> TextDecoder.decode("abcd".getBytes(UTF_8), 3))
            .errorType());
    byte[] gbk = "达州市".getBytes(GBK);
    assertEquals("达州市", TextDecoder.decode(gbk, 3).text());
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> TextDecoder.decode(gbk, 2));
    assertEquals(TOO_LARGE, e.errorType());
    assertEquals(
        "TOO_LARGE: The text is longer than 2 characters (decoded as GB18030)", e.getMessage());
    ReportParseException le =
        assertThrows(
            ReportParseException.class,
            () -> TextDecoder.decode(concat(bytes(0xFF, 0xFE), "ab".getBytes(UTF_16LE)), 1));
    assertEquals(TOO_LARGE, le.errorType());
  }

  @Test
  void tooLongTextIsStillCheckedForBadBytes() {
    byte[] b = concat("abcd".getBytes(UTF_8), bytes(0x80));
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> TextDecoder.decode(b, 2));
    assertEquals(MALFORMED, e.errorType());
    assertTrue(e.getMessage().contains("byte offset 4 is not UTF-8"), e.getMessage());
  }

  /** An endless stream of {@code a} that counts the bytes read. */
  static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      read += len;
      return len;
    }
  }

  @Test
  void streamOverMaxBytesIsRefusedWithoutReadingOn() {
    Endless in = new Endless();
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> TextDecoder.decode(in, 1000, 1 << 20));
    assertEquals(TOO_LARGE, e.errorType());
    assertEquals("TOO_LARGE: The input is longer than 1000 bytes", e.getMessage());
    assertEquals(1001, in.read);
  }

  @Test
  void streamAtMaxBytesDecodes() throws Exception {
    byte[] b = TITLE.getBytes(GBK);
    Decoded d = TextDecoder.decode(new ByteArrayInputStream(b), b.length, 1000);
    assertDecoded(d, TITLE, TextDecoder.GB18030, Evidence.GB18030_FALLBACK);
  }
}

package io.github.nianbao.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCharsetTest {
  private static final String TEXT = "<p>政府信息公开工作年度报告</p>";

  private static PageCharset decode(String page, Charset charset) {
    return PageCharset.decode(page.getBytes(charset));
  }

  @Test
  void aMetaCharsetNamesTheCharset() {
    PageCharset p =
        decode("<head><meta charset=\"GB18030\"></head>" + TEXT, Charset.forName("GB18030"));
    assertEquals(PageCharset.How.DECLARED, p.how());
    assertEquals("GB18030", p.charset().name());
    assertEquals("<head><meta charset=\"GB18030\"></head>" + TEXT, p.text());
  }

  @Test
  void anHttpEquivContentTypeNamesTheCharsetInAnyCase() {
    String page = "<HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; CHARSET=gbk'>" + TEXT;
    PageCharset p = decode(page, Charset.forName("GBK"));
    assertEquals(PageCharset.How.DECLARED, p.how());
    assertEquals("GBK", p.charset().name());
    assertEquals(page, p.text());
  }

  @Test
  void gb2312IsDecodedAsGbkAsBrowsersDo() {
    // 镕 is in GBK, not in GB2312: a page labelled gb2312 that holds it still decodes
    String page = "<meta charset=gb2312><p>朱镕基</p>";
    PageCharset p = decode(page, Charset.forName("GBK"));
    assertEquals("GBK", p.charset().name());
    assertEquals(page, p.text());
  }

  @Test
  void anXmlDeclarationNamesTheCharset() {
    String page = "<?xml version=\"1.0\" encoding=\"GBK\"?><html>" + TEXT;
    assertEquals("GBK", decode(page, Charset.forName("GBK")).charset().name());
  }

  @Test
  void aMetaInACommentIsNotTheCharset() {
    String page = "<!-- <meta charset=\"big5\"> --><meta charset=\"utf-8\">" + TEXT;
    PageCharset p = decode(page, StandardCharsets.UTF_8);
    assertEquals(StandardCharsets.UTF_8, p.charset());
    assertEquals(PageCharset.How.DECLARED, p.how());
  }

  @Test
  void aByteOrderMarkWinsOverTheMetaAndIsNotText() {
    byte[] body = ("<meta charset=gbk>" + TEXT).getBytes(StandardCharsets.UTF_8);
    byte[] page = new byte[body.length + 3];
    page[0] = (byte) 0xEF;
    page[1] = (byte) 0xBB;
    page[2] = (byte) 0xBF;
    System.arraycopy(body, 0, page, 3, body.length);
    PageCharset p = PageCharset.decode(page);
    assertEquals(PageCharset.How.BOM, p.how());
    assertEquals("<meta charset=gbk>" + TEXT, p.text());
  }

  @Test
  void utf16ByItsByteOrderMark() {
    byte[] page = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    PageCharset p = PageCharset.decode(page);
    assertEquals(StandardCharsets.UTF_16LE, p.charset());
    assertEquals(TEXT, p.text());
  }

  @Test
  void anUnknownOrGarbledLabelIsNoDeclaration() {
    assertEquals(
        PageCharset.How.VALID_UTF8,
        decode("<meta charset=\"x-no-such\">" + TEXT, StandardCharsets.UTF_8).how());
    assertEquals(
        PageCharset.How.VALID_UTF8, decode("<meta charset=>" + TEXT, StandardCharsets.UTF_8).how());
    assertEquals(
        PageCharset.How.VALID_UTF8, decode("<meta charset" + TEXT, StandardCharsets.UTF_8).how());
  }

  @Test
  void aDeclarationPastThePrescanIsNotLookedFor() {
    String page = " ".repeat(PageCharset.PRESCAN) + "<meta charset=gbk>" + TEXT;
    PageCharset p = decode(page, Charset.forName("GBK"));
    assertEquals(PageCharset.How.FALLBACK, p.how());
    assertEquals("GB18030", p.charset().name());
    assertEquals(page, p.text());
  }

  @Test
  void undeclaredBytesThatAreNotUtf8AreGb18030() {
    PageCharset p = decode(TEXT, Charset.forName("GBK"));
    assertEquals(PageCharset.How.FALLBACK, p.how());
    assertEquals(TEXT, p.text());
    assertEquals(PageCharset.How.VALID_UTF8, decode(TEXT, StandardCharsets.UTF_8).how());
  }

  @Test
  void aTagNamedLikeMetaIsNotMeta() {
    String page = "<metadata charset=gbk>" + TEXT;
    assertEquals(PageCharset.How.VALID_UTF8, decode(page, StandardCharsets.UTF_8).how());
  }
}

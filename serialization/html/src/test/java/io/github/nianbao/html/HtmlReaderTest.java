package io.github.nianbao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReviewCase;
import io.github.nianbao.core.ReviewColumn;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Hand-made pages as sites publish them, read cell by cell. The numbers of every page balance: 一 +
 * 二 = 三（七）总计 + 四 in each column, each row's 总计 the sum of its columns, and each Table 4 group's 总计
 * the sum of its results.
 */
class HtmlReaderTest {
  private final HtmlFormat html = new HtmlFormat();

  /** Table 3 rows of the 2021 template: label cells (with their spans) and the seven counts. */
  private static final String[][] TABLE3_2021 = {
    {"<td colspan=3>一、本年新收政府信息公开申请数量</td>", "10 2 0 0 1 0 13"},
    {"<td colspan=3>二、上年结转政府信息公开申请数量</td>", "1 0 0 0 0 0 1"},
    {"<td rowspan=22>三、本年度办理结果</td><td colspan=2>（一）予以公开</td>", "5 1 0 0 0 0 6"},
    {"<td colspan=2>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>", "1 0 0 0 0 0 1"},
    {"<td rowspan=8>（三）不予公开</td><td>1．属于国家秘密</td>", "0 0 0 0 0 0 0"},
    {"<td>2．其他法律行政法规禁止公开</td>", "0 0 0 0 0 0 0"},
    {"<td>3．危及“三安全一稳定”</td>", "1 0 0 0 0 0 1"},
    {"<td>4．保护第三方合法权益</td>", "0 0 0 0 0 0 0"},
    {"<td>5．属于三类内部事务信息</td>", "0 0 0 0 0 0 0"},
    {"<td>6．属于四类过程性信息</td>", "0 0 0 0 0 0 0"},
    {"<td>7．属于行政执法案卷</td>", "0 0 0 0 0 0 0"},
    {"<td>8．属于行政查询事项</td>", "0 0 0 0 0 0 0"},
    {"<td rowspan=3>（四）无法提供</td><td>1．本机关不掌握相关政府信息</td>", "2 0 0 0 1 0 3"},
    {"<td>2．没有现成信息需要另行制作</td>", "0 0 0 0 0 0 0"},
    {"<td>3．补正后申请内容仍不明确</td>", "0 0 0 0 0 0 0"},
    {"<td rowspan=5>（五）不予处理</td><td>1．信访举报投诉类申请</td>", "0 0 0 0 0 0 0"},
    {"<td>2．重复申请</td>", "0 0 0 0 0 0 0"},
    {"<td>3．要求提供公开出版物</td>", "0 0 0 0 0 0 0"},
    {"<td>4．无正当理由大量反复申请</td>", "0 0 0 0 0 0 0"},
    {"<td>5．要求行政机关确认或重新出具已获取信息</td>", "0 0 0 0 0 0 0"},
    {"<td rowspan=3>（六）其他处理</td><td>1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>", "0 0 0 0 0 0 0"},
    {"<td>2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</td>", "0 0 0 0 0 0 0"},
    {"<td>3．其他</td>", "0 0 0 0 0 0 0"},
    {"<td colspan=2>（七）总计</td>", "9 1 0 0 1 0 11"},
    {"<td colspan=3>四、结转下年度继续办理</td>", "2 1 0 0 0 0 3"},
  };

  private static final String TABLE3_HEAD =
      "<tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
          + "<td colspan=7>申请人情况</td></tr>\n"
          + "<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>\n"
          + "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>\n";

  private static final String TABLE4 =
      "<table border=1>\n"
          + "<tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>\n"
          + "<tr><td rowspan=2>结果维持</td><td rowspan=2>结果纠正</td><td rowspan=2>其他结果</td>"
          + "<td rowspan=2>尚未审结</td><td rowspan=2>总计</td><td colspan=5>未经复议直接起诉</td>"
          + "<td colspan=5>复议后起诉</td></tr>\n"
          + "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>"
          + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>\n"
          + "<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td>"
          + "<td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>\n"
          + "</table>\n";

  /** Table 3 in a given cell style: each text through {@code cell}. */
  private static String table3(Function<String, String> cell) {
    StringBuilder b = new StringBuilder("<table border=1>\n").append(TABLE3_HEAD);
    for (String[] row : TABLE3_2021) {
      b.append("<tr>").append(row[0].replaceAll(">([^<]+)</td>", ">" + "\u0000$1\u0000" + "</td>"));
      for (String v : row[1].split(" ")) {
        b.append("<td>\u0000").append(v).append("\u0000</td>");
      }
      b.append("</tr>\n");
    }
    String t = b.append("</table>\n").toString();
    StringBuilder out = new StringBuilder();
    String[] parts = t.split("\u0000", -1);
    for (int i = 0; i < parts.length; i++) {
      out.append(i % 2 == 1 ? cell.apply(parts[i]) : parts[i]);
    }
    return out.toString();
  }

  private static final String TABLE2_2021 =
      "<table border=1>\n"
          + "<tr><td colspan=4>第二十条第（一）项</td></tr>\n"
          + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n"
          + "<tr><td>规章</td><td>0</td><td>0</td><td>3</td></tr>\n"
          + "<tr><td>行政规范性文件</td><td>2</td><td>1</td><td>15</td></tr>\n"
          + "<tr><td colspan=4>第二十条第（五）项</td></tr>\n"
          + "<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr>\n"
          + "<tr><td>行政许可</td><td colspan=3>1,208</td></tr>\n"
          + "<tr><td colspan=4>第二十条第（六）项</td></tr>\n"
          + "<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr>\n"
          + "<tr><td>行政处罚</td><td colspan=3>36</td></tr>\n"
          + "<tr><td>行政强制</td><td colspan=3>&nbsp;</td></tr>\n"
          + "<tr><td colspan=4>第二十条第（八）项</td></tr>\n"
          + "<tr><td>信息内容</td><td colspan=3>本年收费金额（单位：万元）</td></tr>\n"
          + "<tr><td>行政事业性收费</td><td colspan=3>12.50</td></tr>\n"
          + "</table>\n";

  /** A CMS page: navigation, breadcrumbs, an unrelated table, the report, a footer. */
  private static String cmsPage() {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
        + "<title>某市某区司法局2023年政府信息公开工作年度报告_某区人民政府</title>\n"
        + "<script>var nav = '一、总体情况';</script><style>td{padding:1px}</style></head>\n"
        + "<body>\n"
        + "<nav><ul><li>首页</li><li>政务公开</li><li>二、主动公开政府信息情况</li></ul></nav>\n"
        + "<div class=\"crumb\">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>\n"
        + "<table class=\"meta\"><tr><td>索引号</td><td>11-2024-001</td></tr></table>\n"
        + "<h1>某市某区司法局2023年政府信息公开工作年度报告</h1>\n"
        + "<p>本报告由某区司法局编制。</p>\n"
        + "<h3>一、总体情况</h3>\n"
        + "<p>2023年，我局认真贯彻《条例》。<br>（一）主动公开。全年主动公开信息120条。</p>\n"
        + "<p>（二）依申请公开。</p>\n"
        + "<h3>二、主动公开政府信息情况</h3>\n"
        + TABLE2_2021
        + "<h3>三、收到和处理政府信息公开申请情况</h3>\n"
        + table3(s -> s)
        + "<h3>四、政府信息公开行政复议、行政诉讼情况</h3>\n"
        + TABLE4
        + "<h3>五、存在的主要问题及改进情况</h3>\n"
        + "<p>一是公开内容不够丰富。</p><p>二是解读形式单一。</p>\n"
        + "<h3>六、其他需要报告的事项</h3>\n"
        + "<p>本年度未收取信息处理费。</p>\n"
        + "<footer><p>版权所有：某区人民政府 网站标识码1101</p></footer>\n"
        + "</body></html>\n";
  }

  private static void assertTable3And4(AnnualReport r) {
    assertEquals(
        Cell.of(13),
        r.cell(CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL)));
    assertEquals(
        Cell.of(1),
        r.cell(
            CellAddress.of(
                ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.LEGAL_SERVICE_INSTITUTION)));
    assertEquals(
        Cell.of(5),
        r.cell(CellAddress.of(ApplicationRow.DISCLOSED, ApplicantCategory.NATURAL_PERSON)));
    assertEquals(
        Cell.of(1),
        r.cell(
            CellAddress.of(ApplicationRow.WITHHELD_SAFETY_AND_STABILITY, ApplicantCategory.TOTAL)));
    assertEquals(
        Cell.of(3),
        r.cell(CellAddress.of(ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantCategory.TOTAL)));
    if (r.formatVersion() == FormatVersion.V2021) {
      assertEquals(
          Cell.of(0),
          r.cell(CellAddress.of(ApplicationRow.OTHER_HANDLING_OTHER, ApplicantCategory.TOTAL)));
    }
    assertEquals(
        Cell.of(11),
        r.cell(CellAddress.of(ApplicationRow.OUTCOMES_TOTAL, ApplicantCategory.TOTAL)));
    assertEquals(
        Cell.of(2),
        r.cell(CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON)));
    assertEquals(
        Cell.of(3),
        r.cell(CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.TOTAL)));
    assertEquals(
        Cell.of(1), r.cell(CellAddress.of(ReviewCase.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD)));
    assertEquals(
        Cell.of(1), r.cell(CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.CORRECTED)));
    assertEquals(
        Cell.of(0), r.cell(CellAddress.of(ReviewCase.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL)));
    // the identities hold in every column, as on the page: （七）总计 the sum of the outcomes,
    // 一 + 二 = 三（七）总计 + 四
    for (ApplicantCategory c : ApplicantCategory.values()) {
      long sum = 0;
      for (ApplicationRow row : ApplicationRow.outcomeRows(r.formatVersion())) {
        if (row != ApplicationRow.OUTCOMES_TOTAL) {
          sum += value(r, row, c);
        }
      }
      assertEquals(value(r, ApplicationRow.OUTCOMES_TOTAL, c), sum, c.label());
      long in =
          value(r, ApplicationRow.NEWLY_RECEIVED, c) + value(r, ApplicationRow.CARRIED_OVER, c);
      long out =
          value(r, ApplicationRow.OUTCOMES_TOTAL, c) + value(r, ApplicationRow.CARRIED_FORWARD, c);
      assertEquals(in, out, c.label());
    }
  }

  private static long value(AnnualReport r, ApplicationRow row, ApplicantCategory c) {
    return Long.parseLong(r.cell(CellAddress.of(row, c)).printed());
  }

  @Test
  void aCmsPageReadsOnlyTheReport() throws Exception {
    ReadResult read = html.read(cmsPage());
    AnnualReport r = read.report();
    assertEquals("某市某区司法局", r.agency());
    assertEquals(2023, r.year());
    assertEquals(FormatVersion.V2021, r.formatVersion());
    assertEquals("2023年，我局认真贯彻《条例》。\n（一）主动公开。全年主动公开信息120条。\n（二）依申请公开。", r.overview().text());
    assertEquals(
        Cell.of(3), r.cell(CellAddress.of(DisclosureRow.RULES, DisclosureColumn.IN_FORCE)));
    assertEquals(
        Cell.of(1208), r.cell(CellAddress.of(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS)));
    assertEquals(Cell.blank(), r.cell(CellAddress.of(DisclosureRow.ENFORCEMENT)));
    assertEquals("12.50", r.cell(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES)).printed());
    assertTable3And4(r);
    assertEquals("一是公开内容不够丰富。\n二是解读形式单一。", r.problemsAndImprovements());
    // the footer is skipped: nothing of it joins the last section
    assertEquals("本年度未收取信息处理费。", r.otherMatters());
    // no text of the script or the navigation was read as a heading
    assertFalse(
        read.diagnostics().stream().anyMatch(d -> d.text().contains("首页") && d.line() == 0));
  }

  @Test
  void diagnosticsPointAtThePagesLines() throws Exception {
    String page = cmsPage();
    ReadResult read = html.read(page);
    Diagnostic number = read.diagnostics(Diagnostic.Reason.NUMBER_NORMALISED).get(0);
    assertEquals("1,208", number.text());
    assertEquals(lineOf(page, ">1,208<"), number.line());
    Diagnostic blank =
        read.diagnostics(Diagnostic.Reason.MISSING_CELL).stream()
            .filter(d -> d.cell().orElseThrow().equals(CellAddress.of(DisclosureRow.ENFORCEMENT)))
            .findFirst()
            .orElseThrow();
    assertEquals(lineOf(page, "&nbsp;"), blank.line());
  }

  private static int lineOf(String page, String s) {
    String before = page.substring(0, page.indexOf(s));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void aWordExportReadsTheSame() throws Exception {
    Function<String, String> word =
        s -> {
          // Word splits a label into runs, breaks lines inside it and ends paragraphs with o:p
          if (s.length() > 6) {
            int h = s.length() / 2;
            return "<p class=MsoNormal align=center style='mso-line-height-rule:exactly'>"
                + "<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:Calibri'>"
                + s.substring(0, h)
                + "</span><span lang=EN-US style='font-size:10.5pt'>"
                + "<br>"
                + s.substring(h)
                + "<o:p></o:p></span></p>";
          }
          return "<p class=MsoNormal><span lang=EN-US style='font-family:\"Times New Roman\"'>"
              + s
              + "<o:p></o:p></span></p>";
        };
    String page =
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            + "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            + "<style><!-- p.MsoNormal {mso-style-parent:\"\";} --></style></head>\n"
            + "<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>\n"
            + "<p class=MsoNormal align=center><b><span style='font-size:22pt'>某县财政局<span "
            + "lang=EN-US>2022</span>年政府信息公开工作年度报告<o:p></o:p></span></b></p>\n"
            + "<p class=MsoNormal><b><span>一、总体情况<o:p></o:p></span></b></p>\n"
            + "<p class=MsoNormal><span>今年以来，我局<span lang=EN-US>&nbsp;</span>扎实推进。"
            + "<o:p></o:p></span></p>\n"
            + "<p class=MsoNormal><b><span>二、主动公开政府信息情况<o:p></o:p></span></b></p>\n"
            + TABLE2_2021
            + "<p class=MsoNormal><b><span>三、收到和处理政府信息公开申请情况<o:p></o:p></span></b></p>\n"
            + table3(word)
            + "<p class=MsoNormal><b><span>四、政府信息公开行政复议、行政诉讼情况<o:p></o:p></span></b></p>\n"
            + TABLE4
            + "<p class=MsoNormal><b><span>五、存在的主要问题及改进情况<o:p></o:p></span></b></p>\n"
            + "<p class=MsoNormal><span>无。<o:p></o:p></span></p>\n"
            + "<p class=MsoNormal><b><span>六、其他需要报告的事项<o:p></o:p></span></b></p>\n"
            + "<p class=MsoNormal><span>无。<o:p>&nbsp;</o:p></span></p>\n"
            + "</div></body></html>\n";
    ReadResult read = html.read(page);
    AnnualReport r = read.report();
    assertEquals("某县财政局", r.agency());
    assertEquals(2022, r.year());
    assertEquals("今年以来，我局 扎实推进。", r.overview().text());
    assertTable3And4(r);
    assertEquals("无。", r.otherMatters());
    assertEquals(
        List.of(), read.diagnostics(Diagnostic.Kind.UNPLACED), read.diagnostics().toString());
  }

  @Test
  void aGbkPageIsDecodedByItsMetaCharset() throws Exception {
    String page =
        cmsPage()
            .replace(
                "<meta charset=\"utf-8\">",
                "<meta http-equiv=\"Content-Type\" " + "content=\"text/html; charset=gbk\">");
    byte[] bytes = page.getBytes(Charset.forName("GBK"));
    ReadResult read = html.read(bytes, ReadOptions.none());
    assertEquals("某市某区司法局", read.report().agency());
    assertTable3And4(read.report());
    Diagnostic encoding = read.diagnostics().get(0);
    assertEquals(Diagnostic.Reason.ENCODING, encoding.reason());
    assertEquals("GBK", encoding.text());
  }

  @Test
  void aGbkPageThatNamesNoCharsetIsDecodedAsGb18030() throws Exception {
    String page = cmsPage().replace("<meta charset=\"utf-8\">", "");
    ReadResult read = html.read(page.getBytes(Charset.forName("GBK")), ReadOptions.none());
    assertEquals("某市某区司法局", read.report().agency());
    assertTable3And4(read.report());
    assertEquals("GB18030", read.diagnostics().get(0).text());
  }

  @Test
  void aByteOrderMarkDecides() throws Exception {
    byte[] body = cmsPage().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    ReadResult read = html.read(bytes, ReadOptions.none());
    assertEquals("某市某区司法局", read.report().agency());
    assertEquals(Diagnostic.Reason.ENCODING, read.diagnostics().get(0).reason());
    ReadResult plain = html.read(body, ReadOptions.none());
    assertTrue(plain.diagnostics(Diagnostic.Reason.ENCODING).isEmpty());
  }

  @Test
  void theTablesOfThe2019FormatRead() throws Exception {
    String table2 =
        "<table border=1>\n"
            + "<tr><td colspan=4>第二十条第（一）项</td></tr>\n"
            + "<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>\n"
            + "<tr><td>规章</td><td>1</td><td>1</td><td>7</td></tr>\n"
            + "<tr><td>规范性文件</td><td>4</td><td>4</td><td>30</td></tr>\n"
            + "<tr><td colspan=4>第二十条第（五）项</td></tr>\n"
            + "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>\n"
            + "<tr><td>行政许可</td><td>12</td><td>-2</td><td>340</td></tr>\n"
            + "<tr><td>其他对外管理服务事项</td><td>3</td><td>0</td><td>0</td></tr>\n"
            + "<tr><td colspan=4>第二十条第（六）项</td></tr>\n"
            + "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>\n"
            + "<tr><td>行政处罚</td><td>5</td><td>+1</td><td>21</td></tr>\n"
            + "<tr><td>行政强制</td><td>2</td><td>0</td><td>4</td></tr>\n"
            + "<tr><td colspan=4>第二十条第（八）项</td></tr>\n"
            + "<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=2>本年增/减</td></tr>\n"
            + "<tr><td>行政事业性收费</td><td>1</td><td colspan=2>0</td></tr>\n"
            + "<tr><td colspan=4>第二十条第（九）项</td></tr>\n"
            + "<tr><td>信息内容</td><td>采购项目数量</td><td colspan=2>采购总金额</td></tr>\n"
            + "<tr><td>政府集中采购</td><td>6</td><td colspan=2>35.6万元</td></tr>\n"
            + "</table>\n";
    // the 2019 template: （六）其他处理 is one row, so 三 spans 20 rows
    String table3 =
        table3(s -> s)
            .replace("<td rowspan=22>", "<td rowspan=20>")
            .replaceAll(
                "<tr><td rowspan=3>（六）其他处理</td>.*\n<tr><td>2．申请人逾期.*\n<tr><td>3．其他</td>.*\n",
                "<tr><td colspan=2>（六）其他处理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>"
                    + "<td>0</td><td>0</td></tr>\n");
    String page =
        "<html><head><title>某县2019年政府信息公开工作年度报告</title></head><body>\n"
            + "<p>一、总体情况</p><p>概述。</p>\n<p>二、主动公开政府信息情况</p>\n"
            + table2
            + "<p>三、收到和处理政府信息公开申请情况</p>\n"
            + table3
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p>\n"
            + TABLE4
            + "<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p>\n"
            + "</body></html>";
    ReadResult read = html.read(page);
    AnnualReport r = read.report();
    // the title comes from <title>: the body has no <h1>
    assertEquals("某县", r.agency());
    assertEquals(2019, r.year());
    assertEquals(FormatVersion.V2019, r.formatVersion());
    assertEquals(
        Cell.of(-2),
        r.cell(CellAddress.of(DisclosureRow2019.LICENSING, DisclosureColumn2019.CHANGE)));
    assertEquals(
        Cell.of(1),
        r.cell(CellAddress.of(DisclosureRow2019.PENALTIES, DisclosureColumn2019.CHANGE)));
    assertEquals(
        "35.6万元",
        r.cell(
                CellAddress.of(
                    DisclosureRow2019.CENTRALIZED_PROCUREMENT, DisclosureColumn2019.TOTAL_AMOUNT))
            .printed());
    assertTable3And4(r);
    assertEquals(
        Cell.of(0), r.cell(CellAddress.of(ApplicationRow.OTHER_HANDLING, ApplicantCategory.TOTAL)));
  }

  @Test
  void aLayoutTableIsReadAsBlocks() throws Exception {
    String page =
        cmsPage()
            .replace("<h1>", "<table class=layout><tr><td><div>栏目</div></td><td><h1>")
            .replace("</footer>", "</footer></td></tr></table>");
    ReadResult read = html.read(page);
    assertEquals("某市某区司法局", read.report().agency());
    assertTable3And4(read.report());
  }

  @Test
  void aReportInAScriptStringIsRead() throws Exception {
    String report = cmsPage();
    String body = report.substring(report.indexOf("<h1>"), report.indexOf("<footer>"));
    String literal =
        body.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n")
            .replace("司法局", "\\u53f8\\u6cd5\\u5c40");
    // a script file: menus in other strings, the report in one string
    String script =
        "// 字典项\nlet menu = [{\"name\": \"政府信息公开年报\"}];\n"
            + "let content = \""
            + literal
            + "\";\nlet other = '<p>x</p>';\n";
    AnnualReport r = html.read(script).report();
    assertEquals("某市某区司法局", r.agency());
    assertTable3And4(r);
    // a page whose body has no table, the report in its script
    String page = "<html><body><div id=app></div><script>" + script + "</script></body></html>";
    assertTable3And4(html.read(page).report());
  }

  @Test
  void theFormatIsFoundByNameAndEnding() {
    assertTrue(ReportFormats.byName("html").orElseThrow() instanceof HtmlFormat);
    assertTrue(ReportFormats.forFileName("报告.HTM").orElseThrow() instanceof HtmlFormat);
    assertTrue(ReportFormats.forFileName("a.html").orElseThrow() instanceof HtmlFormat);
    assertTrue(ReportFormats.forFileName("content_123.shtml").orElseThrow() instanceof HtmlFormat);
    assertTrue(ReportFormats.forFileName("seed-0.XHTML").orElseThrow() instanceof HtmlFormat);
  }

  @Test
  void aPageWithoutAReportIsRefused() {
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> html.read("<html><body><p>通知</p>\n<p>正文</p></body></html>"));
    assertEquals(ReportParseException.ErrorType.NOT_A_REPORT, e.errorType());
  }

  @Test
  void aDeeplyNestedPageIsReadOrRefusedAsTypedError() {
    String page = "<p>x</p>".repeat(1) + "<div><span>".repeat(200_000) + "一、总体情况";
    try {
      html.read(page);
    } catch (ReportParseException e) {
      // a typed refusal with what went wrong (no section, or a page too deep to walk)
      assertFalse(e.detail().isEmpty());
    }
  }

  @Test
  void tooLargeAPageIsRefusedBeforeParsing() {
    byte[] big = new byte[HtmlFormat.MAX_INPUT_BYTES + 1];
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> html.read(big, ReadOptions.none()));
    assertEquals(ReportParseException.ErrorType.TOO_LARGE, e.errorType());
  }
}

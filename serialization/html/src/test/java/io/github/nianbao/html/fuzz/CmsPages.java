package io.github.nianbao.html.fuzz;

import java.util.List;

/**
 * A report page as government portals' content systems serve it: the writer's body inside a page
 * with a breadcrumb, navigation, scripts, a sidebar table, a {@code TRS_Editor} div and a footer;
 * and inside a JavaScript string, as some sites deliver it.
 */
final class CmsPages {
  private CmsPages() {}

  private static final String HEAD =
      """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml">
      <head>
      <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
      <title>某局2023年政府信息公开工作年度报告_政府信息公开年报_某市人民政府</title>
      <meta name="ArticleTitle" content="某局2023年政府信息公开工作年度报告">
      <link rel="stylesheet" href="/images/common.css">
      <script type="text/javascript" src="/js/jquery.min.js"></script>
      <script>
      var _hmt = _hmt || []; if (a < b && c > d) { document.write("<table><tr><td>x</td></tr></table>"); }
      </script>
      <style>td { font-size: 14px } .TRS_Editor p { text-indent: 2em }</style>
      </head>
      """;

  private static final String TOP =
      """
      <body>
      <div class="header"><img src="/images/logo.png" alt="某市人民政府"></div>
      <nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
      <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
      <table class="info" width="100%"><tr><td>索引号：</td><td>11511700MB1234567X/2024-00012</td><td>发布机构：</td><td>某局</td></tr>
      <tr><td>发布日期：</td><td>2024-01-20</td><td>主题分类：</td><td>政务公开</td></tr></table>
      """;

  private static final String BOTTOM =
      """
      <div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
      <form action="/search"><input name="q"><button>搜索</button></form>
      <footer>主办：某市人民政府办公室&nbsp;&nbsp;备案号：蜀ICP备00000000号</footer>
      <script>var s = "</div>"; console.log('<p>' + s);</script>
      </body>
      </html>
      """;

  /** The page's body, inside furniture of two kinds, and inside a script string. */
  static List<String> wrap(String page) {
    int b = page.indexOf("<body");
    int bodyStart = page.indexOf('>', b) + 1;
    int bodyEnd = page.lastIndexOf("</body>");
    String body = page.substring(bodyStart, bodyEnd < 0 ? page.length() : bodyEnd);
    String trs =
        HEAD
            + TOP
            + "<div class=\"content\"><div class=\"TRS_Editor\"><style>.TRS_Editor P{margin:0}</style>\n"
            + body
            + "\n</div></div>\n"
            + BOTTOM;
    String layout =
        HEAD
            + "<body>\n<table width=\"1000\" align=\"center\"><tr><td class=\"left\">"
            + "<ul><li>年度报告</li><li>政策文件</li></ul></td>\n<td class=\"main\">\n"
            + "<div id=\"zoom\">"
            + body
            + "</div>\n</td></tr></table>\n"
            + BOTTOM;
    StringBuilder js = new StringBuilder("let content = \"");
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      switch (c) {
        case '"' -> js.append("\\\"");
        case '\\' -> js.append("\\\\");
        case '\n' -> js.append("\\n");
        case '/' -> js.append(i > 0 && body.charAt(i - 1) == '<' ? "\\/" : "/");
        default -> js.append(c);
      }
    }
    js.append("\";\ndocument.getElementById('zoom').innerHTML = content;\n");
    String script =
        HEAD + "<body><div id=\"zoom\"></div>\n<script>\n" + js + "</script>\n</body></html>\n";
    return List.of(trs, layout, js.toString(), script);
  }
}

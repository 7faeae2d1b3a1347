/** The {@code html} format of the 30号 report: web pages read with jsoup, the template written. */
module io.github.nianbao.html {
  requires transitive io.github.nianbao.serialization;
  requires org.jsoup;

  exports io.github.nianbao.html;

  provides io.github.nianbao.serialization.ReportFormat with
      io.github.nianbao.html.HtmlFormat;
}

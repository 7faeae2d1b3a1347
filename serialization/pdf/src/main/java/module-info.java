/**
 * The {@code pdf} format of the 30号 report: published PDFs read from their positioned text with
 * Apache PDFBox (read only).
 */
module io.github.nianbao.pdf {
  requires transitive io.github.nianbao.serialization;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;
  requires java.desktop;

  exports io.github.nianbao.pdf;

  provides io.github.nianbao.serialization.ReportFormat with
      io.github.nianbao.pdf.PdfFormat;
}

/**
 * The Word formats of the 30号 report: {@code docx} (.docx read and written) and {@code doc} (Word
 * 97–2003, read only), with Apache POI.
 *
 * <p>POI's jars are named modules ({@code org.apache.poi.poi}, {@code org.apache.poi.ooxml} with
 * {@code org.apache.poi.ooxml.schemas}, {@code org.apache.poi.scratchpad}); the schema classes that
 * the .docx reader names (table cell properties, paragraphs) are in the open module {@code
 * org.apache.poi.ooxml.schemas}, which poi-ooxml requires transitively.
 */
module io.github.nianbao.word {
  requires transitive io.github.nianbao.serialization;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.scratchpad;
  requires java.xml;

  exports io.github.nianbao.serialization.word;

  provides io.github.nianbao.serialization.ReportFormat with
      io.github.nianbao.serialization.word.WordFormat,
      io.github.nianbao.serialization.word.DocFormat;
}

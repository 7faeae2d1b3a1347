package io.github.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pdf format as a ReportFormat: found by name and ending, binary, read only, its module. */
class PdfFormatTest {
  private final PdfFormat pdf = new PdfFormat();

  @Test
  void isFoundByNameAndEnding() {
    assertInstanceOf(PdfFormat.class, ReportFormats.byName("pdf").orElseThrow());
    assertInstanceOf(PdfFormat.class, ReportFormats.forFileName("报告.PDF").orElseThrow());
    assertEquals("pdf", pdf.name());
    assertEquals(List.of(".pdf"), pdf.fileExtensions());
    assertTrue(pdf.binary());
  }

  @Test
  void charactersAreRefusedAsBinary() {
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> pdf.read(new StringReader("%PDF-1.7")));
    assertEquals(ErrorType.BINARY, e.errorType());
  }

  /** The format reads only: writing says so (write the report as docx and print that). */
  @Test
  void writingIsUnsupported() throws Exception {
    var seed = PdfFixturesTest.seed("000_da43b1e554017db7.txt");
    UnsupportedOperationException a =
        assertThrows(
            UnsupportedOperationException.class,
            () -> pdf.write(seed, new ByteArrayOutputStream()));
    assertTrue(a.getMessage().contains("reads only"), a.getMessage());
    assertThrows(UnsupportedOperationException.class, () -> pdf.write(seed, new StringWriter()));
  }

  @Test
  void aStreamReadsAsItsBytes() throws Exception {
    byte[] bytes = PdfFixturesTest.fixture("seed-001-landscape.pdf");
    ReadResult fromBytes = pdf.read(bytes, ReadOptions.none());
    ReadResult fromStream;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      fromStream = pdf.read(in, ReadOptions.none());
    }
    assertEquals(fromBytes.report(), fromStream.report());
    assertEquals(fromBytes.diagnostics(), fromStream.diagnostics());
  }

  /** A diagnostic points at the document's line of text, counted from the first page's top. */
  @Test
  void diagnosticsPointAtTheDocumentsLines() throws Exception {
    ReadResult read =
        pdf.read(PdfFixturesTest.fixture("seed-000-portrait.pdf"), ReadOptions.none());
    for (Diagnostic d : read.diagnostics()) {
      assertTrue(d.line() >= 0 && d.line() < 400, d.toString());
    }
    // the first note of a cell cut by the break before page 3 is at a line of that page's table
    Diagnostic cut = read.diagnostics(Diagnostic.Reason.LABEL_BROKEN).get(0);
    assertTrue(cut.message().contains("page 3"), cut.message());
  }

  /** The module descriptor: the format provided as a ReportFormat, the internals not exported. */
  @Test
  void theModuleProvidesTheFormatAndExportsOnlyItsApi() throws Exception {
    ModuleDescriptor m;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      m = ModuleDescriptor.read(in);
    }
    assertEquals("io.github.nianbao.pdf", m.name());
    assertEquals(
        Set.of("io.github.nianbao.pdf"),
        m.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(java.util.stream.Collectors.toSet()));
    assertTrue(
        m.provides().stream()
            .anyMatch(
                p ->
                    p.service().equals("io.github.nianbao.serialization.ReportFormat")
                        && p.providers().equals(List.of("io.github.nianbao.pdf.PdfFormat"))));
    assertTrue(m.requires().stream().anyMatch(r -> r.name().equals("org.apache.pdfbox")));
  }
}

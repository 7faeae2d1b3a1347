package io.github.nianbao.serialization.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real published files of {@code ../shared/corpus} (PDF, Word, HTML), which may not be copied
 * into the repository: run only by the Maven profile {@code corpus}, active when that folder
 * exists, which passes its path as the system property {@code nianbao.corpus} (a user's clone,
 * without it, runs no such check rather than skipping one).
 *
 * <p>Each file listed in {@code SOURCES.md} must be there with its SHA-256. A file whose ending a
 * format claims is read with it and must give the agency and year listed; a file no format reads
 * yet (PDF until the PDF reader, Word until the Word reader) must be refused by the text format
 * with a typed {@link ReportParseException}, never misread as text and never another exception.
 */
class SharedCorpusCheck {

  /** A row of SOURCES.md. */
  record Source(String file, String agency, int year, String sha256) {}

  private static Path corpus() {
    String dir = System.getProperty("nianbao.corpus");
    assertTrue(dir != null && !dir.isBlank(), "the corpus profile passes nianbao.corpus");
    return Path.of(dir);
  }

  static List<Source> sources(Path corpus) throws Exception {
    List<Source> out = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("SOURCES.md"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("| ") || line.startsWith("| file") || line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.split("\\|");
      // | file | agency | year | format | repository | path | commit | sha256 | notes |
      out.add(
          new Source(
              cells[1].strip(),
              cells[2].strip(),
              Integer.parseInt(cells[3].strip()),
              cells[8].strip()));
    }
    return out;
  }

  @Test
  void everyListedFileIsThereAsRecordedAndReadOrRefusedWithATypedError() throws Exception {
    Path corpus = corpus();
    List<Source> sources = sources(corpus);
    assertFalse(sources.isEmpty(), "SOURCES.md lists the files");
    ReportFormat text = ReportFormats.byName("text").orElseThrow();
    for (Source s : sources) {
      Path file = corpus.resolve(s.file());
      byte[] bytes = Files.readAllBytes(file);
      assertEquals(
          s.sha256(),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
          s.file() + " is the file recorded");
      Optional<ReportFormat> format = ReportFormats.forFileName(file.getFileName().toString());
      if (format.isPresent()) {
        ReadResult read = format.get().read(bytes, ReadOptions.none());
        assertEquals(s.agency(), read.report().agency(), s.file());
        assertEquals(s.year(), read.report().year(), s.file());
      } else {
        ReportParseException e =
            assertThrows(
                ReportParseException.class,
                () -> text.read(bytes, ReadOptions.none()),
                s.file() + " has no reader yet: the text format must refuse it, typed");
        assertTrue(
            e.errorType() == ReportParseException.ErrorType.BINARY
                || e.errorType() == ReportParseException.ErrorType.MALFORMED,
            s.file() + ": " + e.getMessage());
      }
    }
  }
}

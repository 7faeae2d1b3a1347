package io.github.nianbao.serialization.word;

import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.grid.Grid;
import io.github.nianbao.serialization.grid.GridReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Word reader (.docx or .doc) takes from a document: the body as a {@link Grid}, and notes
 * on what it left out of the grid (a page header or footer with text).
 *
 * @param grid the body's paragraphs and table rows
 * @param notes diagnostics at line 0, before the grid reader's
 */
record WordSource(Grid grid, List<Diagnostic> notes) {
  WordSource {
    notes = List.copyOf(notes);
  }

  /** The report of the grid, the notes first. */
  ReadResult read(ReadOptions options) throws ReportParseException {
    ReadResult read = GridReader.read(grid, options);
    if (notes.isEmpty()) {
      return read;
    }
    List<Diagnostic> all = new ArrayList<>(notes.size() + read.diagnostics().size());
    all.addAll(notes);
    all.addAll(read.diagnostics());
    return new ReadResult(read.report(), all);
  }

  /**
   * The note for a page header or footer that holds text: page furniture, left out.
   *
   * @param where {@code header} or {@code footer}
   * @param text its text
   * @return the note, or none if the text is blank
   */
  static List<Diagnostic> furniture(String where, String text) {
    return note(
        Diagnostic.Reason.PAGE_FURNITURE,
        text,
        "the page " + where + "'s text is page furniture, not part of the report: left out");
  }

  /**
   * A note at line 0 on text left out, quoted with its white space folded (at most 200 characters).
   *
   * @return the note, or none if the text is blank
   */
  static List<Diagnostic> note(Diagnostic.Reason reason, String text, String message) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return List.of();
    }
    if (t.length() > 200) {
      t = t.substring(0, 200) + "…";
    }
    return List.of(Diagnostic.of(reason, 0, null, t, message));
  }
}

package io.github.nianbao.serialization.word;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * {@link RunText} against POI on any .docx, for the fuzzer (in another package): every paragraph
 * that POI opens and prints ({@link RunTextTest#paragraphs}) has, from the walk, POI's text or no
 * text (POI's to read), and, from the walk that passes over shapes ({@link RunText#own}), POI's
 * text of the paragraph with its shapes removed, or none; the walk never throws where POI does not.
 */
public final class RunTextDifferential {
  /** Paragraphs compared, and those the walk read without POI. */
  public long compared;

  /** Paragraphs the walk read without POI. */
  public long walked;

  /**
   * The first paragraph whose walked text is not POI's, described; empty if none, or if POI does
   * not open the file.
   *
   * @param bytes a .docx
   * @return the difference
   */
  public Optional<String> check(byte[] bytes) {
    List<XWPFParagraph> all;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      all = RunTextTest.paragraphs(doc);
      for (int i = 0; i < all.size(); i++) {
        XWPFParagraph p = all.get(i);
        String expected;
        try {
          expected = p.getText();
        } catch (RuntimeException e) {
          continue; // POI cannot print it: the reader fails there as before
        }
        String text;
        try {
          text = RunText.walked(p);
        } catch (RuntimeException e) {
          return Optional.of("RunText threw on paragraph " + i + " where POI did not: " + e);
        }
        compared++;
        String own;
        String ownOfCopy;
        try {
          ownOfCopy = DocxReader.ownTextOfCopy(p);
        } catch (RuntimeException e) {
          ownOfCopy = null; // POI cannot print the copy: nothing to compare
        }
        try {
          own = RunText.own(p);
        } catch (RuntimeException e) {
          return Optional.of("RunText.own threw on paragraph " + i + " where POI did not: " + e);
        }
        if (own != null && ownOfCopy != null && !own.equals(ownOfCopy)) {
          return Optional.of(
              "RunText.own differs from POI's text of the paragraph without its shapes, paragraph "
                  + i
                  + ": "
                  + clip(own)
                  + " vs "
                  + clip(ownOfCopy));
        }
        if (text != null) {
          walked++;
          if (!Objects.equals(expected, text)) {
            return Optional.of(
                "RunText differs from POI on paragraph "
                    + i
                    + ": "
                    + clip(text)
                    + " vs "
                    + clip(expected));
          }
        }
      }
    } catch (Exception | StackOverflowError e) {
      return Optional.empty(); // POI does not open it (or not all of it): nothing to compare
    }
    return Optional.empty();
  }

  private static String clip(String s) {
    return '"' + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + '"';
  }
}

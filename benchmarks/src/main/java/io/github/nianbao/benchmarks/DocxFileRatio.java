package io.github.nianbao.benchmarks;

import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.word.WordFormat;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Issue 13's .docx target on files given by path, as {@link DocumentRatio}'s {@code docx} case
 * measures it on the SDK's own documents: the read of each file against POI opening the same bytes
 * ({@code new XWPFDocument(in)}), taking turns in rounds of 100 ms, the median ratio printed with
 * its quartiles. For documents that Word, WPS and LibreOffice made, such as the Word module's test
 * fixtures (text boxes, nested tables, WPS styling), which this module does not bundle.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.nianbao.benchmarks.DocxFileRatio ROUNDS FILE.docx...}, e.g. {@code 10
 * serialization/word/src/test/resources/libreoffice/*.docx}.
 */
public final class DocxFileRatio {
  private DocxFileRatio() {}

  /**
   * Measures and prints.
   *
   * @param args the number of rounds, then the files
   * @throws Exception if a file does not read
   */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    WordFormat word = new WordFormat();
    System.out.println(
        "file                   reader        ratio   reader  library   (median ratio per round,"
            + " quartiles; times are medians in µs)");
    for (int i = 1; i < args.length; i++) {
      byte[] bytes = Files.readAllBytes(Path.of(args[i]));
      word.read(bytes, ReadOptions.none()); // a file that does not read stops here, with its error
      if (i == 1) {
        // a warm-up of its own, not printed (the JIT's work on POI and the reader)
        InterleavedRatio.measure(
            () -> word.read(bytes, ReadOptions.none()),
            () -> new XWPFDocument(new ByteArrayInputStream(bytes)),
            rounds);
      }
      InterleavedRatio.print(
          Path.of(args[i]).getFileName().toString(),
          "docx",
          InterleavedRatio.measure(
              () -> word.read(bytes, ReadOptions.none()),
              () -> new XWPFDocument(new ByteArrayInputStream(bytes)),
              rounds));
    }
  }
}

package io.github.nianbao.benchmarks;

import io.github.nianbao.pdf.PdfFormat;
import io.github.nianbao.serialization.ReadOptions;
import java.util.List;

/**
 * Issue 14's read target measured as {@link InterleavedRatio} measures issue 6's: the PDF reader
 * against PDFBox's {@code PDFTextStripper} on the same file, taking turns in rounds of 100 ms, the
 * median ratio per round printed with its quartiles.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.nianbao.benchmarks.PdfRatio
 * [ROUNDS (default 60)]}.
 */
public final class PdfRatio {
  private PdfRatio() {}

  /**
   * Measures and prints.
   *
   * @param args the number of rounds, optionally
   * @throws Exception if a file does not read
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    PdfFormat pdf = new PdfFormat();
    System.out.println(
        "report                 reader        ratio   reader  library   (median ratio per round,"
            + " quartiles; times are medians in µs)");
    for (String file : List.of("seed-000-portrait", "seed-001-landscape")) {
      byte[] bytes = PdfBenchmark.bytes(file + ".pdf");
      InterleavedRatio.print(
          file,
          "pdf",
          InterleavedRatio.measure(
              () -> pdf.read(bytes, ReadOptions.none()), () -> PdfBenchmark.strip(bytes), rounds));
    }
  }
}

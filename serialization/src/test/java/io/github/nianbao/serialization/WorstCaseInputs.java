package io.github.nianbao.serialization;

import io.github.nianbao.serialization.json.JsonFormat;
import io.github.nianbao.serialization.text.TextFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Inputs of the largest size a format reads, of the shapes that cost a reader most: one line of
 * tabs, pipes or numbers between spaces, a line with no separator, nothing but line breaks, a
 * million short lines, a narrative far over the model's limit, a JSON string as long as the
 * document. {@link #main} reads each, once at a quarter of the size and once at the full size, and
 * prints one line a shape; {@code ReaderMemoryTest} runs it in a JVM of a small heap.
 */
public final class WorstCaseInputs {
  private WorstCaseInputs() {}

  private static final String TITLE = "某市2023年政府信息公开工作年度报告\n";
  private static final String HEAD = TITLE + "一、总体情况\n概述\n二、主动公开政府信息情况\n";
  private static final String TAIL =
      "\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n" + "五、存在的主要问题及改进情况\n无\n六、其他需要报告的事项\n无\n";

  /**
   * A text of {@code size} characters: the title and headings, {@code unit} repeated in Table 2.
   */
  private static String inTable(String unit, int size) {
    int body = size - HEAD.length() - TAIL.length();
    return HEAD + unit.repeat(body / unit.length()) + TAIL;
  }

  /** A text of {@code size} characters whose overview is {@code unit} repeated. */
  private static String inOverview(String unit, int size) {
    String head = TITLE + "一、总体情况\n";
    int body = size - head.length() - TAIL.length() - 20;
    return head + unit.repeat(body / unit.length()) + "\n二、主动公开政府信息情况" + TAIL;
  }

  private static String json(String key, String unit, int size) {
    String head = "{\"formatVersion\":\"2021\",\"agency\":\"x\",\"year\":2023,\"" + key + "\":\"";
    int body = size - head.length() - 2;
    return head + unit.repeat(body / unit.length()) + "\"}";
  }

  /** The shapes, by name: each makes its text of a given size. */
  static Map<String, IntFunction<String>> shapes() {
    Map<String, IntFunction<String>> s = new LinkedHashMap<>();
    s.put("text: one line of tabs", n -> inTable("\t", n));
    s.put("text: one line of pipes", n -> inTable("|", n));
    s.put("text: one line of digits between spaces", n -> inTable("1 ", n));
    s.put("text: one line of digits between tabs", n -> inTable("1\t", n));
    s.put("text: one line of ASCII, no separator", n -> inTable("a", n));
    s.put("text: one line of digits, no separator", n -> inTable("1", n));
    s.put("text: one line of Chinese, no separator", n -> inTable("规", n));
    s.put("text: one line of Chinese between spaces", n -> inTable("规 ", n));
    s.put("text: one line of numberings", n -> inTable("（一）", n));
    s.put("text: one line of labels glued to digits", n -> inTable("规章1", n));
    s.put("text: nothing but line breaks", n -> inTable("\n", n));
    s.put("text: short lines of a number and a tab", n -> inTable("1\t\n", n));
    s.put("text: short lines of a number", n -> inTable("1\n", n));
    s.put("text: short rows of a label and a number", n -> inTable("规章 1\n", n));
    s.put("text: short lines of one Chinese character", n -> inTable("一\n", n));
    s.put("text: short lines of a heading", n -> inTable("一、总体情况\n", n));
    s.put("text: a narrative of one line", n -> inOverview("文", n));
    s.put("text: a narrative of short lines", n -> inOverview("文\n", n));
    s.put(
        "text: line breaks before the title",
        n -> "\n".repeat(n - HEAD.length() - TAIL.length()) + HEAD + TAIL);
    s.put("json: one long string", n -> json("unknown", "a", n));
    s.put("json: one long Chinese string", n -> json("unknown", "文", n));
    s.put("json: one long string of escapes", n -> json("unknown", "\\u6587", n));
    s.put("json: a narrative over the limit", n -> json("overview", "文\\n", n));
    s.put("json: a long array", n -> "{\"x\":[" + "1,".repeat((n - 10) / 2) + "1]}");
    s.put(
        "json: many keys",
        n -> {
          StringBuilder b = new StringBuilder(n).append('{');
          for (int k = 0; b.length() < n - 20; k++) {
            b.append("\"k").append(k).append("\":0,");
          }
          return b.append("\"z\":0}").toString();
        });
    return s;
  }

  /**
   * Reads each shape at a quarter of the largest size and at the largest, and prints per shape: its
   * name, what the read gave (a report, or the type of the {@link ReportParseException}), the
   * milliseconds and the bytes allocated of each read. Exits with 3 when the heap runs out.
   *
   * @param args the names of the shapes to read (all when none)
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    // by reflection: the tests compile in the module, which does not read java.management
    Object threads =
        Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean")
            .invoke(null);
    java.lang.reflect.Method allocatedBytes =
        Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getCurrentThreadAllocatedBytes");
    for (Map.Entry<String, IntFunction<String>> e : shapes().entrySet()) {
      if (args.length > 0 && !java.util.Arrays.asList(args).contains(e.getKey())) {
        continue;
      }
      boolean json = e.getKey().startsWith("json");
      ReportFormat format = json ? new JsonFormat() : new TextFormat();
      int max = json ? JsonFormat.MAX_DOCUMENT_LENGTH : TextFormat.MAX_INPUT_CHARS;
      StringBuilder line = new StringBuilder(e.getKey());
      for (int size : new int[] {max / 4, max}) {
        String input = e.getValue().apply(size);
        if (input.length() > max) {
          throw new IllegalStateException(e.getKey() + ": " + input.length() + " > " + max);
        }
        long allocated = (Long) allocatedBytes.invoke(threads);
        long start = System.nanoTime();
        String outcome;
        try {
          ReadResult r = format.read(input);
          outcome = "report";
          if (r.report() == null) {
            throw new IllegalStateException("no report");
          }
        } catch (ReportParseException x) {
          outcome = x.errorType().name();
        } catch (OutOfMemoryError x) {
          input = null;
          System.out.println(e.getKey() + " | OutOfMemoryError at " + size + " characters");
          System.exit(3);
          return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes = (Long) allocatedBytes.invoke(threads) - allocated;
        line.append(" | ").append(outcome).append(' ').append(millis).append(' ').append(bytes);
      }
      System.out.println(line);
    }
  }
}

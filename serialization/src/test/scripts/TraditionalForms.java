import com.ibm.icu.text.Transliterator;

/**
 * Writes the table of traditional forms that the text reader reads as their simplified ones
 * ({@code serialization/src/main/resources/io/github/nianbao/serialization/internal/text/traditional.txt}):
 * every CJK unified ideograph (the basic block and extension A) that ICU's
 * {@code Traditional-Simplified} transliterator turns into one other ideograph that it leaves as it
 * is, a line each, the traditional form then the simplified one.
 *
 * <p>Run from the repository's root, with ICU4J (not a dependency of the SDK):
 *
 * <pre>
 * mvn -q dependency:get -Dartifact=com.ibm.icu:icu4j:76.1
 * java -cp ~/.m2/repository/com/ibm/icu/icu4j/76.1/icu4j-76.1.jar \
 *   serialization/src/test/scripts/TraditionalForms.java \
 *   > serialization/src/main/resources/io/github/nianbao/serialization/internal/text/traditional.txt
 * </pre>
 */
public class TraditionalForms {
  public static void main(String[] args) {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder out = new StringBuilder();
    out.append("# Traditional forms read as simplified in labels, headings and headers (not in the\n");
    out.append("# narrative, kept as printed): each line a traditional ideograph and its simplified\n");
    out.append("# form. Made by serialization/src/test/scripts/TraditionalForms.java from ICU4J ")
        .append(com.ibm.icu.util.VersionInfo.ICU_VERSION)
        .append("'s Traditional-Simplified.\n");
    java.util.Map<Character, Character> forms = new java.util.TreeMap<>();
    for (int c = 0x3400; c <= 0x9FFF; c++) {
      if (c > 0x4DBF && c < 0x4E00) {
        continue;
      }
      String s = String.valueOf((char) c);
      String simplified = t.transliterate(s);
      if (simplified.length() == 1
          && simplified.charAt(0) != c
          && Character.isIdeographic(simplified.charAt(0))) {
        forms.put((char) c, simplified.charAt(0));
      }
    }
    // a form whose simplified one is itself mapped (ICU maps 苎 and 苧 to each other) is left out,
    // so that each simplified form is final
    int n = 0;
    for (java.util.Map.Entry<Character, Character> e : forms.entrySet()) {
      if (!forms.containsKey(e.getValue())) {
        out.append(e.getKey()).append(e.getValue()).append('\n');
        n++;
      }
    }
    System.out.print(out);
    System.err.println(n + " forms");
  }
}

import com.fasterxml.jackson.databind.*;
import io.github.nianbao.core.*;
import io.github.nianbao.serialization.*;
import io.github.nianbao.serialization.grid.*;
import java.nio.file.*;
import java.util.*;
/** Scores Tabula's lattice tables of the corpus PDF: its rows through the same recogniser, against the hand-written cells. */
public class TabulaScore {
  public static void main(String[] a) throws Exception {
    JsonNode tables = new ObjectMapper().readTree(Files.readString(Path.of(a[0])));
    List<GridRow> rows = new ArrayList<>();
    rows.add(GridRow.paragraph(a.length > 2 ? a[2] : "淮安市人民政府2024年政府信息公开工作年度报告", 1));
    int line = 2; boolean t2 = false;
    for (JsonNode t : tables) {
      JsonNode data = t.get("data");
      if (data.size() == 0) continue;
      String first = data.get(0).get(0).get("text").asText();
      if ((first.startsWith("第二十条") || first.startsWith("第二十条")) && !t2) { rows.add(GridRow.paragraph("二、主动公开政府信息情况", line++)); t2 = true; }
      if ((first.startsWith("(本列") || first.startsWith("（本列"))) rows.add(GridRow.paragraph("三、收到和处理政府信息公开申请情况", line++));
      if (first.startsWith("行政复议")) rows.add(GridRow.paragraph("四、政府信息公开行政复议、行政诉讼情况", line++));
      if (first.length() > 40 && !first.contains("本列")) continue; // a box of narrative text
      for (JsonNode r : data) {
        List<GridCell> cells = new ArrayList<>();
        boolean lead = true;
        for (JsonNode c : r) { String s = c.get("text").asText().replace("\r", ""); if (lead && s.isBlank()) continue; lead = false; cells.add(GridCell.of(s, line, cells.size()+1)); }
        while (!cells.isEmpty() && cells.get(cells.size()-1).text().isBlank()) cells.remove(cells.size()-1);
        if (!cells.isEmpty()) rows.add(cells.size()==1 ? GridRow.paragraph(cells.get(0).text(), line) : new GridRow(cells));
        line++;
      }
    }
    rows.add(GridRow.paragraph("五、存在的主要问题及改进情况", line++));
    rows.add(GridRow.paragraph("六、其他需要报告的事项", line++));
    AnnualReport r = GridReader.read(new Grid(rows), ReadOptions.none()).report();
    int right = 0, all = 0; List<String> wrong = new ArrayList<>();
    if (a[1].endsWith(".txt")) {
      AnnualReport seed = new io.github.nianbao.serialization.text.TextFormat().read(Files.readString(Path.of(a[1]))).report();
      for (CellAddress ad : CellAddress.all(seed.formatVersion())) { all++; if (seed.cell(ad).equals(r.cell(ad))) right++; }
      System.out.println("tabula cells right: " + right + "/" + all); return;
    }
    for (String l : Files.readAllLines(Path.of(a[1]))) {
      if (l.isBlank() || l.startsWith("#") || !l.contains(".")) continue;
      String k = l.substring(0, l.indexOf('=')).strip(), v = l.substring(l.indexOf('=')+1).strip();
      if (k.equals("agency")||k.equals("year")||k.equals("formatVersion")) continue;
      TableCell c = r.cell(CellAddress.parse(k).orElseThrow()); all++;
      String got = c.kind()==CellKind.NUMBER ? c.printed() : c.kind()==CellKind.BLANK ? "blank" : "mark:"+c.printed();
      if (got.equals(v)) right++; else wrong.add(k + "=" + got + " (expected " + v + ")");
    }
    System.out.println("tabula lattice cells right: " + right + "/" + all);
    wrong.forEach(System.out::println);
  }
}

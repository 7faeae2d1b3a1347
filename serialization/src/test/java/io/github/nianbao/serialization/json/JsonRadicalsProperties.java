package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.Overview;
import io.github.nianbao.serialization.Diagnostic;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.grid.Radicals;
import io.github.nianbao.serialization.text.TextFormat;
import io.github.nianbao.testing.AnyReports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The JSON reader and the text reader agree on radicals and compatibility ideographs: for text
 * drawn with extra weight from the Kangxi and CJK radicals (U+2E80–U+2FDF) and the compatibility
 * ideographs (U+F900–U+FAFF), the JSON read holds each as the ideograph it shows ({@link
 * Radicals#ideograph}) with one {@code ENCODING} note giving how many, and the report it gives,
 * written as text and read back, is the same report.
 */
class JsonRadicalsProperties {

  private final JsonFormat json = new JsonFormat();
  private final TextFormat text = new TextFormat();

  /** Punctuation, ASCII and white space as narratives hold them. */
  private static final String OTHER = "（）()、，。：；“”\"'\\\n 0123456789abcXYZ%$<>&{}[]　";

  /** Characters of narratives: the two blocks weigh as much as all the unified ideographs. */
  private static Arbitrary<Character> narrativeChars() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.chars().range('\u2E80', '\u2FDF')),
        Tuple.of(3, Arbitraries.chars().range('\uF900', '\uFAFF')),
        Tuple.of(4, Arbitraries.chars().range('一', '龥')),
        Tuple.of(2, Arbitraries.of(OTHER.chars().mapToObj(c -> (char) c).toList())));
  }

  /** Characters of an agency: ideographs and the two blocks (the title holds no punctuation). */
  private static Arbitrary<Character> agencyChars() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.chars().range('\u2E80', '\u2FDF')),
        Tuple.of(1, Arbitraries.chars().range('\uF900', '\uFAFF')),
        Tuple.of(2, Arbitraries.chars().range('一', '龥')));
  }

  private static Arbitrary<String> strings(Arbitrary<Character> chars, int min, int max) {
    return chars
        .list()
        .ofMinSize(min)
        .ofMaxSize(max)
        .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    Arbitrary<String> narratives = strings(narrativeChars(), 0, 200);
    return Combinators.combine(
            AnyReports.reports(), strings(agencyChars(), 1, 20), narratives, narratives, narratives)
        .as(
            (r, agency, overview, problems, other) ->
                AnnualReport.copyOf(r)
                    .withAgency("某" + agency + "局")
                    .withOverview(Overview.of(overview))
                    .withProblemsAndImprovements(problems)
                    .withOtherMatters(other));
  }

  /** The radicals and compatibility ideographs of a text that stand for an ideograph. */
  private static long radicals(String s) {
    return s.chars().filter(c -> Radicals.ideograph((char) c) != 0).count();
  }

  private static String unified(String s) {
    String u = Radicals.unify(s);
    return u == null ? s : u;
  }

  /** Checks the JSON read of a report whose texts hold {@code expected} radicals in all. */
  private ReadResult readsAsTheIdeographs(AnnualReport report, long expected)
      throws ReportParseException {
    ReadResult read = json.read(json.write(report));
    List<Diagnostic> notes = read.diagnostics();
    if (expected == 0) {
      assertEquals(List.of(), notes);
    } else {
      assertEquals(1, notes.size(), notes::toString);
      assertEquals(Diagnostic.Reason.ENCODING, notes.get(0).reason());
      assertEquals(expected + " characters", notes.get(0).text());
    }
    // read(text(read(json))) holds what read(json) holds, without a note
    ReadResult back = text.read(text.write(read.report()));
    assertEquals(read.report(), back.report());
    assertEquals(List.of(), back.diagnostics());
    return read;
  }

  @Property(tries = 300)
  void textsReadAsTheIdeographsTheyShowAndRoundTripThroughText(
      @ForAll("reports") AnnualReport report) throws ReportParseException {
    long expected =
        radicals(report.agency())
            + radicals(report.overview().text())
            + radicals(report.problemsAndImprovements())
            + radicals(report.otherMatters());
    AnnualReport read = readsAsTheIdeographs(report, expected).report();
    assertEquals(unified(report.agency()), read.agency());
    assertEquals(unified(report.overview().text()), read.overview().text());
    assertEquals(unified(report.problemsAndImprovements()), read.problemsAndImprovements());
    assertEquals(unified(report.otherMatters()), read.otherMatters());
    assertEquals(
        AnnualReport.copyOf(report)
            .withAgency(read.agency())
            .withOverview(read.overview())
            .withProblemsAndImprovements(read.problemsAndImprovements())
            .withOtherMatters(read.otherMatters()),
        read);
  }

  /** Each ideograph with the radicals and compatibility ideographs that show it. */
  private static final Map<Character, List<Character>> FORMS = forms();

  private static Map<Character, List<Character>> forms() {
    Map<Character, List<Character>> forms = new HashMap<>();
    for (char c = '\u2E80'; c <= '\uFAFF'; c++) {
      char u = Radicals.ideograph(c);
      if (u != 0) {
        forms.computeIfAbsent(u, k -> new ArrayList<>()).add(c);
      }
    }
    return forms;
  }

  /** Marks as printed, each of its characters that has such forms written as one of them. */
  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("无", "不适用", "无此项", "未收到", "不涉及", "——无——")
        .flatMap(
            mark -> {
              List<Arbitrary<String>> chars = new ArrayList<>();
              for (char c : mark.toCharArray()) {
                List<Character> forms = new ArrayList<>(List.of(c));
                forms.addAll(FORMS.getOrDefault(c, List.of()));
                chars.add(Arbitraries.of(forms).map(String::valueOf));
              }
              return Combinators.combine(chars).as(l -> String.join("", l));
            });
  }

  /** The count cells of the golden report (of 2021). */
  @Provide
  Arbitrary<CellAddress> countCells() {
    return Arbitraries.of(
        CellAddress.all().stream()
            .filter(a -> !a.isAmount() && a.appliesTo(FormatVersion.V2021))
            .toList());
  }

  @Property(tries = 200)
  void marksReadAsTheIdeographsTheyShowAndRoundTripThroughText(
      @ForAll("marks") String mark, @ForAll("countCells") CellAddress address)
      throws ReportParseException {
    AnnualReport report = Reports.withCell(GoldenReports.sample(), address, Cell.mark(mark));
    AnnualReport read = readsAsTheIdeographs(report, radicals(mark)).report();
    assertEquals(Reports.withCell(report, address, Cell.mark(unified(mark))), read);
  }
}

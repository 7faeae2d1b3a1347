package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every value that a cell cannot hold as written is refused with INVALID_VALUE, the cell's DESIGN
 * path as location, and the line and column of the value.
 */
class JsonInvalidValueProperties {

  private static final String PLACEHOLDER = "\"@@\"";
  private final JsonFormat json = new JsonFormat();

  @Provide
  Arbitrary<CellAddress> counts() {
    return Arbitraries.of(CellAddress.all()).filter(a -> !a.isAmount());
  }

  @Provide
  Arbitrary<String> badCounts() {
    return Arbitraries.of(
        "1.5", "12.0", "-0.5", "1e3", "1E+2", "2e0", "9223372036854775808",
        "-9223372036854775809", "123456789012345678901234567890", "true", "false", "{}",
        "{\"a\": 1}", "[]", "[1]", "\"12\"", "\"-7\"", "\" 3 \"", "\"\"", "\"   \"");
  }

  @Provide
  Arbitrary<String> badAmounts() {
    return Arbitraries.of(
        "1.5e3", "1E2", "0.1234567890123", "123456789012345678901234567890123456789",
        "true", "{}", "[]", "\"1953.86\"", "\"12\"", "\"\"");
  }

  /** Writes the sample with the cell at {@code a} replaced by {@code value}. */
  private static String documentWith(CellAddress a, String value) {
    AnnualReport r =
        Reports.withCell(
            GoldenReports.sample(), a, a.isAmount() ? AmountCell.mark("@@") : Cell.mark("@@"));
    return new JsonFormat().write(r).replace(PLACEHOLDER, value);
  }

  private void assertRefusedAt(CellAddress a, String value) {
    String text = documentWith(a, value);
    int offset = text.indexOf(": " + value) + 2;
    ReportParseException e = assertThrows(ReportParseException.class, () -> json.read(text));
    assertEquals(ErrorType.INVALID_VALUE, e.errorType(), e::getMessage);
    assertEquals(a.path(), e.location());
    assertEquals(Reports.lineOf(text, offset), e.line(), e::getMessage);
    assertEquals(Reports.columnOf(text, offset), e.column(), e::getMessage);
  }

  @Property(tries = 300)
  void aCountCellRefusesWhatIsNotAWholeNumberABlankOrAMark(
      @ForAll("counts") CellAddress a, @ForAll("badCounts") String value) {
    assertRefusedAt(a, value);
  }

  @Property(tries = 30)
  void theFeeRefusesExponentsExcessDigitsAndQuotedNumbers(@ForAll("badAmounts") String value) {
    assertRefusedAt(CellAddress.parse("activeDisclosure.administrativeFees").orElseThrow(), value);
  }

  @Property(tries = 100)
  void aCountCellReadsEveryLongBlankAndMark(
      @ForAll("counts") CellAddress a, @ForAll long n) throws ReportParseException {
    for (Cell c : new Cell[] {Cell.of(n), Cell.blank(), Cell.mark("不适用"), Cell.mark("1.5")}) {
      AnnualReport r = Reports.withCell(GoldenReports.sample(), a, c);
      assertEquals(r, json.read(json.write(r)).report());
    }
  }

  @Example
  void theLocationOfTheBriefsExampleCell() {
    CellAddress a =
        CellAddress.parse("applications.outcomes.withheld.stateSecret.naturalPerson").orElseThrow();
    String text = documentWith(a, "1.5");
    ReportParseException e = assertThrows(ReportParseException.class, () -> json.read(text));
    assertEquals("applications.outcomes.withheld.stateSecret.naturalPerson", e.location());
    assertEquals(22, e.line());
    assertEquals(42, e.column());
  }

  @Example
  void theFeeKeepsItsPrintedDecimals() throws ReportParseException {
    CellAddress fee = CellAddress.parse("activeDisclosure.administrativeFees").orElseThrow();
    for (String digits : new String[] {"1953.860", "1953", "0.000001", "24252.311082", "-3.5"}) {
      AnnualReport read = json.read(documentWith(fee, digits)).report();
      assertEquals(AmountCell.of(digits), read.cell(fee));
    }
  }
}

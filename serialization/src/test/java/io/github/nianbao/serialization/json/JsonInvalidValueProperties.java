package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.DisclosureColumn;
import io.github.nianbao.core.DisclosureColumn2019;
import io.github.nianbao.core.DisclosureRow2019;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.core.TableCell;
import io.github.nianbao.serialization.ReportParseException;
import io.github.nianbao.serialization.ReportParseException.ErrorType;
import io.github.nianbao.testing.AnyReports;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every value that a cell cannot hold as written is refused with INVALID_VALUE, the cell's DESIGN
 * path as location, and the line and column of the value; the cells of both format versions.
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
        "1.5",
        "12.0",
        "-0.5",
        "1e3",
        "1E+2",
        "2e0",
        "9223372036854775808",
        "-9223372036854775809",
        "123456789012345678901234567890",
        "true",
        "false",
        "{}",
        "{\"a\": 1}",
        "[]",
        "[1]",
        "\"12\"",
        "\"-7\"",
        "\" 3 \"",
        "\"\"",
        "\"   \"");
  }

  @Provide
  Arbitrary<String> badAmounts() {
    return Arbitraries.of(
        "1.5e3",
        "1E2",
        "0.1234567890123",
        "123456789012345678901234567890123456789",
        "true",
        "{}",
        "[]",
        "\"1953.86\"",
        "\"12\"",
        "\"\"");
  }

  /** The sample of a format version that has the cell: of 2021 where both have it. */
  private static AnnualReport sampleWith(CellAddress a) {
    return a.appliesTo(FormatVersion.V2021) ? GoldenReports.sample() : GoldenReports.sample2019();
  }

  /** Writes the sample with the cell at {@code a} replaced by {@code value}. */
  private static String documentWith(CellAddress a, String value) {
    TableCell mark =
        a.column() == DisclosureColumn.FEE_AMOUNT
            ? AmountCell.mark("@@")
            : a.isAmount() ? PrintedAmount.of("@@") : Cell.mark("@@");
    AnnualReport r = Reports.withCell(sampleWith(a), a, mark);
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
  void aCountCellReadsEveryLongBlankAndMark(@ForAll("counts") CellAddress a, @ForAll long n)
      throws ReportParseException {
    for (Cell c : new Cell[] {Cell.of(n), Cell.blank(), Cell.mark("不适用"), Cell.mark("1.5")}) {
      AnnualReport r = Reports.withCell(sampleWith(a), a, c);
      assertEquals(r, json.read(json.write(r)).report());
    }
  }

  private static final CellAddress TOTAL_AMOUNT =
      CellAddress.of(DisclosureRow2019.CENTRALIZED_PROCUREMENT, DisclosureColumn2019.TOTAL_AMOUNT);

  @Provide
  Arbitrary<String> badPrintedAmounts() {
    return Arbitraries.of(
        "251000",
        "25.1",
        "-42",
        "1e3",
        "true",
        "{}",
        "[\"251000元\"]",
        "\"\"",
        "\"   \"",
        "\"" + "9".repeat(PrintedAmount.MAX_LENGTH + 1) + "\"");
  }

  @Property(tries = 30)
  void theProcurementAmountRefusesNumbersEmptyTextAndOtherTypes(
      @ForAll("badPrintedAmounts") String value) {
    assertRefusedAt(TOTAL_AMOUNT, value);
  }

  @Property(tries = 100)
  void theProcurementAmountKeepsItsPrintedText(@ForAll("printedAmounts") PrintedAmount amount)
      throws IOException {
    AnnualReport r = Reports.withCell(GoldenReports.sample2019(), TOTAL_AMOUNT, amount);
    String text = json.write(r);
    JsonNode written =
        JsonMapper.builder()
            .build()
            .readTree(text)
            .at("/activeDisclosure/centralizedProcurement/totalAmount");
    if (amount.kind() == CellKind.BLANK) {
      assertTrue(written.isNull(), text);
    } else {
      assertTrue(written.isTextual(), text);
      assertEquals(amount.printed(), written.textValue());
    }
    assertEquals(r, json.read(text).report());
  }

  @Provide
  Arbitrary<PrintedAmount> printedAmounts() {
    return AnyReports.printedAmounts();
  }

  @Example
  void theProcurementAmountIsTheTextAsPrinted() throws ReportParseException {
    for (String printed :
        new String[] {"251000元", "25.1万元", "251,000.50 元", "0", "-3元", "约25万元", "无", "/"}) {
      AnnualReport read = json.read(documentWith(TOTAL_AMOUNT, "\"" + printed + "\"")).report();
      assertEquals(PrintedAmount.of(printed), read.cell(TOTAL_AMOUNT));
      assertEquals(printed, read.cell(TOTAL_AMOUNT).printed());
    }
    AnnualReport blank = json.read(documentWith(TOTAL_AMOUNT, "null")).report();
    assertEquals(PrintedAmount.blank(), blank.cell(TOTAL_AMOUNT));
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

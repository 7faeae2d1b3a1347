package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.fixtures.Tongchuan2023;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A finding's fingerprint: rule, place, agency and year, and nothing else. */
class FingerprintTest {

  private static final CellAddress DISCLOSED =
      CellAddress.of(ApplicationRow.DISCLOSED, ApplicantCategory.NATURAL_PERSON);

  private static Finding rowTotal(AnnualReport report) {
    return ReportValidator.standard().validate(report).findings("T3.ROW_TOTAL").get(0);
  }

  @Test
  void isTheDocumentedHashOfRulePlaceAgencyAndYear() throws Exception {
    Finding f = rowTotal(Tongchuan2023.report().withCell(DISCLOSED, Cell.of(18)));
    assertEquals(Tongchuan2023.report().agency(), f.agency());
    String key =
        "T3.ROW_TOTAL|applications.outcomes.disclosed.total|"
            + f.agency().replaceAll("\\s", "")
            + "|"
            + f.year();
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    assertEquals(HexFormat.of().formatHex(hash).substring(0, 16), f.fingerprint());
  }

  @Test
  void staysWhenTheNumbersOrTheSeverityChange() {
    Finding once = rowTotal(Tongchuan2023.report().withCell(DISCLOSED, Cell.of(18)));
    Finding again = rowTotal(Tongchuan2023.report().withCell(DISCLOSED, Cell.of(40)));
    Finding warned =
        ReportValidator.builder()
            .severity(RuleCode.T3_ROW_TOTAL, Severity.WARNING)
            .build()
            .validate(Tongchuan2023.report().withCell(DISCLOSED, Cell.of(18)))
            .findings("T3.ROW_TOTAL")
            .get(0);
    assertNotEquals(once.computed(), again.computed());
    assertEquals(once.fingerprint(), again.fingerprint());
    assertEquals(once.fingerprint(), warned.fingerprint());
  }

  @Test
  void differsByAgencyYearAndPlaceButNotByTheAgencysLineBreaks() {
    AnnualReport broken = Tongchuan2023.report().withCell(DISCLOSED, Cell.of(18));
    Finding f = rowTotal(broken);
    String agency = broken.agency();
    Finding otherAgency = rowTotal(broken.withAgency("某县交通运输局"));
    Finding otherYear = rowTotal(broken.withYear(broken.year() + 1));
    Finding wrapped =
        rowTotal(broken.withAgency(agency.substring(0, 2) + "\n " + agency.substring(2)));
    Finding otherRow =
        rowTotal(
            Tongchuan2023.report()
                .withCell(
                    CellAddress.of(
                        ApplicationRow.WITHHELD_STATE_SECRET, ApplicantCategory.NATURAL_PERSON),
                    Cell.of(9)));
    assertNotEquals(f.fingerprint(), otherAgency.fingerprint());
    assertNotEquals(f.fingerprint(), otherYear.fingerprint());
    assertNotEquals(f.fingerprint(), otherRow.fingerprint());
    assertEquals(f.fingerprint(), wrapped.fingerprint());
  }
}

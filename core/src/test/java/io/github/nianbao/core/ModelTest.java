package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.fixtures.Tongchuan2023;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void theAbstractTwinsAreHiddenButWhereUsersNeedThem() {
    // public: the type the constraints are declared on, and the members of sealed hierarchies
    // that a switch over ActiveDisclosureTable or OtherHandlingOutcomes names
    java.util.Set<Class<?>> visible =
        java.util.Set.of(
            AnnualReport.class,
            ActiveDisclosure.class,
            ActiveDisclosure2019.class,
            ApplicantCounts.class,
            OtherHandling.class);
    List<Class<?>> generated =
        List.of(
            AnnualReport.class,
            ActiveDisclosure.class,
            ActiveDisclosure2019.class,
            ApplicantCounts.class,
            OtherHandling.class,
            Applications.class,
            DocumentCounts.class,
            FeeItems.class,
            ItemCounts.class,
            NotProcessed.class,
            Outcomes.class,
            Overview.class,
            OverviewPart.class,
            Procurement.class,
            PublishedDocuments.class,
            ReviewAndLitigation.class,
            ReviewOutcomes.class,
            Unavailable.class,
            Withheld.class);
    for (Class<?> type : generated) {
      Class<?> twin = type.getSuperclass();
      assertEquals("Abstract" + type.getSimpleName(), twin.getSimpleName());
      assertTrue(java.lang.reflect.Modifier.isPublic(type.getModifiers()), type.getName());
      assertEquals(
          visible.contains(type),
          java.lang.reflect.Modifier.isPublic(twin.getModifiers()),
          twin.getName());
    }
  }

  @Test
  void outcomesOfZerosAreTheZeroTablesOutcomesInEitherVersion() {
    for (FormatVersion v : FormatVersion.values()) {
      Outcomes zero = Outcomes.zero(v);
      assertEquals(v, zero.formatVersion());
      Applications table =
          Applications.fromRows(
              v,
              r ->
                  ApplicationRow.outcomeRows(v).contains(r) || r == ApplicationRow.OUTCOMES_TOTAL
                      ? ApplicantCounts.zero()
                      : ApplicantCounts.ofParts(1, 2, 3, 4, 5, 6));
      assertEquals(zero, table.outcomes());
      for (ApplicationRow r : ApplicationRow.outcomeRows(v)) {
        assertEquals(ApplicantCounts.zero(), table.row(r), r.toString());
      }
    }
    assertEquals(Outcomes.zero(FormatVersion.V2021), Outcomes.zero());
  }

  @Test
  void anIncompleteBuilderThrowsTheProjectsExceptionNamingWhatIsMissing() {
    IncompleteValueException e =
        assertThrows(
            IncompleteValueException.class,
            () ->
                ApplicantCounts.builder()
                    .naturalPerson(Cell.of(1))
                    .commercialEnterprise(Cell.of(1))
                    .researchInstitution(Cell.of(1))
                    .publicWelfareOrganization(Cell.of(1))
                    .legalServiceInstitution(Cell.of(1))
                    .other(Cell.of(1))
                    .build());
    assertEquals(List.of("total"), e.missingAttributes());
    assertTrue(e.getMessage().contains("ApplicantCounts"), e.getMessage());
    assertTrue(e.getMessage().contains("total"), e.getMessage());

    IncompleteValueException r =
        assertThrows(
            IncompleteValueException.class, () -> AnnualReport.builder().year(2023).build());
    assertEquals(
        List.of("agency", "activeDisclosure", "applications", "reviewAndLitigation"),
        r.missingAttributes());
  }

  @Test
  void totalsAreStoredAsPrintedNeverRecomputed() {
    ApplicantCounts wrong = ApplicantCounts.of(1, 2, 3, 0, 0, 0, 99);
    assertEquals(Cell.of(99), wrong.total());
    assertEquals(Cell.of(6), wrong.sumOfParts());
    assertEquals(Cell.of(6), wrong.withTotalFromParts().total());
    assertEquals(Cell.of(21), ApplicantCounts.ofParts(1, 2, 3, 4, 5, 6).total());
    assertEquals(Cell.of(99), ReviewOutcomes.of(1, 1, 1, 1, 99).total());
    assertEquals(Cell.of(4), ReviewOutcomes.of(1, 1, 1, 1, 99).sumOfParts());
    assertThrows(
        ArithmeticException.class, () -> ApplicantCounts.ofParts(Long.MAX_VALUE, 1, 0, 0, 0, 0));
  }

  @Test
  void aBlankPartMakesTheSumOfPartsNoNumber() {
    ApplicantCounts row = ApplicantCounts.of(1, 2, 3, 0, 0, 0, 6).withOther(Cell.blank());
    assertEquals(Cell.blank(), row.sumOfParts());
    assertEquals(Cell.of(6), row.total());
  }

  @Test
  void valuesAreComparedByValue() {
    AnnualReport a = Tongchuan2023.report();
    AnnualReport b = Tongchuan2023.report();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    AnnualReport changed =
        a.withApplications(
            a.applications()
                .withCarriedForward(
                    a.applications().carriedForward().withNaturalPerson(Cell.of(5))));
    assertNotEquals(a, changed);
    assertEquals(Cell.of(5), changed.applications().carriedForward().naturalPerson());
    assertEquals(Cell.of(4), a.applications().carriedForward().naturalPerson());
    assertNotEquals(a, a.withOtherMatters(""));
  }

  @Test
  void yearMustBeAReportingYear() {
    AnnualReport a = Tongchuan2023.report();
    assertThrows(IllegalArgumentException.class, () -> a.withYear(2007));
    assertThrows(IllegalArgumentException.class, () -> a.withYear(10000));
    assertEquals(2008, a.withYear(2008).year());
  }

  @Test
  void defaultsAreTheFormatOf2021AnAgencyAndEmptyNarrative() {
    AnnualReport r =
        AnnualReport.builder()
            .agency("")
            .year(2024)
            .activeDisclosure(ActiveDisclosure.zero())
            .applications(Applications.zero())
            .reviewAndLitigation(ReviewAndLitigation.zero())
            .build();
    assertEquals(FormatVersion.V2021, r.formatVersion());
    assertEquals(Scope.AGENCY, r.scope());
    assertEquals("", r.overview().text());
    assertEquals("", r.problemsAndImprovements());
    assertEquals("", r.otherMatters());
  }

  @Test
  void tableBuiltByRowPutsEveryRowInItsPlace() {
    Map<ApplicationRow, ApplicantCounts> rows = new EnumMap<>(ApplicationRow.class);
    for (ApplicationRow r : ApplicationRow.rows(FormatVersion.V2021)) {
      rows.put(r, ApplicantCounts.from(c -> Cell.of(100L * r.ordinal() + c.ordinal())));
    }
    Applications t3 = Applications.fromRows(rows);
    assertEquals(rows, t3.rows());
    assertEquals(
        Cell.of(100L * ApplicationRow.WITHHELD_STATE_SECRET.ordinal()),
        t3.outcomes().withheld().stateSecret().naturalPerson());
    assertEquals(
        Cell.of(100L * ApplicationRow.OTHER_HANDLING_UNPAID_FEE.ordinal() + 6),
        ((OtherHandling) t3.outcomes().otherHandling()).unpaidFee().total());
    assertEquals(
        Cell.of(100L * ApplicationRow.CARRIED_FORWARD.ordinal() + 1),
        t3.carriedForward().commercialEnterprise());

    rows.remove(ApplicationRow.OUTCOMES_TOTAL);
    rows.remove(ApplicationRow.NEWLY_RECEIVED);
    IncompleteValueException e =
        assertThrows(IncompleteValueException.class, () -> Applications.fromRows(rows));
    assertEquals(List.of("newlyReceived", "outcomes.total"), e.missingAttributes());
  }

  @Test
  void everyAddressReachesItsOwnCell() {
    // each cell holds a distinct number derived from its row and column, not from the address
    Applications t3 =
        Applications.fromRows(
            r -> ApplicantCounts.from(c -> Cell.of(1000 + 10L * r.ordinal() + c.ordinal())));
    ReviewAndLitigation t4 =
        ReviewAndLitigation.from(
            g -> ReviewOutcomes.from(c -> Cell.of(2000 + 10L * g.ordinal() + c.ordinal())));
    ActiveDisclosure t2 =
        ActiveDisclosure.builder()
            .rules(DocumentCounts.of(1, 2, 3))
            .normativeDocuments(DocumentCounts.of(4, 5, 6))
            .licensing(Cell.of(7))
            .penalties(Cell.of(8))
            .enforcement(Cell.of(9))
            .administrativeFees(AmountCell.of("10.5"))
            .build();
    AnnualReport report =
        AnnualReport.builder()
            .agency("甲")
            .year(2023)
            .activeDisclosure(t2)
            .applications(t3)
            .reviewAndLitigation(t4)
            .build();
    List<CellAddress> all = CellAddress.all(FormatVersion.V2021);
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, all.get(i).index(), "index() is the position in all()");
    }
    for (int i = 0; i < 9; i++) {
      assertEquals(Cell.of(i + 1), report.cell(all.get(i)), all.get(i).path());
    }
    assertEquals(AmountCell.of("10.5"), report.cell(all.get(9)));
    assertThrows(IllegalArgumentException.class, () -> report.count(all.get(9)));
    for (CellAddress a : all.subList(10, 185)) {
      ApplicationRow r = (ApplicationRow) a.row();
      ApplicantCategory c = (ApplicantCategory) a.column();
      assertEquals(Cell.of(1000 + 10L * r.ordinal() + c.ordinal()), report.cell(a), a.path());
      assertTrue(a.path().startsWith("applications." + r.key() + "."));
    }
    // each Table 2 cell is found by its row and column, and only those
    for (CellAddress a : all.subList(0, 10)) {
      assertEquals(a, CellAddress.of((DisclosureRow) a.row(), (DisclosureColumn) a.column()));
    }
    for (DisclosureRow r : DisclosureRow.values()) {
      for (DisclosureColumn c : DisclosureColumn.values()) {
        if (!r.columns().contains(c)) {
          assertThrows(IllegalArgumentException.class, () -> CellAddress.of(r, c), r + " " + c);
        }
      }
    }
    for (CellAddress a : all.subList(185, 200)) {
      ReviewCase g = (ReviewCase) a.row();
      ReviewColumn c = (ReviewColumn) a.column();
      assertEquals(Cell.of(2000 + 10L * g.ordinal() + c.ordinal()), report.cell(a), a.path());
    }
  }

  @Test
  void aggregationRejectsReportsOfAnotherYear() {
    AnnualReport a = Tongchuan2023.report();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Aggregation.sum("达州市", 2023, List.of(a, a.withYear(2022))));
    assertTrue(e.getMessage().contains("2022"), e.getMessage());
  }

  @Test
  void aggregationAddsCellsAndDetectsOverflow() {
    AnnualReport a = Tongchuan2023.report();
    AnnualReport sum = Aggregation.sum("达州市", 2023, List.of(a, a, a));
    assertEquals(Cell.of(3 * 136302), ((ActiveDisclosure) sum.activeDisclosure()).licensing());
    assertEquals(
        AmountCell.of("5861.58"), ((ActiveDisclosure) sum.activeDisclosure()).administrativeFees());
    assertEquals(Cell.of(192), sum.applications().newlyReceived().total());
    assertEquals("达州市", sum.agency());
    assertEquals("", sum.overview().text());

    AnnualReport huge =
        a.withActiveDisclosure(
            ((ActiveDisclosure) a.activeDisclosure()).withLicensing(Cell.of(Long.MAX_VALUE)));
    assertThrows(ArithmeticException.class, () -> Aggregation.sum("x", 2023, List.of(huge, a)));

    AnnualReport blank =
        a.withActiveDisclosure(
            ((ActiveDisclosure) a.activeDisclosure()).withPenalties(Cell.blank()));
    assertEquals(
        Cell.blank(),
        ((ActiveDisclosure) Aggregation.sum("x", 2023, List.of(blank, a)).activeDisclosure())
            .penalties());
  }

  @Test
  void textIsHeldInItsNormalForms() {
    AnnualReport a = Tongchuan2023.report();
    AnnualReport b =
        a.withAgency("  达州市\n通川区\u3000 ")
            .withOtherMatters("\r\n未收取信息处理费。\r\n第二行\r\n\n")
            .withOverview(Overview.of("\n（一）主动公开\r\n（二）依申请公开\n"));
    assertEquals("达州市 通川区", b.agency());
    assertEquals("未收取信息处理费。\n第二行", b.otherMatters());
    assertEquals("（一）主动公开\n（二）依申请公开", b.overview().text());
    assertEquals(b, b.withAgency("达州市 通川区"));
    assertEquals(Cell.mark("不 适用"), Cell.mark(" 不\t适用\n"));
    assertEquals("不 适用", Cell.mark(" 不\t适用\n").printed());
  }

  @Test
  void withCellReplacesExactlyThatCell() {
    AnnualReport v2021 = Tongchuan2023.report();
    AnnualReport v2019 =
        AnnualReport.builder()
            .from(v2021)
            .year(2020)
            .activeDisclosure(ActiveDisclosure2019.zero())
            .applications(Applications.zero(FormatVersion.V2019))
            .build();
    for (AnnualReport a : List.of(v2021, v2019)) {
      for (CellAddress address : CellAddress.all(a.formatVersion())) {
        TableCell marked =
            address.column() == DisclosureColumn.FEE_AMOUNT
                ? AmountCell.mark("/")
                : address.isAmount() ? PrintedAmount.of("/") : Cell.mark("/");
        AnnualReport b = a.withCell(address, marked);
        for (CellAddress other : CellAddress.all(a.formatVersion())) {
          assertEquals(
              other.equals(address) ? marked : a.cell(other),
              b.cell(other),
              address + " / " + other);
        }
      }
      for (CellAddress address : CellAddress.all()) {
        if (!address.appliesTo(a.formatVersion())) {
          assertThrows(IllegalArgumentException.class, () -> a.cell(address), address.path());
        }
      }
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> v2021.withApplications(Applications.zero(FormatVersion.V2019)));
    assertThrows(
        IllegalArgumentException.class,
        () -> v2021.withCell(CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES), Cell.of(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> v2021.withCell(CellAddress.of(DisclosureRow.LICENSING), AmountCell.of(1)));
  }

  @Test
  void textWithControlCharactersIsRefused() {
    AnnualReport a = Tongchuan2023.report();
    assertThrows(IllegalArgumentException.class, () -> a.withAgency("达州\u0000市"));
    assertThrows(IllegalArgumentException.class, () -> a.withOtherMatters("未收取\u0007"));
    assertThrows(IllegalArgumentException.class, () -> Overview.of("\u001b[31m"));
    assertEquals("第一行\n\t第二行", a.withOtherMatters("第一行\r\n\t第二行").otherMatters());
  }
}

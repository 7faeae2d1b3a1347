package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.CellKind;
import io.github.nianbao.core.DocumentCounts;
import io.github.nianbao.core.FormatVersion;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class AnyReportsProperties {

  @Provide
  Arbitrary<List<AnnualReport>> series() {
    return AnyReports.series(4);
  }

  @Property
  void aSeriesIsOneAgencyOverConsecutiveYearsThatCarriesOver(
      @ForAll("series") List<AnnualReport> s) {
    assertTrue(s.size() >= 2 && s.size() <= 4, s.size() + " years");
    for (int i = 1; i < s.size(); i++) {
      AnnualReport last = s.get(i - 1);
      AnnualReport r = s.get(i);
      assertEquals(last.agency(), r.agency());
      assertEquals(last.year() + 1, r.year());
      assertEquals(FormatVersion.V2021, r.formatVersion());
      assertEquals(last.applications().carriedForward(), r.applications().carriedOver());
      inForceContinues(last.activeDisclosure2021().rules(), r.activeDisclosure2021().rules());
      inForceContinues(
          last.activeDisclosure2021().normativeDocuments(),
          r.activeDisclosure2021().normativeDocuments());
    }
    Statistics.collect(s.size());
  }

  private static void inForceContinues(DocumentCounts last, DocumentCounts now) {
    long expected = last.inForce().value() + now.issued().value() - now.repealed().value();
    assertEquals(expected, now.inForce().value());
    assertTrue(now.inForce().value() >= 0);
  }

  @Provide
  Arbitrary<AnnualReport> grid() {
    return AnyReports.gridReports();
  }

  @Property
  void gridReportsHoldNothingTheGridCannotRead(@ForAll("grid") AnnualReport r) {
    for (String text :
        List.of(r.overview().text(), r.problemsAndImprovements(), r.otherMatters())) {
      assertFalse(text.contains("\t"), "a tab in a narrative");
    }
    for (CellAddress a : CellAddress.all(r.formatVersion())) {
      if (r.cell(a).kind() == CellKind.MARK) {
        assertFalse(r.cell(a).printed().contains("\""), a + " holds a quoted mark");
      }
    }
  }

  @Property(tries = 200)
  void reportsDrawBlanksMarksAndBothVersions(@ForAll("any") AnnualReport r) {
    boolean blank = false;
    boolean mark = false;
    for (CellAddress a : CellAddress.all(r.formatVersion())) {
      blank |= r.cell(a).kind() == CellKind.BLANK;
      mark |= r.cell(a).kind() == CellKind.MARK;
    }
    Statistics.label("version").collect(r.formatVersion());
    Statistics.label("blank").collect(blank);
    Statistics.label("mark").collect(mark);
    Statistics.label("version")
        .coverage(
            c -> {
              c.check(FormatVersion.V2019).count(n -> n > 0);
              c.check(FormatVersion.V2021).count(n -> n > 0);
            });
    Statistics.label("blank").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("mark").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<AnnualReport> any() {
    return AnyReports.reports();
  }

  @Test
  void theSeedsAreThereAsPublished() {
    assertEquals(5, Seeds.names().size());
    for (String name : Seeds.names()) {
      String text = Seeds.text(name);
      assertTrue(text.contains("政府信息公开"), name);
      assertTrue(text.contains("本年新收政府信息公开申请数量"), name);
    }
    assertTrue(Seeds.text("004_070df74db560079b.txt").contains("达州市通川区经济和信息化局2021年"));
  }

  @Test
  void anUnknownSeedIsRefusedByName() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Seeds.text("005.txt"));
    assertTrue(e.getMessage().contains("000_da43b1e554017db7.txt"), e.getMessage());
  }
}

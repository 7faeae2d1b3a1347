package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.RuleCode;
import io.github.nianbao.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The series rules over nianbao-testing's series of one agency: a series that carries over gives no
 * SERIES.CARRY or SERIES.IN_FORCE finding, and one cell changed in a year's 上年结转 gives SERIES.CARRY
 * at that cell.
 */
class SeriesProperties {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  @Provide
  Arbitrary<List<AnnualReport>> series() {
    return AnyReports.series(4);
  }

  @Property(tries = 50)
  void aSeriesThatCarriesOverBreaksNoSeriesRule(@ForAll("series") List<AnnualReport> s) {
    ValidationResult result = VALIDATOR.validateSeries(s);
    assertEquals(List.of(), result.findings(RuleCode.SERIES_CARRY.code()));
    assertEquals(List.of(), result.findings(RuleCode.SERIES_IN_FORCE.code()));
  }

  @Property(tries = 50)
  void aChangedCarryOverIsFoundAtItsCell(@ForAll("series") List<AnnualReport> s) {
    List<AnnualReport> changed = new ArrayList<>(s);
    AnnualReport last = changed.get(changed.size() - 1);
    Cell was = last.applications().carriedOver().naturalPerson();
    // a number other than the year before's, or a number where it printed none
    Cell now = Cell.of(was.isNumber() ? was.value() == 0 ? 1 : was.value() - 1 : 7);
    changed.set(
        changed.size() - 1,
        last.withApplications(
            last.applications()
                .withCarriedOver(last.applications().carriedOver().withNaturalPerson(now))));
    List<Finding> carry = VALIDATOR.validateSeries(changed).findings(RuleCode.SERIES_CARRY.code());
    boolean comparable =
        changed.get(changed.size() - 2).applications().carriedForward().naturalPerson().isNumber();
    if (comparable) {
      assertEquals(1, carry.size(), carry::toString);
      assertEquals("applications.carriedOver.naturalPerson", carry.get(0).location());
    }
  }
}

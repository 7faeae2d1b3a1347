package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.constraints.Inferred;
import io.github.nianbao.core.constraints.Official;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.NotAssessable;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of groups, blanks as zero and not-assessable notes, over any report. */
class ValidationOptionsProperties {

  private static final ReportValidator ALL = ReportValidator.standard();
  private static final ReportValidator OFFICIAL =
      ReportValidator.builder().only(Official.class).build();
  private static final ReportValidator INFERRED =
      ReportValidator.builder().only(Inferred.class).build();
  private static final ReportValidator ZERO = ReportValidator.builder().blankAsZero().build();

  @Provide
  Arbitrary<AnnualReport> any() {
    return AnyReports.reports();
  }

  @Property(tries = 300)
  void theOfficialGroupIsTheOfficialRulesFindingsAndTheGroupsPartitionTheRules(
      @ForAll("any") AnnualReport report) {
    ValidationResult all = ALL.validate(report);
    ValidationResult official = OFFICIAL.validate(report);
    ValidationResult inferred = INFERRED.validate(report);
    assertTrue(all.findings().containsAll(official.findings()));
    assertEquals(
        all.findings().stream().filter(f -> f.rule().orElseThrow().isOfficial()).toList(),
        official.findings());
    List<Finding> union = new ArrayList<>(official.findings());
    union.addAll(inferred.findings());
    assertEquals(new HashSet<>(all.findings()), new HashSet<>(union));
    assertEquals(all.findings().size(), union.size());
    List<NotAssessable> notes = new ArrayList<>(official.notAssessable());
    notes.addAll(inferred.notAssessable());
    assertEquals(new HashSet<>(all.notAssessable()), new HashSet<>(notes));
  }

  @Property(tries = 300)
  void thePlainCallInTheOfficialGroupAgreesWithTheFacade(@ForAll("any") AnnualReport report) {
    Set<String> plain = new HashSet<>();
    for (ConstraintViolation<AnnualReport> v : ALL.validator().validate(report, Official.class)) {
      Optional<NotAssessable> note = NotAssessable.of(v);
      if (note.isEmpty()) {
        plain.add(v.getPropertyPath().toString());
      }
    }
    Set<String> facade = new HashSet<>();
    OFFICIAL.validate(report).findings().forEach(f -> facade.add(f.location()));
    assertEquals(facade, plain);
  }

  @Property(tries = 300)
  void blanksAsZeroChangeNothingWhereThereIsNoBlank(@ForAll("any") AnnualReport report) {
    ValidationResult standard = ALL.validate(report);
    ValidationResult zero = ZERO.validate(report);
    boolean blanks =
        io.github.nianbao.core.CellAddress.all(report.formatVersion()).stream()
            .anyMatch(a -> report.cell(a).kind() == io.github.nianbao.core.CellKind.BLANK);
    assertEquals(blanks, !zero.blanksReadAsZero().isEmpty());
    if (!blanks) {
      assertEquals(standard.findings(), zero.findings());
      assertEquals(standard.notAssessable(), zero.notAssessable());
    } else {
      // the blanks are still reported, once each
      assertEquals(standard.findings("CELL.BLANK").size(), zero.findings("CELL.BLANK").size());
    }
  }

  @Property(tries = 200)
  void aValidReportReadsNoBlankAsZero(@ForAll AnnualReport report) {
    ValidationResult zero = ZERO.validate(report);
    assertEquals(List.of(), zero.findings());
    assertEquals(List.of(), zero.blanksReadAsZero());
  }
}

package io.github.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.RuleContext;
import io.github.nianbao.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** A user's own rule and mutation in the jqwik route: {@code brokenReports(mutation)}. */
class UserRuleProperties {

  static final String CODE = "MY.AGENCY_KNOWN";
  static final String UNKNOWN = "未知机关";

  /** A user's rule: the agency is known. */
  @Constraint(validatedBy = AgencyKnown.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface AgencyKnown {
    String message() default "the agency is not known";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Validator implements ConstraintValidator<AgencyKnown, AnnualReport> {
      @Override
      public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
        RuleContext rule = RuleContext.of(context, CODE, report);
        if (report.agency().equals(UNKNOWN)) {
          rule.atPlace("agency")
              .param("agency", report.agency())
              .message("报告机关为“{agency}”。", "The agency is {agency}.")
              .add();
        }
        return rule.isValid();
      }
    }
  }

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().addConstraint(AgencyKnown.class).build();

  private static final ReportMutation UNKNOWN_AGENCY =
      valid -> Optional.of(new BrokenReport(valid.withAgency(UNKNOWN), CODE, "agency"));

  @Provide
  Arbitrary<BrokenReport> broken() {
    return ReportArbitraries.brokenReports(UNKNOWN_AGENCY);
  }

  @Property
  void everyBrokenReportGivesExactlyItsFindingTheUsersToo(@ForAll("broken") BrokenReport broken) {
    List<Finding> findings = VALIDATOR.validate(broken.report()).findings();
    assertEquals(
        List.of(broken.code() + " " + broken.location()),
        findings.stream().map(f -> f.code() + " " + f.location()).toList());
    Finding f = findings.get(0);
    if (broken.rule().isEmpty()) {
      assertEquals(Severity.ERROR, f.severity());
      assertEquals("报告机关为“未知机关”。", f.messageZh());
      assertEquals("The agency is 未知机关.", f.messageEn());
    }
    Statistics.collect(broken.rule().isPresent() ? "SDK" : "mine");
    Statistics.coverage(
        c -> {
          c.check("mine").count(n -> n > 0);
          c.check("SDK").count(n -> n > 0);
        });
  }

  @Property
  void theUsersMutationBreaksExactlyTheUsersRule(@ForAll("mine") BrokenReport broken) {
    assertEquals(
        List.of(CODE + " agency"),
        VALIDATOR.validate(broken.report()).findings().stream()
            .map(f -> f.code() + " " + f.location())
            .toList());
    // and the SDK's rules alone find nothing
    assertTrue(ReportValidator.standard().validate(broken.report()).findings().isEmpty());
  }

  @Provide
  Arbitrary<BrokenReport> mine() {
    return net.jqwik.api.Arbitraries.oneOf(
            List.of(
                ReportArbitraries.validReports(io.github.nianbao.core.FormatVersion.V2021),
                ReportArbitraries.validReports(io.github.nianbao.core.FormatVersion.V2019)))
        .map(r -> UNKNOWN_AGENCY.apply(r).orElseThrow());
  }
}

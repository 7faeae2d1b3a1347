package com.example.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.reports.rules.NewApplicationsNotHalved;
import io.github.nianbao.core.*;  // AnnualReport, ActiveDisclosure, Applications, ApplicantCounts,
                                  // ReviewAndLitigation, Cell, CellAddress, ApplicationRow, ApplicantCategory
import io.github.nianbao.core.constraints.Official;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.NotAssessable;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ReportSeries;
import io.github.nianbao.validation.RuleCode;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's Java snippets, word for word (the SDK's ReadmeConsumerTest checks that they are). */
class ReadmeTest {

  @Test
  void quickStart() throws Exception {
ReportFormat text = ReportFormats.byName("text").orElseThrow();
ReadResult read = text.read(Files.readString(Path.of("examples/samples/002_91d5f5a0561784d8.txt")));
read.diagnostics().forEach(System.err::println);            // what the reader normalised or left out
AnnualReport report = read.report();

ValidationResult result = ReportValidator.standard().validate(report);
result.findings().forEach(f -> System.out.println(f.code() + " " + f.location() + " " + f.messageZh()));

String json = ReportFormats.byName("json").orElseThrow().write(report);
// or on your own ObjectMapper: mapper.registerModule(new NianbaoJsonModule())

    assertEquals("达州市通川区", report.agency());
    assertTrue(json.contains("\"licensing\": 136302"), json);
  }

  @Test
  void theModelValidationAndTheStandardCall() {
AnnualReport report = AnnualReport.builder()
    .agency("达州市通川区").year(2023)
    .activeDisclosure(ActiveDisclosure.zero().withLicensing(Cell.of(136302)))
    .applications(Applications.zero().withNewlyReceived(ApplicantCounts.ofParts(55, 4, 5, 0, 0, 0)))
    .reviewAndLitigation(ReviewAndLitigation.zero())
    .build();

Cell cell = report.applications().newlyReceived().total();        // 64
CellAddress where = CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL);
where.path();   // "applications.newlyReceived.total"
where.label();  // "一、本年新收政府信息公开申请数量·总计"

ValidationResult result = ReportValidator.standard().validate(report);
for (Finding f : result.findings()) {
  System.out.println(f.severity() + " " + f.code() + " " + f.location() + " " + f.messageZh());
}
// ERROR T3.BALANCE applications.carriedForward.naturalPerson 表三“自然人”列：第一项 55 加第二项 0 …

// a factory is costly to build: make one, keep its (thread-safe) Validator, close it at the end
try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
  Set<ConstraintViolation<AnnualReport>> violations = factory.getValidator().validate(report);
  // property paths name cells by the keys of docs/format.md: applications.carriedForward.naturalPerson
    assertTrue(
        violations.stream()
            .anyMatch(
                v -> v.getPropertyPath().toString().equals("applications.carriedForward.naturalPerson")),
        violations.toString());
}

ReportValidator validator = ReportValidator.builder()
    .disable(RuleCode.CELL_BLANK)
    .severity(RuleCode.TEXT_FEE_REPORTED, Severity.ERROR)
    .build();

    assertEquals(Cell.of(64), cell);
    assertEquals("applications.newlyReceived.total", where.path());
    assertTrue(
        result.findings().stream()
            .anyMatch(f -> f.location().equals("applications.carriedForward.naturalPerson")),
        result.findings().toString());
    assertTrue(validator.validate(report).hasErrors());
  }

  @Test
  void groupsNotesBlanksAndSeries() {
    AnnualReport report = AnnualReport.builder()
        .agency("达州市通川区").year(2023)
        .activeDisclosure(ActiveDisclosure.zero())
        .applications(Applications.zero().withCarriedForward(ApplicantCounts.ofParts(2, 0, 0, 0, 0, 0))
            .withNewlyReceived(ApplicantCounts.ofParts(2, 0, 0, 0, 0, 0)))
        .reviewAndLitigation(ReviewAndLitigation.zero())
        .build()
        .withCell(CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON), Cell.blank());
    List<AnnualReport> reports =
        List.of(report, report.withYear(2022).withAgency("达州市通川区经济和信息化局"));

try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
  Set<ConstraintViolation<AnnualReport>> official =
      factory.getValidator().validate(report, Official.class);
  official.forEach(v -> NotAssessable.of(v).ifPresent(n -> System.out.println("not checked: " + n)));
    // the blank 四 makes T3.BALANCE not assessable: a note, through the plain call too
    assertTrue(official.stream().anyMatch(v -> NotAssessable.of(v).isPresent()), official.toString());
}

ValidationResult printed = ReportValidator.builder().only(Official.class).build().validate(report);
ValidationResult zeros = ReportValidator.builder().blankAsZero().build().validate(report);
zeros.blanksReadAsZero().forEach(b -> System.out.println(b.cell().label() + " read as 0"));

ReportSeries series = ReportSeries.builder()
    .predecessor("达州市通川区经济和信息化局", "达州市通川区")  // the earlier name, then the later
    .addAll(reports)
    .build();
ValidationResult years = ReportValidator.standard().validateSeries(series);

    assertTrue(printed.findings().isEmpty(), printed.findings().toString());
    // read as 0, 一 2 + 二 0 = 三 0 + 四 0 does not hold
    assertEquals(1, zeros.findings("T3.BALANCE").size(), zeros.findings().toString());
    assertEquals(1, zeros.blanksReadAsZero().size());
    assertEquals(2, series.reports().size());
    assertTrue(years.rulesRun().contains("SERIES.CARRY"));
  }

  @Test
  void aRuleOverTheYears() {
    AnnualReport y2022 = AnnualReport.builder()
        .agency("达州市通川区").year(2022)
        .activeDisclosure(ActiveDisclosure.zero())
        .applications(Applications.zero().withNewlyReceived(ApplicantCounts.ofParts(55, 4, 5, 0, 0, 0)))
        .reviewAndLitigation(ReviewAndLitigation.zero())
        .build();
    AnnualReport y2023 = y2022.withYear(2023)
        .withApplications(Applications.zero().withNewlyReceived(ApplicantCounts.ofParts(25, 5, 0, 0, 0, 0)));
    ReportSeries series = ReportSeries.of(List.of(y2022, y2023));

ReportValidator withYears = ReportValidator.builder().addSeriesConstraint(NewApplicationsNotHalved.class).build();
for (Finding f : withYears.validateSeries(series).findings(NewApplicationsNotHalved.CODE)) {
  System.out.println(f.severity() + " " + f.year() + " " + f.location() + " " + f.messageZh());
}
// WARNING 2023 applications.newlyReceived.total 本年新收 30 件，不足 2022 年 64 件的一半（applications.newlyReceived.total）。

    ValidationResult result = withYears.validateSeries(series);
    List<Finding> halved = result.findings(NewApplicationsNotHalved.CODE);
    assertEquals(1, halved.size(), result.findings().toString());
    Finding f = halved.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(2023, f.year());
    assertEquals("达州市通川区", f.agency());
    assertEquals("applications.newlyReceived.total", f.location());
    assertEquals(
        "本年新收 30 件，不足 2022 年 64 件的一半（applications.newlyReceived.total）。", f.messageZh());
    assertEquals(
        "30 new applications, less than half of 64 in 2022 (applications.newlyReceived.total).",
        f.messageEn());
    assertTrue(result.rulesRun().contains("EXAMPLE.NEW_HALVED"), result.rulesRun().toString());
    // the plain call: the violation in the later year's report
    assertTrue(
        withYears.validator().validate(series).stream()
            .anyMatch(v -> v.getPropertyPath().toString()
                .equals("reports[1].applications.newlyReceived.total")
                && NotAssessable.of(v).isEmpty()));
    // a year left out: a note on the whole later report, beside SERIES.CARRY's
    List<NotAssessable> gap = withYears.validateSeries(List.of(y2022, y2023.withYear(2024)))
        .notAssessable().stream().filter(n -> n.location().equals("reports[1]")).toList();
    assertTrue(gap.contains(new NotAssessable("EXAMPLE.NEW_HALVED", 2024, "reports[1]", "no report of 2023")),
        gap.toString());
    assertTrue(gap.stream().anyMatch(n -> n.code().equals("SERIES.CARRY")), gap.toString());
  }
}

package com.example.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

Set<ConstraintViolation<AnnualReport>> violations =
    Validation.buildDefaultValidatorFactory().getValidator().validate(report);
// property paths name cells by the keys of docs/format.md: applications.carriedForward.naturalPerson

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
    assertTrue(
        violations.stream()
            .anyMatch(
                v -> v.getPropertyPath().toString().equals("applications.carriedForward.naturalPerson")),
        violations.toString());
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

Set<ConstraintViolation<AnnualReport>> official =
    Validation.buildDefaultValidatorFactory().getValidator().validate(report, Official.class);
official.forEach(v -> NotAssessable.of(v).ifPresent(n -> System.out.println("not checked: " + n)));

ValidationResult printed = ReportValidator.builder().only(Official.class).build().validate(report);
ValidationResult zeros = ReportValidator.builder().blankAsZero().build().validate(report);
zeros.blanksReadAsZero().forEach(b -> System.out.println(b.cell().label() + " read as 0"));

ReportSeries series = ReportSeries.builder()
    .predecessor("达州市通川区经济和信息化局", "达州市通川区")  // the earlier name, then the later
    .addAll(reports)
    .build();
ValidationResult years = ReportValidator.standard().validateSeries(series);

    // the blank 四 makes T3.BALANCE not assessable: a note, through the plain call too
    assertTrue(official.stream().anyMatch(v -> NotAssessable.of(v).isPresent()), official.toString());
    assertTrue(printed.findings().isEmpty(), printed.findings().toString());
    // read as 0, 一 2 + 二 0 = 三 0 + 四 0 does not hold
    assertEquals(1, zeros.findings("T3.BALANCE").size(), zeros.findings().toString());
    assertEquals(1, zeros.blanksReadAsZero().size());
    assertEquals(2, series.reports().size());
    assertTrue(years.rulesRun().contains("SERIES.CARRY"));
  }
}

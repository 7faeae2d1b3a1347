package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ApplicantCategory;
import io.github.nianbao.core.ApplicationRow;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five published seed reports, read by the text reader and validated. */
class SeedValidationTest {

  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  static AnnualReport read(String name) throws IOException {
    Path file = ExamplesTest.SAMPLES.resolve(name);
    return ReportFormats.byName("text").orElseThrow().read(Files.readString(file)).report();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_da43b1e554017db7.txt",
        "001_f78362fcf04790d2.txt",
        "002_91d5f5a0561784d8.txt",
        "003_16e51b8a446c7100.txt",
        "004_070df74db560079b.txt"
      })
  void everySeedValidatesWithoutErrorFinding(String seed) throws IOException {
    ValidationResult result = VALIDATOR.validate(read(seed));
    assertFalse(result.hasErrors(), result.findings().toString());
  }

  @Test
  void seed002WithOneTable3CellChangedGivesExactlyTheExpectedFindings() throws IOException {
    AnnualReport seed = read("002_91d5f5a0561784d8.txt");
    // its 一、总体情况 is 2,024 characters long: the one warning of the seed as published
    assertEquals(
        List.of("TEXT.OVERVIEW_LENGTH overview"),
        VALIDATOR.validate(seed).findings().stream()
            .map(f -> f.code() + " " + f.location())
            .toList());
    CellAddress disclosed =
        CellAddress.of(ApplicationRow.DISCLOSED, ApplicantCategory.NATURAL_PERSON);
    assertEquals(Cell.of(17), seed.cell(disclosed));

    List<Finding> findings = VALIDATOR.validate(seed.withCell(disclosed, Cell.of(18))).findings();

    assertEquals(
        List.of(
            "T3.ROW_TOTAL applications.outcomes.disclosed.total",
            "T3.OUTCOME_TOTAL applications.outcomes.total.naturalPerson",
            "TEXT.OVERVIEW_LENGTH overview"),
        findings.stream().map(f -> f.code() + " " + f.location()).toList());
    assertEquals(
        "表三“（一）予以公开”行：总计 23 不等于各类申请人之和 18 + 1 + 5 + 0 + 0 + 0 = 24（applications.outcomes.disclosed.total）。",
        findings.get(0).messageZh());
    assertEquals(
        "Table 3, row outcomes.disclosed: the printed total 23 is not the sum of the six applicant columns"
            + " 18 + 1 + 5 + 0 + 0 + 0 = 24 (applications.outcomes.disclosed.total).",
        findings.get(0).messageEn());
    assertEquals(
        "表三“自然人”列：（七）总计 51 不等于（一）至（六）各项办理结果之和 52（applications.outcomes.total.naturalPerson）。",
        findings.get(1).messageZh());
    assertEquals(
        "Table 3, column naturalPerson: （七）总计 is 51, but the outcome rows （一）–（六） add up to 52"
            + " (applications.outcomes.total.naturalPerson).",
        findings.get(1).messageEn());
  }

  @Test
  void theNarrativeOfSeed002IsComparedWithItsTables() throws IOException {
    AnnualReport seed = read("002_91d5f5a0561784d8.txt");
    CellAddress newly = CellAddress.of(ApplicationRow.NEWLY_RECEIVED, ApplicantCategory.TOTAL);
    List<Finding> findings =
        VALIDATOR.validate(seed.withCell(newly, Cell.of(65))).findings("TEXT.NARRATIVE");
    assertEquals(1, findings.size());
    assertEquals(
        "总体情况中写明“新收政府信息公开申请 64 件”（64），但表格数据为 65（applications.newlyReceived.total）。",
        findings.get(0).messageZh());
  }
}

package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The official labels and keys, typed here from docs/format.md as the contract they are. */
class LabelsTest {

  @Test
  void table3RowsInPrintedOrderWithOfficialLabels() {
    List<String> expected =
        List.of(
            "newlyReceived|一、本年新收政府信息公开申请数量",
            "carriedOver|二、上年结转政府信息公开申请数量",
            "outcomes.disclosed|（一）予以公开",
            "outcomes.partiallyDisclosed|（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "outcomes.withheld.stateSecret|1．属于国家秘密",
            "outcomes.withheld.prohibitedByLaw|2．其他法律行政法规禁止公开",
            "outcomes.withheld.safetyAndStability|3．危及“三安全一稳定”",
            "outcomes.withheld.thirdPartyRights|4．保护第三方合法权益",
            "outcomes.withheld.internalAffairs|5．属于三类内部事务信息",
            "outcomes.withheld.processInformation|6．属于四类过程性信息",
            "outcomes.withheld.enforcementCaseFile|7．属于行政执法案卷",
            "outcomes.withheld.administrativeInquiry|8．属于行政查询事项",
            "outcomes.unavailable.notHeld|1．本机关不掌握相关政府信息",
            "outcomes.unavailable.requiresCreation|2．没有现成信息需要另行制作",
            "outcomes.unavailable.unclearAfterCorrection|3．补正后申请内容仍不明确",
            "outcomes.notProcessed.petitionOrComplaint|1．信访举报投诉类申请",
            "outcomes.notProcessed.duplicate|2．重复申请",
            "outcomes.notProcessed.publicationRequest|3．要求提供公开出版物",
            "outcomes.notProcessed.excessiveRepeated|4．无正当理由大量反复申请",
            "outcomes.notProcessed.confirmationRequest|5．要求行政机关确认或重新出具已获取信息",
            "outcomes.otherHandling.overdueCorrection|1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "outcomes.otherHandling.unpaidFee|2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "outcomes.otherHandling.other|3．其他",
            "outcomes.total|（七）总计",
            "carriedForward|四、结转下年度继续办理");
    List<String> actual =
        ApplicationRow.rows(FormatVersion.V2021).stream()
            .map(r -> r.key() + "|" + r.officialLabel())
            .collect(Collectors.toList());
    assertEquals(expected, actual);
  }

  @Test
  void outcomeRowsAreTheTwentyOneAddendsOfTheOutcomeTotal() {
    List<ApplicationRow> outcomes = ApplicationRow.outcomeRows(FormatVersion.V2021);
    assertEquals(21, outcomes.size());
    assertEquals(ApplicationRow.DISCLOSED, outcomes.get(0));
    assertEquals(ApplicationRow.OTHER_HANDLING_OTHER, outcomes.get(20));
    assertFalse(outcomes.contains(ApplicationRow.OUTCOMES_TOTAL));
    assertEquals(
        19, Arrays.stream(ApplicationRow.values()).filter(ApplicationRow::isSubRow).count());
    assertEquals(Optional.of(OutcomeGroup.WITHHELD), ApplicationRow.WITHHELD_STATE_SECRET.group());
    assertEquals(Optional.empty(), ApplicationRow.CARRIED_FORWARD.group());
    assertEquals("（三）不予公开", OutcomeGroup.WITHHELD.officialLabel());
    assertEquals("（七）", ApplicationRow.OUTCOMES_TOTAL.numbering());
  }

  @Test
  void applicantColumnsInPrintedOrderWithParent() {
    List<String> expected =
        List.of(
            "naturalPerson|自然人|",
            "commercialEnterprise|商业企业|法人或其他组织",
            "researchInstitution|科研机构|法人或其他组织",
            "publicWelfareOrganization|社会公益组织|法人或其他组织",
            "legalServiceInstitution|法律服务机构|法人或其他组织",
            "other|其他|法人或其他组织",
            "total|总计|");
    List<String> actual =
        Arrays.stream(ApplicantCategory.values())
            .map(
                c ->
                    c.key()
                        + "|"
                        + c.label()
                        + "|"
                        + c.group().map(ApplicantGroup::label).orElse(""))
            .collect(Collectors.toList());
    assertEquals(expected, actual);
    assertEquals(6, ApplicantCategory.parts().size());
    assertFalse(ApplicantCategory.parts().contains(ApplicantCategory.TOTAL));
    assertTrue(ApplicantCategory.TOTAL.isTotal());
  }

  @Test
  void table2RowsClausesAndColumns() {
    List<String> expected =
        List.of(
            "rules|规章|第二十条第（一）项|本年制发件数,本年废止件数,现行有效件数",
            "normativeDocuments|行政规范性文件|第二十条第（一）项|本年制发件数,本年废止件数,现行有效件数",
            "licensing|行政许可|第二十条第（五）项|本年处理决定数量",
            "penalties|行政处罚|第二十条第（六）项|本年处理决定数量",
            "enforcement|行政强制|第二十条第（六）项|本年处理决定数量",
            "administrativeFees|行政事业性收费|第二十条第（八）项|本年收费金额（单位：万元）");
    List<String> actual =
        Arrays.stream(DisclosureRow.values())
            .map(
                r ->
                    r.key()
                        + "|"
                        + r.label()
                        + "|"
                        + r.clause().label()
                        + "|"
                        + r.columns().stream()
                            .map(DisclosureColumn::label)
                            .collect(Collectors.joining(",")))
            .collect(Collectors.toList());
    assertEquals(expected, actual);
    assertEquals(
        List.of("issued", "repealed", "inForce"),
        DisclosureRow.RULES.columns().stream().map(DisclosureColumn::key).toList());
  }

  @Test
  void table4GroupsAndColumns() {
    assertEquals(
        List.of(
            "administrativeReview|行政复议",
            "litigationDirect|行政诉讼—未经复议直接起诉",
            "litigationAfterReview|行政诉讼—复议后起诉"),
        Arrays.stream(ReviewCase.values()).map(g -> g.key() + "|" + g.fullLabel()).toList());
    assertEquals(
        List.of("upheld|结果维持", "corrected|结果纠正", "other|其他结果", "pending|尚未审结", "total|总计"),
        Arrays.stream(ReviewColumn.values()).map(c -> c.key() + "|" + c.label()).toList());
    assertEquals(4, ReviewColumn.parts().size());
  }

  @Test
  void sectionsAndHeadings() {
    assertEquals(
        List.of(
            "overview|一、总体情况",
            "activeDisclosure|二、主动公开政府信息情况",
            "applications|三、收到和处理政府信息公开申请情况",
            "reviewAndLitigation|四、政府信息公开行政复议、行政诉讼情况",
            "problemsAndImprovements|五、存在的主要问题及改进情况",
            "otherMatters|六、其他需要报告的事项"),
        Arrays.stream(ReportSection.values()).map(s -> s.key() + "|" + s.heading()).toList());
    assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", TableHeading.BALANCE_NOTE.label());
    assertEquals(
        List.of("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"),
        Arrays.stream(OverviewTopic.values()).map(t -> t.numbering() + t.label()).toList());
    assertEquals(Optional.of(FormatVersion.V2021), FormatVersion.ofKey("2021"));
    assertEquals(Optional.of(FormatVersion.V2019), FormatVersion.ofKey("2019"));
    assertEquals(Optional.empty(), FormatVersion.ofKey("2020"));
    assertEquals("国办公开办函〔2019〕60号", FormatVersion.V2019.document());
    assertTrue(FormatVersion.V2019.fitsYear(2020));
    assertFalse(FormatVersion.V2019.fitsYear(2021));
    assertFalse(FormatVersion.V2021.fitsYear(2020));
    assertEquals("国办公开办函〔2021〕30号", FormatVersion.V2021.document());
  }

  @Test
  void everyCellHasAUniquePathThatParsesBack() {
    assertEquals(229, CellAddress.all().size());
    for (int i = 0; i < CellAddress.all().size(); i++) {
      assertEquals(i, CellAddress.all().get(i).index());
    }
    List<CellAddress> v2019 = CellAddress.all(FormatVersion.V2019);
    assertEquals(198, v2019.size());
    assertEquals(
        22, v2019.stream().filter(a -> a.table() == ReportSection.ACTIVE_DISCLOSURE).count());
    assertEquals(161, v2019.stream().filter(a -> a.table() == ReportSection.APPLICATIONS).count());
    assertTrue(v2019.stream().allMatch(a -> a.appliesTo(FormatVersion.V2019)));
    assertEquals(
        "（六）其他处理·自然人",
        CellAddress.of(ApplicationRow.OTHER_HANDLING, ApplicantCategory.NATURAL_PERSON).label());
    assertEquals(
        "行政许可·本年增/减",
        CellAddress.of(DisclosureRow2019.LICENSING, DisclosureColumn2019.CHANGE).label());
    assertEquals(
        "activeDisclosure.centralizedProcurement.totalAmount",
        CellAddress.of(DisclosureRow2019.CENTRALIZED_PROCUREMENT, DisclosureColumn2019.TOTAL_AMOUNT)
            .path());
    List<CellAddress> all = CellAddress.all(FormatVersion.V2021);
    assertEquals(200, all.size());
    assertEquals(all, CellAddress.all().subList(0, 200));
    Set<String> paths = new HashSet<>();
    for (CellAddress a : all) {
      assertTrue(paths.add(a.path()), a.path());
      assertEquals(Optional.of(a), CellAddress.parse(a.path()));
    }
    assertEquals(1, all.stream().filter(CellAddress::isAmount).count());
    assertEquals(
        10, all.stream().filter(a -> a.table() == ReportSection.ACTIVE_DISCLOSURE).count());
    assertEquals(175, all.stream().filter(a -> a.table() == ReportSection.APPLICATIONS).count());
    assertEquals(
        15, all.stream().filter(a -> a.table() == ReportSection.REVIEW_AND_LITIGATION).count());
    assertEquals(Optional.empty(), CellAddress.parse("applications.carriedForward"));
  }

  @Test
  void cellAddressesNameCellsByDesignKeysAndOfficialLabels() {
    CellAddress carried =
        CellAddress.of(ApplicationRow.CARRIED_FORWARD, ApplicantCategory.NATURAL_PERSON);
    assertEquals("applications.carriedForward.naturalPerson", carried.path());
    assertEquals("四、结转下年度继续办理·自然人", carried.label());

    CellAddress secret =
        CellAddress.of(ApplicationRow.WITHHELD_STATE_SECRET, ApplicantCategory.NATURAL_PERSON);
    assertEquals("applications.outcomes.withheld.stateSecret.naturalPerson", secret.path());
    assertEquals("（三）不予公开 1．属于国家秘密", secret.rowLabel());

    assertEquals("activeDisclosure.licensing", CellAddress.of(DisclosureRow.LICENSING).path());
    assertEquals(
        "activeDisclosure.rules.inForce",
        CellAddress.of(DisclosureRow.RULES, DisclosureColumn.IN_FORCE).path());
    assertEquals(
        "activeDisclosure.administrativeFees",
        CellAddress.of(DisclosureRow.ADMINISTRATIVE_FEES).path());
    assertEquals(
        "reviewAndLitigation.litigationDirect.pending",
        CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.PENDING).path());
    assertEquals(
        "行政诉讼—未经复议直接起诉·尚未审结",
        CellAddress.of(ReviewCase.LITIGATION_DIRECT, ReviewColumn.PENDING).label());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> CellAddress.of(DisclosureRow.LICENSING, DisclosureColumn.ISSUED));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> CellAddress.of(DisclosureRow.RULES));
  }
}

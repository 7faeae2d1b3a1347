package io.github.nianbao.core;

import java.util.List;
import java.util.Optional;

/**
 * The columns of Table 3, 申请人情况 (docs/format.md, Table 3), in printed order: six applicant
 * categories and the printed {@link #TOTAL} (总计), which {@code T3.ROW_TOTAL} checks against the
 * six.
 */
public enum ApplicantCategory {
  /** 自然人: natural persons. */
  NATURAL_PERSON("naturalPerson", "自然人", null),
  /** 商业企业, under 法人或其他组织. */
  COMMERCIAL_ENTERPRISE(
      "commercialEnterprise", "商业企业", ApplicantGroup.LEGAL_PERSON_OR_OTHER_ORGANIZATION),
  /** 科研机构, under 法人或其他组织. */
  RESEARCH_INSTITUTION(
      "researchInstitution", "科研机构", ApplicantGroup.LEGAL_PERSON_OR_OTHER_ORGANIZATION),
  /** 社会公益组织, under 法人或其他组织. */
  PUBLIC_WELFARE_ORGANIZATION(
      "publicWelfareOrganization", "社会公益组织", ApplicantGroup.LEGAL_PERSON_OR_OTHER_ORGANIZATION),
  /** 法律服务机构, under 法人或其他组织. */
  LEGAL_SERVICE_INSTITUTION(
      "legalServiceInstitution", "法律服务机构", ApplicantGroup.LEGAL_PERSON_OR_OTHER_ORGANIZATION),
  /** 其他, under 法人或其他组织. */
  OTHER("other", "其他", ApplicantGroup.LEGAL_PERSON_OR_OTHER_ORGANIZATION),
  /** 总计: the printed total of the row, not an applicant category of its own. */
  TOTAL("total", "总计", null);

  private static final List<ApplicantCategory> PARTS =
      List.of(
          NATURAL_PERSON,
          COMMERCIAL_ENTERPRISE,
          RESEARCH_INSTITUTION,
          PUBLIC_WELFARE_ORGANIZATION,
          LEGAL_SERVICE_INSTITUTION,
          OTHER);

  private final String key;
  private final String label;
  private final ApplicantGroup group;

  ApplicantCategory(String key, String label, ApplicantGroup group) {
    this.key = key;
    this.label = label;
    this.group = group;
  }

  /**
   * Returns the six applicant categories that add up to {@link #TOTAL}, in printed order.
   *
   * @return every constant but {@code TOTAL}
   */
  public static List<ApplicantCategory> parts() {
    return PARTS;
  }

  /**
   * Returns the English key, e.g. {@code naturalPerson}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the official column label, e.g. {@code 商业企业}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the group heading printed above this column.
   *
   * @return 法人或其他组织 for its five categories, empty for 自然人 and 总计
   */
  public Optional<ApplicantGroup> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns whether this is the printed total rather than an applicant category.
   *
   * @return {@code true} for {@link #TOTAL}
   */
  public boolean isTotal() {
    return this == TOTAL;
  }
}

package io.github.nianbao.core;

/**
 * A printed group heading above several of Table 3's applicant columns (docs/format.md, Table 3).
 */
public enum ApplicantGroup {
  /** 法人或其他组织: the parent of 商业企业, 科研机构, 社会公益组织, 法律服务机构 and 其他. */
  LEGAL_PERSON_OR_OTHER_ORGANIZATION("法人或其他组织");

  private final String label;

  ApplicantGroup(String label) {
    this.label = label;
  }

  /**
   * Returns the official label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}

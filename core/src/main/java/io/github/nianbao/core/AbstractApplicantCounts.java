package io.github.nianbao.core;

import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One row of Table 3 (docs/format.md, Table 3): the six applicant categories of 申请人情况 and the
 * printed 总计.
 *
 * <p>The total is stored as printed, never recomputed; {@code T3.ROW_TOTAL} checks that it equals
 * the sum of the six. {@link #ofParts} is the explicit convenience that fills it from the parts.
 * Use the generated {@link ApplicantCounts}.
 */
@Value.Immutable
public abstract non-sealed class AbstractApplicantCounts implements OtherHandlingOutcomes {

  AbstractApplicantCounts() {}

  /**
   * 自然人: {@code …naturalPerson}.
   *
   * @return the cell
   */
  public abstract Cell naturalPerson();

  /**
   * 法人或其他组织 — 商业企业: {@code …commercialEnterprise}.
   *
   * @return the cell
   */
  public abstract Cell commercialEnterprise();

  /**
   * 法人或其他组织 — 科研机构: {@code …researchInstitution}.
   *
   * @return the cell
   */
  public abstract Cell researchInstitution();

  /**
   * 法人或其他组织 — 社会公益组织: {@code …publicWelfareOrganization}.
   *
   * @return the cell
   */
  public abstract Cell publicWelfareOrganization();

  /**
   * 法人或其他组织 — 法律服务机构: {@code …legalServiceInstitution}.
   *
   * @return the cell
   */
  public abstract Cell legalServiceInstitution();

  /**
   * 法人或其他组织 — 其他: {@code …other}.
   *
   * @return the cell
   */
  public abstract Cell other();

  /**
   * 总计 as printed: {@code …total}.
   *
   * @return the cell
   */
  public abstract Cell total();

  /**
   * Returns the cell of a column.
   *
   * @param category the column, {@link ApplicantCategory#TOTAL} for the printed total
   * @return the cell
   */
  public Cell get(ApplicantCategory category) {
    return switch (category) {
      case NATURAL_PERSON -> naturalPerson();
      case COMMERCIAL_ENTERPRISE -> commercialEnterprise();
      case RESEARCH_INSTITUTION -> researchInstitution();
      case PUBLIC_WELFARE_ORGANIZATION -> publicWelfareOrganization();
      case LEGAL_SERVICE_INSTITUTION -> legalServiceInstitution();
      case OTHER -> other();
      case TOTAL -> total();
    };
  }

  /**
   * Returns the row whose cells a function gives, column by column.
   *
   * @param cells the cell of each of the seven columns
   * @return the row
   */
  public static ApplicantCounts from(Function<ApplicantCategory, Cell> cells) {
    return ApplicantCounts.builder()
        .naturalPerson(cells.apply(ApplicantCategory.NATURAL_PERSON))
        .commercialEnterprise(cells.apply(ApplicantCategory.COMMERCIAL_ENTERPRISE))
        .researchInstitution(cells.apply(ApplicantCategory.RESEARCH_INSTITUTION))
        .publicWelfareOrganization(cells.apply(ApplicantCategory.PUBLIC_WELFARE_ORGANIZATION))
        .legalServiceInstitution(cells.apply(ApplicantCategory.LEGAL_SERVICE_INSTITUTION))
        .other(cells.apply(ApplicantCategory.OTHER))
        .total(cells.apply(ApplicantCategory.TOTAL))
        .build();
  }

  /**
   * Returns the row with seven numbers as printed, the total included.
   *
   * @param naturalPerson 自然人
   * @param commercialEnterprise 商业企业
   * @param researchInstitution 科研机构
   * @param publicWelfareOrganization 社会公益组织
   * @param legalServiceInstitution 法律服务机构
   * @param other 其他
   * @param total 总计, as printed (not checked)
   * @return the row
   */
  public static ApplicantCounts of(
      long naturalPerson,
      long commercialEnterprise,
      long researchInstitution,
      long publicWelfareOrganization,
      long legalServiceInstitution,
      long other,
      long total) {
    return ApplicantCounts.builder()
        .naturalPerson(Cell.of(naturalPerson))
        .commercialEnterprise(Cell.of(commercialEnterprise))
        .researchInstitution(Cell.of(researchInstitution))
        .publicWelfareOrganization(Cell.of(publicWelfareOrganization))
        .legalServiceInstitution(Cell.of(legalServiceInstitution))
        .other(Cell.of(other))
        .total(Cell.of(total))
        .build();
  }

  /**
   * Returns the row with six numbers and their sum as the total: the explicit "fill total from
   * parts" convenience.
   *
   * @param naturalPerson 自然人
   * @param commercialEnterprise 商业企业
   * @param researchInstitution 科研机构
   * @param publicWelfareOrganization 社会公益组织
   * @param legalServiceInstitution 法律服务机构
   * @param other 其他
   * @return the row, its total the sum of the six
   * @throws ArithmeticException if the sum overflows
   */
  public static ApplicantCounts ofParts(
      long naturalPerson,
      long commercialEnterprise,
      long researchInstitution,
      long publicWelfareOrganization,
      long legalServiceInstitution,
      long other) {
    long total =
        Math.addExact(
            Math.addExact(Math.addExact(naturalPerson, commercialEnterprise), researchInstitution),
            Math.addExact(
                Math.addExact(publicWelfareOrganization, legalServiceInstitution), other));
    return of(
        naturalPerson,
        commercialEnterprise,
        researchInstitution,
        publicWelfareOrganization,
        legalServiceInstitution,
        other,
        total);
  }

  /**
   * Returns the sum of the six applicant categories ({@link Cell#plus(Cell)}): a number when all
   * six are numbers, otherwise not a number.
   *
   * @return the sum of the parts, which {@code T3.ROW_TOTAL} compares with {@link #total()}
   * @throws ArithmeticException if the sum overflows
   */
  public Cell sumOfParts() {
    Cell sum = Cell.zero();
    for (ApplicantCategory c : ApplicantCategory.parts()) {
      sum = sum.plus(get(c));
    }
    return sum;
  }

  /**
   * Returns this row with its total replaced by the sum of the parts: the explicit "fill total from
   * parts" convenience of a builder.
   *
   * @return the row with {@code total} = {@link #sumOfParts()}
   * @throws ArithmeticException if the sum overflows
   */
  public ApplicantCounts withTotalFromParts() {
    return ApplicantCounts.copyOf(this).withTotal(sumOfParts());
  }

  /**
   * Returns the row of zeros, the identity of {@link #plus(AbstractApplicantCounts)}.
   *
   * @return the zero row
   */
  public static ApplicantCounts zero() {
    return from(c -> Cell.zero());
  }

  /**
   * Adds two rows cell by cell ({@link Cell#plus(Cell)}).
   *
   * @param other the row to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows
   */
  public ApplicantCounts plus(AbstractApplicantCounts other) {
    return from(c -> get(c).plus(other.get(c)));
  }
}

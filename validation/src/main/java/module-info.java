/**
 * The rules of the 30号 report (docs/format.md, The rules) as Jakarta Bean Validation constraints,
 * with Hibernate Validator as provider, and {@link io.github.nianbao.validation.ReportValidator},
 * the facade that turns violations into findings in Chinese and English.
 */
module io.github.nianbao.validation {
  requires transitive io.github.nianbao.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Hibernate Validator's message interpolation needs Jakarta EL (HV000183 without it), but
  // requires it only optionally: requiring it here resolves jakarta.el on the module path, and
  // service binding brings its provider (expressly), so that a user's standard
  // Validation.buildDefaultValidatorFactory() works without --add-modules.
  requires jakarta.el;

  exports io.github.nianbao.validation;
  exports io.github.nianbao.validation.constraints;

  // Hibernate Validator instantiates the validators reflectively.
  opens io.github.nianbao.validation.internal to
      org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      io.github.nianbao.validation.internal.Table3RowTotalsValidator,
      io.github.nianbao.validation.internal.Table3OutcomeTotalsValidator,
      io.github.nianbao.validation.internal.Table3BalanceValidator,
      io.github.nianbao.validation.internal.Table4GroupTotalsValidator,
      io.github.nianbao.validation.internal.NonNegativeCountsValidator,
      io.github.nianbao.validation.internal.SumsInRangeValidator,
      io.github.nianbao.validation.internal.DocumentsInForceValidator,
      io.github.nianbao.validation.internal.CellsFilledValidator,
      io.github.nianbao.validation.internal.NarrativeMatchesTablesValidator,
      io.github.nianbao.validation.internal.FeeReportedValidator,
      io.github.nianbao.validation.internal.CarryOverMatchesValidator,
      io.github.nianbao.validation.internal.InForceContinuesValidator,
      io.github.nianbao.validation.internal.TextNotRepeatedValidator,
      io.github.nianbao.validation.internal.VersionFitsYearValidator,
      io.github.nianbao.validation.internal.ItemsContinueValidator,
      io.github.nianbao.validation.internal.NarrativeMatchesTable2Validator,
      io.github.nianbao.validation.internal.PercentagesMatchTable3Validator,
      io.github.nianbao.validation.internal.FeeStatementConsistentValidator,
      io.github.nianbao.validation.internal.FeePlausibleInTenThousandsValidator,
      io.github.nianbao.validation.internal.SectionsPresentValidator,
      io.github.nianbao.validation.internal.OverviewLengthValidator;
}

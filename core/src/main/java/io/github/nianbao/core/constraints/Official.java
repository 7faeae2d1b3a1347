package io.github.nianbao.core.constraints;

/**
 * The Bean Validation group of the official rules: the identities printed on the form itself
 * (docs/format.md, The rules) — {@code T3.ROW_TOTAL}, {@code T3.OUTCOME_TOTAL}, {@code T3.BALANCE}
 * and {@code T4.GROUP_TOTAL}. Every other rule is {@link Inferred}.
 *
 * <p>The model declares each official rule in the groups {@code Default} and {@code Official}, so
 * that a plain {@code validator.validate(report)} checks every rule and {@code
 * validator.validate(report, Official.class)} only these. A sum of an official identity that passes
 * the range of a long is, in this group, a not-assessable note of that identity ({@code
 * COUNT.OVERFLOW}, which reports it as a finding, is inferred).
 */
public interface Official {}

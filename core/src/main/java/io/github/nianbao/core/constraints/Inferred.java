package io.github.nianbao.core.constraints;

/**
 * The Bean Validation group of the inferred rules: every rule that is not printed on the form (see
 * {@link Official}) — what follows from the form's meaning (counts are not negative, a sum fits),
 * from the narrative, from consecutive years or from the format's history, and every rule added
 * later. The model declares each in the groups {@code Default} and {@code Inferred}.
 */
public interface Inferred {}

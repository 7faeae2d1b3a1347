package io.github.nianbao.core;

/**
 * Table 3's group （六）其他处理 ({@code applications.outcomes.otherHandling}) as its format version
 * prints it: three numbered rows ({@link OtherHandling}) in the 2021 format, one row ({@link
 * ApplicantCounts}) in the 2019 format. Code that reads Table 3 row by row needs neither: {@link
 * Applications#row(ApplicationRow)} and {@link Applications#rows()} give the rows of either.
 */
public sealed interface OtherHandlingOutcomes
    permits AbstractOtherHandling, AbstractApplicantCounts {}

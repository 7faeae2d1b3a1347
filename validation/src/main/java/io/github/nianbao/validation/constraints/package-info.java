/**
 * The constraints of the rules that compare consecutive years ({@code SERIES.*}), declared on
 * {@link io.github.nianbao.validation.ReportSeries}.
 */
package io.github.nianbao.validation.constraints;

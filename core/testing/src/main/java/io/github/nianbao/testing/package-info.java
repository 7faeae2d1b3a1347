/**
 * Test support for code that reads, writes or checks annual reports, with jqwik 1.9.3: {@link
 * io.github.nianbao.testing.ReportArbitraries} (valid reports built by construction, and reports
 * that break exactly one rule at one place; {@code @ForAll AnnualReport} draws valid ones), {@link
 * io.github.nianbao.testing.AnyReports} (any report, valid or not, and series of one agency) and
 * {@link io.github.nianbao.testing.Seeds} (the seed reports as published). Add {@code
 * io.github.nianbao:nianbao-testing} in test scope.
 */
package io.github.nianbao.testing;

/**
 * Test support for the annual report: jqwik generators of reports and series, and the seed reports
 * as published ({@link io.github.nianbao.testing}).
 */
module io.github.nianbao.testing {
  requires transitive io.github.nianbao.core;
  requires transitive io.github.nianbao.validation;
  requires transitive net.jqwik.api;

  exports io.github.nianbao.testing;

  // @ForAll AnnualReport: valid reports of either format version
  provides net.jqwik.api.providers.ArbitraryProvider with
      io.github.nianbao.testing.AnnualReportArbitraryProvider;
}

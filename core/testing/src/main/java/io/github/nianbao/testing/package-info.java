/**
 * Test support for code that reads, writes or checks annual reports: {@link
 * io.github.nianbao.testing.AnyReports} (jqwik generators of any report and of series of one
 * agency) and {@link io.github.nianbao.testing.Seeds} (the seed reports as published). Add {@code
 * io.github.nianbao:nianbao-testing} in test scope.
 */
package io.github.nianbao.testing;

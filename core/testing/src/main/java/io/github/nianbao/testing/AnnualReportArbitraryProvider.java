package io.github.nianbao.testing;

import io.github.nianbao.core.AnnualReport;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets {@code @ForAll AnnualReport report} draw from {@link ReportArbitraries#validReports()}.
 * Listed in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, which jqwik reads
 * from the test class path; jqwik's own module is not required by {@code nianbao-validation}, so it
 * is not declared with {@code provides} in {@code module-info}.
 */
public final class AnnualReportArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls it. */
  public AnnualReportArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(AnnualReport.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(ReportArbitraries.validReports());
  }
}

package io.github.nianbao.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.testing.AnyReports;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The module on a user's own {@code ObjectMapper} gives the JSON of {@link JsonFormat}. */
class NianbaoJsonModuleProperties {

  private final ObjectMapper users =
      JsonMapper.builder().addModule(new NianbaoJsonModule()).build();

  private static String compact(String json) throws IOException {
    return NianbaoJsonModuleTest.compact(json);
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return AnyReports.reports();
  }

  @Property(tries = 100)
  void aUsersMapperWritesWhatJsonFormatWritesAndReadsItBack(@ForAll("reports") AnnualReport report)
      throws IOException {
    String mine = users.writeValueAsString(report);
    String format = new JsonFormat().write(report);
    assertEquals(compact(format), compact(mine));
    assertEquals(report, users.readValue(mine, AnnualReport.class));
    assertEquals(report, users.readValue(format, AnnualReport.class));
  }
}

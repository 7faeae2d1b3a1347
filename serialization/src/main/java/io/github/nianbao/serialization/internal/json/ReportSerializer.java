package io.github.nianbao.serialization.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReportSection;
import java.io.IOException;

/**
 * Writes an {@link AnnualReport} with the keys and nesting of docs/format.md, The JSON document:
 * the metadata, then the six sections in printed order, the tables nested as {@link Layout} derives
 * them from the model for the report's format version (a 2019 report has the 2019 Table 2 and its
 * single row （六）). Deterministic: the same report always gives the same tokens.
 */
public final class ReportSerializer extends StdSerializer<AnnualReport> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ReportSerializer() {
    super(AnnualReport.class);
  }

  @Override
  public void serialize(AnnualReport r, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(r);
    g.writeStringField(Metadata.FORMAT_VERSION.key(), r.formatVersion().key());
    g.writeStringField(Metadata.AGENCY.key(), r.agency());
    g.writeNumberField(Metadata.YEAR.key(), r.year());
    g.writeStringField(Metadata.SCOPE.key(), r.scope().name());
    for (ReportSection s : ReportSection.values()) {
      g.writeFieldName(s.key());
      if (s.isTable()) {
        write(Layout.table(s), r, r.formatVersion(), g);
      } else {
        g.writeString(narrative(r, s));
      }
    }
    g.writeEndObject();
  }

  static String narrative(AnnualReport r, ReportSection s) {
    return switch (s) {
      case OVERVIEW -> r.overview().text();
      case PROBLEMS_AND_IMPROVEMENTS -> r.problemsAndImprovements();
      case OTHER_MATTERS -> r.otherMatters();
      default -> throw new IllegalArgumentException(s + " is a table");
    };
  }

  private static void write(Layout.Node n, AnnualReport r, FormatVersion v, JsonGenerator g)
      throws IOException {
    if (n.isCellIn(v)) {
      Cells.write(r.cell(n.cell()), g);
      return;
    }
    if (n.isRow(v) && g.getPrettyPrinter() instanceof ReportPrettyPrinter pp) {
      pp.nextObjectOnOneLine();
    }
    g.writeStartObject();
    for (Layout.Node c : n.children(v)) {
      g.writeFieldName(c.key);
      write(c, r, v, g);
    }
    g.writeEndObject();
  }
}

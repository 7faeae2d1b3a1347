package io.github.nianbao.serialization.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.ReportSection;
import io.github.nianbao.core.TableCell;
import java.io.IOException;

/**
 * Writes an {@link AnnualReport} with the keys and nesting of DESIGN 6: the metadata, then the six
 * sections in printed order, the tables nested as {@link Layout} derives them from the model.
 * Deterministic: the same report always gives the same tokens.
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
        write(Layout.table(s), r, g);
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

  private static void write(Layout.Node n, AnnualReport r, JsonGenerator g) throws IOException {
    if (n.isCell()) {
      TableCell c = r.cell(n.cell);
      if (c instanceof AmountCell a) {
        Cells.writeAmount(a, g);
      } else {
        Cells.writeCount((Cell) c, g);
      }
      return;
    }
    if (n.isRow() && g.getPrettyPrinter() instanceof ReportPrettyPrinter pp) {
      pp.nextObjectOnOneLine();
    }
    g.writeStartObject();
    for (Layout.Node c : n.children.values()) {
      g.writeFieldName(c.key);
      write(c, r, g);
    }
    g.writeEndObject();
  }
}

package io.github.nianbao.serialization.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;
import java.util.BitSet;

/**
 * The layout of {@code JsonFormat}: two spaces of indentation, {@code \n} line breaks on every
 * platform, {@code "key": value}, and each table row (an object of cells only) on one line, as in
 * docs/format.md, The JSON document. The serializer asks for a one-line object with {@link
 * #nextObjectOnOneLine()}. Stateful: one instance per document ({@link Instantiatable}).
 */
public final class ReportPrettyPrinter
    implements PrettyPrinter, Instantiatable<ReportPrettyPrinter> {

  private int depth;
  private boolean nextOnOneLine;
  private final BitSet oneLine = new BitSet();

  /** Creates the printer. */
  public ReportPrettyPrinter() {}

  @Override
  public ReportPrettyPrinter createInstance() {
    return new ReportPrettyPrinter();
  }

  /** Asks for the next object to be written on one line. */
  void nextObjectOnOneLine() {
    nextOnOneLine = true;
  }

  private boolean compact() {
    return depth > 0 && oneLine.get(depth);
  }

  private void newline(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      g.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    depth++;
    oneLine.set(depth, nextOnOneLine || compact(depth - 1));
    nextOnOneLine = false;
  }

  private boolean compact(int level) {
    return level > 0 && oneLine.get(level);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (!compact()) {
      newline(g);
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    if (compact()) {
      g.writeRaw(' ');
    } else {
      newline(g);
    }
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    boolean wasCompact = compact();
    oneLine.clear(depth);
    depth--;
    if (!wasCompact && nrOfEntries > 0) {
      newline(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {}

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(", ");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    g.writeRaw(']');
  }
}

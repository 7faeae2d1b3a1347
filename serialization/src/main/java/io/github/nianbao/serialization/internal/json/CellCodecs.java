package io.github.nianbao.serialization.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.PrintedAmount;
import java.io.IOException;

/**
 * Jackson serializers and deserializers of a single {@link Cell}, {@link AmountCell} or {@link
 * PrintedAmount}.
 */
public final class CellCodecs {
  private CellCodecs() {}

  /** Writes a count cell as {@link Cells#writeCount}. */
  public static final class CountSerializer extends StdSerializer<Cell> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public CountSerializer() {
      super(Cell.class);
    }

    @Override
    public void serialize(Cell value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      Cells.writeCount(value, g);
    }
  }

  /** Reads a count cell as {@link Cells#readCount}; JSON {@code null} is the blank cell. */
  public static final class CountDeserializer extends StdScalarDeserializer<Cell> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public CountDeserializer() {
      super(Cell.class);
    }

    @Override
    public Cell deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Cells.readCount(p, "");
    }

    @Override
    public Cell getNullValue(DeserializationContext ctxt) {
      return Cell.blank();
    }
  }

  /** Writes the fee cell as {@link Cells#writeAmount}. */
  public static final class AmountSerializer extends StdSerializer<AmountCell> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public AmountSerializer() {
      super(AmountCell.class);
    }

    @Override
    public void serialize(AmountCell value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      Cells.writeAmount(value, g);
    }
  }

  /** Reads the fee cell as {@link Cells#readAmount}; JSON {@code null} is the blank cell. */
  public static final class AmountDeserializer extends StdScalarDeserializer<AmountCell> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public AmountDeserializer() {
      super(AmountCell.class);
    }

    @Override
    public AmountCell deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Cells.readAmount(p, "");
    }

    @Override
    public AmountCell getNullValue(DeserializationContext ctxt) {
      return AmountCell.blank();
    }
  }

  /** Writes the 2019 format's 采购总金额 as {@link Cells#writePrintedAmount}. */
  public static final class PrintedAmountSerializer extends StdSerializer<PrintedAmount> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public PrintedAmountSerializer() {
      super(PrintedAmount.class);
    }

    @Override
    public void serialize(PrintedAmount value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      Cells.writePrintedAmount(value, g);
    }
  }

  /**
   * Reads the 2019 format's 采购总金额 as {@link Cells#readPrintedAmount}; JSON {@code null} is the
   * blank cell.
   */
  public static final class PrintedAmountDeserializer extends StdScalarDeserializer<PrintedAmount> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public PrintedAmountDeserializer() {
      super(PrintedAmount.class);
    }

    @Override
    public PrintedAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Cells.readPrintedAmount(p, "");
    }

    @Override
    public PrintedAmount getNullValue(DeserializationContext ctxt) {
      return PrintedAmount.blank();
    }
  }
}

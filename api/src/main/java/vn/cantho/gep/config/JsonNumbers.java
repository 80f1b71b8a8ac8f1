package vn.cantho.gep.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;
import vn.cantho.gep.common.number.DecimalBound;
import vn.cantho.gep.common.number.NumberRefusedException;
import vn.cantho.gep.common.number.Numeric;

/**
 * Reads every decimal and integer of a JSON body through a {@link DecimalBound}: from the token's
 * text, before any conversion, so that {@code 1e999999999} or 10,000 digits cost no more than 14
 * does. A decimal field takes the bound of its {@link Numeric} column (else {@link
 * DecimalBound#FIGURE}); an Integer the {@link DecimalBound#INTEGER} one. A number given as a JSON
 * string ({@code "14"}) is read the same way; an empty string is null.
 */
final class JsonNumbers {
  private JsonNumbers() {}

  static SimpleModule module() {
    return new SimpleModule("bounded-numbers")
        .addDeserializer(BigDecimal.class, new Decimals(DecimalBound.FIGURE))
        .addDeserializer(Integer.class, new Integers());
  }

  /** The text of a number token, or of a string standing for one; null for an empty string. */
  private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getText();
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText().strip();
      return text.isEmpty() ? null : text;
    }
    ctxt.handleUnexpectedToken(type, p);
    return null;
  }

  /** The number of the current token read by {@code parse}, null for an empty string. */
  private static <T> T read(
      JsonParser p, DeserializationContext ctxt, Class<T> type, Function<String, T> parse)
      throws IOException {
    String text = text(p, ctxt, type);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (DecimalBound.Refused e) {
      throw new NumberRefusedException(p, e);
    }
  }

  /** BigDecimal fields, bounded by their column. */
  static final class Decimals extends StdScalarDeserializer<BigDecimal>
      implements ContextualDeserializer {
    private final DecimalBound bound;

    Decimals(DecimalBound bound) {
      super(BigDecimal.class);
      this.bound = bound;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      Numeric column = property == null ? null : property.getAnnotation(Numeric.class);
      return column == null
          ? this
          : new Decimals(new DecimalBound(column.precision(), column.scale()));
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt, BigDecimal.class, bound::parse);
    }
  }

  /** Integer fields: versions and years, {@code integer} columns. */
  static final class Integers extends StdScalarDeserializer<Integer> {
    Integers() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt, Integer.class, DecimalBound::parseInt);
    }
  }
}

package vn.cantho.gep.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON as the API writes and reads it: decimals in plain notation without trailing zeros (70, not
 * 70.000000 or 7E+1), unknown fields refused so that a misspelt field is reported rather than
 * silently dropped, every number bounded by its column as it is read ({@link JsonNumbers}), and
 * bounded nesting and number length against hostile bodies.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {
  /**
   * Longest number token the parser reads. {@link JsonNumbers} refuses anything over {@link
   * vn.cantho.gep.common.number.DecimalBound#MAX_LENGTH} naming the field; this is only the outer
   * wall (a longer one is refused without the field's name), high enough that a 10,000-digit number
   * still reaches {@link JsonNumbers}, low enough that Jackson's own conversions (an enum or a date
   * given as a number) stay cheap.
   */
  static final int MAX_NUMBER_LENGTH = 20_000;

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    mapper.registerModule(
        new SimpleModule("plain-decimals")
            .addSerializer(
                BigDecimal.class,
                new JsonSerializer<>() {
                  @Override
                  public void serialize(
                      BigDecimal value, JsonGenerator gen, SerializerProvider serializers)
                      throws IOException {
                    gen.writeNumber(
                        value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
                  }
                }));
    mapper.registerModule(JsonNumbers.module());
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
  }
}

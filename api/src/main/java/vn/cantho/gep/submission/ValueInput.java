package vn.cantho.gep.submission;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.common.number.Numeric;

/**
 * One value as a reporter sends it: numerator and denominator for a numeric indicator, or a flag
 * for a yes/no one; with a disaggregation category where the indicator is disaggregated.
 */
@Schema(name = "ValueInput")
public record ValueInput(
    @NotBlank @Size(max = 16) @Schema(example = "5.2a", required = true) String indicator,
    @Size(max = 4)
        @Schema(
            description = "Category per dimension, required for disaggregated indicators",
            example = "{\"sex\": \"female\"}",
            nullable = true)
        Map<@Size(max = 32) String, @Size(max = 32) String> disaggregation,
    @PositiveOrZero
        @DecimalMax("1000000000000000")
        @Schema(
            description = "Required for numeric indicators; >= 0",
            example = "97",
            nullable = true)
        @Numeric(precision = 24, scale = 6)
        BigDecimal numerator,
    @Positive
        @DecimalMax("1000000000000000")
        @Schema(
            description = "Required for numeric indicators; > 0",
            example = "98",
            nullable = true)
        @Numeric(precision = 24, scale = 6)
        BigDecimal denominator,
    @Schema(description = "Required for yes/no indicators, not allowed otherwise", nullable = true)
        Boolean flag) {

  public Figure figure() {
    return new Figure(numerator, denominator, flag);
  }
}

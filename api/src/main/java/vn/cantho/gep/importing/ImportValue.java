package vn.cantho.gep.importing;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.common.number.Numeric;
import vn.cantho.gep.submission.ValueInput;

/**
 * One value of an import: the org unit and period it belongs to, then the indicator's figure as in
 * a submission. A value that breaks a rule is rejected on its own row, not with the whole request.
 */
@Schema(name = "ImportValue")
public record ImportValue(
    @Schema(example = "ninh-kieu", required = true) String orgUnit,
    @Schema(example = "2024", required = true) String period,
    @Schema(example = "1.1", required = true) String indicator,
    @Schema(
            description = "Category per dimension, required for disaggregated indicators",
            example = "{\"sex\": \"female\"}",
            nullable = true)
        Map<String, String> disaggregation,
    @Schema(description = "Required for numeric indicators; >= 0", example = "14", nullable = true)
        @Numeric(precision = 24, scale = 6)
        BigDecimal numerator,
    @Schema(description = "Required for numeric indicators; > 0", example = "20", nullable = true)
        @Numeric(precision = 24, scale = 6)
        BigDecimal denominator,
    @Schema(description = "Required for yes/no indicators, not allowed otherwise", nullable = true)
        Boolean flag) {

  /** The value as the submission rules see it. */
  ValueInput toInput() {
    return new ValueInput(indicator, disaggregation, numerator, denominator, flag);
  }
}

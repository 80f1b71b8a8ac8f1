package vn.cantho.gep.submission;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored value with the value it yields in the indicator's unit. */
@Schema(name = "Value")
public record ValueResponse(
    @Schema(example = "1.1") String indicator,
    @Schema(nullable = true) Map<String, String> disaggregation,
    @Schema(example = "14", nullable = true) BigDecimal numerator,
    @Schema(example = "20", nullable = true) BigDecimal denominator,
    @Schema(nullable = true) Boolean flag,
    @Schema(
            description = "numerator / denominator x scale, to 6 decimals",
            example = "70",
            nullable = true)
        BigDecimal value) {}

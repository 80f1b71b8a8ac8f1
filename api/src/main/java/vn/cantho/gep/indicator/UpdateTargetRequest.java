package vn.cantho.gep.indicator;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.common.number.Numeric;

/** A new target for one indicator in one plan year. */
@Schema(name = "UpdateTargetRequest")
public record UpdateTargetRequest(
    @NotNull @Schema(example = "GE") Comparator comparator,
    @PositiveOrZero
        @DecimalMax("1000000000")
        @Schema(description = "Required unless comparator is TRUE", example = "60", nullable = true)
        @Numeric(precision = 20, scale = 6)
        BigDecimal target,
    @PositiveOrZero
        @DecimalMax("1000000000")
        @Schema(description = "Starting value that progress is measured from", nullable = true)
        @Numeric(precision = 20, scale = 6)
        BigDecimal baseline) {}

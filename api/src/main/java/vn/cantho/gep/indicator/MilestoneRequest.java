package vn.cantho.gep.indicator;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.common.number.Numeric;

/** A national milestone for one indicator and year, as an admin enters it. */
@Schema(name = "MilestoneRequest")
public record MilestoneRequest(
    @NotNull @Schema(example = "GE") Comparator comparator,
    @PositiveOrZero
        @DecimalMax("1000000000")
        @Schema(description = "Required unless comparator is TRUE", example = "60", nullable = true)
        @Numeric(precision = 20, scale = 6)
        BigDecimal target,
    @Size(max = 255)
        @Schema(
            description = "The resolution's wording where it is not exact",
            example = "khoảng 60 %",
            nullable = true)
        String noteVi,
    @Size(max = 500)
        @Schema(
            description = "Where it is stated; default Resolution 28/NQ-CP",
            example = "Nghị quyết 28/NQ-CP ngày 03/3/2021",
            nullable = true)
        String source) {}

package vn.cantho.gep.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new year's plan, its targets and reporters copied from an existing year's. */
@Schema(name = "CreatePlanRequest")
public record CreatePlanRequest(
    @NotNull
        @Min(PlanYears.FIRST)
        @Max(PlanYears.LAST)
        @Schema(description = "A year of the 2021-2030 strategy", example = "2025")
        Integer year,
    @NotNull
        @Min(PlanYears.FIRST)
        @Max(PlanYears.LAST)
        @Schema(
            description = "The plan year whose targets and reporters are copied",
            example = "2024")
        Integer copyFrom,
    @NotBlank
        @Size(max = 1000)
        @Schema(
            example =
                "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới thành phố Cần Thơ năm 2025")
        String titleVi,
    @Size(max = 1000)
        @Schema(description = "Default: a standard English title with the year", nullable = true)
        String titleEn) {}

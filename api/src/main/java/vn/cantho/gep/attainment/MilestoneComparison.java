package vn.cantho.gep.attainment;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.indicator.Comparator;

/**
 * A national milestone beside the city's latest yearly target up to the milestone year and its
 * latest reported value, with the gaps (positive: ahead of the milestone).
 */
@Schema(name = "MilestoneComparison")
public record MilestoneComparison(
    @Schema(example = "2025") int year,
    @Schema(example = "GE") Comparator comparator,
    @Schema(example = "60", nullable = true) BigDecimal target,
    @Schema(example = "khoảng 60 %", nullable = true) String noteVi,
    String source,
    @Schema(
            description =
                "Plan year of the city target compared: the latest one up to the milestone year",
            example = "2024",
            nullable = true)
        Integer cityTargetYear,
    @Schema(example = "60", nullable = true) BigDecimal cityTarget,
    @Schema(
            description =
                "City target minus milestone (milestone minus target where lower is better), in the indicator's unit",
            example = "0",
            nullable = true)
        BigDecimal targetGap,
    @Schema(description = "Whether the city target already meets the milestone", nullable = true)
        Boolean targetMeets,
    @Schema(description = "Latest period with a value", example = "2024", nullable = true)
        String latestPeriod,
    @Schema(nullable = true) BigDecimal latestValue,
    @Schema(description = "Latest value against the milestone, as targetGap", nullable = true)
        BigDecimal valueGap,
    @Schema(nullable = true) Boolean valueMeets) {}

package vn.cantho.gep.attainment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator's attainment across periods and plan years, and its national milestones. */
@Schema(name = "AttainmentSeries")
public record AttainmentSeries(
    @Schema(example = "1.1") String indicator,
    @Schema(example = "%") String unit,
    @Schema(example = "can-tho") String orgUnit,
    @Schema(example = "APPROVED") Basis basis,
    @Schema(description = "Periods whose plan has the indicator, by end date")
        List<SeriesPoint> points,
    @Schema(description = "National milestones, by year") List<MilestoneComparison> milestones) {}

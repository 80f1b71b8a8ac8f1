package vn.cantho.gep.indicator;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan just created by copying another year's, with what was copied and created. */
@Schema(name = "CreatedPlan")
public record CreatedPlanResponse(
    PlanResponse plan,
    @Schema(description = "The year copied from", example = "2024") int copiedFrom,
    @Schema(description = "Targets copied", example = "22") int targets,
    @Schema(description = "Indicator-reporter assignments copied", example = "60") int reporters,
    @Schema(
            description = "Standard periods created because they were missing",
            example = "[\"2025S1\", \"2025\"]")
        List<String> periodsCreated) {}

package vn.cantho.gep.calendar;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reporting rates of one period: overall and per org unit type. */
@Schema(name = "PeriodRates")
public record PeriodRates(
    @Schema(example = "2024S1") String period,
    @Schema(example = "2024-06-10") LocalDate dueDate,
    RateSummary overall,
    @Schema(description = "One row per org unit type that has expected reporters")
        List<RateSummary> byOrgUnitType) {}

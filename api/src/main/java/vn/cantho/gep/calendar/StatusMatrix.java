package vn.cantho.gep.calendar;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.period.PeriodResponse;

/** Org units by periods with each unit's reporting status, as of {@code today} in Vietnam. */
@Schema(name = "StatusMatrix")
public record StatusMatrix(
    @Schema(description = "The day the statuses are computed for (Vietnam)", example = "2024-06-12")
        LocalDate today,
    @Schema(description = "The columns, oldest first") List<PeriodResponse> periods,
    List<StatusRow> rows) {}

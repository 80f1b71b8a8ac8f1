package vn.cantho.gep.period;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Leave for one org unit to keep writing a period's figures after it closed, until a date. */
@Schema(name = "PeriodException")
public record PeriodException(
    @Schema(example = "2024S1") String period,
    @Schema(example = "co-do") String orgUnit,
    @Schema(
            description = "Last day (inclusive) the org unit may still write",
            example = "2024-06-20")
        LocalDate until,
    @Schema(example = "Cán bộ phụ trách nghỉ ốm") String reason,
    OffsetDateTime grantedAt,
    @Schema(example = "coordinator") String grantedBy) {}

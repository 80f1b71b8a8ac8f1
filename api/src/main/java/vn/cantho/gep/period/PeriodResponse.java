package vn.cantho.gep.period;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting period as the API shows it. */
@Schema(name = "Period")
public record PeriodResponse(
    @Schema(example = "2024S1") String code,
    @Schema(example = "SIX_MONTHLY") PeriodType type,
    @Schema(description = "Plan year whose targets apply", example = "2024") int year,
    @Schema(example = "2024-01-01") LocalDate start,
    @Schema(example = "2024-06-30") LocalDate end,
    @Schema(description = "Reports are due at so-ldtbxh on this date", example = "2024-06-10")
        LocalDate dueDate,
    @Schema(description = "Whether figures may still be written") boolean open) {

  public static PeriodResponse from(Period p) {
    return new PeriodResponse(p.code, p.type, p.year, p.startDate, p.endDate, p.dueDate, p.open);
  }
}

package vn.cantho.gep.period;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting period as the API shows it, with its entry window and today's state. */
@Schema(name = "Period")
public record PeriodResponse(
    @Schema(example = "2024S1") String code,
    @Schema(example = "SIX_MONTHLY") PeriodType type,
    @Schema(description = "Plan year whose targets apply", example = "2024") int year,
    @Schema(example = "2024-01-01") LocalDate start,
    @Schema(example = "2024-06-30") LocalDate end,
    @Schema(description = "Reports are due at so-ldtbxh on this date", example = "2024-06-10")
        LocalDate dueDate,
    @Schema(
            description =
                "The admin's manual switch: false once closed by hand. Whether figures may be"
                    + " written today is `entryState`.")
        boolean open,
    @Schema(
            description = "First day of the entry window (the period's start unless set)",
            example = "2024-01-01")
        LocalDate opensOn,
    @Schema(
            description = "Last day of the entry window; null: until closed by hand",
            example = "2024-06-20",
            nullable = true)
        LocalDate closesOn,
    @Schema(
            description =
                "Today (Vietnam): OPEN takes figures; NOT_YET_OPEN, CLOSED (by hand) and"
                    + " WINDOW_ENDED refuse them except for org units with an exception")
        EntryState entryState) {

  public static PeriodResponse from(Period p, LocalDate today) {
    return new PeriodResponse(
        p.code,
        p.type,
        p.year,
        p.startDate,
        p.endDate,
        p.dueDate,
        p.open,
        p.effectiveOpensOn(),
        p.closesOn,
        EntryState.of(p, today));
  }
}

package vn.cantho.gep.calendar;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is due within some days and what is overdue, as of {@code today} (Vietnam). */
@Schema(name = "DueList")
public record DueList(
    @Schema(example = "2024-06-05") LocalDate today,
    @Schema(example = "14") int withinDays,
    @Schema(description = "Not yet submitted, due within withinDays; soonest first")
        List<DueItem> dueSoon,
    @Schema(description = "Due date passed, nothing submitted; longest overdue first")
        List<DueItem> overdue) {}

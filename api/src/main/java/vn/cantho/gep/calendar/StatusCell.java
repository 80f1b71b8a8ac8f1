package vn.cantho.gep.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.submission.SubmissionStatus;

/** One org unit's standing in one period: a cell of the reporting-status matrix. */
@Schema(name = "StatusCell")
public record StatusCell(
    @Schema(example = "2024S1") String period,
    @Schema(example = "OVERDUE") ReportingStatus status,
    @Schema(
            description = "The submission's own status; null when there is none",
            example = "DRAFT",
            nullable = true)
        SubmissionStatus submissionStatus,
    @Schema(description = "The submission, when there is one", nullable = true) UUID submissionId,
    @Schema(example = "2024-06-10") LocalDate dueDate,
    @Schema(description = "First submission to so-ldtbxh; null if never submitted", nullable = true)
        OffsetDateTime firstSubmittedAt,
    @Schema(
            description = "Whether the first submission met the due date; null if not submitted",
            nullable = true)
        Boolean onTime,
    @Schema(
            description = "Days past the due date (late submission or overdue report)",
            example = "3",
            nullable = true)
        Integer daysLate,
    @Schema(
            description = "Days left until the due date while nothing is submitted",
            example = "7",
            nullable = true)
        Integer daysUntilDue,
    @Schema(
            description = "Last day of an exception the coordinator granted this unit, if any",
            nullable = true)
        LocalDate exceptionUntil,
    @Schema(description = "Whether this unit may write this period's figures today")
        boolean acceptingEntries) {}

package vn.cantho.gep.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reminder event and its outcome. */
@Schema(name = "ReminderLogEntry")
public record ReminderLogEntry(
    @Schema(
            description =
                "Unique per event: kind, period, org unit and offset, or the digest's date",
            example = "BEFORE_DUE:2024S1:co-do:7")
        String eventKey,
    ReminderKind kind,
    @Schema(example = "co-do", nullable = true) String orgUnit,
    @Schema(example = "2024S1", nullable = true) String period,
    @Schema(
            description = "Days before (BEFORE_DUE) or after (OVERDUE) the due date",
            example = "7",
            nullable = true)
        Integer offsetDays,
    @Schema(description = "The day of a DIGEST", nullable = true) LocalDate digestDate,
    ReminderStatus status,
    @Schema(
            description = "Addresses it went to, comma-separated",
            example = "reporter.co-do@demo.gep.local")
        String recipients,
    @Schema(nullable = true) String subject,
    @Schema(description = "Why sending failed", nullable = true) String error,
    @Schema(description = "How many times it was tried", example = "1") int attempts,
    OffsetDateTime claimedAt,
    @Schema(description = "The API instance that sent it") String claimedBy,
    @Schema(nullable = true) OffsetDateTime finishedAt) {}

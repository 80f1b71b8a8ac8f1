package vn.cantho.gep.submission;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submission in a list, without its values. */
@Schema(name = "SubmissionSummary")
public record SubmissionSummary(
    UUID id,
    @Schema(example = "ninh-kieu") String orgUnit,
    @Schema(example = "2024") String period,
    @Schema(example = "SUBMITTED") SubmissionStatus status,
    int version,
    @Schema(nullable = true) String returnReason,
    @Schema(
            description =
                "First submitted after the period's due date (Vietnam); a resubmission after a"
                    + " return keeps the first date")
        boolean late,
    @Schema(description = "How many values it carries") int valueCount,
    OffsetDateTime updatedAt,
    String updatedBy,
    @Schema(nullable = true) OffsetDateTime submittedAt) {}

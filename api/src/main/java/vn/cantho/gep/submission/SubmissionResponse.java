package vn.cantho.gep.submission;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submission with its values and what it still lacks. */
@Schema(name = "Submission")
public record SubmissionResponse(
    UUID id,
    @Schema(example = "ninh-kieu") String orgUnit,
    @Schema(example = "2024") String period,
    @Schema(example = "DRAFT") SubmissionStatus status,
    @Schema(description = "Send it back in If-Match to change the submission", example = "1")
        int version,
    @Schema(
            description = "Why it was last returned or reopened; cleared on submit",
            nullable = true)
        String returnReason,
    @Schema(
            description =
                "First submitted after the period's due date (Vietnam); a resubmission after a"
                    + " return keeps the first date")
        boolean late,
    List<ValueResponse> values,
    @Schema(description = "Expected values not yet given") List<MissingValue> missing,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    @Schema(nullable = true) OffsetDateTime submittedAt,
    @Schema(nullable = true) String submittedBy,
    @Schema(nullable = true) OffsetDateTime reviewedAt,
    @Schema(nullable = true) String reviewedBy) {}

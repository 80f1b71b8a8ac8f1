package vn.cantho.gep.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.submission.SubmissionStatus;
import vn.cantho.gep.submission.ValueChange;

/** One line of the audit log: a submission's state move or value change, or a target change. */
@Schema(name = "AuditEntry")
public record AuditEntry(
    @Schema(description = "SUBMISSION or TARGET", example = "SUBMISSION") AuditKind kind,
    OffsetDateTime at,
    @Schema(example = "reporter.ninh-kieu") String actor,
    @Schema(example = "VALUES_CHANGED") AuditAction action,
    @Schema(nullable = true, example = "ninh-kieu") String orgUnit,
    @Schema(nullable = true, example = "Quận Ninh Kiều") String orgUnitNameVi,
    @Schema(nullable = true, example = "2024") String period,
    @Schema(description = "For a target change: the plan year", nullable = true) Integer planYear,
    @Schema(nullable = true) UUID submissionId,
    @Schema(nullable = true) SubmissionStatus fromStatus,
    @Schema(nullable = true) SubmissionStatus toStatus,
    @Schema(description = "The submission's version after the entry", nullable = true)
        Integer version,
    @Schema(nullable = true) String reason,
    @Schema(description = "Values added, changed or removed, with before and after")
        List<ValueChange> changes,
    @Schema(description = "For a target change: the indicator", nullable = true) String indicator,
    @Schema(
            description = "For a target change: comparator, target and baseline before",
            nullable = true,
            example = "{\"comparator\": \"GE\", \"target\": 60, \"baseline\": null}")
        Map<String, Object> before,
    @Schema(
            description = "For a target change: comparator, target and baseline after",
            nullable = true,
            example = "{\"comparator\": \"GE\", \"target\": 65, \"baseline\": null}")
        Map<String, Object> after) {

  /** What the entry is about. */
  public enum AuditKind {
    SUBMISSION,
    TARGET
  }

  /** The submission history's actions, and an admin's target change. */
  public enum AuditAction {
    CREATED,
    VALUES_CHANGED,
    SUBMITTED,
    APPROVED,
    RETURNED,
    REOPENED,
    TARGET_CHANGED
  }
}

package vn.cantho.gep.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.submission.SubmissionStatus;
import vn.cantho.gep.submission.ValueChange;

/**
 * One line of the audit log: a submission's state move or value change, a target change, a national
 * milestone set or removed, or a saved report draft.
 */
@Schema(name = "AuditEntry")
public record AuditEntry(
    @Schema(description = "What the entry is about", example = "SUBMISSION") AuditKind kind,
    OffsetDateTime at,
    @Schema(example = "reporter.ninh-kieu") String actor,
    @Schema(example = "VALUES_CHANGED") AuditAction action,
    @Schema(nullable = true, example = "ninh-kieu") String orgUnit,
    @Schema(nullable = true, example = "Quận Ninh Kiều") String orgUnitNameVi,
    @Schema(
            description = "A submission's period, or a report draft's",
            nullable = true,
            example = "2024")
        String period,
    @Schema(
            description =
                "For a target change: the plan year; for a milestone change: the milestone year",
            nullable = true)
        Integer planYear,
    @Schema(nullable = true) UUID submissionId,
    @Schema(nullable = true) SubmissionStatus fromStatus,
    @Schema(nullable = true) SubmissionStatus toStatus,
    @Schema(
            description = "The submission's or report draft's version after the entry",
            nullable = true)
        Integer version,
    @Schema(nullable = true) String reason,
    @Schema(description = "Values added, changed or removed, with before and after")
        List<ValueChange> changes,
    @Schema(description = "For a target or milestone change: the indicator", nullable = true)
        String indicator,
    @Schema(
            description =
                "Before the change. A target: comparator, target and baseline. A milestone:"
                    + " comparator, target, noteVi and source (null when it was new). A report"
                    + " draft: only the fields that changed (number, issuedOn, subject, signerName,"
                    + " signerTitle, recipients, narratives.<objective>), null for its first save.",
            nullable = true,
            example = "{\"comparator\": \"GE\", \"target\": 60, \"baseline\": null}")
        Map<String, Object> before,
    @Schema(
            description =
                "After the change, as before; null for a removed milestone. A field a report"
                    + " draft gained or lost is null on the side it is missing from.",
            nullable = true,
            example = "{\"comparator\": \"GE\", \"target\": 65, \"baseline\": null}")
        Map<String, Object> after) {

  /** What the entry is about. */
  public enum AuditKind {
    SUBMISSION,
    TARGET,
    MILESTONE,
    REPORT_DRAFT
  }

  /**
   * The submission history's actions, an admin's target change, an admin's national milestone set
   * (added or changed) or removed, and a coordinator's save of a report draft.
   */
  public enum AuditAction {
    CREATED,
    VALUES_CHANGED,
    SUBMITTED,
    APPROVED,
    RETURNED,
    REOPENED,
    TARGET_CHANGED,
    MILESTONE_CHANGED,
    MILESTONE_REMOVED,
    REPORT_DRAFT_CHANGED
  }
}

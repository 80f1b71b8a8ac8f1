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
 * milestone set or removed, a saved report draft, or a change to configuration (a period opened,
 * closed or given a new entry window, an exception granted, changed or revoked, a reminder contact
 * added or removed, a plan year started, a reminder run started by hand).
 */
@Schema(name = "AuditEntry")
public record AuditEntry(
    @Schema(description = "What the entry is about", example = "SUBMISSION") AuditKind kind,
    OffsetDateTime at,
    @Schema(description = "The name of who made the change", example = "reporter.ninh-kieu")
        String actor,
    @Schema(
            description =
                "Their stable identity (the token's subject); recorded for configuration changes",
            nullable = true,
            example = "5b0f1c2e-8d7a-4e43-9b1a-2f1e8c7d6a50")
        String actorSubject,
    @Schema(example = "VALUES_CHANGED") AuditAction action,
    @Schema(
            description = "A submission's org unit, or an exception's or a contact's",
            nullable = true,
            example = "ninh-kieu")
        String orgUnit,
    @Schema(nullable = true, example = "Quận Ninh Kiều") String orgUnitNameVi,
    @Schema(
            description =
                "A submission's period, or a report draft's, a period change's or an exception's",
            nullable = true,
            example = "2024")
        String period,
    @Schema(
            description =
                "For a target change or a plan year started: the plan year; for a milestone"
                    + " change: the milestone year",
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
                    + " signerTitle, recipients, narratives.<objective>), null for its first save."
                    + " A period opened or closed: open. An entry window: opensOn and closesOn. An"
                    + " exception: period, orgUnit, until, reason, grantedAt and grantedBy (null"
                    + " when first granted). A removed contact: the whole contact (a tombstone).",
            nullable = true,
            example = "{\"comparator\": \"GE\", \"target\": 60, \"baseline\": null}")
        Map<String, Object> before,
    @Schema(
            description =
                "After the change, as before; null for a removed milestone, a revoked exception"
                    + " or a removed contact. A field a report draft gained or lost is null on the"
                    + " side it is missing from. A plan year started: the created plan with what"
                    + " was copied and the periods created. A reminder run: what it sent.",
            nullable = true,
            example = "{\"comparator\": \"GE\", \"target\": 65, \"baseline\": null}")
        Map<String, Object> after) {

  /** What the entry is about. */
  public enum AuditKind {
    SUBMISSION,
    TARGET,
    MILESTONE,
    REPORT_DRAFT,
    PERIOD,
    PERIOD_EXCEPTION,
    CONTACT,
    PLAN,
    REMINDERS
  }

  /**
   * The submission history's actions, an admin's target change, an admin's national milestone set
   * (added or changed) or removed, a coordinator's save of a report draft, and the configuration
   * changes (common.audit.ConfigAction): a period opened or closed or its entry window changed
   * (admin), an exception granted, changed or revoked (coordinator), a reminder contact added or
   * removed, a plan year started and a reminder run started by hand (admin).
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
    REPORT_DRAFT_CHANGED,
    PERIOD_OPENED,
    PERIOD_CLOSED,
    ENTRY_WINDOW_CHANGED,
    EXCEPTION_GRANTED,
    EXCEPTION_CHANGED,
    EXCEPTION_REVOKED,
    CONTACT_ADDED,
    CONTACT_REMOVED,
    PLAN_YEAR_STARTED,
    REMINDERS_RUN
  }
}

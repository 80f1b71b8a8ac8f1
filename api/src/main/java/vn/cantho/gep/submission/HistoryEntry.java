package vn.cantho.gep.submission;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A state move or a value change in a submission's history. */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
    OffsetDateTime at,
    @Schema(example = "reporter.ninh-kieu") String actor,
    @Schema(example = "RETURNED") SubmissionEvent.Action action,
    @Schema(nullable = true) SubmissionStatus fromStatus,
    SubmissionStatus toStatus,
    @Schema(description = "The submission's version after this entry") int version,
    @Schema(nullable = true) String reason,
    @Schema(description = "Values added, changed or removed, with before and after")
        List<ValueChange> changes) {

  public static HistoryEntry from(SubmissionEvent e) {
    return new HistoryEntry(
        e.occurredAt, e.actor, e.action, e.fromStatus, e.toStatus, e.version, e.reason, e.changes);
  }
}

package vn.cantho.gep.submission;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A state move or a value change in a submission's history. */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
    OffsetDateTime at,
    @Schema(description = "The name of who made the change", example = "reporter.ninh-kieu")
        String actor,
    @Schema(
            description =
                "Who made the change: their stable id (the token's subject); null on entries"
                    + " recorded before ids were",
            nullable = true,
            example = "5f0c7a52-3b8e-4d61-9a77-0d3c8e41b2f9")
        String actorSubject,
    @Schema(example = "RETURNED") SubmissionEvent.Action action,
    @Schema(nullable = true) SubmissionStatus fromStatus,
    SubmissionStatus toStatus,
    @Schema(description = "The submission's version after this entry") int version,
    @Schema(nullable = true) String reason,
    @Schema(description = "Values added, changed or removed, with before and after")
        List<ValueChange> changes) {

  public static HistoryEntry from(SubmissionEvent e) {
    return new HistoryEntry(
        e.occurredAt,
        e.actor,
        e.actorId,
        e.action,
        e.fromStatus,
        e.toStatus,
        e.version,
        e.reason,
        e.changes);
  }
}

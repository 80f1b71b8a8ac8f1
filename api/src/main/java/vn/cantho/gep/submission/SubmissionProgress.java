package vn.cantho.gep.submission;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where one org unit's submission of a period stands, for timeliness: its status and when it was
 * first submitted (the first SUBMITTED event; later resubmissions after a return do not count).
 */
public record SubmissionProgress(
    UUID id,
    String orgUnit,
    String period,
    SubmissionStatus status,
    OffsetDateTime firstSubmittedAt) {}

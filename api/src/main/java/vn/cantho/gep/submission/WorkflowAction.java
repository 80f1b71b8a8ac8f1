package vn.cantho.gep.submission;

import java.util.Optional;

/** The moves of the review workflow and the only statuses each may start from. */
public enum WorkflowAction {
  /** Reporter: DRAFT or RETURNED to SUBMITTED. */
  SUBMIT,
  /** Coordinator: SUBMITTED to APPROVED. */
  APPROVE,
  /** Coordinator, with a reason: SUBMITTED to RETURNED. */
  RETURN,
  /** Coordinator, with a reason: APPROVED back to RETURNED so the reporter can correct it. */
  REOPEN;

  /** The status this move leads to from {@code from}, or empty where the move is not allowed. */
  public Optional<SubmissionStatus> from(SubmissionStatus from) {
    SubmissionStatus to =
        switch (this) {
          case SUBMIT -> from.editable() ? SubmissionStatus.SUBMITTED : null;
          case APPROVE -> from == SubmissionStatus.SUBMITTED ? SubmissionStatus.APPROVED : null;
          case RETURN -> from == SubmissionStatus.SUBMITTED ? SubmissionStatus.RETURNED : null;
          case REOPEN -> from == SubmissionStatus.APPROVED ? SubmissionStatus.RETURNED : null;
        };
    return Optional.ofNullable(to);
  }
}

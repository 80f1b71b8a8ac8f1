package vn.cantho.gep.submission;

import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;

/** Applies the workflow's transition table and refuses every other move with 409. */
public final class Workflow {
  private Workflow() {}

  /** The status a move leads to, or a 409 INVALID_TRANSITION naming the current status. */
  public static SubmissionStatus require(WorkflowAction action, Submission s) {
    return action
        .from(s.status)
        .orElseThrow(
            () ->
                new DomainException(
                        ErrorCode.INVALID_TRANSITION,
                        "Cannot " + action.name().toLowerCase() + " a " + s.status + " submission")
                    .with("submissionStatus", s.status));
  }
}

package vn.cantho.gep.submission;

import java.util.ArrayList;
import java.util.List;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.Actor;

/** Applies the workflow's transition table and its four-eyes rule, refusing every other move. */
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

  /**
   * A move names the version its caller saw: none is 428 PRECONDITION_REQUIRED, another than the
   * current one 409 VERSION_CONFLICT with {@code currentVersion}, so that nobody acts on figures
   * they never saw.
   */
  public static void requireVersion(Submission s, Integer expected) {
    if (expected == null) {
      throw new DomainException(
          ErrorCode.PRECONDITION_REQUIRED,
          "Send the version you saw (the ETag of the submission as you read it) in If-Match");
    }
    if (s.version != expected) {
      throw new DomainException(
              ErrorCode.VERSION_CONFLICT,
              "You sent version "
                  + expected
                  + " but the submission is at version "
                  + s.version
                  + "; reload it and apply your change again")
          .with("currentVersion", s.version);
    }
  }

  /**
   * Four eyes: what the would-be approver did to the figures now up for approval, from the
   * submission's history, oldest first. Who created the submission, changed its values since they
   * were last approved (so also whoever changed them last) or submitted it last may not approve it;
   * an empty list means they may. People are compared by id; an entry recorded before ids were
   * (actorId null) by name.
   */
  public static List<SubmissionEvent.Action> ownPart(
      List<SubmissionEvent> history, Actor approver) {
    int lastApproved = -1;
    int lastSubmitted = -1;
    for (int i = 0; i < history.size(); i++) {
      switch (history.get(i).action) {
        case APPROVED -> lastApproved = i;
        case SUBMITTED -> lastSubmitted = i;
        default -> {}
      }
    }
    List<SubmissionEvent.Action> part = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      SubmissionEvent e = history.get(i);
      boolean counts =
          switch (e.action) {
            case CREATED -> true;
            case VALUES_CHANGED -> i > lastApproved;
            case SUBMITTED -> i == lastSubmitted;
            default -> false;
          };
      if (counts && isBy(e, approver) && !part.contains(e.action)) {
        part.add(e.action);
      }
    }
    return part;
  }

  /** Fails with 403 SELF_APPROVAL_FORBIDDEN when {@link #ownPart} finds the approver's hand. */
  public static void requireOtherApprover(List<SubmissionEvent> history, Actor approver) {
    List<SubmissionEvent.Action> part = ownPart(history, approver);
    if (!part.isEmpty()) {
      throw new DomainException(
              ErrorCode.SELF_APPROVAL_FORBIDDEN,
              "You "
                  + String.join(" and ", part.stream().map(Workflow::verb).toList())
                  + " this submission, so another coordinator must approve it")
          .with("ownPart", part);
    }
  }

  private static String verb(SubmissionEvent.Action a) {
    return a == SubmissionEvent.Action.VALUES_CHANGED ? "changed" : a.name().toLowerCase();
  }

  private static boolean isBy(SubmissionEvent e, Actor actor) {
    return e.actorId != null ? e.actorId.equals(actor.id()) : e.actor.equals(actor.name());
  }
}

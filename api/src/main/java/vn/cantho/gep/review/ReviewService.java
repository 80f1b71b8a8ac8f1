package vn.cantho.gep.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.cantho.gep.submission.SubmissionResponse;
import vn.cantho.gep.submission.SubmissionService;
import vn.cantho.gep.submission.WorkflowAction;

/**
 * so-ldtbxh reviews each unit's report, returns it or approves it (plan section V.1.b and V.17.b).
 * The row-locked state change itself lives with the submission.
 */
@ApplicationScoped
public class ReviewService {
  @Inject SubmissionService submissions;

  public SubmissionResponse approve(UUID id, Integer expectedVersion) {
    return submissions.review(id, expectedVersion, WorkflowAction.APPROVE, null);
  }

  public SubmissionResponse returnForRevision(UUID id, Integer expectedVersion, String reason) {
    return submissions.review(id, expectedVersion, WorkflowAction.RETURN, reason.strip());
  }

  public SubmissionResponse reopen(UUID id, Integer expectedVersion, String reason) {
    return submissions.review(id, expectedVersion, WorkflowAction.REOPEN, reason.strip());
  }
}

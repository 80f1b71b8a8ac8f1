package vn.cantho.gep.attainment;

import java.util.EnumSet;
import java.util.Set;
import vn.cantho.gep.submission.SubmissionStatus;

/**
 * Which figures count: approved ones only (the default), or also those submitted and not yet
 * reviewed.
 */
public enum Basis {
  APPROVED(EnumSet.of(SubmissionStatus.APPROVED)),
  SUBMITTED(EnumSet.of(SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED));

  private final Set<SubmissionStatus> statuses;

  Basis(Set<SubmissionStatus> statuses) {
    this.statuses = statuses;
  }

  public Set<SubmissionStatus> statuses() {
    return statuses;
  }

  /** Whether figures not yet approved count: then only some callers may read them. */
  public boolean unreviewed() {
    return statuses.stream().anyMatch(s -> s != SubmissionStatus.APPROVED);
  }
}

package vn.cantho.gep.submission;

/**
 * Where a submission stands in review (plan section V: units report to so-ldtbxh, which reviews).
 *
 * <ul>
 *   <li>DRAFT: being entered by the reporter; editable.
 *   <li>SUBMITTED: sent to so-ldtbxh for review; frozen.
 *   <li>RETURNED: sent back with a reason; editable and submittable again.
 *   <li>APPROVED: accepted; counts in attainment; final unless a coordinator reopens it.
 * </ul>
 */
public enum SubmissionStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  /** Values may be replaced only while the reporter holds the submission. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
